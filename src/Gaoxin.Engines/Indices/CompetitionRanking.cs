using System.Numerics;

namespace Gaoxin.Engines.Indices;

/// <summary>
/// Standard competition ranking ("1224"): highest score first, equal scores share the better rank and the next rank skips.
/// Scores within a relative 1e-9 count as equal, so rounding noise in a weighted sum does not split a true tie.
/// Allocation-free given the caller's buffer; used by the nominal index and inside every Monte Carlo run.
/// </summary>
/// <remarks>
/// Speed: each score becomes one 64-bit key — its bits turned so that unsigned order is descending score order, the low
/// bits replaced by the unit's number — and a primitive sort of those keys does the work of a key/item sort at about half
/// the cost. Replacing at most 22 low bits moves a key by less than 2^-30 relative, inside the tie tolerance, so the
/// order can only differ from the exact one between scores that count as tied anyway.
/// </remarks>
internal static class CompetitionRanking
{
    public const int MaxUnits = 1 << 22;

    private const double Tolerance = 1e-9;

    public static void Rank(ReadOnlySpan<double> scores, Span<int> ranks, Span<ulong> keys)
    {
        var n = scores.Length;
        if (n > MaxUnits)
        {
            throw new InvalidIndexException($"An index ranks at most {MaxUnits:N0} units, not {n:N0}.");
        }

        var bits = n <= 1 ? 1 : BitOperations.Log2((uint)(n - 1)) + 1;
        var mask = (1UL << bits) - 1;
        for (var i = 0; i < n; i++)
        {
            keys[i] = (DescendingKey(scores[i]) & ~mask) | (uint)i;
        }

        var sorted = keys[..n];
        sorted.Sort();
        var previous = -1;
        for (var i = 0; i < n; i++)
        {
            var unit = (int)(sorted[i] & mask);
            ranks[unit] = previous >= 0 && Tied(scores[previous], scores[unit]) ? ranks[previous] : i + 1;
            previous = unit;
        }
    }

    public static bool Tied(double a, double b) => a == b || Math.Abs(a - b) <= Tolerance * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));

    /// <summary>Unsigned order of the result is descending order of the score (the usual sign-flip trick, then inverted).</summary>
    private static ulong DescendingKey(double score)
    {
        var raw = BitConverter.DoubleToUInt64Bits(score);
        var ascending = (raw & 0x8000_0000_0000_0000UL) != 0 ? ~raw : raw | 0x8000_0000_0000_0000UL;
        return ~ascending;
    }
}
