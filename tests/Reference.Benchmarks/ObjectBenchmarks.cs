// Chapter 1's hot paths in nanoseconds per operation.
//
//   dotnet run -c Release --project tests/Reference.Benchmarks -- --filter '*ObjectBenchmarks*'
//
// Each benchmark runs on one thread with a runtime attached, through the same entry points the
// evaluator will use (the abstract protocols), and releases every reference it takes.
using System.Numerics;
using BenchmarkDotNet.Attributes;
using Reference.Objects;

namespace Reference.Benchmarks;

[MemoryDiagnoser]
public class ObjectBenchmarks
{
    private PyRuntimeState _runtime = null!;
    private PyObject[] _mortals = null!;
    private PyObject _small1 = null!, _small2 = null!;
    private PyObject _big1 = null!, _big2 = null!;
    private PyDictObject _dict = null!;
    private PyObject _key = null!;
    private PyListObject _list = null!;
    private PyObject _item = null!;

    [GlobalSetup]
    public void Setup()
    {
        _runtime = PyRuntimeState.Create();
        _mortals = new PyObject[1000];
        for (int i = 0; i < _mortals.Length; i++)
        {
            _mortals[i] = PyListObject.New(0);
        }
        _small1 = PyLongObject.FromLong(100);
        _small2 = PyLongObject.FromLong(23);
        _big1 = PyLongObject.FromBigInteger(BigInteger.Pow(2, 100) + 12345);
        _big2 = PyLongObject.FromBigInteger(BigInteger.Pow(3, 50) + 678);
        _dict = PyDictObject.New();
        for (int i = 0; i < 1000; i++)
        {
            PyObject k = PyUnicodeObject.FromString("key" + i.ToString(System.Globalization.CultureInfo.InvariantCulture));
            PyObject v = PyLongObject.FromLong(i);
            _dict.SetItem(k, v);
            k.DecRef();
            v.DecRef();
        }
        _key = PyUnicodeObject.FromString("key500");
        _list = PyListObject.New(0);
        _item = PyUnicodeObject.FromString("item");
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (PyObject o in _mortals)
        {
            o.DecRef();
        }
        foreach (PyObject o in new[] { _big1, _big2, _dict, _key, _list, _item })
        {
            o.DecRef();
        }
        _runtime.Dispose();
    }

    /// <summary>One IncRef and one DecRef of a mortal object, over 1000 objects so that the JIT cannot fold the
    /// pair away.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public void IncRefDecRef()
    {
        PyObject[] objects = _mortals;
        for (int i = 0; i < objects.Length; i++)
        {
            objects[i].IncRef();
        }
        for (int i = 0; i < objects.Length; i++)
        {
            objects[i].DecRef();
        }
    }

    /// <summary>100 + 23 through the number protocol (the result is a cached small int).</summary>
    [Benchmark]
    public PyObject? SmallIntAdd()
    {
        PyObject? r = PyNumber.Add(_small1, _small2);
        r!.DecRef();
        return r;
    }

    /// <summary>A 101-bit by 80-bit multiply through the number protocol.</summary>
    [Benchmark]
    public PyObject? BigIntMultiply()
    {
        PyObject? r = PyNumber.Multiply(_big1, _big2);
        r!.DecRef();
        return r;
    }

    /// <summary>d[k] for a str key in a 1000-entry dict, through PyObject_GetItem.</summary>
    [Benchmark]
    public PyObject? DictStrLookup()
    {
        PyObject? r = PyObject.GetItem(_dict, _key);
        r!.DecRef();
        return r;
    }

    /// <summary>list.append, amortized over 1000 appends and one clear.</summary>
    [Benchmark(OperationsPerInvoke = 1000)]
    public void ListAppend()
    {
        PyListObject list = _list;
        PyObject item = _item;
        for (int i = 0; i < 1000; i++)
        {
            list.Append(item);
        }
        list.Clear();
    }
}
