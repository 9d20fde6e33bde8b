namespace Gaoxin.Engines.Scoring;

/// <summary>
/// A zone's contest (擂台比拼): the units in their classes, the indicators under the four comparisons with their points and
/// rules, the bonus and penalty items with their caps, the veto items and the grade bands. Scores are decimal and every
/// indicator score is rounded half away from zero (四舍五入) to <see cref="Decimals"/> places.
/// </summary>
public sealed record ContestDefinition(string Name, IReadOnlyList<ContestUnit> Units, IReadOnlyList<ContestIndicator> Indicators)
{
    public IReadOnlyList<AdjustmentItem> Bonuses { get; init; } = [];

    /// <summary>The most all bonuses together may add in one period.</summary>
    public decimal BonusCap { get; init; } = decimal.MaxValue;

    public IReadOnlyList<AdjustmentItem> Penalties { get; init; } = [];

    /// <summary>The most all penalties together may take away in one period.</summary>
    public decimal PenaltyCap { get; init; } = decimal.MaxValue;

    public IReadOnlyList<VetoItem> Vetoes { get; init; } = [];

    public GradeBands Grades { get; init; } = GradeBands.Default;

    public int Decimals { get; init; } = 2;

    /// <summary>The comparisons in the order their first indicator appears.</summary>
    public IReadOnlyList<string> Groups => Indicators.Select(i => i.Group).Distinct().ToList();

    /// <summary>Refuses a definition that cannot be scored: duplicate codes, non-positive points, rules that do not fit.</summary>
    public void Validate()
    {
        if (Units.Count == 0 || Indicators.Count == 0)
        {
            throw new InvalidContestException($"Contest '{Name}' needs at least one unit and one indicator.");
        }

        Unique(Units.Select(u => u.Id), "unit");
        Unique(Indicators.Select(i => i.Code), "indicator");
        Unique(Bonuses.Select(b => b.Code).Concat(Penalties.Select(p => p.Code)), "bonus or penalty item");
        Unique(Vetoes.Select(v => v.Code), "veto item");
        foreach (var indicator in Indicators)
        {
            if (indicator.Points <= 0)
            {
                throw new InvalidContestException($"Indicator '{indicator.Code}' must carry positive points, not {indicator.Points}.");
            }

            indicator.Rule.Validate(indicator);
        }

        if (BonusCap < 0 || PenaltyCap < 0 || Bonuses.Concat(Penalties).Any(a => a.Cap < 0) || Decimals is < 0 or > 6)
        {
            throw new InvalidContestException($"Contest '{Name}': caps must not be negative and scores keep 0 to 6 decimals.");
        }
    }

    internal decimal Round(decimal score) => Math.Round(score, Decimals, MidpointRounding.AwayFromZero);

    private void Unique(IEnumerable<string> codes, string what)
    {
        var duplicate = codes.GroupBy(c => c, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new InvalidContestException($"Contest '{Name}' has the {what} '{duplicate.Key}' twice.");
        }
    }
}
