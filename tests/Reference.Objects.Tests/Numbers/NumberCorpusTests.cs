// Corpora of outcomes recorded from CPython 3.14 for randomly drawn cases (the generating script
// heads each file): format(x, spec) of ints and floats over the whole format-spec mini-language,
// binary operators mixing ints and floats, special values and huge ints included, and int() and
// float() of text built from digits, signs, underscores, prefixes, spaces and Unicode digits, and
// hash() of numbers, None and tuples of them (from 64-bit CPython 3.13). Each file is one test that
// reports every case that differs.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.Numbers;

[TestFixture]
public sealed class NumberCorpusTests : NumberTest
{
    private static IEnumerable<string[]> Cases(string file)
    {
        string path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Numbers", "Corpus", file);
        foreach (string line in File.ReadLines(path))
        {
            if (line.Length > 0 && line[0] != '#')
            {
                yield return line.Split('\t');
            }
        }
    }

    private static void AssertNoneDiffer(List<string> differences, int total)
    {
        Assert.That(total, Is.GreaterThan(1000), "the corpus was read");
        Assert.That(differences, Is.Empty, () => $"{differences.Count} of {total} cases differ:\n" + string.Join("\n", differences.Take(30)));
    }

    [Test]
    public void FormatOfIntsAndFloatsMatchesCPython()
    {
        // spec: OBJ-INT-3, OBJ-FLOAT-3, OBJ-STR-3
        var differences = new List<string>();
        int total = 0;
        foreach (string[] c in Cases("format.tsv"))
        {
            total++;
            string got = Outcome(PyObject.Format(Lit(c[0]), S(c[1])));
            if (got != c[2])
            {
                differences.Add($"format({c[0]}, '{c[1]}'): CPython {c[2]}, here {got}");
            }
        }
        AssertNoneDiffer(differences, total);
    }

    [Test]
    public void MixedIntAndFloatOperatorsMatchCPython()
    {
        // spec: OBJ-FLOAT-2, OBJ-INT-2, OBJ-CMP-1
        var differences = new List<string>();
        int total = 0;
        foreach (string[] c in Cases("mixed-arithmetic.tsv"))
        {
            total++;
            string got = Binary(c[0], c[1], c[2]);
            if (got != c[3])
            {
                differences.Add($"({c[0]}) {c[1]} ({c[2]}): CPython {c[3]}, here {got}");
            }
        }
        AssertNoneDiffer(differences, total);
    }

    [Test]
    public void IntAndFloatOfTextMatchCPython()
    {
        // spec: OBJ-INT-3, OBJ-FLOAT-3
        var differences = new List<string>();
        int total = 0;
        foreach (string[] c in Cases("parse.tsv"))
        {
            total++;
            PyObject type = c[0] == "int" ? PyLongObject.Type : PyFloatObject.Type;
            PyObject[] args = c[2].Length == 0 ? [Lit(c[1])] : [Lit(c[1]), Lit(c[2])];
            string got = Outcome(PyObject.Vectorcall(type, args, null));
            if (got != c[3])
            {
                differences.Add($"{c[0]}({c[1]}{(c[2].Length == 0 ? "" : ", " + c[2])}): CPython {c[3]}, here {got}");
            }
        }
        AssertNoneDiffer(differences, total);
    }

    [Test]
    public void HashesOfNumbersAndTuplesMatchCPython()
    {
        // spec: OBJ-HASH-1
        var differences = new List<string>();
        int total = 0;
        foreach (string[] c in Cases("hash.tsv"))
        {
            total++;
            string got = HashOutcome(Lit(c[0]));
            if (got != c[1])
            {
                differences.Add($"hash({c[0]}): CPython {c[1]}, here {got}");
            }
        }
        AssertNoneDiffer(differences, total);
    }
}
