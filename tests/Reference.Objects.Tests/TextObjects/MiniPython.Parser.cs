// MiniPython: the syntax tree and a recursive-descent parser for the snippet subset of Python.
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

public sealed partial class MiniPython
{
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
}
