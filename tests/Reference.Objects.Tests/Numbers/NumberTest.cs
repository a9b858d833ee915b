// The base of the number fixtures: Python literals in, CPython's printed outcome out.
//
// Every expected value in these fixtures was printed by CPython (3.14 for results and messages,
// 64-bit 3.13 where the 32-bit 3.14 build differs: hashes and errno values). To keep a test next to
// the Python it came from, operands are written as Python literals — `-7`, `2**64+1`, `1.5`,
// `'abc'`, `b'\xff'`, `[1, 2]`, `True`, `None` — and outcomes as CPython prints them: the repr of
// the result, or "TypeName: message" for an exception.
using System.Globalization;
using System.Numerics;
using System.Text;
using NUnit.Framework;
using Reference.Objects;
using Reference.Objects.Tests.Support;

namespace Reference.Objects.Tests.Numbers;

/// <summary>A runtime test that reads operands as Python literals and reports outcomes as CPython prints them.</summary>
public abstract class NumberTest : RuntimeTest
{
    /// <summary>The object a Python literal denotes, kept until teardown.</summary>
    protected PyObject Lit(string text)
    {
        var parser = new LiteralParser(text);
        PyObject value = parser.ParseTop();
        return Keep(value);
    }

    /// <summary>repr of a result, or "TypeName: message" when it is null with an exception set.</summary>
    protected string Outcome(PyObject? result)
    {
        if (result is null)
        {
            Assert.That(PyErr.Occurred(), Is.True, "null without an exception");
            return TakeError();
        }
        Keep(result);
        return Repr(result);
    }

    /// <summary>The outcome of a status-returning call: "True"/"False" for 1/0, the exception for -1.</summary>
    protected static string Outcome(int status) =>
        status < 0 ? TakeError() : status == 0 ? "False" : "True";

    /// <summary>The outcome of hash(): the number, or the exception.</summary>
    protected static string HashOutcome(PyObject o)
    {
        long h = PyObject.Hash(o);
        return h == -1 && PyErr.Occurred() ? TakeError() : h.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>a op b for a binary or comparison operator spelled as in Python, or divmod/pow.</summary>
    protected string Binary(string a, string op, string b) => Outcome(Apply(Lit(a), op, Lit(b)));

    /// <summary>a op b on objects.</summary>
    protected static PyObject? Apply(PyObject a, string op, PyObject b) => op switch
    {
        "+" => PyNumber.Add(a, b),
        "-" => PyNumber.Subtract(a, b),
        "*" => PyNumber.Multiply(a, b),
        "/" => PyNumber.TrueDivide(a, b),
        "//" => PyNumber.FloorDivide(a, b),
        "%" => PyNumber.Remainder(a, b),
        "**" => PyNumber.Power(a, b, Py.None),
        "<<" => PyNumber.Lshift(a, b),
        ">>" => PyNumber.Rshift(a, b),
        "&" => PyNumber.And(a, b),
        "|" => PyNumber.Or(a, b),
        "^" => PyNumber.Xor(a, b),
        "@" => PyNumber.MatrixMultiply(a, b),
        "divmod" => PyNumber.Divmod(a, b),
        "<" => PyObject.RichCompare(a, b, CompareOp.Lt),
        "<=" => PyObject.RichCompare(a, b, CompareOp.Le),
        "==" => PyObject.RichCompare(a, b, CompareOp.Eq),
        "!=" => PyObject.RichCompare(a, b, CompareOp.Ne),
        ">" => PyObject.RichCompare(a, b, CompareOp.Gt),
        ">=" => PyObject.RichCompare(a, b, CompareOp.Ge),
        "+=" => PyNumber.InPlaceAdd(a, b),
        "-=" => PyNumber.InPlaceSubtract(a, b),
        "*=" => PyNumber.InPlaceMultiply(a, b),
        "/=" => PyNumber.InPlaceTrueDivide(a, b),
        "//=" => PyNumber.InPlaceFloorDivide(a, b),
        "%=" => PyNumber.InPlaceRemainder(a, b),
        "**=" => PyNumber.InPlacePower(a, b, Py.None),
        "<<=" => PyNumber.InPlaceLshift(a, b),
        ">>=" => PyNumber.InPlaceRshift(a, b),
        "&=" => PyNumber.InPlaceAnd(a, b),
        "|=" => PyNumber.InPlaceOr(a, b),
        "^=" => PyNumber.InPlaceXor(a, b),
        "@=" => PyNumber.InPlaceMatrixMultiply(a, b),
        _ => throw new ArgumentException("unknown operator " + op, nameof(op)),
    };

    /// <summary>A unary operator spelled as in Python ("-", "+", "~", "abs").</summary>
    protected static PyObject? ApplyUnary(string op, PyObject o) => op switch
    {
        "-" => PyNumber.Negative(o),
        "+" => PyNumber.Positive(o),
        "~" => PyNumber.Invert(o),
        "abs" => PyNumber.Absolute(o),
        _ => throw new ArgumentException("unknown operator " + op, nameof(op)),
    };

    /// <summary>pow(a, b, c).</summary>
    protected string Pow3(string a, string b, string c) => Outcome(PyNumber.Power(Lit(a), Lit(b), Lit(c)));

    /// <summary>receiver.name(args) where each argument is a literal, or <c>name=literal</c> for a keyword.</summary>
    protected string CallMethodOutcome(PyObject receiver, string name, params string[] args)
    {
        var positional = new List<PyObject>();
        var keywords = new List<(string, PyObject)>();
        foreach (string arg in args)
        {
            int eq = KeywordSplit(arg);
            if (eq > 0)
            {
                keywords.Add((arg[..eq], Lit(arg[(eq + 1)..])));
            }
            else
            {
                positional.Add(Lit(arg));
            }
        }
        if (keywords.Count == 0)
        {
            return Outcome(PyObject.CallMethod(receiver, name, positional.ToArray()));
        }
        PyObject? result = MethodKw(receiver, name, positional.ToArray(), keywords.ToArray());
        return result is null ? TakeError() : Repr(result);
    }

    /// <summary>callable(args) with the same argument syntax as <see cref="CallMethodOutcome"/>.</summary>
    protected string CallOutcome(PyObject callable, params string[] args)
    {
        var all = new List<PyObject>();
        var names = new List<PyObject>();
        foreach (string arg in args)
        {
            int eq = KeywordSplit(arg);
            if (eq > 0)
            {
                names.Add(S(arg[..eq]));
            }
            all.Add(Lit(eq > 0 ? arg[(eq + 1)..] : arg));
        }
        PyTupleObject? kwnames = names.Count == 0 ? null : (PyTupleObject)Tuple([.. names]);
        return Outcome(PyObject.Vectorcall(callable, all.ToArray(), kwnames));
    }

    /// <summary>The position of the '=' of a keyword argument "name=value", or -1.</summary>
    private static int KeywordSplit(string arg)
    {
        int eq = arg.IndexOf('=', StringComparison.Ordinal);
        if (eq <= 0 || (eq + 1 < arg.Length && arg[eq + 1] == '='))
        {
            return -1;
        }
        for (int i = 0; i < eq; i++)
        {
            if (!char.IsAsciiLetterOrDigit(arg[i]) && arg[i] != '_')
            {
                return -1;
            }
        }
        return char.IsAsciiLetter(arg[0]) || arg[0] == '_' ? eq : -1;
    }

    /// <summary>A C# method for a test class that returns a fixed str.</summary>
    protected PyObject Returns(string name, string text) =>
        CsMethod(name, (_, _) => PyUnicodeObject.FromString(text));

    /// <summary>A C# method for a test class that returns a new reference to <paramref name="value"/>.</summary>
    protected PyObject Returns(string name, PyObject value) =>
        CsMethod(name, (_, _) => value.NewRef());

    /// <summary>An instance of a class, made by calling it with literal arguments.</summary>
    protected PyObject New(PyTypeObject cls, params string[] args)
    {
        PyObject[] values = [.. args.Select(Lit)];
        return Ok(PyObject.Vectorcall(cls, values, null));
    }

    /// <summary>A recursive-descent reader of the Python literals the fixtures use.</summary>
    private ref struct LiteralParser(string text)
    {
        private readonly string _text = text;
        private int _pos;

        public PyObject ParseTop()
        {
            PyObject value = ParseValue();
            SkipSpaces();
            if (_pos != _text.Length)
            {
                value.DecRef();
                throw new FormatException($"unexpected text at {_pos} in literal {_text}");
            }
            return value;
        }

        private PyObject ParseValue()
        {
            SkipSpaces();
            char c = Peek();
            if (c == '\'' || c == '"')
            {
                return PyUnicodeObject.FromString(ParseQuoted());
            }
            if ((c == 'b' || c == 'B') && _pos + 1 < _text.Length && _text[_pos + 1] is '\'' or '"')
            {
                _pos++;
                string s = ParseQuoted();
                return PyBytesObject.FromSpan(Encoding.Latin1.GetBytes(s));
            }
            if (c == '[')
            {
                PyObject[] items = ParseItems(']', out _);
                PyListObject list = PyListObject.FromSpan(items);
                foreach (PyObject item in items)
                {
                    item.DecRef();
                }
                return list;
            }
            if (c == '(')
            {
                int save = _pos;
                PyObject[] items = ParseItems(')', out bool trailingComma);
                if (items.Length == 1 && !trailingComma)
                {
                    // Parentheses around one value: an int expression such as (-2)**3 reads on from the start.
                    if (items[0] is not PyLongObject)
                    {
                        return items[0];
                    }
                    items[0].DecRef();
                    _pos = save;
                    return PyLongObject.FromBigInteger(ParseIntExpr());
                }
                return PyTupleObject.FromArraySteal(items);
            }
            foreach ((string word, PyObject value) in new[] { ("True", Py.True), ("False", Py.False), ("None", Py.None), ("NotImplemented", Py.NotImplemented), ("...", Py.Ellipsis) })
            {
                if (string.CompareOrdinal(_text, _pos, word, 0, word.Length) == 0)
                {
                    _pos += word.Length;
                    return value;
                }
            }
            return ParseNumber();
        }

        /// <summary>Items up to the closing bracket; new references.</summary>
        private PyObject[] ParseItems(char close, out bool trailingComma)
        {
            _pos++;
            var items = new List<PyObject>();
            trailingComma = false;
            SkipSpaces();
            while (Peek() != close)
            {
                items.Add(ParseValue());
                SkipSpaces();
                trailingComma = false;
                if (Peek() == ',')
                {
                    _pos++;
                    trailingComma = true;
                    SkipSpaces();
                }
            }
            _pos++;
            return [.. items];
        }

        /// <summary>An int expression (terms of +, -, ** over integers) or a float literal.</summary>
        private PyObject ParseNumber()
        {
            SkipSpaces();
            int start = _pos;
            while (_pos < _text.Length && (char.IsAsciiLetterOrDigit(_text[_pos]) || _text[_pos] is '.' or '+' or '-' or '_'))
            {
                // A float literal: digits with '.', 'e', or inf/nan.
                _pos++;
            }
            string word = _text[start.._pos];
            if (IsFloat(word))
            {
                return PyFloatObject.FromDouble(ParseDouble(word));
            }
            _pos = start;
            return PyLongObject.FromBigInteger(ParseIntExpr());
        }

        private static bool IsFloat(string word)
        {
            string w = word.TrimStart('-', '+');
            if (w is "inf" or "nan")
            {
                return true;
            }
            if (w.Length == 0 || (!char.IsAsciiDigit(w[0]) && w[0] != '.') || w.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
            return w.Contains('.', StringComparison.Ordinal) || w.Contains('e', StringComparison.Ordinal);
        }

        private static double ParseDouble(string word) => word switch
        {
            "inf" or "+inf" => double.PositiveInfinity,
            "-inf" => double.NegativeInfinity,
            "nan" or "-nan" or "+nan" => double.NaN,
            _ => double.Parse(word, NumberStyles.Float, CultureInfo.InvariantCulture),
        };

        private BigInteger ParseIntExpr()
        {
            BigInteger value = ParseTerm();
            while (true)
            {
                SkipSpaces();
                char c = Peek();
                if (c == '+' || c == '-')
                {
                    _pos++;
                    BigInteger rhs = ParseTerm();
                    value = c == '+' ? value + rhs : value - rhs;
                }
                else
                {
                    return value;
                }
            }
        }

        // term := unary ('*' unary)*; unary := '-' unary | power; power := factor ('**' unary)?
        private BigInteger ParseTerm()
        {
            BigInteger value = ParseUnary();
            SkipSpaces();
            while (Peek() == '*' && string.CompareOrdinal(_text, _pos, "**", 0, 2) != 0)
            {
                _pos++;
                value *= ParseUnary();
                SkipSpaces();
            }
            return value;
        }

        private BigInteger ParseUnary()
        {
            SkipSpaces();
            if (Peek() == '-')
            {
                _pos++;
                return -ParseUnary();
            }
            BigInteger value = ParseFactor();
            SkipSpaces();
            if (string.CompareOrdinal(_text, _pos, "**", 0, 2) == 0)
            {
                _pos += 2;
                value = BigInteger.Pow(value, (int)ParseUnary());
            }
            return value;
        }

        private BigInteger ParseFactor()
        {
            SkipSpaces();
            if (Peek() == '(')
            {
                _pos++;
                BigInteger inner = ParseIntExpr();
                Expect(')');
                return inner;
            }
            int start = _pos;
            while (_pos < _text.Length && (char.IsAsciiHexDigit(_text[_pos]) || _text[_pos] is 'x' or 'X' or '_'))
            {
                _pos++;
            }
            string digits = _text[start.._pos].Replace("_", "", StringComparison.Ordinal);
            if (digits.StartsWith("0x", StringComparison.OrdinalIgnoreCase))
            {
                return BigInteger.Parse("0" + digits[2..], NumberStyles.HexNumber, CultureInfo.InvariantCulture);
            }
            return BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        }

        /// <summary>A quoted string with Python's escapes \\, \', \", \n, \t, \r, \0, \xNN, \uNNNN.</summary>
        private string ParseQuoted()
        {
            char quote = _text[_pos++];
            var b = new StringBuilder();
            while (_text[_pos] != quote)
            {
                char c = _text[_pos++];
                if (c != '\\')
                {
                    b.Append(c);
                    continue;
                }
                char e = _text[_pos++];
                switch (e)
                {
                    case 'n': b.Append('\n'); break;
                    case 't': b.Append('\t'); break;
                    case 'r': b.Append('\r'); break;
                    case '0': b.Append('\0'); break;
                    case 'x':
                        b.Append((char)int.Parse(_text.AsSpan(_pos, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _pos += 2;
                        break;
                    case 'u':
                        b.Append((char)int.Parse(_text.AsSpan(_pos, 4), NumberStyles.HexNumber, CultureInfo.InvariantCulture));
                        _pos += 4;
                        break;
                    default: b.Append(e); break;
                }
            }
            _pos++;
            return b.ToString();
        }

        private void Expect(char c)
        {
            SkipSpaces();
            if (Peek() != c)
            {
                throw new FormatException($"expected '{c}' at {_pos} in literal {_text}");
            }
            _pos++;
        }

        private readonly char Peek() => _pos < _text.Length ? _text[_pos] : '\0';

        private void SkipSpaces()
        {
            while (_pos < _text.Length && _text[_pos] == ' ')
            {
                _pos++;
            }
        }
    }
}
