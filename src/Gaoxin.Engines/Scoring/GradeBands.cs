namespace Gaoxin.Engines.Scoring;

/// <summary>A grade given to every score of at least <see cref="Minimum"/> (and below the next band up).</summary>
public sealed record GradeBand(string Name, decimal Minimum);

/// <summary>
/// Grades by score bands, highest band first; a score below every band gets <see cref="Below"/>, and so does a vetoed unit.
/// </summary>
public sealed record GradeBands
{
    public GradeBands(IReadOnlyList<GradeBand> bands, string below)
    {
        if (bands.Count == 0)
        {
            throw new InvalidContestException("Give at least one grade band.");
        }

        Bands = bands.OrderByDescending(b => b.Minimum).ToList();
        Below = below;
    }

    /// <summary>DOMAIN.md §6: ≥ 95 优秀, 90–94 良好, 80–89 达标, else 不达标.</summary>
    public static GradeBands Default { get; } = new([new("优秀", 95m), new("良好", 90m), new("达标", 80m)], "不达标");

    public IReadOnlyList<GradeBand> Bands { get; }

    /// <summary>The grade below every band, also the grade of a vetoed unit.</summary>
    public string Below { get; }

    public string GradeOf(decimal score, bool vetoed = false) =>
        vetoed ? Below : Bands.FirstOrDefault(b => score >= b.Minimum)?.Name ?? Below;
}
