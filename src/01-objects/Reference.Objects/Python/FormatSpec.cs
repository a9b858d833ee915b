// Python/formatter_unicode.c: parsing the format-spec mini-language.
//
//     [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." [precision][grouping]][type]
//
// One parser serves int, float, complex and str; only two defaults differ by type: the alignment
// (numbers right, strings left) and the type (int 'd', str 's', float none). A leading '0' with no
// explicit fill means fill with '0', and for numbers with no explicit alignment it also means '='
// (pad after the sign). Grouping is ',' or '_' (not both); for b/o/x/X, '_' groups every four
// digits. Python 3.14 added grouping of the fraction digits, written after the precision
// (format(1234.5678, ',.4_f') is '1,234.567_8'), which only float formatting uses.
//
// The spec is a string of code points, and so is our reading of it: the fill may be any
// character, an astral one (a surrogate pair here) included, and the type is one code point.
// Errors are ValueErrors whose texts are CPython's, down to "Cannot specify ',' with ','.".
using System.Globalization;

namespace Reference.Objects;

/// <summary>Which Python exception a formatting or conversion error raises.</summary>
internal enum FormatErrorKind
{
    None = 0,
    ValueError,
    OverflowError,
    TypeError,
    /// <summary>The result could not be allocated (a width of a billion characters, say).</summary>
    MemoryError,
}

/// <summary>A parsed format spec (C: <c>InternalFormatSpec</c>). Width and Precision are -1 when absent;
/// Type is a code point, 0 when absent; ThousandsSeparator and FractionSeparator are '\0', ',' or '_'.</summary>
internal readonly record struct FormatSpec
{
    public int Fill { get; init; }
    public char Align { get; init; }
    public char Sign { get; init; }
    public bool NoNegativeZero { get; init; }
    public bool Alternate { get; init; }
    public long Width { get; init; }
    public char ThousandsSeparator { get; init; }
    /// <summary>Digits per group before the point: 3, or 4 for '_' with b/o/x/X.</summary>
    public int GroupSize { get; init; }
    public long Precision { get; init; }
    public char FractionSeparator { get; init; }
    public int Type { get; init; }

    /// <summary>The spec an empty string parses to, for float and complex.</summary>
    public static FormatSpec Default(char defaultType, char defaultAlign) => new()
    {
        Fill = ' ', Align = defaultAlign, Width = -1, Precision = -1, GroupSize = 3, Type = defaultType,
    };

    /// <summary>Parses a spec for float or complex (type none, right-aligned).</summary>
    public static bool TryParse(ReadOnlySpan<char> text, string typeName, out FormatSpec spec, out string? error) =>
        TryParse(text, typeName, '\0', '>', out spec, out error);

    /// <summary>Parses a spec for int (type 'd', right-aligned).</summary>
    public static bool TryParseForInt(ReadOnlySpan<char> text, string typeName, out FormatSpec spec, out string? error) =>
        TryParse(text, typeName, 'd', '>', out spec, out error);

    /// <summary>Parses a spec for str (type 's', left-aligned).</summary>
    public static bool TryParseForString(ReadOnlySpan<char> text, string typeName, out FormatSpec spec, out string? error) =>
        TryParse(text, typeName, 's', '<', out spec, out error);

    /// <summary>Parses <paramref name="text"/> (C: <c>parse_internal_render_format_spec</c>). Errors are
    /// ValueErrors; <paramref name="typeName"/> names the formatted object's type in them.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, string typeName, char defaultType, char defaultAlign,
        out FormatSpec spec, out string? error)
    {
        spec = Default(defaultType, defaultAlign);
        error = null;
        int pos = 0;
        bool fillGiven = false, alignGiven = false;

        // [[fill]align]: the fill is one code point, possibly two UTF-16 units.
        int fillLength = CodePointLength(text, 0);
        if (text.Length > fillLength && IsAlign(text[fillLength]))
        {
            spec = spec with { Fill = CodePointAt(text, 0), Align = text[fillLength] };
            fillGiven = alignGiven = true;
            pos = fillLength + 1;
        }
        else if (text.Length > 0 && IsAlign(text[0]))
        {
            spec = spec with { Align = text[0] };
            alignGiven = true;
            pos = 1;
        }
        if (pos < text.Length && text[pos] is '+' or '-' or ' ')
        {
            spec = spec with { Sign = text[pos++] };
        }
        if (pos < text.Length && text[pos] == 'z')
        {
            spec = spec with { NoNegativeZero = true };
            pos++;
        }
        if (pos < text.Length && text[pos] == '#')
        {
            spec = spec with { Alternate = true };
            pos++;
        }
        if (!fillGiven && pos < text.Length && text[pos] == '0')
        {
            spec = spec with { Fill = '0', Align = !alignGiven && defaultAlign == '>' ? '=' : spec.Align };
            pos++;
        }
        if (!TryReadInteger(text, ref pos, out long width, out int consumed, out error))
        {
            return false;
        }
        spec = spec with { Width = consumed == 0 ? -1 : width };

        char thousands = '\0';
        if (!TryReadSeparators(text, ref pos, ref thousands, out error))
        {
            return false;
        }
        spec = spec with { ThousandsSeparator = thousands };

        if (pos < text.Length && text[pos] == '.')
        {
            pos++;
            if (!TryReadInteger(text, ref pos, out long precision, out consumed, out error))
            {
                return false;
            }
            char fraction = '\0';
            int before = pos;
            if (!TryReadSeparators(text, ref pos, ref fraction, out error))
            {
                return false;
            }
            if (consumed == 0 && pos == before)
            {
                error = "Format specifier missing precision";
                return false;
            }
            spec = spec with { Precision = consumed == 0 ? -1 : precision, FractionSeparator = fraction };
        }

        // At most one code point may remain: the type.
        if (pos < text.Length)
        {
            if (CodePointLength(text, pos) != text.Length - pos)
            {
                error = $"Invalid format specifier '{text.ToString()}' for object of type '{typeName}'";
                return false;
            }
            spec = spec with { Type = CodePointAt(text, pos) };
        }
        return Validate(ref spec, out error);
    }

    /// <summary>The checks that need only the spec (C: the tail of <c>parse_internal_render_format_spec</c>).</summary>
    private static bool Validate(ref FormatSpec spec, out string? error)
    {
        error = null;
        if (spec.ThousandsSeparator != '\0')
        {
            switch (spec.Type)
            {
                case 'd' or 'e' or 'f' or 'g' or 'E' or 'G' or '%' or 'F' or 0:
                    break;
                case 'b' or 'o' or 'x' or 'X' when spec.ThousandsSeparator == '_':
                    spec = spec with { GroupSize = 4 };
                    break;
                default:
                    error = CannotSpecify(spec.ThousandsSeparator, spec.Type);
                    return false;
            }
        }
        if (spec.FractionSeparator != '\0' && spec.Type == 'n')
        {
            error = CannotSpecify(spec.FractionSeparator, spec.Type);
            return false;
        }
        return true;
    }

    /// <summary>"Cannot specify ',' with 'x'." (C: <c>invalid_thousands_separator_type</c>).</summary>
    private static string CannotSpecify(char separator, int type) =>
        $"Cannot specify '{separator}' with '{DescribeType(type)}'.";

    /// <summary>A type code as CPython's messages show it: printable ASCII as is, else "\x" and hex.</summary>
    public static string DescribeType(int type) =>
        type is > 32 and < 128 ? ((char)type).ToString() : "\\x" + type.ToString("x", CultureInfo.InvariantCulture);

    /// <summary>"Unknown format code 'q' for object of type 'int'" (C: <c>unknown_presentation_type</c>).</summary>
    public static string UnknownCode(int type, string typeName) =>
        $"Unknown format code '{DescribeType(type)}' for object of type '{typeName}'";

    /// <summary>Reads [','|'_'] and rejects the two together in either order.</summary>
    private static bool TryReadSeparators(ReadOnlySpan<char> text, ref int pos, ref char separator, out string? error)
    {
        error = null;
        if (pos < text.Length && text[pos] == ',')
        {
            separator = ',';
            pos++;
        }
        if (pos < text.Length && text[pos] == '_')
        {
            if (separator != '\0')
            {
                error = "Cannot specify both ',' and '_'.";
                return false;
            }
            separator = '_';
            pos++;
        }
        if (pos < text.Length && text[pos] == ',' && separator == '_')
        {
            error = "Cannot specify both ',' and '_'.";
            return false;
        }
        return true;
    }

    /// <summary>Reads decimal digits (any script's) as a Py_ssize_t (C: <c>get_integer</c>).</summary>
    private static bool TryReadInteger(ReadOnlySpan<char> text, ref int pos, out long value, out int consumed, out string? error)
    {
        value = 0;
        consumed = 0;
        error = null;
        while (pos < text.Length)
        {
            int length = CodePointLength(text, pos);
            int digit = DecimalTransform.DecimalValue(CodePointAt(text, pos));
            if (digit < 0)
            {
                break;
            }
            if (value > (long.MaxValue - digit) / 10)
            {
                error = "Too many decimal digits in format string";
                return false;
            }
            value = value * 10 + digit;
            pos += length;
            consumed++;
        }
        return true;
    }

    private static bool IsAlign(char c) => c is '<' or '>' or '=' or '^';

    private static int CodePointLength(ReadOnlySpan<char> text, int pos) =>
        pos + 1 < text.Length && char.IsHighSurrogate(text[pos]) && char.IsLowSurrogate(text[pos + 1]) ? 2 : 1;

    private static int CodePointAt(ReadOnlySpan<char> text, int pos) =>
        CodePointLength(text, pos) == 2 ? char.ConvertToUtf32(text[pos], text[pos + 1]) : text[pos];
}
