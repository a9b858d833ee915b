// A tiny evaluator for one-line Python snippets, so that the text-object tests can be written as
// corpora of `code -> CPython's answer` pairs (the answers come from running the same snippets in
// CPython 3.14: see Corpus/expect.py).
//
// Chapter 1 has no compiler, so this file stands in for one, over the smallest useful subset:
// literals (str and bytes with every escape, ints, floats, None/True/False, tuples, lists, dicts,
// sets), names, attribute access, calls with keyword arguments, subscripts and slices, the
// arithmetic and comparison operators, `in`, `is`, `not`/`and`/`or`, and statements separated by
// `;` — assignment, augmented assignment and `del`. Everything is evaluated through the runtime's
// public protocols (PyNumber, RichCompare, GetItem, GetAttr, Vectorcall), so a snippet exercises
// exactly what CPython's bytecode would call.
//
// Ownership follows CPython: every evaluation returns a new reference that the caller releases as
// soon as it is done, so temporaries die when CPython's would (a temporary memoryview releases its
// export at once), and the test's refcount-balance check covers the runtime code a snippet reached.
using System.Globalization;
using System.Numerics;
using System.Text;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

/// <summary>Evaluates `;`-separated Python statements and reports the last expression's repr or the error.</summary>
public sealed class MiniPython : IDisposable
{
    private readonly Dictionary<string, PyObject> _names = new(StringComparer.Ordinal);

    /// <summary>Binds a name for the snippets (the evaluator takes a new reference).</summary>
    public void Bind(string name, PyObject value)
    {
        value.IncRef();
        if (_names.Remove(name, out PyObject? old))
        {
            old.DecRef();
        }
        _names[name] = value;
    }

    public void Dispose()
    {
        foreach (PyObject o in _names.Values)
        {
            o.DecRef();
        }
        _names.Clear();
    }

    /// <summary>Runs the statements; returns the value of the last one (None for a non-expression) as a new
    /// reference, or null with the Python error set.</summary>
    public PyObject? Run(string code)
    {
        List<Node> statements = new Parser(code).ParseProgram();
        PyObject? last = Py.None;
        foreach (Node statement in statements)
        {
            last.DecRef();
            last = Exec(statement);
            if (last is null)
            {
                return null;
            }
        }
        return last;
    }

    /// <summary>Runs the statements and describes the outcome as CPython's test driver does: the repr of
    /// the value, or "ExceptionType: message".</summary>
    public string RunToText(string code)
    {
        PyObject? result = Run(code);
        if (result is null)
        {
            PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
            string text = PyBaseExceptionObject.FormatExceptionOnly(exc);
            exc.DecRef();
            return text;
        }
        string? repr = PyObject.ReprToString(result);
        result.DecRef();
        if (repr is null)
        {
            PyBaseExceptionObject exc = PyErr.GetRaisedException()!;
            string text = PyBaseExceptionObject.FormatExceptionOnly(exc);
            exc.DecRef();
            return "repr failed: " + text;
        }
        return repr;
    }

    // ----- statements -----

    private PyObject? Exec(Node statement)
    {
        switch (statement)
        {
            case AssignNode a:
                {
                    PyObject? value = Eval(a.Value);
                    if (value is null)
                    {
                        return null;
                    }
                    int status = Store(a.Target, value);
                    value.DecRef();
                    return status < 0 ? null : Py.None;
                }
            case AugAssignNode aug:
                {
                    PyObject? current = Eval(aug.Target);
                    if (current is null)
                    {
                        return null;
                    }
                    PyObject? operand = Eval(aug.Value);
                    if (operand is null)
                    {
                        current.DecRef();
                        return null;
                    }
                    PyObject? result = InPlace(aug.Op, current, operand);
                    current.DecRef();
                    operand.DecRef();
                    if (result is null)
                    {
                        return null;
                    }
                    int status = Store(aug.Target, result);
                    result.DecRef();
                    return status < 0 ? null : Py.None;
                }
            case DelNode d:
                return Delete(d.Target) < 0 ? null : Py.None;
            default:
                return Eval(statement);
        }
    }

    private int Store(Node target, PyObject value)
    {
        switch (target)
        {
            case NameNode n:
                Bind(n.Name, value);
                return 0;
            case SubscriptNode s:
                return WithContainerAndKey(s, (obj, key) => PyObject.SetItem(obj, key, value));
            case AttributeNode at:
                {
                    PyObject? obj = Eval(at.Target);
                    if (obj is null)
                    {
                        return -1;
                    }
                    int status = PyObject.SetAttr(obj, at.Name, value);
                    obj.DecRef();
                    return status;
                }
            default:
                PyErr.SetString(PyExc.SyntaxError, "cannot assign to expression");
                return -1;
        }
    }

    private int Delete(Node target)
    {
        switch (target)
        {
            case NameNode n:
                if (!_names.Remove(n.Name, out PyObject? old))
                {
                    PyErr.SetString(PyExc.NameError, $"name '{n.Name}' is not defined");
                    return -1;
                }
                old.DecRef();
                return 0;
            case SubscriptNode s:
                return WithContainerAndKey(s, static (obj, key) => PyObject.DelItem(obj, key));
            default:
                PyErr.SetString(PyExc.SyntaxError, "cannot delete expression");
                return -1;
        }
    }

    private int WithContainerAndKey(SubscriptNode s, Func<PyObject, PyObject, int> action)
    {
        PyObject? obj = Eval(s.Target);
        if (obj is null)
        {
            return -1;
        }
        PyObject? key = Eval(s.Key);
        if (key is null)
        {
            obj.DecRef();
            return -1;
        }
        int status = action(obj, key);
        obj.DecRef();
        key.DecRef();
        return status;
    }

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

    // ----- syntax tree -----

    private abstract record Node;

    private sealed record ConstNode(Func<PyObject> Make) : Node;

    private sealed record NameNode(string Name) : Node;

    private sealed record TupleNode(List<Node> Items) : Node;

    private sealed record ListNode(List<Node> Items) : Node;

    private sealed record SetNode(List<Node> Items) : Node;

    private sealed record DictNode(List<Node> Keys, List<Node> Values) : Node;

    private sealed record AttributeNode(Node Target, string Name) : Node;

    private sealed record SubscriptNode(Node Target, Node Key) : Node;

    private sealed record SliceNode(Node? Start, Node? Stop, Node? Step) : Node;

    private sealed record CallNode(Node Function, List<Node> Args, List<(string Name, Node Value)> Keywords) : Node;

    private sealed record UnaryNode(string Op, Node Operand) : Node;

    private sealed record BinaryNode(string Op, Node Left, Node Right) : Node;

    private sealed record BoolOpNode(string Op, Node Left, Node Right) : Node;

    private sealed record CompareNode(Node First, List<string> Ops, List<Node> Rest) : Node;

    private sealed record IfExpNode(Node Test, Node Body, Node OrElse) : Node;

    private sealed record AssignNode(Node Target, Node Value) : Node;

    private sealed record AugAssignNode(string Op, Node Target, Node Value) : Node;

    private sealed record DelNode(Node Target) : Node;

    // ----- parser -----

    private enum TokenKind
    {
        Name,
        Number,
        String,
        Op,
        End,
    }

    private sealed record Token(TokenKind Kind, string Text, Func<PyObject>? Literal = null);

    private sealed class Parser
    {
        private readonly List<Token> _tokens;
        private int _pos;

        public Parser(string code) => _tokens = Lexer.Tokenize(code);

        private Token Peek => _tokens[_pos];

        private bool IsOp(string text) => Peek.Kind == TokenKind.Op && Peek.Text == text;

        private bool IsKeyword(string text) => Peek.Kind == TokenKind.Name && Peek.Text == text;

        private bool Accept(string text)
        {
            if ((Peek.Kind == TokenKind.Op || Peek.Kind == TokenKind.Name) && Peek.Text == text)
            {
                _pos++;
                return true;
            }
            return false;
        }

        private void Expect(string text)
        {
            if (!Accept(text))
            {
                throw new FormatException($"expected '{text}' at token {_pos} ('{Peek.Text}')");
            }
        }

        public List<Node> ParseProgram()
        {
            var statements = new List<Node>();
            while (Peek.Kind != TokenKind.End)
            {
                statements.Add(Statement());
                if (!Accept(";") && Peek.Kind != TokenKind.End)
                {
                    throw new FormatException($"unexpected '{Peek.Text}'");
                }
            }
            return statements;
        }

        private Node Statement()
        {
            if (Accept("del"))
            {
                return new DelNode(Postfix());
            }
            Node first = ExpressionList();
            if (Accept("="))
            {
                return new AssignNode(first, ExpressionList());
            }
            foreach (string op in (string[])["+=", "-=", "*=", "%="])
            {
                if (Accept(op))
                {
                    return new AugAssignNode(op, first, ExpressionList());
                }
            }
            return first;
        }

        private Node ExpressionList()
        {
            Node first = Expression();
            if (!IsOp(","))
            {
                return first;
            }
            var items = new List<Node> { first };
            while (Accept(","))
            {
                if (IsOp(";") || IsOp("=") || Peek.Kind == TokenKind.End)
                {
                    break;
                }
                items.Add(Expression());
            }
            return new TupleNode(items);
        }

        private Node Expression()
        {
            Node body = Or();
            if (Accept("if"))
            {
                Node test = Or();
                Expect("else");
                return new IfExpNode(test, body, Expression());
            }
            return body;
        }

        private Node Or()
        {
            Node left = And();
            while (Accept("or"))
            {
                left = new BoolOpNode("or", left, And());
            }
            return left;
        }

        private Node And()
        {
            Node left = Not();
            while (Accept("and"))
            {
                left = new BoolOpNode("and", left, Not());
            }
            return left;
        }

        private Node Not() => Accept("not") ? new UnaryNode("not", Not()) : Comparison();

        private Node Comparison()
        {
            Node first = BitOr();
            var ops = new List<string>();
            var rest = new List<Node>();
            while (true)
            {
                string? op = null;
                foreach (string candidate in (string[])["<", "<=", "==", "!=", ">", ">="])
                {
                    if (IsOp(candidate))
                    {
                        op = candidate;
                    }
                }
                if (op is not null)
                {
                    _pos++;
                }
                else if (Accept("in"))
                {
                    op = "in";
                }
                else if (IsKeyword("not") && _tokens[_pos + 1].Text == "in")
                {
                    _pos += 2;
                    op = "not in";
                }
                else if (Accept("is"))
                {
                    op = Accept("not") ? "is not" : "is";
                }
                else
                {
                    break;
                }
                ops.Add(op);
                rest.Add(BitOr());
            }
            return ops.Count == 0 ? first : new CompareNode(first, ops, rest);
        }

        private Node BitOr() => LeftAssoc(BitXor, "|");

        private Node BitXor() => LeftAssoc(BitAnd, "^");

        private Node BitAnd() => LeftAssoc(Shift, "&");

        private Node Shift() => LeftAssoc(Sum, "<<", ">>");

        private Node Sum() => LeftAssoc(Term, "+", "-");

        private Node Term() => LeftAssoc(Factor, "*", "/", "//", "%");

        private Node LeftAssoc(Func<Node> next, params string[] ops)
        {
            Node left = next();
            while (true)
            {
                string? op = null;
                foreach (string candidate in ops)
                {
                    if (IsOp(candidate))
                    {
                        op = candidate;
                    }
                }
                if (op is null)
                {
                    return left;
                }
                _pos++;
                left = new BinaryNode(op, left, next());
            }
        }

        private Node Factor()
        {
            foreach (string op in (string[])["-", "+", "~"])
            {
                if (Accept(op))
                {
                    return new UnaryNode(op, Factor());
                }
            }
            Node basis = Postfix();
            return Accept("**") ? new BinaryNode("**", basis, Factor()) : basis;
        }

        private Node Postfix()
        {
            Node node = Atom();
            while (true)
            {
                if (Accept("."))
                {
                    node = new AttributeNode(node, Peek.Text);
                    _pos++;
                }
                else if (Accept("("))
                {
                    node = Arguments(node);
                }
                else if (Accept("["))
                {
                    node = new SubscriptNode(node, SubscriptKey());
                    Expect("]");
                }
                else
                {
                    return node;
                }
            }
        }

        private CallNode Arguments(Node function)
        {
            var args = new List<Node>();
            var keywords = new List<(string, Node)>();
            while (!Accept(")"))
            {
                if (Peek.Kind == TokenKind.Name && _tokens[_pos + 1].Kind == TokenKind.Op && _tokens[_pos + 1].Text == "=")
                {
                    string name = Peek.Text;
                    _pos += 2;
                    keywords.Add((name, Expression()));
                }
                else
                {
                    args.Add(Expression());
                }
                if (!Accept(","))
                {
                    Expect(")");
                    break;
                }
            }
            return new CallNode(function, args, keywords);
        }

        private Node SubscriptKey()
        {
            var items = new List<Node>();
            bool tuple = false;
            while (true)
            {
                items.Add(SliceOrExpression());
                if (!Accept(","))
                {
                    break;
                }
                tuple = true;
                if (IsOp("]"))
                {
                    break;
                }
            }
            return tuple ? new TupleNode(items) : items[0];
        }

        private Node SliceOrExpression()
        {
            Node? start = IsOp(":") ? null : Expression();
            if (!Accept(":"))
            {
                return start!;
            }
            Node? stop = IsOp(":") || IsOp("]") || IsOp(",") ? null : Expression();
            Node? step = null;
            if (Accept(":") && !IsOp("]") && !IsOp(","))
            {
                step = Expression();
            }
            return new SliceNode(start, stop, step);
        }

        private Node Atom()
        {
            Token t = Peek;
            _pos++;
            switch (t.Kind)
            {
                case TokenKind.Number:
                    return new ConstNode(t.Literal!);
                case TokenKind.String:
                    {
                        Token first = t;
                        var parts = new List<Token> { first };
                        while (Peek.Kind == TokenKind.String)
                        {
                            parts.Add(Peek);
                            _pos++;
                        }
                        return parts.Count == 1 ? new ConstNode(first.Literal!) : new ConstNode(Concatenate(parts));
                    }
                case TokenKind.Name:
                    return t.Text switch
                    {
                        "None" => new ConstNode(static () => Py.None),
                        "True" => new ConstNode(static () => Py.True),
                        "False" => new ConstNode(static () => Py.False),
                        "Ellipsis" => new ConstNode(static () => Py.Ellipsis),
                        _ => new NameNode(t.Text),
                    };
                case TokenKind.Op when t.Text == "(":
                    {
                        if (Accept(")"))
                        {
                            return new TupleNode([]);
                        }
                        Node inner = Expression();
                        if (Accept(")"))
                        {
                            return inner;
                        }
                        var items = new List<Node> { inner };
                        while (Accept(","))
                        {
                            if (IsOp(")"))
                            {
                                break;
                            }
                            items.Add(Expression());
                        }
                        Expect(")");
                        return new TupleNode(items);
                    }
                case TokenKind.Op when t.Text == "[":
                    {
                        var items = new List<Node>();
                        while (!Accept("]"))
                        {
                            items.Add(Expression());
                            if (!Accept(","))
                            {
                                Expect("]");
                                break;
                            }
                        }
                        return new ListNode(items);
                    }
                case TokenKind.Op when t.Text == "{":
                    return Braces();
                case TokenKind.Op when t.Text == "...":
                    return new ConstNode(static () => Py.Ellipsis);
                default:
                    throw new FormatException($"unexpected token '{t.Text}'");
            }
        }

        private Node Braces()
        {
            var keys = new List<Node>();
            var values = new List<Node>();
            bool isSet = false;
            while (!Accept("}"))
            {
                Node key = Expression();
                if (Accept(":"))
                {
                    keys.Add(key);
                    values.Add(Expression());
                }
                else
                {
                    isSet = true;
                    keys.Add(key);
                }
                if (!Accept(","))
                {
                    Expect("}");
                    break;
                }
            }
            return isSet ? new SetNode(keys) : new DictNode(keys, values);
        }

        private static Func<PyObject> Concatenate(List<Token> parts)
        {
            // Adjacent literals of one kind concatenate at parse time, as in Python.
            return () =>
            {
                PyObject acc = parts[0].Literal!();
                for (int i = 1; i < parts.Count; i++)
                {
                    PyObject next = parts[i].Literal!();
                    PyObject? joined = PyNumber.Add(acc, next);
                    acc.DecRef();
                    next.DecRef();
                    acc = joined ?? throw new FormatException("cannot mix bytes and nonbytes literals");
                }
                return acc;
            };
        }
    }

    private static class Lexer
    {
        private static readonly string[] Ops =
        [
            "...", "**", "//", "<<", ">>", "<=", ">=", "==", "!=", "+=", "-=", "*=", "%=",
            "(", ")", "[", "]", "{", "}", ",", ":", ";", ".", "=", "+", "-", "*", "/", "%", "<", ">", "~", "&", "|", "^",
        ];

        public static List<Token> Tokenize(string code)
        {
            var tokens = new List<Token>();
            int i = 0;
            while (i < code.Length)
            {
                char c = code[i];
                if (c is ' ' or '\t' or '\n' or '\r')
                {
                    i++;
                    continue;
                }
                if (char.IsAsciiLetter(c) || c == '_')
                {
                    int start = i;
                    while (i < code.Length && (char.IsAsciiLetterOrDigit(code[i]) || code[i] == '_'))
                    {
                        i++;
                    }
                    string word = code[start..i];
                    if (i < code.Length && code[i] is '\'' or '"' && IsStringPrefix(word))
                    {
                        tokens.Add(StringToken(code, ref i, word.ToLowerInvariant()));
                        continue;
                    }
                    tokens.Add(new Token(TokenKind.Name, word));
                    continue;
                }
                if (c is '\'' or '"')
                {
                    tokens.Add(StringToken(code, ref i, ""));
                    continue;
                }
                if (char.IsAsciiDigit(c) || (c == '.' && i + 1 < code.Length && char.IsAsciiDigit(code[i + 1])))
                {
                    tokens.Add(NumberToken(code, ref i));
                    continue;
                }
                string? op = null;
                foreach (string candidate in Ops)
                {
                    if (string.CompareOrdinal(code, i, candidate, 0, candidate.Length) == 0)
                    {
                        op = candidate;
                        break;
                    }
                }
                if (op is null)
                {
                    throw new FormatException($"unexpected character '{c}' at {i}");
                }
                tokens.Add(new Token(TokenKind.Op, op));
                i += op.Length;
            }
            tokens.Add(new Token(TokenKind.End, ""));
            tokens.Add(new Token(TokenKind.End, ""));
            return tokens;
        }

        private static bool IsStringPrefix(string word) =>
            word.ToLowerInvariant() is "r" or "b" or "u" or "br" or "rb";

        private static Token NumberToken(string code, ref int i)
        {
            int start = i;
            if (code[i] == '0' && i + 1 < code.Length && code[i + 1] is 'x' or 'X' or 'o' or 'O' or 'b' or 'B')
            {
                int radix = char.ToLowerInvariant(code[i + 1]) switch
                {
                    'x' => 16,
                    'o' => 8,
                    _ => 2,
                };
                i += 2;
                BigInteger v = BigInteger.Zero;
                while (i < code.Length && (char.IsAsciiHexDigit(code[i]) || code[i] == '_'))
                {
                    if (code[i] != '_')
                    {
                        v = (v * radix) + Convert.ToInt32(code[i].ToString(), 16);
                    }
                    i++;
                }
                return IntToken(code[start..i], v);
            }
            bool isFloat = false;
            while (i < code.Length)
            {
                char c = code[i];
                if (char.IsAsciiDigit(c) || c == '_')
                {
                    i++;
                }
                else if (c == '.' && !(i + 1 < code.Length && code[i + 1] == '.'))
                {
                    isFloat = true;
                    i++;
                }
                else if (c is 'e' or 'E')
                {
                    isFloat = true;
                    i++;
                    if (i < code.Length && code[i] is '+' or '-')
                    {
                        i++;
                    }
                }
                else
                {
                    break;
                }
            }
            string text = code[start..i].Replace("_", "", StringComparison.Ordinal);
            if (isFloat)
            {
                double d = double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);
                return new Token(TokenKind.Number, text, () => PyFloatObject.FromDouble(d));
            }
            return IntToken(text, BigInteger.Parse(text, CultureInfo.InvariantCulture));
        }

        private static Token IntToken(string text, BigInteger value) =>
            new(TokenKind.Number, text, () => PyLongObject.FromBigInteger(value));

        private static Token StringToken(string code, ref int i, string prefix)
        {
            bool raw = prefix.Contains('r', StringComparison.Ordinal);
            bool bytes = prefix.Contains('b', StringComparison.Ordinal);
            char quote = code[i];
            bool triple = i + 2 < code.Length && code[i + 1] == quote && code[i + 2] == quote;
            int qlen = triple ? 3 : 1;
            i += qlen;
            var codePoints = new List<int>();
            while (true)
            {
                if (i >= code.Length)
                {
                    throw new FormatException("unterminated string literal");
                }
                if (code[i] == quote && (!triple || (i + 2 < code.Length && code[i + 1] == quote && code[i + 2] == quote)))
                {
                    i += qlen;
                    break;
                }
                if (code[i] == '\\' && !raw)
                {
                    Escape(code, ref i, bytes, codePoints);
                    continue;
                }
                if (code[i] == '\\' && raw && i + 1 < code.Length)
                {
                    codePoints.Add('\\');
                    codePoints.Add(code[i + 1]);
                    i += 2;
                    continue;
                }
                int cp = char.IsHighSurrogate(code[i]) && i + 1 < code.Length && char.IsLowSurrogate(code[i + 1])
                    ? char.ConvertToUtf32(code[i], code[i + 1])
                    : code[i];
                i += cp > 0xFFFF ? 2 : 1;
                codePoints.Add(cp);
            }
            string text = prefix + quote;
            if (bytes)
            {
                var data = new byte[codePoints.Count];
                for (int k = 0; k < data.Length; k++)
                {
                    data[k] = codePoints[k] < 128 || codePoints[k] < 256 ? (byte)codePoints[k] : throw new FormatException("bytes can only contain ASCII literal characters");
                }
                return new Token(TokenKind.String, text, () => PyBytesObject.FromSpan(data));
            }
            var sb = new StringBuilder();
            foreach (int cp in codePoints)
            {
                sb.Append(PyUnicodeObject.CodePointToString(cp));
            }
            string value = sb.ToString();
            return new Token(TokenKind.String, text, () => PyUnicodeObject.FromString(value));
        }

        private static void Escape(string code, ref int i, bool bytes, List<int> output)
        {
            char e = code[i + 1];
            i += 2;
            switch (e)
            {
                case '\n':
                    return;
                case '\\' or '\'' or '"':
                    output.Add(e);
                    return;
                case 'a':
                    output.Add(7);
                    return;
                case 'b':
                    output.Add(8);
                    return;
                case 'f':
                    output.Add(12);
                    return;
                case 'n':
                    output.Add(10);
                    return;
                case 'r':
                    output.Add(13);
                    return;
                case 't':
                    output.Add(9);
                    return;
                case 'v':
                    output.Add(11);
                    return;
                case 'x':
                    output.Add(Hex(code, ref i, 2));
                    return;
                case 'u' when !bytes:
                    output.Add(Hex(code, ref i, 4));
                    return;
                case 'U' when !bytes:
                    output.Add(Hex(code, ref i, 8));
                    return;
                case >= '0' and <= '7':
                    {
                        int v = e - '0';
                        for (int k = 0; k < 2 && i < code.Length && code[i] is >= '0' and <= '7'; k++)
                        {
                            v = (v * 8) + (code[i++] - '0');
                        }
                        output.Add(bytes ? v & 0xFF : v);
                        return;
                    }
                default:
                    output.Add('\\');
                    output.Add(e);
                    return;
            }
        }

        private static int Hex(string code, ref int i, int digits)
        {
            int v = int.Parse(code.AsSpan(i, digits), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            i += digits;
            return v;
        }
    }
}
