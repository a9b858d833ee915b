// MiniPython: tokens, with str and bytes literals decoded as Python does (every escape, adjacent literals).
using System.Globalization;
using System.Numerics;
using System.Text;
using Reference.Objects;

namespace Reference.Objects.Tests.TextObjects;

public sealed partial class MiniPython
{
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
                    data[k] = codePoints[k] < 256 ? (byte)codePoints[k] : throw new FormatException("bytes can only contain ASCII literal characters");
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
