// OBJ-MV-1: memoryview shares its exporter's memory — slices are views, writes through a view of a
// bytearray show in the bytearray, a bytearray with a live view refuses to resize, release() and
// the context manager end the export, released views raise ValueError, readonly views hash.
using NUnit.Framework;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

[TestFixture]
public sealed class MemoryViewTests : TextTest
{
    private static readonly PyCase[] Corpus =
    [
        C("""m = memoryview(b'abc'); (m.readonly, m.nbytes, m.itemsize, m.format, m.ndim, m.shape, m.strides)""", """(True, 3, 1, 'B', 1, (3,), (1,))"""),
        C("""m = memoryview(bytearray(b'abc')); m.readonly""", """False"""),
        C("""m = memoryview(b'abc'); (m.contiguous, m.c_contiguous)""", """(True, True)"""),
        C("""b = b'abc'; memoryview(b).obj is b""", """True"""),
        C("""len(memoryview(b'abcdef'))""", """6"""),
        C("""memoryview(b'abc')[0]""", """97"""),
        C("""memoryview(b'abc')[-1]""", """99"""),
        C("""memoryview(b'abc')[3]""", """IndexError: index out of bounds on dimension 1"""),
        C("""memoryview(b'abc')[-4]""", """IndexError: index out of bounds on dimension 1"""),
        C("""memoryview(b'abc')['x']""", """TypeError: memoryview: invalid slice key"""),
        C("""memoryview(b'abc')[1.5]""", """TypeError: memoryview: invalid slice key"""),
        C("""memoryview(b'abc')[10**30]""", """IndexError: cannot fit 'int' into an index-sized integer"""),
        C("""memoryview(b'abcdef')[1:4].tobytes()""", """b'bcd'"""),
        C("""memoryview(b'abcdef')[::2].tobytes()""", """b'ace'"""),
        C("""memoryview(b'abcdef')[::-1].tobytes()""", """b'fedcba'"""),
        C("""memoryview(b'abcdef')[::2][::-1].tobytes()""", """b'eca'"""),
        C("""memoryview(b'abcdef')[4:1:-2].tolist()""", """[101, 99]"""),
        C("""m = memoryview(b'abcdef')[::2]; (len(m), m.strides, m.contiguous, m.nbytes)""", """(3, (2,), False, 3)"""),
        C("""memoryview(b'abcdef')[1:5][1:3].tobytes()""", """b'cd'"""),
        C("""m = memoryview(b'abc'); m[...] is m""", """TypeError: memoryview: invalid slice key"""),
        C("""memoryview(b'abc')[::0]""", """ValueError: slice step cannot be zero"""),
        C("""memoryview(b'ab\xff').tolist()""", """[97, 98, 255]"""),
        C("""memoryview(b'').tolist()""", """[]"""),
        C("""list(memoryview(b'ab'))""", """[97, 98]"""),
        C("""memoryview(b'\x00\xab\xff').hex()""", """'00abff'"""),
        C("""memoryview(b'abcdef')[::2].hex()""", """'616365'"""),
        C("""memoryview(b'abc').tobytes()""", """b'abc'"""),
        C("""m = memoryview(b'abc').cast('c'); (m.format, m[0], m.tolist())""", """('c', b'a', [b'a', b'b', b'c'])"""),
        C("""m = memoryview(b'abc').cast('c'); m[1:].tolist()""", """[b'b', b'c']"""),
        C("""memoryview(b'abc').cast('c').cast('B')[0]""", """97"""),
        C("""memoryview(b'abc').cast('B').format""", """'B'"""),
        C("""memoryview(b'abcd').cast('x')""", """ValueError: memoryview: destination format must be a native single character format prefixed with an optional '@'"""),
        C("""memoryview(b'abc')[::2].cast('c')""", """TypeError: memoryview: casts are restricted to C-contiguous views"""),
        C("""memoryview(b'abc').cast()""", """TypeError: cast() missing required argument 'format' (pos 1)"""),
        C("""m = memoryview(bytearray(b'abc')).cast('c'); m[0] = 1""", """TypeError: memoryview: invalid type for format 'c'"""),
        C("""m = memoryview(bytearray(b'abc')).cast('c'); m[0] = b'xy'""", """ValueError: memoryview: invalid value for format 'c'"""),
        C("""memoryview(b'abc').cast(1)""", """TypeError: cast() argument 'format' must be str, not int"""),
        C("""memoryview(b'abc').cast('@B').format""", """'@B'"""),
        C("""memoryview(b'abc').cast(format='c').format""", """'c'"""),
        C("""memoryview(b'abc').hex(':')""", """'61:62:63'"""),
        C("""memoryview(b'abcd').hex(sep='-', bytes_per_sep=2)""", """'6162-6364'"""),
        C("""memoryview(b'abc').hex(':', 'x')""", """TypeError: 'str' object cannot be interpreted as an integer"""),
        C("""m = memoryview(bytearray(b'abc')); m[::0] = b''""", """ValueError: slice step cannot be zero"""),
        C("""m = memoryview(bytearray(b'abc')); m[0:1] = 'x'""", """TypeError: a bytes-like object is required, not 'str'"""),
        C("""m = memoryview(bytearray(b'abc')); m['x'] = 1""", """TypeError: memoryview: invalid slice key"""),
        C("""m = memoryview(bytearray(b'abc')); m[-1] = 65; m.tobytes()""", """b'abA'"""),
        C("""m = memoryview(bytearray(b'abc')); m[10**30] = 1""", """IndexError: cannot fit 'int' into an index-sized integer"""),
        C("""m = memoryview(bytearray(b'abc')); m[0] = 10**30""", """ValueError: memoryview: invalid value for format 'B'"""),
        C("""memoryview(b'abc') == 1""", """False"""),
        C("""memoryview(b'abc') == [97, 98, 99]""", """False"""),
        C("""memoryview(b'abc')[::2] == memoryview(b'ac')""", """True"""),
        C("""len(memoryview(b'abcdef')[::-2])""", """3"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m[0] = 120; b""", """bytearray(b'xbc')"""),
        C("""b = bytearray(b'abcdef'); m = memoryview(b); m[1:3] = b'XY'; b""", """bytearray(b'aXYdef')"""),
        C("""b = bytearray(b'abcdef'); m = memoryview(b)[::2]; m[0] = 49; m[2] = 51; b""", """bytearray(b'1bcd3f')"""),
        C("""b = bytearray(b'abcdef'); m = memoryview(b); m[::2] = b'123'; b""", """bytearray(b'1b2d3f')"""),
        C("""b = bytearray(b'abcdef'); m = memoryview(b)[2:]; m[1:3] = bytearray(b'!!'); b""", """bytearray(b'abc!!f')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b).cast('c'); m[0] = b'z'; b""", """bytearray(b'zbc')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b[0] = 65; m[0]""", """65"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m[1:3] = b'X'""", """ValueError: memoryview assignment: lvalue and rvalue have different structures"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m[0] = 256""", """ValueError: memoryview: invalid value for format 'B'"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m[0] = b'x'""", """TypeError: memoryview: invalid type for format 'B'"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m[5] = 1""", """IndexError: index out of bounds on dimension 1"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); del m[0]""", """TypeError: cannot delete memory"""),
        C("""m = memoryview(b'abc'); m[0] = 1""", """TypeError: cannot modify read-only memory"""),
        C("""m = memoryview(bytearray(b'abc')).toreadonly(); m[0] = 1""", """TypeError: cannot modify read-only memory"""),
        C("""m = memoryview(bytearray(b'abc')).toreadonly(); m.readonly""", """True"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.append(100)""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.extend(b'xy')""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.pop()""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.clear()""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.insert(0, 1)""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.remove(97)""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); del b[0]""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b[0:1] = b'xy'""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b += b'x'""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b *= 2""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.resize(5)""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b[0:1] = b'x'; b""", """bytearray(b'xbc')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); b.reverse(); (b, m[0])""", """(bytearray(b'cba'), 99)"""),
        C("""b = bytearray(b'abc'); m = memoryview(b)[1:]; del m; b.append(100); b""", """bytearray(b'abcd')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m.release(); b.append(100); b""", """bytearray(b'abcd')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); s = m[1:]; m.release(); b.append(100)""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); s = m[1:]; m.release(); s.release(); b.append(100); b""", """bytearray(b'abcd')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); n = memoryview(m); m.release(); b.append(100)""", """BufferError: Existing exports of data: object cannot be re-sized"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m.__enter__() is m""", """True"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m.__exit__(None, None, None); b.append(1); b""", """bytearray(b'abc\x01')"""),
        C("""b = bytearray(b'abc'); m = memoryview(b); m.__exit__(None, None, None); m[0]""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.__exit__(1, 2)""", """None"""),
        C("""m = memoryview(b'abc'); m.released""", """AttributeError: 'memoryview' object has no attribute 'released'"""),
        C("""m = memoryview(b'abc'); m.release(); m.release(); repr(m)[:17]""", """'<released memory '"""),
        C("""m = memoryview(b'abc'); m.release(); m[0]""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); len(m)""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.tobytes()""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.tolist()""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.hex()""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.nbytes""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.obj""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.format""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m[0:1]""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.cast('c')""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m.__enter__()""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); memoryview(m)""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); bytes(m)""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); hash(m)""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(b'abc'); m.release(); m == m""", """True"""),
        C("""m = memoryview(b'abc'); m.release(); m == b'abc'""", """False"""),
        C("""m = memoryview(b'abc'); m.release(); iter(m)""", """ValueError: operation forbidden on released memoryview object"""),
        C("""m = memoryview(bytearray(b'x')); m.release(); m[0] = 1""", """ValueError: operation forbidden on released memoryview object"""),
        C("""hash(memoryview(b'abc')) == hash(b'abc')""", """True"""),
        C("""hash(memoryview(b'abcdef')[::2]) == hash(b'ace')""", """True"""),
        C("""hash(memoryview(bytearray(b'abc')))""", """ValueError: cannot hash writable memoryview object"""),
        C("""hash(memoryview(bytearray(b'abc')).toreadonly()) == hash(b'abc')""", """TypeError: unhashable type: 'bytearray'"""),
        C("""memoryview(b'abc') == b'abc'""", """True"""),
        C("""memoryview(b'abc') == bytearray(b'abc')""", """True"""),
        C("""memoryview(b'abc') == memoryview(b'abc')""", """True"""),
        C("""memoryview(b'abcdef')[::2] == b'ace'""", """True"""),
        C("""memoryview(b'abc') != b'abd'""", """True"""),
        C("""memoryview(b'abc') == 'abc'""", """False"""),
        C("""memoryview(b'abc') < b'abd'""", """TypeError: '<' not supported between instances of 'memoryview' and 'bytes'"""),
        C("""memoryview(b'abc').cast('c') == memoryview(b'abc')""", """False"""),
        C("""memoryview('abc')""", """TypeError: memoryview: a bytes-like object is required, not 'str'"""),
        C("""memoryview(1)""", """TypeError: memoryview: a bytes-like object is required, not 'int'"""),
        C("""memoryview()""", """TypeError: memoryview() missing required argument 'object' (pos 1)"""),
        C("""memoryview(object=b'a').tobytes()""", """b'a'"""),
        C("""bytes(memoryview(b'abcdef')[1:3])""", """b'bc'"""),
        C("""bytearray(memoryview(b'abcdef')[::2])""", """bytearray(b'ace')"""),
        C("""b'-'.join([memoryview(b'ab'), memoryview(b'abcd')[::2]])""", """TypeError: sequence item 1: expected a bytes-like object, memoryview found"""),
        C("""memoryview(memoryview(b'abc')[1:]).tobytes()""", """b'bc'"""),
        C("""memoryview(b'abcdef')[::2].tobytes() in b'xacex'""", """True"""),
        C("""b'ace' in memoryview(b'abcdef')[::2]""", """False"""),
        C("""b'ab' + memoryview(b'abcdef')[::2]""", """TypeError: can't concat memoryview to bytes"""),
    ];

    public static IEnumerable<TestCaseData> CorpusCases() => Cases(Corpus);

    [TestCaseSource(nameof(CorpusCases))]
    public void MemoryviewSharesItsExportersMemoryAsInCPython(PyCase c)
    {
        // spec: OBJ-MV-1
        Check(c);
    }

    [Test]
    public void ALiveViewCountsAsAnExportAndReleasingEndsIt()
    {
        // spec: OBJ-MV-1, OBJ-RC-2
        var array = (PyByteArrayObject)Keep(PyByteArrayObject.FromArraySteal([1, 2, 3]));
        PyObject view = Call(PyMemoryViewObject.Type, array);
        Assert.That(array.Exports, Is.EqualTo(1));
        PyObject slice = Ok(PyObject.GetItem(view, Keep(PySliceObject.New(Int(1), null, null))));
        Assert.That(array.Exports, Is.EqualTo(1), "a slice shares its parent's export");
        Method(view, "release");
        Assert.That(array.Exports, Is.EqualTo(1), "the slice still holds the export");
        Method(slice, "release");
        Assert.That(array.Exports, Is.Zero);
    }

    [Test]
    public void DeallocatingTheLastViewEndsTheExport()
    {
        // spec: OBJ-MV-1, OBJ-RC-4
        var array = (PyByteArrayObject)Keep(PyByteArrayObject.FromArraySteal([1, 2, 3]));
        PyObject? view = PyMemoryViewObject.FromObject(array);
        Assert.That(view, Is.Not.Null);
        PyObject? slice = PyObject.GetItem(view!, Keep(PySliceObject.New(null, null, Int(2))));
        view!.DecRef();
        Assert.That(array.Exports, Is.EqualTo(1));
        slice!.DecRef();
        Assert.That(array.Exports, Is.Zero);
        Ok(PyObject.CallMethod(array, "append", Int(4)));
        Assert.That(Repr(array), Is.EqualTo("bytearray(b'\\x01\\x02\\x03\\x04')"));
    }

    [Test]
    public void AViewOfAViewIsReleasedIndependently()
    {
        // spec: OBJ-MV-1
        var array = (PyByteArrayObject)Keep(PyByteArrayObject.FromArraySteal([1, 2, 3]));
        PyObject outer = Call(PyMemoryViewObject.Type, array);
        PyObject inner = Call(PyMemoryViewObject.Type, outer);
        Method(inner, "release");
        Assert.That(Repr(Method(outer, "tolist")), Is.EqualTo("[1, 2, 3]"));
        Assert.That(array.Exports, Is.EqualTo(1));
        Method(outer, "release");
        Assert.That(array.Exports, Is.Zero);
    }

    [Test]
    public void AViewWithItsOwnExportsCannotBeReleased()
    {
        // spec: OBJ-MV-1
        PyObject view = Call(PyMemoryViewObject.Type, Bytes(1, 2));
        PyBuffer? buffer = PyBuffer.Get(view, BufferFlags.Simple);
        Assert.That(buffer, Is.Not.Null);
        Assert.That(MethodRaises(view, "release"), Is.EqualTo("BufferError: memoryview has 1 exported buffer"));
        buffer!.Release();
        Method(view, "release");
        Assert.That(MethodRaises(view, "tobytes"), Is.EqualTo("ValueError: operation forbidden on released memoryview object"));
    }

    [Test]
    public void AReleasedViewPrintsAsReleased()
    {
        // spec: OBJ-MV-1
        PyObject view = Call(PyMemoryViewObject.Type, Bytes(1));
        Assert.That(Repr(view), Does.StartWith("<memory at 0x"));
        Method(view, "release");
        Assert.That(Repr(view), Does.StartWith("<released memory at 0x"));
    }

    [Test]
    public void AWritableBufferOfReadOnlyMemoryIsRefused()
    {
        // spec: OBJ-MV-1
        PyObject view = Call(PyMemoryViewObject.Type, Bytes(1));
        Assert.That(PyBuffer.Get(view, BufferFlags.Writable), Is.Null);
        Assert.That(TakeError(), Is.EqualTo("BufferError: Object is not writable."));
    }

    [Test]
    public void ACollectionLeavesLiveViewsAndIteratorsAndWhatTheyHoldAlone()
    {
        // spec: OBJ-MV-1, OBJ-GC-1
        PyObject array = EvalObject("bytearray(b'abcdef')");
        PyObject view = Call(PyMemoryViewObject.Type, array);
        PyObject slice = Ok(PyObject.GetItem(view, Keep(PySliceObject.New(null, null, Int(2)))));
        PyObject bytesIter = Ok(PyObject.GetIter(Bytes(1, 2)));
        PyObject strIter = Ok(PyObject.GetIter(S("a\U0001F600")));
        Interp.Gc.Collect();
        Assert.That(Repr(Method(slice, "tobytes")), Is.EqualTo("b'ace'"));
        Assert.That(Repr(Method(view, "tolist")), Is.EqualTo("[97, 98, 99, 100, 101, 102]"));
        Assert.That(Repr(Ok(PyIter.Next(bytesIter))), Is.EqualTo("1"));
        Assert.That(Repr(Ok(PyIter.Next(strIter))), Is.EqualTo("'a'"));
    }
}
