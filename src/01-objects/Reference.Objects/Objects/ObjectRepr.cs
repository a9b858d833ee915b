// Objects/object.c: Py_ReprEnter and Py_ReprLeave — repr of self-referencing containers.
//
// `l = []; l.append(l); repr(l)` must print `[[...]]`, not recurse forever. A container's repr first
// registers itself with the thread; finding itself already registered, it prints `...` instead.
namespace Reference.Objects;

public partial class PyObject
{
    #region repr-enter
    /// <summary>Registers a container whose repr is being computed on this thread (C: <c>Py_ReprEnter</c>).
    /// Returns 0 the first time, 1 if the object is already being repr'd (print "..."), -1 on error.</summary>
    public static int ReprEnter(PyObject obj)
    {
        List<PyObject> stack = PyThreadState.Get().ReprStack;
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i] == obj)
            {
                return 1;
            }
        }
        stack.Add(obj);
        return 0;
    }

    /// <summary>Unregisters it (C: <c>Py_ReprLeave</c>). Keeps any raised exception.</summary>
    public static void ReprLeave(PyObject obj)
    {
        List<PyObject> stack = PyThreadState.Get().ReprStack;
        for (int i = stack.Count - 1; i >= 0; i--)
        {
            if (stack[i] == obj)
            {
                stack.RemoveAt(i);
                return;
            }
        }
    }
    #endregion
}
