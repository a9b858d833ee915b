// Python/suggestions.c: "Did you mean …?".
//
// CPython 3.14 suggests the closest name when a keyword argument, an attribute or a name is not found.
// Closeness is a Levenshtein distance over the UTF-8 bytes in which changing a letter's case costs 1 and
// any other edit costs 2; a candidate is only offered if no more than about a third of the characters
// involved would change.
using System.Text;

namespace Reference.Objects;

/// <summary>Near-miss suggestions (C: <c>_Py_CalculateSuggestions</c>).</summary>
public static class Suggestions
{
    private const int MaxCandidateItems = 750;
    private const int MaxStringSize = 40;
    private const int MoveCost = 2;
    private const int CaseCost = 1;

    /// <summary>The candidate closest to <paramref name="name"/>, or null if none is close enough.</summary>
    public static string? Calculate(IReadOnlyList<string> candidates, string name)
    {
        if (candidates.Count >= MaxCandidateItems)
        {
            return null;
        }
        byte[] nameBytes = Encoding.UTF8.GetBytes(name);
        Span<int> buffer = stackalloc int[MaxStringSize];
        string? suggestion = null;
        int suggestionDistance = int.MaxValue;
        foreach (string candidate in candidates)
        {
            if (candidate == name)
            {
                continue;
            }
            byte[] itemBytes = Encoding.UTF8.GetBytes(candidate);
            // No more than 1/3 of the involved characters should need changing; never worse than the best so far.
            int maxDistance = Math.Min((nameBytes.Length + itemBytes.Length + 3) * MoveCost / 6, suggestionDistance - 1);
            int distance = Levenshtein(nameBytes, itemBytes, maxDistance, buffer);
            if (distance <= maxDistance && (suggestion is null || distance < suggestionDistance))
            {
                suggestion = candidate;
                suggestionDistance = distance;
            }
        }
        return suggestion;
    }

    private static int SubstitutionCost(byte a, byte b)
    {
        if ((a & 31) != (b & 31))
        {
            return MoveCost;
        }
        if (a == b)
        {
            return 0;
        }
        a = a is >= (byte)'A' and <= (byte)'Z' ? (byte)(a + 32) : a;
        b = b is >= (byte)'A' and <= (byte)'Z' ? (byte)(b + 32) : b;
        return a == b ? CaseCost : MoveCost;
    }

    #region levenshtein
    /// <summary>The edit distance, or maxCost + 1 as soon as it must exceed maxCost (C: <c>levenshtein_distance</c>).</summary>
    private static int Levenshtein(ReadOnlySpan<byte> a, ReadOnlySpan<byte> b, int maxCost, Span<int> buffer)
    {
        while (a.Length > 0 && b.Length > 0 && a[0] == b[0])
        {
            a = a[1..];
            b = b[1..];
        }
        while (a.Length > 0 && b.Length > 0 && a[^1] == b[^1])
        {
            a = a[..^1];
            b = b[..^1];
        }
        if (a.Length == 0 || b.Length == 0)
        {
            return (a.Length + b.Length) * MoveCost;
        }
        if (a.Length > MaxStringSize || b.Length > MaxStringSize)
        {
            return maxCost + 1;
        }
        if (b.Length < a.Length)
        {
            ReadOnlySpan<byte> t = a;
            a = b;
            b = t;
        }
        if ((b.Length - a.Length) * MoveCost > maxCost)
        {
            return maxCost + 1;
        }
        for (int i = 0; i < a.Length; i++)
        {
            buffer[i] = (i + 1) * MoveCost;
        }
        int result = 0;
        for (int bIndex = 0; bIndex < b.Length; bIndex++)
        {
            byte code = b[bIndex];
            int distance = result = bIndex * MoveCost;
            int minimum = int.MaxValue;
            for (int index = 0; index < a.Length; index++)
            {
                int substitute = distance + SubstitutionCost(code, a[index]);
                distance = buffer[index];
                int insertDelete = Math.Min(result, distance) + MoveCost;
                result = Math.Min(insertDelete, substitute);
                buffer[index] = result;
                minimum = Math.Min(minimum, result);
            }
            if (minimum > maxCost)
            {
                return maxCost + 1;
            }
        }
        return result;
    }
    #endregion
}
