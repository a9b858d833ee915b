// Encoding str to bytes: unicode_encode_ucs1 (ASCII, Latin-1), unicode_encode_utf8,
// _PyUnicode_EncodeUTF16 and _PyUnicode_EncodeUTF32 in CPython's Objects/unicodeobject.c, with
// the encode half of each error handler in Python/codecs.c.
//
// Text every code point of which the codec can take goes through .NET's encoders. Otherwise the
// encoder below walks code points and hands each maximal run of unencodable ones (for UTF-16 and
// UTF-32, each single lone surrogate, as CPython does) to the error handler; the run is what
// exc.start and exc.end report.
using System.Buffers;
using System.Text;

namespace Reference.Objects;

internal static partial class Codecs
{
    private static readonly Encoding Utf16BE = new UnicodeEncoding(bigEndian: true, byteOrderMark: false);
    private static readonly Encoding Utf32LE = new UTF32Encoding(bigEndian: false, byteOrderMark: false);
    private static readonly Encoding Utf32BE = new UTF32Encoding(bigEndian: true, byteOrderMark: false);

    private static CodecResult<byte[]> EncodeWith(string text, Codec codec, string errors)
    {
        byte[]? fast = codec switch
        {
            Codec.Ascii => System.Text.Ascii.IsValid(text) ? Encoding.ASCII.GetBytes(text) : null,
            Codec.Latin1 => text.AsSpan().IndexOfAnyExceptInRange('\0', '\u00FF') < 0 ? Encoding.Latin1.GetBytes(text) : null,
            _ => IsWellFormed(text) ? EncodeWellFormed(text, codec) : null,
        };
        return fast is not null ? CodecResult<byte[]>.Ok(fast) : EncodeSlow(text, codec, errors);
    }

    // Whether every surrogate in the text belongs to a pair, so no code point is a lone surrogate.
    private static bool IsWellFormed(string text)
    {
        int i = text.AsSpan().IndexOfAnyInRange('\uD800', '\uDFFF');
        if (i < 0)
        {
            return true;
        }
        for (; i < text.Length; i++)
        {
            char c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(c))
            {
                return false;
            }
        }
        return true;
    }

    private static byte[] EncodeWellFormed(string text, Codec codec) => codec switch
    {
        Codec.Utf8 => Encoding.UTF8.GetBytes(text),
        Codec.Utf16LE => Encoding.Unicode.GetBytes(text),
        Codec.Utf16BE => Utf16BE.GetBytes(text),
        Codec.Utf32LE => Utf32LE.GetBytes(text),
        Codec.Utf32BE => Utf32BE.GetBytes(text),
        // The BOM'd forms write the byte order mark, then little-endian (CPython's native order
        // on every platform .NET runs Reference on).
        Codec.Utf16 => [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(text)],
        _ => [0xFF, 0xFE, 0x00, 0x00, .. Utf32LE.GetBytes(text)],
    };

    private static CodecResult<byte[]> EncodeSlow(string text, Codec codec, string errors)
    {
        Handler handler = ParseHandler(errors);
        var sink = new ByteSink(text.Length + 16);
        try
        {
            if (codec == Codec.Utf16)
            {
                sink.Add(0xFF);
                sink.Add(0xFE);
            }
            else if (codec == Codec.Utf32)
            {
                sink.Add(0xFF);
                sink.Add(0xFE);
                sink.Add(0x00);
                sink.Add(0x00);
            }
            bool wide = codec is Codec.Utf16 or Codec.Utf16LE or Codec.Utf16BE or Codec.Utf32 or Codec.Utf32LE or Codec.Utf32BE;
            int pos = 0;
            int i = 0;
            while (i < text.Length)
            {
                int cp = StringLib.CodePointAt(text, i, out int next);
                if (CanEncode(codec, cp))
                {
                    Write(ref sink, codec, cp);
                    i = next;
                    pos++;
                    continue;
                }
                int end = pos + 1;
                int endChar = next;
                while (!wide && endChar < text.Length && !CanEncode(codec, StringLib.CodePointAt(text, endChar, out int after)))
                {
                    end++;
                    endChar = after;
                }
                CodecError? error = HandleEncodeError(ref sink, text, codec, handler, errors, pos, end, i, endChar);
                if (error is not null)
                {
                    return CodecResult<byte[]>.Fail(error);
                }
                pos = end;
                i = endChar;
            }
            return CodecResult<byte[]>.Ok(sink.ToArray());
        }
        finally
        {
            sink.Dispose();
        }
    }

    private static bool CanEncode(Codec codec, int cp) => codec switch
    {
        Codec.Ascii => cp < 0x80,
        Codec.Latin1 => cp < 0x100,
        _ => cp is < 0xD800 or > 0xDFFF,
    };

    private static string EncodeReason(Codec codec) => codec switch
    {
        Codec.Ascii => "ordinal not in range(128)",
        Codec.Latin1 => "ordinal not in range(256)",
        _ => "surrogates not allowed",
    };

    // Applies the handler to the code points [start, end), which are chars [startChar, endChar).
    private static CodecError? HandleEncodeError(ref ByteSink sink, string text, Codec codec, Handler handler,
        string errors, int start, int end, int startChar, int endChar)
    {
        int first = StringLib.CodePointAt(text, startChar, out _);
        CodecError Original() => EncodeError(EncodeName(codec), start, end, first, EncodeReason(codec));
        switch (handler)
        {
            case Handler.Strict:
                return Original();
            case Handler.Ignore:
                return null;
            case Handler.NameReplace:
                return new CodecError(CodecErrorKind.NotSupported, "the namereplace error handler is not supported");
            case Handler.Unknown:
                return UnknownHandler(errors);
            case Handler.SurrogateEscape:
                return EscapeSurrogates(ref sink, text, codec, start, end, startChar, endChar);
            case Handler.SurrogatePass when codec is Codec.Ascii or Codec.Latin1:
                return Original();
            default:
                break;
        }
        for (int i = startChar; i < endChar;)
        {
            int cp = StringLib.CodePointAt(text, i, out i);
            switch (handler)
            {
                case Handler.Replace:
                    Write(ref sink, codec, '?');
                    break;
                case Handler.SurrogatePass:
                    // Every code point in a UTF run is a surrogate; write its code unit as is.
                    Write(ref sink, codec, cp);
                    break;
                default:
                    var b = new TextBuilder(16);
                    if (handler == Handler.BackslashReplace)
                    {
                        UnicodeRepr.AppendEscape(ref b, cp);
                    }
                    else
                    {
                        b.Append("&#");
                        b.AppendDecimal(cp);
                        b.Append(';');
                    }
                    foreach (char c in b.ToStringAndDispose())
                    {
                        Write(ref sink, codec, c);
                    }
                    break;
            }
        }
        return null;
    }

    // surrogateescape turns U+DC80..U+DCFF back into the bytes 0x80..0xFF. A byte is no valid
    // UTF-16 or UTF-32 output, so those codecs always fail; the others fail from the first code
    // point outside that range to the end of the run, keeping the bytes escaped before it.
    private static CodecError? EscapeSurrogates(ref ByteSink sink, string text, Codec codec,
        int start, int end, int startChar, int endChar)
    {
        string name = EncodeName(codec);
        if (codec is not (Codec.Ascii or Codec.Latin1 or Codec.Utf8))
        {
            return EncodeError(name, start, end, StringLib.CodePointAt(text, startChar, out _), EncodeReason(codec));
        }
        int pos = start;
        for (int i = startChar; i < endChar; pos++)
        {
            int cp = StringLib.CodePointAt(text, i, out i);
            if (cp is < 0xDC80 or > 0xDCFF)
            {
                return EncodeError(name, pos, end, cp, EncodeReason(codec));
            }
            sink.Add((byte)(cp - 0xDC00));
        }
        return null;
    }

    // Writes one code point in the codec's form; for the UTF codecs a surrogate code point becomes
    // its own code unit (what surrogatepass asks for).
    private static void Write(ref ByteSink sink, Codec codec, int cp)
    {
        switch (codec)
        {
            case Codec.Ascii or Codec.Latin1:
                sink.Add((byte)cp);
                break;
            case Codec.Utf8:
                WriteUtf8(ref sink, cp);
                break;
            case Codec.Utf16 or Codec.Utf16LE or Codec.Utf16BE:
                bool big = codec == Codec.Utf16BE;
                if (cp >= 0x10000)
                {
                    WriteUnit16(ref sink, 0xD800 + ((cp - 0x10000) >> 10), big);
                    WriteUnit16(ref sink, 0xDC00 + ((cp - 0x10000) & 0x3FF), big);
                }
                else
                {
                    WriteUnit16(ref sink, cp, big);
                }
                break;
            default:
                if (codec == Codec.Utf32BE)
                {
                    WriteUnit16(ref sink, cp >> 16, big: true);
                    WriteUnit16(ref sink, cp & 0xFFFF, big: true);
                }
                else
                {
                    WriteUnit16(ref sink, cp & 0xFFFF, big: false);
                    WriteUnit16(ref sink, cp >> 16, big: false);
                }
                break;
        }
    }

    private static void WriteUnit16(ref ByteSink sink, int unit, bool big)
    {
        sink.Add((byte)(big ? unit >> 8 : unit));
        sink.Add((byte)(big ? unit : unit >> 8));
    }

    private static void WriteUtf8(ref ByteSink sink, int cp)
    {
        if (cp < 0x80)
        {
            sink.Add((byte)cp);
        }
        else if (cp < 0x800)
        {
            sink.Add((byte)(0xC0 | (cp >> 6)));
            sink.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else if (cp < 0x10000)
        {
            sink.Add((byte)(0xE0 | (cp >> 12)));
            sink.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            sink.Add((byte)(0x80 | (cp & 0x3F)));
        }
        else
        {
            sink.Add((byte)(0xF0 | (cp >> 18)));
            sink.Add((byte)(0x80 | ((cp >> 12) & 0x3F)));
            sink.Add((byte)(0x80 | ((cp >> 6) & 0x3F)));
            sink.Add((byte)(0x80 | (cp & 0x3F)));
        }
    }

    // A growable byte buffer from the shared pool; ToArray makes the one allocation that stays.
    private ref struct ByteSink(int capacity)
    {
        private byte[] _buffer = ArrayPool<byte>.Shared.Rent(Math.Max(capacity, 16));
        private int _length;

        public void Add(byte value)
        {
            if (_length == _buffer.Length)
            {
                byte[] bigger = ArrayPool<byte>.Shared.Rent(_buffer.Length * 2);
                _buffer.AsSpan(0, _length).CopyTo(bigger);
                ArrayPool<byte>.Shared.Return(_buffer);
                _buffer = bigger;
            }
            _buffer[_length++] = value;
        }

        public readonly byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

        public void Dispose()
        {
            if (_buffer.Length != 0)
            {
                ArrayPool<byte>.Shared.Return(_buffer);
            }
            _buffer = [];
        }
    }
}
