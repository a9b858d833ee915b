// Objects/bytes_methods.c: the case mappings and character tests of bytes and bytearray. They know
// only ASCII letters and digits (C: Py_ISUPPER, Py_TOLOWER, ...); every other byte is caseless.
namespace Reference.Objects;

internal static partial class BytesMethods
{
    private static PyObject Map(PyObject self, Func<byte, byte> map, bool forByteArray)
    {
        byte[] result = Data(self).ToArray();
        for (int i = 0; i < result.Length; i++)
        {
            result[i] = map(result[i]);
        }
        return Make(result, forByteArray);
    }

    /// <summary>ASCII-only case operations on bytes.</summary>
    private static class AsciiCase
    {
        public static bool IsUpperCase(byte b) => b is >= (byte)'A' and <= (byte)'Z';

        public static bool IsLowerCase(byte b) => b is >= (byte)'a' and <= (byte)'z';

        public static bool IsDigit(byte b) => b is >= (byte)'0' and <= (byte)'9';

        public static bool IsAlpha(byte b) => IsUpperCase(b) || IsLowerCase(b);

        public static bool IsAlnum(byte b) => IsAlpha(b) || IsDigit(b);

        public static byte Upper(byte b) => IsLowerCase(b) ? (byte)(b - 32) : b;

        public static byte Lower(byte b) => IsUpperCase(b) ? (byte)(b + 32) : b;

        public static byte Swap(byte b) => IsUpperCase(b) ? (byte)(b + 32) : IsLowerCase(b) ? (byte)(b - 32) : b;

        /// <summary>Non-empty and every byte passes (C: <c>_Py_bytes_isalpha</c> and friends).</summary>
        public static bool All(ReadOnlySpan<byte> data, Func<byte, bool> test)
        {
            if (data.IsEmpty)
            {
                return false;
            }
            foreach (byte b in data)
            {
                if (!test(b))
                {
                    return false;
                }
            }
            return true;
        }

        /// <summary>At least one lowercase letter and no uppercase one (C: <c>_Py_bytes_islower</c>).</summary>
        public static bool IsLower(ReadOnlySpan<byte> data) => data.IndexOfAnyInRange((byte)'a', (byte)'z') >= 0
            && data.IndexOfAnyInRange((byte)'A', (byte)'Z') < 0;

        /// <summary>At least one uppercase letter and no lowercase one (C: <c>_Py_bytes_isupper</c>).</summary>
        public static bool IsUpper(ReadOnlySpan<byte> data) => data.IndexOfAnyInRange((byte)'A', (byte)'Z') >= 0
            && data.IndexOfAnyInRange((byte)'a', (byte)'z') < 0;

        /// <summary>Uppercase letters only start words and lowercase ones only continue them, and there is at
        /// least one letter (C: <c>_Py_bytes_istitle</c>).</summary>
        public static bool IsTitle(ReadOnlySpan<byte> data)
        {
            bool cased = false, previousCased = false;
            foreach (byte b in data)
            {
                if (IsUpperCase(b))
                {
                    if (previousCased)
                    {
                        return false;
                    }
                    previousCased = cased = true;
                }
                else if (IsLowerCase(b))
                {
                    if (!previousCased)
                    {
                        return false;
                    }
                    previousCased = cased = true;
                }
                else
                {
                    previousCased = false;
                }
            }
            return cased;
        }

        /// <summary>Each run of letters starts uppercase and continues lowercase (C: <c>_Py_bytes_title</c>).</summary>
        public static byte[] Title(ReadOnlySpan<byte> data)
        {
            var result = new byte[data.Length];
            bool previousCased = false;
            for (int i = 0; i < data.Length; i++)
            {
                byte b = data[i];
                bool letter = IsAlpha(b);
                result[i] = !letter ? b : previousCased ? Lower(b) : Upper(b);
                previousCased = letter;
            }
            return result;
        }

        /// <summary>The first byte uppercase, the rest lowercase (C: <c>_Py_bytes_capitalize</c>).</summary>
        public static byte[] Capitalize(ReadOnlySpan<byte> data)
        {
            var result = new byte[data.Length];
            for (int i = 0; i < data.Length; i++)
            {
                result[i] = i == 0 ? Upper(data[i]) : Lower(data[i]);
            }
            return result;
        }
    }
}
