// OBJ-EXC-1: the built-in exception hierarchy is CPython 3.14's (MROs recorded from CPython 3.14).
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Types;

namespace Reference.Objects.Tests.Exceptions;

[TestFixture]
public sealed class ExceptionHierarchyTests : ObjectModelTest
{
    private static PyTypeObject Find(string name)
    {
        foreach (PyTypeObject t in PyExc.All)
        {
            if (t.Name == name)
            {
                return t;
            }
        }
        Assert.Fail("no built-in exception " + name);
        return null!;
    }

    [TestCase("BaseException", "object")]
    [TestCase("Exception", "BaseException object")]
    [TestCase("GeneratorExit", "BaseException object")]
    [TestCase("KeyboardInterrupt", "BaseException object")]
    [TestCase("SystemExit", "BaseException object")]
    [TestCase("BaseExceptionGroup", "BaseException object")]
    [TestCase("ExceptionGroup", "BaseExceptionGroup Exception BaseException object")]
    [TestCase("ArithmeticError", "Exception BaseException object")]
    [TestCase("FloatingPointError", "ArithmeticError Exception BaseException object")]
    [TestCase("OverflowError", "ArithmeticError Exception BaseException object")]
    [TestCase("ZeroDivisionError", "ArithmeticError Exception BaseException object")]
    [TestCase("AssertionError", "Exception BaseException object")]
    [TestCase("AttributeError", "Exception BaseException object")]
    [TestCase("BufferError", "Exception BaseException object")]
    [TestCase("EOFError", "Exception BaseException object")]
    [TestCase("ImportError", "Exception BaseException object")]
    [TestCase("ModuleNotFoundError", "ImportError Exception BaseException object")]
    [TestCase("LookupError", "Exception BaseException object")]
    [TestCase("IndexError", "LookupError Exception BaseException object")]
    [TestCase("KeyError", "LookupError Exception BaseException object")]
    [TestCase("MemoryError", "Exception BaseException object")]
    [TestCase("NameError", "Exception BaseException object")]
    [TestCase("UnboundLocalError", "NameError Exception BaseException object")]
    [TestCase("OSError", "Exception BaseException object")]
    [TestCase("BlockingIOError", "OSError Exception BaseException object")]
    [TestCase("ChildProcessError", "OSError Exception BaseException object")]
    [TestCase("ConnectionError", "OSError Exception BaseException object")]
    [TestCase("BrokenPipeError", "ConnectionError OSError Exception BaseException object")]
    [TestCase("ConnectionAbortedError", "ConnectionError OSError Exception BaseException object")]
    [TestCase("ConnectionRefusedError", "ConnectionError OSError Exception BaseException object")]
    [TestCase("ConnectionResetError", "ConnectionError OSError Exception BaseException object")]
    [TestCase("FileExistsError", "OSError Exception BaseException object")]
    [TestCase("FileNotFoundError", "OSError Exception BaseException object")]
    [TestCase("InterruptedError", "OSError Exception BaseException object")]
    [TestCase("IsADirectoryError", "OSError Exception BaseException object")]
    [TestCase("NotADirectoryError", "OSError Exception BaseException object")]
    [TestCase("PermissionError", "OSError Exception BaseException object")]
    [TestCase("ProcessLookupError", "OSError Exception BaseException object")]
    [TestCase("TimeoutError", "OSError Exception BaseException object")]
    [TestCase("ReferenceError", "Exception BaseException object")]
    [TestCase("RuntimeError", "Exception BaseException object")]
    [TestCase("NotImplementedError", "RuntimeError Exception BaseException object")]
    [TestCase("PythonFinalizationError", "RuntimeError Exception BaseException object")]
    [TestCase("RecursionError", "RuntimeError Exception BaseException object")]
    [TestCase("StopAsyncIteration", "Exception BaseException object")]
    [TestCase("StopIteration", "Exception BaseException object")]
    [TestCase("SyntaxError", "Exception BaseException object")]
    [TestCase("IndentationError", "SyntaxError Exception BaseException object")]
    [TestCase("TabError", "IndentationError SyntaxError Exception BaseException object")]
    [TestCase("SystemError", "Exception BaseException object")]
    [TestCase("TypeError", "Exception BaseException object")]
    [TestCase("ValueError", "Exception BaseException object")]
    [TestCase("UnicodeError", "ValueError Exception BaseException object")]
    [TestCase("UnicodeDecodeError", "UnicodeError ValueError Exception BaseException object")]
    [TestCase("UnicodeEncodeError", "UnicodeError ValueError Exception BaseException object")]
    [TestCase("UnicodeTranslateError", "UnicodeError ValueError Exception BaseException object")]
    [TestCase("Warning", "Exception BaseException object")]
    [TestCase("BytesWarning", "Warning Exception BaseException object")]
    [TestCase("DeprecationWarning", "Warning Exception BaseException object")]
    [TestCase("EncodingWarning", "Warning Exception BaseException object")]
    [TestCase("FutureWarning", "Warning Exception BaseException object")]
    [TestCase("ImportWarning", "Warning Exception BaseException object")]
    [TestCase("PendingDeprecationWarning", "Warning Exception BaseException object")]
    [TestCase("ResourceWarning", "Warning Exception BaseException object")]
    [TestCase("RuntimeWarning", "Warning Exception BaseException object")]
    [TestCase("SyntaxWarning", "Warning Exception BaseException object")]
    [TestCase("UnicodeWarning", "Warning Exception BaseException object")]
    [TestCase("UserWarning", "Warning Exception BaseException object")]
    public void EveryBuiltinExceptionHasCPythonsMro(string name, string bases)
    {
        // spec: OBJ-EXC-1
        PyTypeObject t = Find(name);
        string mro = Names(Attr(t, "__mro__"));
        Assert.That(mro, Is.EqualTo(name + " " + bases));
        Assert.That(Str(Attr(t, "__module__")), Is.EqualTo("builtins"));
        Assert.That((t.TpFlags & TypeFlags.BaseExcSubclass) != 0 && (t.TpFlags & TypeFlags.BaseType) != 0, Is.True);
        if (t.IsSubtype(PyExc.BaseExceptionGroup))
        {
            PyObject group = Call(t, S("m"), Tuple(Call(PyExc.ValueError))); // a message and a non-empty sequence
            Assert.That(group.ObType, Is.SameAs(PyExc.ExceptionGroup));
        }
        else if (!t.IsSubtype(PyExc.UnicodeError) || t == PyExc.UnicodeError)
        {
            PyObject inst = Call(t); // the three concrete Unicode errors require their five (four) arguments
            Assert.That(Truth(PyObject.IsInstance(inst, PyExc.BaseException)), Is.True);
        }
    }

    [Test]
    public void TheHierarchyHasNoOtherTypes()
    {
        // spec: OBJ-EXC-1
        Assert.That(PyExc.All, Has.Count.EqualTo(68));
    }

    [Test]
    public void UserSubclassesJoinTheHierarchy()
    {
        // spec: OBJ-EXC-1
        PyTypeObject mine = Class("MyLookup", [PyExc.KeyError, PyExc.IndexError]);
        Assert.That(Names(Attr(mine, "__mro__")), Is.EqualTo("MyLookup KeyError IndexError LookupError Exception BaseException object"));
        PyObject e = Call(mine, S("k"));
        Assert.That(Str(e), Is.EqualTo("'k'"), "KeyError's str comes first in the MRO");
        Assert.That(TypeNewRaises("Bad", [PyExc.OSError, PyExc.StopIteration]), Is.EqualTo("TypeError: multiple bases have instance lay-out conflict"));
    }
}
