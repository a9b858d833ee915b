// str.encode and bytes.decode for the codecs built into CPython's core: the UTF-8, ASCII,
// Latin-1, UTF-16 and UTF-32 codecs of Objects/unicodeobject.c, the standard error handlers of
// Python/codecs.c, and the name normalization of Python/codecs.c and Lib/encodings/__init__.py.
//
// Failures come back as a CodecError value, not an exception: the caller turns it into the Python
// exception it describes, with the message CPython would show. Encode positions count code points
// of the str; decode positions count bytes. The error handler is looked up lazily, as in CPython:
// an unknown name fails only when there is an error to handle.
//
// Not modelled: the other codecs of Lib/encodings (cp1252, utf-8-sig, idna, ... report "unknown
// encoding"), codecs that are not text encodings (rot13, hex), registering handlers or codecs, and
// the namereplace handler, which needs the Unicode name database (it fails with NotSupported).
using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Text;

namespace Reference.Objects;

/// <summary>The Python exception a failed encode or decode raises.</summary>
internal enum CodecErrorKind
{
    UnicodeEncodeError,
    UnicodeDecodeError,
    LookupError,
    TypeError,
    ValueError,
    NotSupported,
}

/// <summary>A failed encode or decode: the exception's type, its attributes and str(exc).</summary>
internal sealed class CodecError(CodecErrorKind kind, string message, string? encoding = null,
    int start = 0, int end = 0, string? reason = null)
{
    /// <summary>The exception type to raise.</summary>
    public CodecErrorKind Kind { get; } = kind;

    /// <summary>str(exc), exactly as CPython formats it.</summary>
    public string Message { get; } = message;

    /// <summary>exc.encoding for Unicode errors ('utf-8', 'latin-1', 'utf-16-le', ...).</summary>
    public string? Encoding { get; } = encoding;

    /// <summary>exc.start: code point index (encode) or byte offset (decode).</summary>
    public int Start { get; } = start;

    /// <summary>exc.end, exclusive.</summary>
    public int End { get; } = end;

    /// <summary>exc.reason for Unicode errors, such as "invalid start byte".</summary>
    public string? Reason { get; } = reason;

    /// <inheritdoc/>
    public override string ToString() => $"{Kind}: {Message}";
}

/// <summary>Either a value or the error that prevented it.</summary>
internal readonly struct CodecResult<T>
    where T : class
{
    private CodecResult(T? value, CodecError? error)
    {
        Value = value;
        Error = error;
    }

    /// <summary>The result, present exactly when <see cref="Error"/> is null.</summary>
    public T? Value { get; }

    /// <summary>Why there is no value.</summary>
    public CodecError? Error { get; }

    /// <summary>Whether the operation succeeded.</summary>
    [MemberNotNullWhen(true, nameof(Value))]
    [MemberNotNullWhen(false, nameof(Error))]
    public bool IsSuccess => Error is null;

    /// <summary>A successful result.</summary>
    public static CodecResult<T> Ok(T value) => new(value, null);

    /// <summary>A failed result.</summary>
    public static CodecResult<T> Fail(CodecError error) => new(null, error);
}

/// <summary>Encoding and decoding between str and bytes, with Python's error handling.</summary>
internal static partial class Codecs
{
    private enum Codec
    {
        Utf8,
        Ascii,
        Latin1,
        Utf16,
        Utf16LE,
        Utf16BE,
        Utf32,
        Utf32LE,
        Utf32BE,
    }

    private enum Handler
    {
        Strict,
        Ignore,
        Replace,
        BackslashReplace,
        XmlCharRefReplace,
        NameReplace,
        SurrogateEscape,
        SurrogatePass,
        Unknown,
    }

    /// <summary>str.encode(encoding, errors). A null <paramref name="errors"/> means "strict".</summary>
    public static CodecResult<byte[]> Encode(string text, string encoding, string? errors = null)
    {
        CodecError? bad = CheckArgument(encoding) ?? (errors is null ? null : CheckArgument(errors));
        if (bad is not null)
        {
            return CodecResult<byte[]>.Fail(bad);
        }
        if (!TryFindCodec(encoding, out Codec codec))
        {
            return CodecResult<byte[]>.Fail(UnknownEncoding(encoding));
        }
        return EncodeWith(text, codec, errors ?? "strict");
    }

    /// <summary>bytes.decode(encoding, errors). A null <paramref name="errors"/> means "strict".</summary>
    public static CodecResult<string> Decode(ReadOnlySpan<byte> data, string encoding, string? errors = null)
    {
        CodecError? bad = CheckArgument(encoding) ?? (errors is null ? null : CheckArgument(errors));
        if (bad is not null)
        {
            return CodecResult<string>.Fail(bad);
        }
        if (!TryFindCodec(encoding, out Codec codec))
        {
            return CodecResult<string>.Fail(UnknownEncoding(encoding));
        }
        return DecodeWith(data, codec, errors ?? "strict");
    }

    /// <summary>codecs.lookup(encoding).name for the codecs modelled here, such as 'utf-8' for
    /// 'UTF8' or 'iso8859-1' for 'latin-1'; false for any other name.</summary>
    public static bool TryLookup(string encoding, [NotNullWhen(true)] out string? codecName)
    {
        if (!TryFindCodec(encoding, out Codec codec))
        {
            codecName = null;
            return false;
        }
        codecName = codec == Codec.Latin1 ? "iso8859-1" : EncodeName(codec);
        return true;
    }

    // Names reach CPython's codecs as UTF-8 C strings, so a lone surrogate fails to encode and
    // an embedded NUL is rejected, before any lookup.
    private static CodecError? CheckArgument(string name)
    {
        if (StringLib.HasSurrogates(name))
        {
            CodecResult<byte[]> asUtf8 = EncodeWith(name, Codec.Utf8, "strict");
            if (!asUtf8.IsSuccess)
            {
                return asUtf8.Error;
            }
        }
        return name.Contains('\0', StringComparison.Ordinal)
            ? new CodecError(CodecErrorKind.ValueError, "embedded null character")
            : null;
    }

    private static CodecError UnknownEncoding(string encoding) =>
        new(CodecErrorKind.LookupError, "unknown encoding: " + encoding);

    private static bool TryFindCodec(string encoding, out Codec codec)
    {
        // The spellings programs actually use skip normalization, as in CPython's
        // PyUnicode_AsEncodedString fast path.
        if (Modules.TryGetValue(encoding, out codec) || Aliases.TryGetValue(encoding, out codec))
        {
            return true;
        }
        switch (encoding)
        {
            case "utf-8" or "UTF-8":
                codec = Codec.Utf8;
                return true;
            case "latin-1" or "iso-8859-1":
                codec = Codec.Latin1;
                return true;
            case "utf-16":
                codec = Codec.Utf16;
                return true;
            case "utf-32":
                codec = Codec.Utf32;
                return true;
            default:
                break;
        }
        string key = NormalizeEncoding(encoding);
        if (Aliases.TryGetValue(key, out codec) || Aliases.TryGetValue(key.Replace('.', '_'), out codec))
        {
            return true;
        }
        return Modules.TryGetValue(key, out codec);
    }

    /// <summary>The lookup key for an encoding name: ASCII letters and digits (lowercased) and
    /// '.', with each run of anything else between them turned into one '_'. So 'UTF 8', ' utf--8 '
    /// and 'utf²8' all become 'utf_8', while '.utf8' keeps its dot and is unknown.</summary>
    public static string NormalizeEncoding(string name)
    {
        var b = new StringBuilder(name.Length);
        bool punctuation = false;
        foreach (char c in name)
        {
            if (char.IsAsciiLetterOrDigit(c) || c == '.')
            {
                if (punctuation && b.Length != 0)
                {
                    b.Append('_');
                }
                b.Append(char.ToLowerInvariant(c));
                punctuation = false;
            }
            else
            {
                punctuation = true;
            }
        }
        return b.ToString();
    }

    // The modules of Lib/encodings that these codecs stand for, by module name.
    private static readonly FrozenDictionary<string, Codec> Modules = new Dictionary<string, Codec>(StringComparer.Ordinal)
    {
        ["utf_8"] = Codec.Utf8, ["ascii"] = Codec.Ascii, ["latin_1"] = Codec.Latin1,
        ["utf_16"] = Codec.Utf16, ["utf_16_le"] = Codec.Utf16LE, ["utf_16_be"] = Codec.Utf16BE,
        ["utf_32"] = Codec.Utf32, ["utf_32_le"] = Codec.Utf32LE, ["utf_32_be"] = Codec.Utf32BE,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // Lib/encodings/aliases.py, the entries that lead to those modules.
    private static readonly FrozenDictionary<string, Codec> Aliases = new Dictionary<string, Codec>(StringComparer.Ordinal)
    {
        ["cp65001"] = Codec.Utf8, ["u8"] = Codec.Utf8, ["utf"] = Codec.Utf8, ["utf8"] = Codec.Utf8,
        ["utf8_ucs2"] = Codec.Utf8, ["utf8_ucs4"] = Codec.Utf8,
        ["646"] = Codec.Ascii, ["ansi_x3.4_1968"] = Codec.Ascii, ["ansi_x3.4_1986"] = Codec.Ascii,
        ["ansi_x3_4_1968"] = Codec.Ascii, ["cp367"] = Codec.Ascii, ["csascii"] = Codec.Ascii,
        ["ibm367"] = Codec.Ascii, ["iso646_us"] = Codec.Ascii, ["iso_646.irv_1991"] = Codec.Ascii,
        ["iso_ir_6"] = Codec.Ascii, ["us"] = Codec.Ascii, ["us_ascii"] = Codec.Ascii,
        ["8859"] = Codec.Latin1, ["cp819"] = Codec.Latin1, ["csisolatin1"] = Codec.Latin1,
        ["ibm819"] = Codec.Latin1, ["iso8859"] = Codec.Latin1, ["iso8859_1"] = Codec.Latin1,
        ["iso_8859_1"] = Codec.Latin1, ["iso_8859_1_1987"] = Codec.Latin1, ["iso_ir_100"] = Codec.Latin1,
        ["l1"] = Codec.Latin1, ["latin"] = Codec.Latin1, ["latin1"] = Codec.Latin1,
        ["u16"] = Codec.Utf16, ["utf16"] = Codec.Utf16,
        ["unicodelittleunmarked"] = Codec.Utf16LE, ["utf_16le"] = Codec.Utf16LE,
        ["unicodebigunmarked"] = Codec.Utf16BE, ["utf_16be"] = Codec.Utf16BE,
        ["u32"] = Codec.Utf32, ["utf32"] = Codec.Utf32,
        ["utf_32le"] = Codec.Utf32LE, ["utf_32be"] = Codec.Utf32BE,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // exc.encoding as the encoders report it.
    private static string EncodeName(Codec codec) => codec switch
    {
        Codec.Utf8 => "utf-8",
        Codec.Ascii => "ascii",
        Codec.Latin1 => "latin-1",
        Codec.Utf16 => "utf-16",
        Codec.Utf16LE => "utf-16-le",
        Codec.Utf16BE => "utf-16-be",
        Codec.Utf32 => "utf-32",
        Codec.Utf32LE => "utf-32-le",
        _ => "utf-32-be",
    };

    private static Handler ParseHandler(string errors) => errors switch
    {
        "strict" => Handler.Strict,
        "ignore" => Handler.Ignore,
        "replace" => Handler.Replace,
        "backslashreplace" => Handler.BackslashReplace,
        "xmlcharrefreplace" => Handler.XmlCharRefReplace,
        "namereplace" => Handler.NameReplace,
        "surrogateescape" => Handler.SurrogateEscape,
        "surrogatepass" => Handler.SurrogatePass,
        _ => Handler.Unknown,
    };

    private static CodecError UnknownHandler(string errors) =>
        new(CodecErrorKind.LookupError, $"unknown error handler name '{errors}'");

    private static CodecError EncodeError(string encoding, int start, int end, int firstCodePoint, string reason)
    {
        string message;
        if (end == start + 1)
        {
            var b = new TextBuilder(16);
            UnicodeRepr.AppendEscape(ref b, firstCodePoint);
            message = $"'{encoding}' codec can't encode character '{b.ToStringAndDispose()}' in position {start}: {reason}";
        }
        else
        {
            message = $"'{encoding}' codec can't encode characters in position {start}-{end - 1}: {reason}";
        }
        return new CodecError(CodecErrorKind.UnicodeEncodeError, message, encoding, start, end, reason);
    }

    private static CodecError DecodeError(string encoding, ReadOnlySpan<byte> data, int start, int end, string reason)
    {
        string message = end == start + 1
            ? $"'{encoding}' codec can't decode byte 0x{data[start]:x2} in position {start}: {reason}"
            : $"'{encoding}' codec can't decode bytes in position {start}-{end - 1}: {reason}";
        return new CodecError(CodecErrorKind.UnicodeDecodeError, message, encoding, start, end, reason);
    }
}
