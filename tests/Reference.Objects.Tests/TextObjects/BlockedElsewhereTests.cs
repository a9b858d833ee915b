// Text-object snippets whose CPython behaviour depends on code outside the text area, where a bug
// keeps them from passing. Each case is ignored with the reason, naming the file to fix; once it is
// fixed, the case passes and its Ignore can go.
using NUnit.Framework;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class BlockedElsewhereTests : TextTest
{
    // Python/Getargs.cs (UnpackKeywords): too many arguments always read "takes at most N argument(s)".
    private static readonly PyCase[] AtMost =
    [
        C("""memoryview(b'a', b'b')""", """TypeError: memoryview() takes at most 1 argument (2 given)"""),
    ];

    // Python/Getargs.cs (UnpackKeywords): a missing required argument is reported before an unknown keyword.
    private static readonly PyCase[] MissingFirst =
    [
        C("""memoryview(obj=b'a')""", """TypeError: memoryview() missing required argument 'object' (pos 1)"""),
    ];

    // Python/Getargs.cs (UnexpectedKeyword): CPython 3.14 suggests the closest parameter name.
    private static readonly PyCase[] Suggestion =
    [
        C("""'h\xe9llo'.encode(encodin='utf-8')""", """TypeError: encode() got an unexpected keyword argument 'encodin'. Did you mean 'encoding'?"""),
    ];

    // Objects/Number.cs (SequenceRepeat) with Objects/LongObject.cs (AsSsize): PyNumber_AsSsize_t always says
    // "cannot fit 'int' into an index-sized integer", whatever exception type it raises.
    private static readonly PyCase[] IndexSized =
    [
        C("""'' * 10**30""", """OverflowError: cannot fit 'int' into an index-sized integer"""),
        C("""'ab' * 10**30""", """OverflowError: cannot fit 'int' into an index-sized integer"""),
        C("""[1] * 10**30""", """OverflowError: cannot fit 'int' into an index-sized integer"""),
        C("""(1,) * 10**30""", """OverflowError: cannot fit 'int' into an index-sized integer"""),
    ];

    public static IEnumerable<TestCaseData> CorpusCases()
    {
        foreach ((PyCase[] cases, string reason) in new[]
        {
            (AtMost, "Getargs.UnpackKeywords says 'exactly' where CPython says 'at most'"),
            (MissingFirst, "Getargs.UnpackKeywords reports an unexpected keyword before a missing argument"),
            (Suggestion, "Getargs.UnpackKeywords lacks CPython 3.14's \"Did you mean\" suggestion"),
            (IndexSized, "PyLongObject.AsSsize(OverflowError) has PyLong_AsSsize_t's message, not PyNumber_AsSsize_t's"),
        })
        {
            foreach (TestCaseData data in Cases(cases))
            {
                yield return data.SetDescription(reason);
            }
        }
    }

    [TestCaseSource(nameof(CorpusCases))]
    public void SnippetsBlockedByCodeOutsideTheTextAreaMatchCPythonOnceFixed(PyCase c)
    {
        // spec: OBJ-ERR-1
        Check(c);
    }
}
