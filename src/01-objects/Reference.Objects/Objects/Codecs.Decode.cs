// Decoding bytes to str: unicode_decode_utf8 (with stringlib/codecs.h's utf8_decode),
// ascii_decode, _PyUnicode_DecodeUTF16Stateful and _PyUnicode_DecodeUTF32Stateful in CPython's
// Objects/unicodeobject.c, with the decode half of each error handler in Python/codecs.c.
//
// Valid input goes through .NET's decoders. Otherwise the decoders below find each malformed
// stretch exactly where CPython does (the same start, end and reason), let the error handler
// replace it, and go on from where the handler says.
using System.Text;
using System.Text.Unicode;

namespace Reference.Objects;

internal static partial class Codecs
{
    private const string UnexpectedEnd = "unexpected end of data";
    private const string InvalidContinuation = "invalid continuation byte";

    private static CodecResult<string> DecodeWith(ReadOnlySpan<byte> data, Codec codec, string errors)
    {
        switch (codec)
        {
            case Codec.Latin1:
                return CodecResult<string>.Ok(Encoding.Latin1.GetString(data));
            case Codec.Ascii when System.Text.Ascii.IsValid(data):
                return CodecResult<string>.Ok(Encoding.ASCII.GetString(data));
            case Codec.Utf8 when Utf8.IsValid(data):
                return CodecResult<string>.Ok(Encoding.UTF8.GetString(data));
            default:
                break;
        }
        var b = new TextBuilder(data.Length + 16);
        var context = new DecodeContext(ParseHandler(errors), errors);
        CodecError? error = codec switch
        {
            Codec.Ascii => DecodeAscii(ref b, data, context),
            Codec.Utf8 => DecodeUtf8(ref b, data, context),
            Codec.Utf16 or Codec.Utf16LE or Codec.Utf16BE => DecodeUtf16(ref b, data, codec, context),
            _ => DecodeUtf32(ref b, data, codec, context),
        };
        if (error is not null)
        {
            b.Dispose();
            return CodecResult<string>.Fail(error);
        }
        return CodecResult<string>.Ok(b.ToStringAndDispose());
    }

    private readonly record struct DecodeContext(Handler Handler, string Errors);

    private static CodecError? DecodeAscii(ref TextBuilder b, ReadOnlySpan<byte> data, DecodeContext context)
    {
        for (int i = 0; i < data.Length;)
        {
            if (data[i] < 0x80)
            {
                b.Append((char)data[i++]);
                continue;
            }
            CodecError? error = HandleDecodeError(ref b, data, context, "ascii", 0, i, i + 1, "ordinal not in range(128)", out i);
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    private static bool IsContinuation(byte b) => (b & 0xC0) == 0x80;

    private static CodecError? DecodeUtf8(ref TextBuilder b, ReadOnlySpan<byte> data, DecodeContext context)
    {
        int n = data.Length;
        for (int i = 0; i < n;)
        {
            int b0 = data[i];
            if (b0 < 0x80)
            {
                b.Append((char)b0);
                i++;
                continue;
            }
            int left = n - i;
            int bad;              // length of the malformed stretch from i, or 0 when well formed
            string reason = InvalidContinuation;
            if (b0 < 0xC2 || b0 > 0xF4)
            {
                (bad, reason) = (1, "invalid start byte");
            }
            else if (b0 < 0xE0)
            {
                bad = left < 2 ? -1 : !IsContinuation(data[i + 1]) ? 1 : 0;
            }
            else
            {
                // The second byte has a narrower range after E0 (no overlong forms), ED (no
                // surrogates), F0 (no overlong forms) and F4 (nothing above U+10FFFF).
                int length = b0 < 0xF0 ? 3 : 4;
                bad = 0;
                for (int k = 1; k < length && bad == 0; k++)
                {
                    if (k == left)
                    {
                        bad = -1;
                    }
                    else if (!IsContinuation(data[i + k]) || (k == 1 && !SecondByteInRange(b0, data[i + 1])))
                    {
                        bad = k;
                    }
                }
            }
            if (bad == -1)
            {
                (bad, reason) = (left, UnexpectedEnd);
            }
            if (bad == 0)
            {
                int cp = DecodeSequence(data.Slice(i));
                b.AppendCodePoint(cp);
                i += cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
                continue;
            }
            CodecError? error = HandleDecodeError(ref b, data, context, "utf-8", 3, i, i + bad, reason, out i);
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    private static bool SecondByteInRange(int b0, byte b1) => b0 switch
    {
        0xE0 => b1 >= 0xA0,
        0xED => b1 < 0xA0,
        0xF0 => b1 >= 0x90,
        0xF4 => b1 < 0x90,
        _ => true,
    };

    // Decodes a 2-, 3- or 4-byte sequence already checked to be well formed.
    private static int DecodeSequence(ReadOnlySpan<byte> s) => s[0] switch
    {
        < 0xE0 => ((s[0] & 0x1F) << 6) | (s[1] & 0x3F),
        < 0xF0 => ((s[0] & 0x0F) << 12) | ((s[1] & 0x3F) << 6) | (s[2] & 0x3F),
        _ => ((s[0] & 0x07) << 18) | ((s[1] & 0x3F) << 12) | ((s[2] & 0x3F) << 6) | (s[3] & 0x3F),
    };

    private static CodecError? DecodeUtf16(ref TextBuilder b, ReadOnlySpan<byte> data, Codec codec, DecodeContext context)
    {
        int i = 0;
        bool big = codec == Codec.Utf16BE;
        if (codec == Codec.Utf16 && data.Length >= 2)
        {
            // A byte order mark picks the order and is dropped; without one, little-endian.
            if (data[0] == 0xFF && data[1] == 0xFE)
            {
                i = 2;
            }
            else if (data[0] == 0xFE && data[1] == 0xFF)
            {
                (i, big) = (2, true);
            }
        }
        string name = big ? "utf-16-be" : "utf-16-le";
        int passWidth = big ? -2 : 2;
        int n = data.Length;
        while (i < n)
        {
            int start = i;
            int end;
            string reason;
            if (n - i < 2)
            {
                (end, reason) = (n, "truncated data");
            }
            else
            {
                int unit = Unit16(data, i, big);
                if (unit is < 0xD800 or > 0xDFFF)
                {
                    b.Append((char)unit);
                    i += 2;
                    continue;
                }
                if (unit >= 0xDC00)
                {
                    (end, reason) = (i + 2, "illegal encoding");
                }
                else if (n - i < 4)
                {
                    (end, reason) = (n, UnexpectedEnd);
                }
                else if (Unit16(data, i + 2, big) is < 0xDC00 or > 0xDFFF)
                {
                    (end, reason) = (i + 2, "illegal UTF-16 surrogate");
                }
                else
                {
                    b.Append((char)unit);
                    b.Append((char)Unit16(data, i + 2, big));
                    i += 4;
                    continue;
                }
            }
            CodecError? error = HandleDecodeError(ref b, data, context, name, passWidth, start, end, reason, out i);
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    private static int Unit16(ReadOnlySpan<byte> data, int at, bool big) =>
        big ? (data[at] << 8) | data[at + 1] : data[at] | (data[at + 1] << 8);

    private static uint Unit32(ReadOnlySpan<byte> data, int at, bool big) => big
        ? ((uint)Unit16(data, at, true) << 16) | (uint)Unit16(data, at + 2, true)
        : (uint)Unit16(data, at, false) | ((uint)Unit16(data, at + 2, false) << 16);

    private static CodecError? DecodeUtf32(ref TextBuilder b, ReadOnlySpan<byte> data, Codec codec, DecodeContext context)
    {
        int i = 0;
        bool big = codec == Codec.Utf32BE;
        if (codec == Codec.Utf32 && data.Length >= 4)
        {
            if (Unit32(data, 0, big: false) == 0xFEFF)
            {
                i = 4;
            }
            else if (Unit32(data, 0, big: true) == 0xFEFF)
            {
                (i, big) = (4, true);
            }
        }
        string name = big ? "utf-32-be" : "utf-32-le";
        int passWidth = big ? -4 : 4;
        int n = data.Length;
        while (i < n)
        {
            int start = i;
            int end;
            string reason;
            if (n - i < 4)
            {
                (end, reason) = (n, "truncated data");
            }
            else
            {
                uint cp = Unit32(data, i, big);
                if (cp < 0x110000 && cp is < 0xD800 or > 0xDFFF)
                {
                    b.AppendCodePoint((int)cp);
                    i += 4;
                    continue;
                }
                end = i + 4;
                reason = cp >= 0x110000
                    ? "code point not in range(0x110000)"
                    : "code point in surrogate code point range(0xd800, 0xe000)";
            }
            CodecError? error = HandleDecodeError(ref b, data, context, name, passWidth, start, end, reason, out i);
            if (error is not null)
            {
                return error;
            }
        }
        return null;
    }

    // Applies the handler to the malformed bytes [start, end). passWidth is how surrogatepass
    // reads one encoded surrogate here: 3 for UTF-8, ±2 for UTF-16 and ±4 for UTF-32 (negative
    // for big-endian), 0 where it cannot (ASCII). On success `resume` is where decoding goes on.
    private static CodecError? HandleDecodeError(ref TextBuilder b, ReadOnlySpan<byte> data, DecodeContext context,
        string encoding, int passWidth, int start, int end, string reason, out int resume)
    {
        resume = end;
        switch (context.Handler)
        {
            case Handler.Ignore:
                return null;
            case Handler.Replace:
                b.Append('\uFFFD');
                return null;
            case Handler.BackslashReplace:
                for (int k = start; k < end; k++)
                {
                    b.Append("\\x");
                    b.AppendHex(data[k], 2);
                }
                return null;
            case Handler.SurrogateEscape:
                // At most four bytes per call, and never an ASCII byte.
                int taken = 0;
                while (taken < 4 && start + taken < end && data[start + taken] >= 0x80)
                {
                    b.Append((char)(0xDC00 + data[start + taken]));
                    taken++;
                }
                resume = start + taken;
                return taken != 0 ? null : DecodeError(encoding, data, start, end, reason);
            case Handler.SurrogatePass:
                int surrogate = ReadEncodedSurrogate(data, start, passWidth);
                if (surrogate < 0)
                {
                    return DecodeError(encoding, data, start, end, reason);
                }
                b.Append((char)surrogate);
                resume = start + Math.Abs(passWidth);
                return null;
            case Handler.XmlCharRefReplace or Handler.NameReplace:
                return new CodecError(CodecErrorKind.TypeError, "don't know how to handle UnicodeDecodeError in error callback");
            case Handler.Unknown:
                return UnknownHandler(context.Errors);
            default:
                return DecodeError(encoding, data, start, end, reason);
        }
    }

    // The surrogate code point encoded at `at`, or -1 when the bytes there encode something else.
    private static int ReadEncodedSurrogate(ReadOnlySpan<byte> data, int at, int passWidth)
    {
        int width = Math.Abs(passWidth);
        if (width == 0 || data.Length - at < width)
        {
            return -1;
        }
        long cp = width switch
        {
            3 => (data[at] & 0xF0) == 0xE0 && IsContinuation(data[at + 1]) && IsContinuation(data[at + 2])
                ? DecodeSequence(data.Slice(at)) : 0,
            2 => Unit16(data, at, passWidth < 0),
            _ => Unit32(data, at, passWidth < 0),
        };
        return cp is >= 0xD800 and <= 0xDFFF ? (int)cp : -1;
    }
}
