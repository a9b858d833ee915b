// MiniPython: evaluating expressions through the runtime's protocols; each returns a new reference.
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

public sealed partial class MiniPython
{
    // ----- expressions -----

    private PyObject? Eval(Node node)
    {
        switch (node)
        {
            case ConstNode c:
                return c.Make();
            case NameNode n:
                return LookupName(n.Name);
            case TupleNode t:
                return EvalList(t.Items, static items => PyTupleObject.FromSpan(items));
            case ListNode l:
                return EvalList(l.Items, static items => PyListObject.FromSpan(items));
            case SetNode s:
                return EvalList(s.Items, static items =>
                {
                    PySetObject set = PySetObject.New();
                    foreach (PyObject item in items)
                    {
                        if (set.Add(item) < 0)
                        {
                            set.DecRef();
                            return null;
                        }
                    }
                    return set;
                });
            case DictNode d:
                return EvalDict(d);
            case AttributeNode a:
                {
                    PyObject? obj = Eval(a.Target);
                    if (obj is null)
                    {
                        return null;
                    }
                    PyObject? attr = PyObject.GetAttr(obj, a.Name);
                    obj.DecRef();
                    return attr;
                }
            case SubscriptNode s:
                {
                    PyObject? obj = Eval(s.Target);
                    if (obj is null)
                    {
                        return null;
                    }
                    PyObject? key = Eval(s.Key);
                    if (key is null)
                    {
                        obj.DecRef();
                        return null;
                    }
                    PyObject? item = PyObject.GetItem(obj, key);
                    obj.DecRef();
                    key.DecRef();
                    return item;
                }
            case SliceNode sl:
                return EvalSlice(sl);
            case CallNode call:
                return EvalCall(call);
            case UnaryNode u:
                return EvalUnary(u);
            case BinaryNode b:
                return EvalBinary(b);
            case BoolOpNode bo:
                return EvalBoolOp(bo);
            case CompareNode cmp:
                return EvalCompare(cmp);
            case IfExpNode ie:
                {
                    PyObject? test = Eval(ie.Test);
                    if (test is null)
                    {
                        return null;
                    }
                    int truth = PyObject.IsTrue(test);
                    test.DecRef();
                    return truth < 0 ? null : Eval(truth > 0 ? ie.Body : ie.OrElse);
                }
            default:
                return PyErr.SetString(PyExc.SyntaxError, "statement used as an expression");
        }
    }

    private PyObject? LookupName(string name)
    {
        if (_names.TryGetValue(name, out PyObject? value))
        {
            return value.NewRef();
        }
        PyObject? builtin = Builtin(name);
        return builtin is null ? PyErr.SetString(PyExc.NameError, $"name '{name}' is not defined") : builtin.NewRef();
    }

    /// <summary>The built-in types a snippet may name.</summary>
    private static PyObject? Builtin(string name) => name switch
    {
        "str" => PyUnicodeObject.Type,
        "bytes" => PyBytesObject.Type,
        "bytearray" => PyByteArrayObject.Type,
        "memoryview" => PyMemoryViewObject.Type,
        "int" => PyLongObject.Type,
        "float" => PyFloatObject.Type,
        "bool" => PyBoolObject.Type,
        "list" => PyListObject.Type,
        "tuple" => PyTupleObject.Type,
        "dict" => PyDictObject.Type,
        "set" => PySetObject.Type,
        "frozenset" => PySetObject.FrozenSetType,
        "object" => PyBaseObject.Type,
        "type" => PyTypeObject.Type,
        "slice" => PySliceObject.Type,
        _ => null,
    };

    private PyObject? EvalList(List<Node> nodes, Func<PyObject[], PyObject?> make)
    {
        var items = new PyObject[nodes.Count];
        for (int i = 0; i < nodes.Count; i++)
        {
            PyObject? item = Eval(nodes[i]);
            if (item is null)
            {
                Release(items, i);
                return null;
            }
            items[i] = item;
        }
        PyObject? result = make(items);
        Release(items, items.Length);
        return result;
    }

    private static void Release(PyObject?[] items, int count)
    {
        for (int i = 0; i < count; i++)
        {
            items[i]?.DecRef();
        }
    }

    private PyObject? EvalDict(DictNode d)
    {
        PyDictObject dict = PyDictObject.New();
        for (int i = 0; i < d.Keys.Count; i++)
        {
            PyObject? key = Eval(d.Keys[i]);
            PyObject? value = key is null ? null : Eval(d.Values[i]);
            int status = value is null ? -1 : dict.SetItem(key!, value);
            key?.DecRef();
            value?.DecRef();
            if (status < 0)
            {
                dict.DecRef();
                return null;
            }
        }
        return dict;
    }

    private PyObject? EvalSlice(SliceNode sl)
    {
        PyObject?[] parts = new PyObject?[3];
        Node?[] nodes = [sl.Start, sl.Stop, sl.Step];
        for (int i = 0; i < 3; i++)
        {
            if (nodes[i] is null)
            {
                continue;
            }
            parts[i] = Eval(nodes[i]!);
            if (parts[i] is null)
            {
                Release(parts, i);
                return null;
            }
        }
        PySliceObject slice = PySliceObject.New(parts[0], parts[1], parts[2]);
        Release(parts, 3);
        return slice;
    }

    private PyObject? EvalCall(CallNode call)
    {
        if (call.Function is NameNode fn && !_names.ContainsKey(fn.Name) && BuiltinFunctions.Contains(fn.Name))
        {
            return CallBuiltinFunction(fn.Name, call);
        }
        PyObject? callable = Eval(call.Function);
        if (callable is null)
        {
            return null;
        }
        int n = call.Args.Count + call.Keywords.Count;
        var args = new PyObject[n];
        for (int i = 0; i < n; i++)
        {
            Node argNode = i < call.Args.Count ? call.Args[i] : call.Keywords[i - call.Args.Count].Value;
            PyObject? arg = Eval(argNode);
            if (arg is null)
            {
                Release(args, i);
                callable.DecRef();
                return null;
            }
            args[i] = arg;
        }
        PyTupleObject? kwnames = null;
        if (call.Keywords.Count > 0)
        {
            var names = new PyObject[call.Keywords.Count];
            for (int i = 0; i < names.Length; i++)
            {
                names[i] = PyUnicodeObject.FromString(call.Keywords[i].Name);
            }
            kwnames = PyTupleObject.FromArraySteal(names);
        }
        PyObject? result = PyObject.Vectorcall(callable, args, kwnames);
        kwnames?.DecRef();
        Release(args, n);
        callable.DecRef();
        return result;
    }

    /// <summary>The built-in functions the snippets use: chapter 1 has their C API, not the builtins module.</summary>
    private static readonly HashSet<string> BuiltinFunctions = new(StringComparer.Ordinal)
    {
        "repr", "ascii", "len", "hash", "format", "iter", "next", "isinstance", "id",
    };

    private PyObject? CallBuiltinFunction(string name, CallNode call)
    {
        if (call.Keywords.Count > 0)
        {
            return PyErr.SetString(PyExc.TypeError, $"{name}() takes no keyword arguments");
        }
        PyObject? a0 = null, a1 = null;
        if (call.Args.Count > 0 && (a0 = Eval(call.Args[0])) is null)
        {
            return null;
        }
        if (call.Args.Count > 1 && (a1 = Eval(call.Args[1])) is null)
        {
            a0!.DecRef();
            return null;
        }
        PyObject? result;
        if (call.Args.Count is < 1 or > 2 || (a1 is not null && name is not ("format" or "isinstance")))
        {
            result = PyErr.SetString(PyExc.TypeError, $"{name}() takes the wrong number of arguments here");
        }
        else
        {
            result = name switch
            {
                "repr" => PyObject.Repr(a0!),
                "ascii" => PyObject.Ascii(a0!),
                "len" => SizeToInt(PyObject.Size(a0!)),
                "hash" => SizeToInt(PyObject.Hash(a0!)),
                "id" => PyLongObject.FromLong(a0!.Id),
                "format" => PyObject.Format(a0!, a1),
                "iter" => PyObject.GetIter(a0!),
                "next" => NextOrStop(a0!),
                _ => IsInstance(a0!, a1),
            };
        }
        a0?.DecRef();
        a1?.DecRef();
        return result;
    }

    private static PyObject? SizeToInt(long value) =>
        value == -1 && PyErr.Occurred() ? null : PyLongObject.FromLong(value);

    private static PyObject? NextOrStop(PyObject iterator)
    {
        PyObject? item = PyIter.Next(iterator);
        return item is null && !PyErr.Occurred() ? PyErr.SetNone(PyExc.StopIteration) : item;
    }

    private static PyObject? IsInstance(PyObject obj, PyObject? cls)
    {
        if (cls is null)
        {
            return PyErr.SetString(PyExc.TypeError, "isinstance expected 2 arguments, got 1");
        }
        int r = PyObject.IsInstance(obj, cls);
        return r < 0 ? null : Py.Bool(r > 0);
    }

    private PyObject? EvalUnary(UnaryNode u)
    {
        PyObject? operand = Eval(u.Operand);
        if (operand is null)
        {
            return null;
        }
        PyObject? result;
        if (u.Op == "not")
        {
            int truth = PyObject.IsTrue(operand);
            result = truth < 0 ? null : Py.Bool(truth == 0);
        }
        else
        {
            result = u.Op switch
            {
                "-" => PyNumber.Negative(operand),
                "+" => PyNumber.Positive(operand),
                _ => PyNumber.Invert(operand),
            };
        }
        operand.DecRef();
        return result;
    }

    private PyObject? EvalBinary(BinaryNode b)
    {
        PyObject? left = Eval(b.Left);
        if (left is null)
        {
            return null;
        }
        PyObject? right = Eval(b.Right);
        if (right is null)
        {
            left.DecRef();
            return null;
        }
        PyObject? result = b.Op switch
        {
            "+" => PyNumber.Add(left, right),
            "-" => PyNumber.Subtract(left, right),
            "*" => PyNumber.Multiply(left, right),
            "%" => PyNumber.Remainder(left, right),
            "//" => PyNumber.FloorDivide(left, right),
            "/" => PyNumber.TrueDivide(left, right),
            "**" => PyNumber.Power(left, right, Py.None),
            "&" => PyNumber.And(left, right),
            "|" => PyNumber.Or(left, right),
            "^" => PyNumber.Xor(left, right),
            "<<" => PyNumber.Lshift(left, right),
            _ => PyNumber.Rshift(left, right),
        };
        left.DecRef();
        right.DecRef();
        return result;
    }

    private static PyObject? InPlace(string op, PyObject left, PyObject right) => op switch
    {
        "+=" => PyNumber.InPlaceAdd(left, right),
        "*=" => PyNumber.InPlaceMultiply(left, right),
        "-=" => PyNumber.InPlaceSubtract(left, right),
        "%=" => PyNumber.InPlaceRemainder(left, right),
        _ => PyErr.SetString(PyExc.SyntaxError, $"unsupported augmented assignment {op}"),
    };

    private PyObject? EvalBoolOp(BoolOpNode bo)
    {
        PyObject? value = Eval(bo.Left);
        if (value is null)
        {
            return null;
        }
        int truth = PyObject.IsTrue(value);
        if (truth < 0)
        {
            value.DecRef();
            return null;
        }
        if ((bo.Op == "and") == (truth > 0))
        {
            value.DecRef();
            return Eval(bo.Right);
        }
        return value;
    }

    private PyObject? EvalCompare(CompareNode cmp)
    {
        PyObject? left = Eval(cmp.First);
        if (left is null)
        {
            return null;
        }
        for (int i = 0; i < cmp.Ops.Count; i++)
        {
            PyObject? right = Eval(cmp.Rest[i]);
            if (right is null)
            {
                left.DecRef();
                return null;
            }
            PyObject? result = CompareOnce(cmp.Ops[i], left, right);
            left.DecRef();
            if (result is null || i == cmp.Ops.Count - 1)
            {
                right.DecRef();
                return result;
            }
            int truth = PyObject.IsTrue(result);
            if (truth <= 0)
            {
                right.DecRef();
                if (truth < 0)
                {
                    result.DecRef();
                    return null;
                }
                return result;
            }
            result.DecRef();
            left = right;
        }
        return left;
    }

    private static PyObject? CompareOnce(string op, PyObject left, PyObject right)
    {
        switch (op)
        {
            case "is":
                return Py.Bool(ReferenceEquals(left, right));
            case "is not":
                return Py.Bool(!ReferenceEquals(left, right));
            case "in":
            case "not in":
                int found = PySequence.Contains(right, left);
                return found < 0 ? null : Py.Bool((found > 0) == (op == "in"));
            default:
                CompareOp cop = op switch
                {
                    "<" => CompareOp.Lt,
                    "<=" => CompareOp.Le,
                    "==" => CompareOp.Eq,
                    "!=" => CompareOp.Ne,
                    ">" => CompareOp.Gt,
                    _ => CompareOp.Ge,
                };
                return PyObject.RichCompare(left, right, cop);
        }
    }
}
