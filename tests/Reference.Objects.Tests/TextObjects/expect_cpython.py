#!/usr/bin/env python3
'''Fills in the expected values of the text-object corpora by running each snippet in CPython.

The corpora are C# files in this folder with lines of the form

    C("""'a b'.split()""", """['a', 'b']"""),
    C64("""'x'.center(2**40)""", """MemoryError"""),

C(...) snippets run in CPython 3.14 (`py314`, a 32-bit WebAssembly build); C64(...) snippets run in
a native 64-bit CPython (`py313`) because their outcome depends on the size of Py_ssize_t. The
expected value is the repr of the last expression, or `ExceptionType: message` as a traceback's
last line shows it. Lines `// python-prelude: <statement>` in a file are run before each of its
snippets (the C# fixture binds the same names). Usage:  python3 expect_cpython.py [file.cs ...]   (default: every *.cs here)
'''
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))

LINE = re.compile(
    r'^(?P<indent>\s*)(?P<fn>C|C64)\("""(?P<code>.*?)""", '
    r'(?P<exp>"""(?:.*?)"""|"(?:[^"\\]|\\.)*"|null)\)(?P<tail>,?.*)$')

PRELUDE = re.compile(r'^\s*// python-prelude: (.*)$')

RUNNER = r'''
import ast, json, sys
def run(prelude, code):
    ns = {}
    exec(prelude, ns)
    try:
        tree = ast.parse(code)
        body = tree.body
        if body and isinstance(body[-1], ast.Expr):
            exec(compile(ast.Module(body[:-1], []), "<case>", "exec"), ns)
            value = eval(compile(ast.Expression(body[-1].value), "<case>", "eval"), ns)
        else:
            exec(compile(tree, "<case>", "exec"), ns)
            value = None
        return repr(value)
    except Exception as e:
        text = str(e)
        return type(e).__name__ + (": " + text if text else "")
request = json.loads(sys.stdin.read())
print(json.dumps([run(request["prelude"], c) for c in request["cases"]], ensure_ascii=True))
'''


def evaluate(interpreter, prelude, codes):
    if not codes:
        return []
    script = os.path.join("/tmp", "expect_cpython_runner.py")
    with open(script, "w") as f:
        f.write(RUNNER)
    out = subprocess.run([interpreter, script], input=json.dumps({"prelude": prelude, "cases": codes}), capture_output=True, text=True, check=True)
    lines = [line for line in out.stdout.splitlines() if line.startswith("[")]
    return json.loads(lines[-1])


def csharp_literal(s):
    printable = all(32 <= ord(ch) < 127 for ch in s)
    if printable and '"""' not in s and not s.startswith('"') and not s.endswith('"') and s:
        return '"""' + s + '"""'
    out = []
    for ch in s:
        o = ord(ch)
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif 32 <= o < 127:
            out.append(ch)
        elif o > 0xFFFF:
            o -= 0x10000
            out.append('\\u%04X\\u%04X' % (0xD800 + (o >> 10), 0xDC00 + (o & 0x3FF)))
        else:
            out.append('\\u%04X' % o)
    return '"' + ''.join(out) + '"'


def process(path):
    with open(path, encoding="utf-8") as f:
        lines = f.read().split("\n")
    todo = {"C": [], "C64": []}
    prelude = "\n".join(m.group(1) for m in map(PRELUDE.match, lines) if m)
    for n, line in enumerate(lines):
        m = LINE.match(line)
        if m:
            todo[m.group("fn")].append((n, m))
    if not todo["C"] and not todo["C64"]:
        return 0
    results = {}
    for fn, interpreter in (("C", "py314"), ("C64", "py313")):
        values = evaluate(interpreter, prelude, [m.group("code") for _, m in todo[fn]])
        for (n, m), value in zip(todo[fn], values):
            results[n] = (m, value)
    for n, (m, value) in results.items():
        lines[n] = '%s%s("""%s""", %s)%s' % (m.group("indent"), m.group("fn"), m.group("code"), csharp_literal(value), m.group("tail"))
    with open(path, "w", encoding="utf-8") as f:
        f.write("\n".join(lines))
    return len(results)


def main(argv):
    files = argv or [os.path.join(HERE, name) for name in sorted(os.listdir(HERE)) if name.endswith(".cs")]
    for path in files:
        count = process(path)
        if count:
            print(f"{os.path.basename(path)}: {count} cases")


if __name__ == "__main__":
    main(sys.argv[1:])
