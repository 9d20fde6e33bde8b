namespace Gaoxin.Engines.Scoring;

/// <summary>
/// Places units within a class: by score, highest first, ties sharing the better place (1-2-2-4); every vetoed unit
/// comes after every unit without a veto, ordered among themselves by score. The gap to the next place is the score of
/// the nearest unit strictly above minus one's own.
/// </summary>
internal static class ContestRanking
{
    public static List<(T Item, int Rank, decimal? Gap)> Rank<T>(IReadOnlyList<T> items, Func<T, decimal> score, Func<T, bool> vetoed)
    {
        var ordered = items.OrderBy(vetoed).ThenByDescending(score).ToList();
        var ranked = new List<(T, int, decimal?)>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var item = ordered[i];
            var first = i;
            while (first > 0 && vetoed(ordered[first - 1]) == vetoed(item) && score(ordered[first - 1]) == score(item))
            {
                first--;
            }

            decimal? gap = first == 0 ? null : score(ordered[first - 1]) - score(item);
            ranked.Add((item, first + 1, gap is < 0 ? null : gap));
        }

        return ranked;
    }
}
