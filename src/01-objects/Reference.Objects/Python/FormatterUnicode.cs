// Python/formatter_unicode.c: format() for int, float and str (their __format__ methods).
//
// Each type checks what its spec may say, produces its bare text, and hands the pieces to
// NumberLayout (numbers) or pads directly (strings).
//
// float: the type picks a PyOS_double_to_string mode. No type means repr's shortest digits, or
// with a precision 'g' that keeps a ".0" on integral results; 'n' is 'g' (we run in the C
// locale: no grouping, '.' as the point); '%' is 'f' of x * 100 with '%' after. The default
// precision is 6. '#' keeps the point, 'z' turns a rounded-to-zero "-0" into "0".
//
// int: b, o, d, x, X, n and c format the integer itself, e E f F g G % format float(n), which can
// overflow. Integers allow neither a precision nor 'z'; 'c' allows neither sign nor '#' and wants
// a code point below 0x110000. Decimal output is subject to sys.set_int_max_str_digits.
//
// str: only 's'. No sign, no 'z', no '#', no '=' alignment; precision truncates; widths and
// precision count code points.
//
// The caller handles the empty spec (format(x, '') is str(x), and for bool that is 'True', not
// what format(True, 'd') gives) and raises the returned error kind.
using System.Numerics;

namespace Reference.Objects;

/// <summary>int.__format__, float.__format__ and str.__format__ with a parsed spec.</summary>
internal static class NumberFormat
{
    private const int StackLimit = 512;

    /// <summary>format(float, spec). <paramref name="typeName"/> names the type in errors.</summary>
    public static string? FormatFloat(double value, in FormatSpec spec, string typeName, out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.ValueError;
        error = null;
        int type = spec.Type;
        if (type is not ('e' or 'E' or 'f' or 'F' or 'g' or 'G' or 'n' or '%' or 0))
        {
            error = FormatSpec.UnknownCode(type, typeName);
            return null;
        }
        if (spec.Precision > int.MaxValue)
        {
            error = "precision too big";
            return null;
        }

        var flags = FloatToStringFlags.None;
        if (spec.Alternate)
        {
            flags |= FloatToStringFlags.Alternate;
        }
        if (spec.NoNegativeZero)
        {
            flags |= FloatToStringFlags.NoNegativeZero;
        }
        char mode = (char)type;
        int defaultPrecision = 6;
        bool percent = false;
        if (type == 0)
        {
            flags |= FloatToStringFlags.AddDot0; // like repr without a precision, like 'g' with one
            mode = 'r';
            defaultPrecision = 0;
        }
        else if (type == 'n')
        {
            mode = 'g';
        }
        else if (type == '%')
        {
            mode = 'f';
            value *= 100; // in double arithmetic, rounding included, as CPython does
            percent = true;
        }
        int precision = (int)spec.Precision;
        if (precision < 0)
        {
            precision = defaultPrecision;
        }
        else if (mode == 'r')
        {
            mode = 'g';
        }

        long max = FloatToString.MaxLength(mode, precision, flags) + 1; // + 1 for the '%'
        if (max > NumberLayout.MaxStringLength)
        {
            return NumberLayout.OutOfMemory(out kind, out error);
        }
        using var scratch = new ScratchChars(stackalloc char[StackLimit], (int)max);
        Span<char> buffer = scratch.Span;
        int length = FloatToString.Format(value, mode, precision, flags, buffer);
        if (percent)
        {
            buffer[length++] = '%';
        }
        ReadOnlySpan<char> text = buffer[..length];
        if (spec.Sign is not ('+' or ' ') && spec.Width == -1 && type != 'n'
            && spec.ThousandsSeparator == '\0' && spec.FractionSeparator == '\0')
        {
            kind = FormatErrorKind.None;
            return new string(text);
        }
        return NumberLayout.Build(Split(text), spec, out kind, out error);
    }

    /// <summary>Splits "-123.456e+07" into sign, digits, point, fraction and the rest (C: <c>parse_number</c>).</summary>
    private static NumberParts Split(ReadOnlySpan<char> text)
    {
        bool negative = !text.IsEmpty && text[0] == '-';
        if (negative)
        {
            text = text[1..];
        }
        int i = 0;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        int digitsEnd = i;
        bool hasDecimal = i < text.Length && text[i] == '.';
        int fractionStart = hasDecimal ? ++i : i;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            i++;
        }
        return new NumberParts
        {
            Negative = negative,
            Digits = text[..digitsEnd],
            HasDecimal = hasDecimal,
            Fraction = text[fractionStart..i],
            Remainder = text[i..],
        };
    }

    /// <summary>format(int, spec). <paramref name="maxStrDigits"/> is sys.get_int_max_str_digits() (0: no limit).</summary>
    public static string? FormatInt(BigInteger value, in FormatSpec spec, string typeName, int maxStrDigits,
        out FormatErrorKind kind, out string? error)
    {
        switch (spec.Type)
        {
            case 'b' or 'c' or 'd' or 'o' or 'x' or 'X' or 'n':
                return FormatLong(value, spec, maxStrDigits, out kind, out error);
            case 'e' or 'E' or 'f' or 'F' or 'g' or 'G' or '%':
                if (!LongConvert.TryToDouble(value, out double asFloat))
                {
                    kind = FormatErrorKind.OverflowError;
                    error = LongConvert.OverflowMessage;
                    return null;
                }
                return FormatFloat(asFloat, spec, typeName, out kind, out error);
            default:
                kind = FormatErrorKind.ValueError;
                error = FormatSpec.UnknownCode(spec.Type, typeName);
                return null;
        }
    }

    private static string? FormatLong(BigInteger value, in FormatSpec spec, int maxStrDigits, out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.ValueError;
        if (spec.Precision != -1)
        {
            error = "Precision not allowed in integer format specifier";
            return null;
        }
        if (spec.NoNegativeZero)
        {
            error = "Negative zero coercion (z) not allowed in integer format specifier";
            return null;
        }
        if (spec.Type == 'c')
        {
            return FormatChar(value, spec, out kind, out error);
        }

        int radix = spec.Type switch { 'b' => 2, 'o' => 8, 'x' or 'X' => 16, _ => 10 };
        string? digits = LongText.ToString(BigInteger.Abs(value), radix, maxStrDigits, out error);
        if (digits is null)
        {
            return null;
        }
        bool upper = spec.Type == 'X';
        if (upper)
        {
            digits = digits.ToUpperInvariant();
        }
        string prefix = !spec.Alternate ? "" : spec.Type switch
        {
            'b' => "0b",
            'o' => "0o",
            'x' => "0x",
            'X' => "0X",
            _ => "",
        };
        return NumberLayout.Build(new NumberParts { Negative = value.Sign < 0, Prefix = prefix, Digits = digits }, spec, out kind, out error);
    }

    private static string? FormatChar(BigInteger value, in FormatSpec spec, out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.ValueError;
        error = null;
        if (spec.Sign != '\0')
        {
            error = "Sign not allowed with integer format specifier 'c'";
            return null;
        }
        if (spec.Alternate)
        {
            error = "Alternate form (#) not allowed with integer format specifier 'c'";
            return null;
        }
        kind = FormatErrorKind.OverflowError;
        if (value < long.MinValue || value > long.MaxValue)
        {
            error = "Python int too large to convert to C long";
            return null;
        }
        if (value.Sign < 0 || value > 0x10FFFF)
        {
            error = "%c arg not in range(0x110000)";
            return null;
        }
        int codePoint = (int)value;
        // A lone surrogate is a legal Python character; char.ConvertFromUtf32 would refuse it.
        string character = codePoint <= 0xFFFF ? ((char)codePoint).ToString() : char.ConvertFromUtf32(codePoint);
        return NumberLayout.Build(new NumberParts { Remainder = character }, spec, out kind, out error);
    }

    /// <summary>format(str, spec).</summary>
    public static string? FormatString(string value, in FormatSpec spec, string typeName, out FormatErrorKind kind, out string? error)
    {
        kind = FormatErrorKind.ValueError;
        if (spec.Type != 's')
        {
            error = FormatSpec.UnknownCode(spec.Type, typeName);
            return null;
        }
        error = spec switch
        {
            { Sign: ' ' } => "Space not allowed in string format specifier",
            { Sign: not '\0' } => "Sign not allowed in string format specifier",
            { NoNegativeZero: true } => "Negative zero coercion (z) not allowed in string format specifier",
            { Alternate: true } => "Alternate form (#) not allowed in string format specifier",
            { Align: '=' } => "'=' alignment not allowed in string format specifier",
            _ => null,
        };
        if (error is not null)
        {
            return null;
        }
        kind = FormatErrorKind.None;
        int length = NumberLayout.CountCodePoints(value);
        if ((spec.Width == -1 || spec.Width <= length) && (spec.Precision == -1 || spec.Precision >= length))
        {
            return value;
        }
        ReadOnlySpan<char> text = value;
        if (spec.Precision >= 0 && length >= spec.Precision)
        {
            length = (int)spec.Precision;
            text = text[..NumberLayout.UnitsForCodePoints(text, length)];
        }
        // Strings reuse the number layout with the text as an opaque remainder.
        var layout = spec with { Sign = '\0', ThousandsSeparator = '\0', FractionSeparator = '\0' };
        return NumberLayout.Build(new NumberParts { Remainder = text }, layout, out kind, out error);
    }
}
