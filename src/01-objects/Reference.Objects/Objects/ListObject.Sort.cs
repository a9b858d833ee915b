// Objects/listobject.c: list.sort — stable, with key and reverse.
//
// CPython sorts with timsort; we sort with a stable merge sort (binary insertion sort for short runs,
// then bottom-up merging), which gives the same result for any consistent ordering: sorting is
// stable, reverse=True keeps equal items in their original order, and only `<` is ever used.
// What may differ is the number and order of comparisons, which only code with side effects in
// __lt__ can observe.
//
// While the sort runs the list looks empty, so that a key function or __lt__ that mutates it cannot
// corrupt it; if it was mutated, the sort fails with "list modified during sort". Homogeneous lists
// of exact ints, floats or strs compare without calling slots.
namespace Reference.Objects;

public sealed partial class PyListObject
{
    private static readonly string[] s_sortParams = ["key", "reverse"];

    /// <summary>The array a list holds while it is being sorted; any other array afterwards means it was mutated
    /// (C: <c>allocated == -1</c>).</summary>
#pragma warning disable CA1825 // a distinct empty array, not the shared Array.Empty: its identity is the marker
    private static readonly PyObject?[] s_sorting = new PyObject?[0];
#pragma warning restore CA1825

    private static PyObject? ListSort(PyObject self, ReadOnlySpan<PyObject> args, PyTupleObject? kwnames)
    {
        ArgBuffer4 buffer = default;
        Span<PyObject?> a = buffer[..2];
        if (!GetArgs.UnpackKeywords("sort", args, kwnames, s_sortParams, 0, 0, 0, a))
        {
            return null;
        }
        int reverse = a[1] is null ? 0 : IsTrue(a[1]!);
        if (reverse < 0)
        {
            return null;
        }
        PyObject? key = a[0] is null || a[0] == Py.None ? null : a[0];
        return ((PyListObject)self).Sort(key, reverse > 0) < 0 ? null : Py.ReturnNone;
    }

    #region sort
    /// <summary>Sorts in place (C: <c>list_sort_impl</c>): 0, or -1 with the error from a key or comparison.</summary>
    public int Sort(PyObject? key, bool reverse)
    {
        PyObject?[] saved = Items;
        int n = Count;
        Items = s_sorting;
        Count = 0;
        PyObject[] values = new PyObject[n];
        Array.Copy(saved, values, n);
        PyObject[]? keys = null;
        int result = 0;
        if (key is not null)
        {
            var computed = new PyObject[n];
            for (int i = 0; i < n && result == 0; i++)
            {
                PyObject? k = CallOneArg(key, values[i]);
                if (k is null)
                {
                    for (int j = 0; j < i; j++)
                    {
                        computed[j].DecRef();
                    }
                    result = -1;
                }
                else
                {
                    computed[i] = k;
                }
            }
            keys = result == 0 ? computed : null;
        }
        if (result == 0)
        {
            if (reverse)
            {
                Array.Reverse(values);
                if (keys is not null)
                {
                    Array.Reverse(keys);
                }
            }
            result = MergeSort(keys ?? values, keys is null ? null : values);
            if (reverse)
            {
                Array.Reverse(values);
            }
        }
        if (keys is not null)
        {
            foreach (PyObject k in keys)
            {
                k.DecRef();
            }
        }
        // Put the items back; whatever was added meanwhile is dropped, as CPython does.
        PyObject?[] added = Items;
        int addedCount = Count;
        Array.Copy(values, saved, n);
        Items = saved;
        Count = n;
        if (added != s_sorting || addedCount > 0)
        {
            for (int i = 0; i < addedCount; i++)
            {
                added[i]?.DecRef();
            }
            if (result == 0)
            {
                PyErr.SetString(PyExc.ValueError, "list modified during sort");
                result = -1;
            }
        }
        return result;
    }
    #endregion

    /// <summary>Sorts <paramref name="keys"/>, moving <paramref name="values"/> the same way when given.</summary>
    private static int MergeSort(PyObject[] keys, PyObject[]? values)
    {
        int n = keys.Length;
        Func<PyObject, PyObject, int> lessThan = ChooseComparison(keys);
        const int Run = 32;
        for (int lo = 0; lo < n; lo += Run)
        {
            if (BinaryInsertionSort(keys, values, lo, Math.Min(lo + Run, n), lessThan) < 0)
            {
                return -1;
            }
        }
        var tmpKeys = new PyObject[n];
        PyObject[]? tmpValues = values is null ? null : new PyObject[n];
        for (int width = Run; width < n; width *= 2)
        {
            for (int lo = 0; lo < n - width; lo += 2 * width)
            {
                if (Merge(keys, values, tmpKeys, tmpValues, lo, lo + width, Math.Min(lo + 2 * width, n), lessThan) < 0)
                {
                    return -1;
                }
            }
        }
        return 0;
    }

    private static int BinaryInsertionSort(PyObject[] keys, PyObject[]? values, int lo, int hi, Func<PyObject, PyObject, int> lessThan)
    {
        for (int i = lo + 1; i < hi; i++)
        {
            PyObject pivot = keys[i];
            PyObject? pivotValue = values?[i];
            int left = lo, right = i;
            while (left < right)
            {
                int mid = (left + right) >> 1;
                int lt = lessThan(pivot, keys[mid]);
                if (lt < 0)
                {
                    return -1;
                }
                if (lt > 0)
                {
                    right = mid;
                }
                else
                {
                    left = mid + 1; // equal items stay after: stability
                }
            }
            Array.Copy(keys, left, keys, left + 1, i - left);
            keys[left] = pivot;
            if (values is not null)
            {
                Array.Copy(values, left, values, left + 1, i - left);
                values[left] = pivotValue!;
            }
        }
        return 0;
    }

    private static int Merge(PyObject[] keys, PyObject[]? values, PyObject[] tmpKeys, PyObject[]? tmpValues,
        int lo, int mid, int hi, Func<PyObject, PyObject, int> lessThan)
    {
        Array.Copy(keys, lo, tmpKeys, lo, hi - lo);
        if (values is not null)
        {
            Array.Copy(values, lo, tmpValues!, lo, hi - lo);
        }
        int i = lo, j = mid, k = lo;
        while (i < mid && j < hi)
        {
            int lt = lessThan(tmpKeys[j], tmpKeys[i]);
            if (lt < 0)
            {
                // Leave a permutation of the items behind.
                Array.Copy(tmpKeys, lo, keys, lo, hi - lo);
                if (values is not null)
                {
                    Array.Copy(tmpValues!, lo, values, lo, hi - lo);
                }
                return -1;
            }
            int from = lt > 0 ? j++ : i++;
            keys[k] = tmpKeys[from];
            if (values is not null)
            {
                values[k] = tmpValues![from];
            }
            k++;
        }
        for (; i < mid; i++, k++)
        {
            keys[k] = tmpKeys[i];
            if (values is not null)
            {
                values[k] = tmpValues![i];
            }
        }
        for (; j < hi; j++, k++)
        {
            keys[k] = tmpKeys[j];
            if (values is not null)
            {
                values[k] = tmpValues![j];
            }
        }
        return 0;
    }

    #region comparisons
    /// <summary>Picks a comparison: a direct one when every key is an exact int, float or str
    /// (C: <c>unsafe_long_compare</c> and friends), else rich comparison.</summary>
    private static Func<PyObject, PyObject, int> ChooseComparison(PyObject[] keys)
    {
        if (keys.Length == 0)
        {
            return s_generic;
        }
        PyTypeObject t = keys[0].ObType;
        foreach (PyObject k in keys)
        {
            if (k.ObType != t)
            {
                return s_generic;
            }
        }
        if (t == PyLongObject.Type)
        {
            return s_long;
        }
        if (t == PyFloatObject.Type)
        {
            return s_float;
        }
        return t == PyUnicodeObject.Type ? s_str : s_generic;
    }
    #endregion

    private static readonly Func<PyObject, PyObject, int> s_generic = static (a, b) => RichCompareBool(a, b, CompareOp.Lt);

    private static readonly Func<PyObject, PyObject, int> s_long = static (a, b) =>
        PyLongObject.Compare((PyLongObject)a, (PyLongObject)b) < 0 ? 1 : 0;

    private static readonly Func<PyObject, PyObject, int> s_float = static (a, b) =>
        ((PyFloatObject)a).Value < ((PyFloatObject)b).Value ? 1 : 0;

    private static readonly Func<PyObject, PyObject, int> s_str = static (a, b) =>
        StringLib.CompareCodePoints(((PyUnicodeObject)a).Value, ((PyUnicodeObject)b).Value) < 0 ? 1 : 0;
}
