namespace Gaoxin.Engines.Indices;

/// <summary>
/// Standard competition ranking ("1224"): highest score first, equal scores share the better rank and the next rank skips.
/// Scores within a relative 1e-9 count as equal, so rounding noise in a weighted sum does not split a true tie.
/// Allocation-free given the caller's buffers; used by the nominal index and inside every Monte Carlo run.
/// </summary>
internal static class CompetitionRanking
{
    private const double Tolerance = 1e-9;

    public static void Rank(ReadOnlySpan<double> scores, Span<int> ranks, Span<double> keys, Span<int> order)
    {
        var n = scores.Length;
        for (var i = 0; i < n; i++)
        {
            keys[i] = -scores[i];
            order[i] = i;
        }

        keys[..n].Sort(order[..n]);
        for (var i = 0; i < n; i++)
        {
            ranks[order[i]] = i > 0 && Tied(keys[i - 1], keys[i]) ? ranks[order[i - 1]] : i + 1;
        }
    }

    public static bool Tied(double a, double b) => Math.Abs(a - b) <= Tolerance * Math.Max(1.0, Math.Max(Math.Abs(a), Math.Abs(b)));
}
