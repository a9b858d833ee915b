#!/usr/bin/env python3
"""Merges Coverlet's cobertura reports and prints line coverage per src/ project.

Usage: coverage.py ROOT [MIN_PERCENT PROJECT ...]
A line counts as covered if any report saw it hit. Exits 1 if a named project is below MIN_PERCENT.
"""
import glob
import os
import sys
import xml.etree.ElementTree as ET

root = sys.argv[1]
minimum = float(sys.argv[2]) if len(sys.argv) > 2 else 0.0
gated = set(sys.argv[3:])

lines = {}  # package -> {(filename, line): hit}
for report in glob.glob(os.path.join(root, "tests", "**", "TestResults", "**", "coverage.cobertura.xml"), recursive=True):
    tree = ET.parse(report)
    # A class's filename is relative to one of the report's <source> roots, and each test project's report has
    # its own roots: resolve to an absolute path so that the same line from two reports is one line.
    sources = [s.text or "" for s in tree.getroot().iter("source")]

    def resolve(filename):
        for root_dir in sources:
            candidate = os.path.normpath(os.path.join(root_dir, filename))
            if os.path.exists(candidate):
                return candidate
        return filename

    for package in tree.getroot().iter("package"):
        name = package.get("name")
        seen = lines.setdefault(name, {})
        for cls in package.iter("class"):
            filename = resolve(cls.get("filename"))
            for line in cls.iter("line"):
                key = (filename, int(line.get("number")))
                seen[key] = seen.get(key, False) or int(line.get("hits")) > 0

if not lines:
    print("coverage: no reports found")
    sys.exit(1)

failed = False
print("line coverage by project:")
for name in sorted(lines):
    total = len(lines[name])
    covered = sum(1 for hit in lines[name].values() if hit)
    percent = 100.0 * covered / total if total else 100.0
    mark = ""
    if name in gated and percent < minimum:
        mark = f"  << below {minimum:.0f}%"
        failed = True
    print(f"  {name:<28} {percent:6.2f}%  ({covered}/{total} lines){mark}")
sys.exit(1 if failed else 0)
