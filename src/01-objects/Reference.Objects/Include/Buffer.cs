// Include/pybuffer.h: the buffer protocol.
//
// An object that owns bytes (bytes, bytearray) can *export* them: it fills a PyBuffer describing
// its memory, and the consumer (memoryview, bytes(), b''.join) reads or writes that memory
// directly. While an export is alive the exporter must not move or resize the memory — a
// bytearray with live exports refuses to change size. Chapter 4 shares these buffers between
// interpreters: a memoryview on one side sees writes made on the other.
namespace Reference.Objects;

/// <summary>What a consumer asks of a buffer (C: <c>PyBUF_*</c>).</summary>
[Flags]
public enum BufferFlags
{
    /// <summary>Read-only access to contiguous bytes.</summary>
    Simple = 0,
    /// <summary>The consumer will write.</summary>
    Writable = 0x0001,
    /// <summary>The consumer wants the format string.</summary>
    Format = 0x0004,
    /// <summary>The consumer wants the shape.</summary>
    ND = 0x0008,
    /// <summary>The consumer accepts strides, so a non-contiguous exporter may serve it (C: <c>PyBUF_STRIDES</c>).</summary>
    Strides = 0x0010 | ND,
    /// <summary>Everything, read-only (C: <c>PyBUF_FULL_RO</c>).</summary>
    FullRO = 0x0100 | Strides | Format,
    /// <summary>Everything, writable (C: <c>PyBUF_FULL</c>).</summary>
    Full = FullRO | Writable,
}

/// <summary>An exported view of an object's memory (C: <c>Py_buffer</c>). Holds a reference to the exporter until
/// released.</summary>
public sealed class PyBuffer
{
    /// <summary>The exporter, owned while the buffer is held (C: <c>obj</c>).</summary>
    public PyObject? Obj { get; internal set; }

    /// <summary>The array that holds the memory; it does not move while exported.</summary>
    public byte[] Array { get; internal set; } = [];

    /// <summary>Where the exported bytes start in <see cref="Array"/>.</summary>
    public int Offset { get; internal set; }

    /// <summary>The number of bytes (C: <c>len</c>).</summary>
    public int Length { get; internal set; }

    /// <summary>Whether writes are refused (C: <c>readonly</c>).</summary>
    public bool ReadOnly { get; internal set; }

    /// <summary>The exported bytes.</summary>
    public Span<byte> Span => Array.AsSpan(Offset, Length);

    /// <summary>Fills a buffer (C: <c>PyBuffer_FillInfo</c>): fails with BufferError if a writable buffer is asked of
    /// read-only memory.</summary>
    public static int FillInfo(PyBuffer view, PyObject exporter, byte[] array, int offset, int length, bool readOnly, BufferFlags flags)
    {
        if ((flags & BufferFlags.Writable) != 0 && readOnly)
        {
            PyErr.SetString(PyExc.BufferError, "Object is not writable.");
            return -1;
        }
        view.Obj = exporter.NewRef();
        view.Array = array;
        view.Offset = offset;
        view.Length = length;
        view.ReadOnly = readOnly;
        return 0;
    }

    /// <summary>Exports <paramref name="obj"/>'s memory (C: <c>PyObject_GetBuffer</c>): null with TypeError
    /// "a bytes-like object is required, not 'str'" when it has none.</summary>
    public static PyBuffer? Get(PyObject obj, BufferFlags flags)
    {
        GetBufferProc? get = obj.ObType.TpAsBuffer?.BfGetBuffer;
        if (get is null)
        {
            PyErr.SetString(PyExc.TypeError, $"a bytes-like object is required, not '{obj.ObType.Name}'");
            return null;
        }
        var view = new PyBuffer();
        return get(obj, view, flags) < 0 ? null : view;
    }

    /// <summary>Whether the object can export a buffer (C: <c>PyObject_CheckBuffer</c>).</summary>
    public static bool Check(PyObject obj) => obj.ObType.TpAsBuffer?.BfGetBuffer is not null;

    /// <summary>Ends the export (C: <c>PyBuffer_Release</c>).</summary>
    public void Release()
    {
        PyObject? obj = Obj;
        if (obj is null)
        {
            return;
        }
        obj.ObType.TpAsBuffer?.BfReleaseBuffer?.Invoke(obj, this);
        Obj = null;
        obj.DecRef();
    }
}
