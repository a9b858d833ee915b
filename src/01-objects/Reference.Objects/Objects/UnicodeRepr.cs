// repr() and ascii() of str, and repr() of bytes and bytearray: unicode_repr in CPython's
// Objects/unicodeobject.c, PyObject_ASCII in Objects/object.c, and PyBytes_Repr in
// Objects/bytesobject.c and bytearray_repr in Objects/bytearrayobject.c.
//
// The quote is ' unless the text contains ' and no ", in which case it is "; only the chosen quote
// is escaped. Backslash, \t, \n and \r get their short escapes; other control characters and DEL
// become \xhh. Above ASCII, str's repr keeps what Unicode calls printable (UnicodeCtype.IsPrintable)
// and escapes the rest as \xhh, \uhhhh or \Uhhhhhhhh by size; ascii() escapes every non-ASCII code
// point the same way. Lone surrogates are never printable, so they always come out as \udxxx.
namespace Reference.Objects;

/// <summary>repr()/ascii() text for str, bytes and bytearray.</summary>
internal static class UnicodeRepr
{
    /// <summary>repr(s) for a str.</summary>
    public static string Repr(string s) => Quote(s, asciiOnly: false);

    /// <summary>ascii(s) for a str: repr with every non-ASCII code point escaped.</summary>
    public static string Ascii(string s) => Quote(s, asciiOnly: true);

    private static string Quote(string s, bool asciiOnly)
    {
        char quote = s.Contains('\'', StringComparison.Ordinal) && !s.Contains('"', StringComparison.Ordinal) ? '"' : '\'';
        if (IsPlain(s, quote))
        {
            string q = quote == '"' ? "\"" : "'";
            return string.Concat(q, s, q);
        }
        var b = new TextBuilder(s.Length + 8);
        b.Append(quote);
        for (int i = 0; i < s.Length;)
        {
            int start = i;
            int cp = StringLib.CodePointAt(s, i, out i);
            if (cp < 0x80)
            {
                AppendAscii(ref b, cp, quote);
            }
            else if (!asciiOnly && UnicodeCtype.IsPrintable(cp))
            {
                b.Append(s.AsSpan(start, i - start));
            }
            else
            {
                AppendEscape(ref b, cp);
            }
        }
        b.Append(quote);
        return b.ToStringAndDispose();
    }

    // Printable ASCII with nothing to escape: the common case, copied in one go.
    private static bool IsPlain(string s, char quote)
    {
        foreach (char c in s)
        {
            if (c < 0x20 || c >= 0x7F || c == '\\' || c == quote)
            {
                return false;
            }
        }
        return true;
    }

    private static void AppendAscii(ref TextBuilder b, int c, char quote)
    {
        switch (c)
        {
            case '\t':
                b.Append("\\t");
                break;
            case '\n':
                b.Append("\\n");
                break;
            case '\r':
                b.Append("\\r");
                break;
            case '\\':
                b.Append("\\\\");
                break;
            case < 0x20 or 0x7F:
                b.Append("\\x");
                b.AppendHex(c, 2);
                break;
            default:
                if (c == quote)
                {
                    b.Append('\\');
                }
                b.Append((char)c);
                break;
        }
    }

    /// <summary>ascii(o) for any object, given repr(o): every non-ASCII code point escaped as the
    /// backslashreplace error handler would (PyObject_ASCII).</summary>
    public static string EscapeNonAscii(string text)
    {
        if (System.Text.Ascii.IsValid(text))
        {
            return text;
        }
        var b = new TextBuilder(text.Length + 16);
        for (int i = 0; i < text.Length;)
        {
            int start = i;
            int cp = StringLib.CodePointAt(text, i, out i);
            if (cp < 0x80)
            {
                b.Append(text[start]);
            }
            else
            {
                AppendEscape(ref b, cp);
            }
        }
        return b.ToStringAndDispose();
    }

    /// <summary>Appends \xhh, \uhhhh or \Uhhhhhhhh for a code point, by its size; the form
    /// ascii(), repr() and the backslashreplace error handler share.</summary>
    public static void AppendEscape(ref TextBuilder b, int cp)
    {
        if (cp <= 0xFF)
        {
            b.Append("\\x");
            b.AppendHex(cp, 2);
        }
        else if (cp <= 0xFFFF)
        {
            b.Append("\\u");
            b.AppendHex(cp, 4);
        }
        else
        {
            b.Append("\\U");
            b.AppendHex(cp, 8);
        }
    }

    /// <summary>repr() of a bytes object: <paramref name="prefix"/> and the quoted text, such as
    /// b'\x00ab'.</summary>
    public static string BytesRepr(ReadOnlySpan<byte> data, string prefix = "b") =>
        QuoteBytes(data, prefix, "", escapeEverySingleQuote: false);

    /// <summary>repr() of a bytearray: <paramref name="typeName"/>(b'...'). Unlike bytes, it
    /// escapes every ' even inside double quotes, as bytearray(b"it\'s") shows.</summary>
    public static string ByteArrayRepr(ReadOnlySpan<byte> data, string typeName = "bytearray") =>
        QuoteBytes(data, typeName + "(b", ")", escapeEverySingleQuote: true);

    private static string QuoteBytes(ReadOnlySpan<byte> data, string before, string after, bool escapeEverySingleQuote)
    {
        char quote = data.Contains((byte)'\'') && !data.Contains((byte)'"') ? '"' : '\'';
        var b = new TextBuilder(before.Length + data.Length + after.Length + 8);
        b.Append(before);
        b.Append(quote);
        foreach (byte c in data)
        {
            if (c >= 0x80)
            {
                b.Append("\\x");
                b.AppendHex(c, 2);
            }
            else
            {
                AppendAscii(ref b, c, escapeEverySingleQuote && c == '\'' ? '\'' : quote);
            }
        }
        b.Append(quote);
        b.Append(after);
        return b.ToStringAndDispose();
    }
}
