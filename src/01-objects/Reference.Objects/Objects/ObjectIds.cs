// id(): object identity.
//
// CPython's id() is the object's address. Our objects move (the .NET GC compacts), so an id is
// assigned on first use and kept in the header. Ids are unique across the whole process, as
// addresses are; the counter below is the one process-wide mutable value in the runtime, and it
// models the address space, which every runtime in a process shares too.
namespace Reference.Objects;

/// <summary>Assigns <c>id()</c> values that look like addresses and never repeat.</summary>
internal static class ObjectIds
{
    private const long Base = 0x7f3a_0000_0000;
    private static long s_next;

    /// <summary>The object's id, assigned on first use.</summary>
    public static long Of(PyObject op)
    {
        long id = Volatile.Read(ref op.ObId);
        if (id != 0)
        {
            return id;
        }
        long fresh = Base + (Interlocked.Increment(ref s_next) << 4);
        long won = Interlocked.CompareExchange(ref op.ObId, fresh, 0);
        return won == 0 ? fresh : won;
    }
}
