namespace Gaoxin.Engines.Scoring;

/// <summary>
/// What staff enter (or Gaoxin's ledgers fill in) for one period of a contest: each unit's measure per indicator, the
/// bonus and penalty points with their reasons, and any veto. A form to fill, then score with <see cref="ContestScorer"/>.
/// </summary>
public sealed class PeriodSheet(string period)
{
    private readonly Dictionary<string, Dictionary<string, Measure>> _measures = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Adjustment>> _bonuses = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Adjustment>> _penalties = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<VetoEntry>> _vetoes = new(StringComparer.Ordinal);

    /// <summary>The period, e.g. "2025-03".</summary>
    public string Period { get; } = period;

    public PeriodSheet Measure(string unitId, string indicatorCode, Measure measure)
    {
        Row(_measures, unitId)[indicatorCode] = measure;
        return this;
    }

    /// <summary>Bonus points (a positive number) against a bonus item.</summary>
    public PeriodSheet Bonus(string unitId, string itemCode, decimal points, string note)
    {
        Row(_bonuses, unitId).Add(new Adjustment(itemCode, points, note));
        return this;
    }

    /// <summary>Penalty points (a positive number, subtracted) against a penalty item.</summary>
    public PeriodSheet Penalty(string unitId, string itemCode, decimal points, string note)
    {
        Row(_penalties, unitId).Add(new Adjustment(itemCode, points, note));
        return this;
    }

    public PeriodSheet Veto(string unitId, string vetoCode, string note)
    {
        Row(_vetoes, unitId).Add(new VetoEntry(vetoCode, note));
        return this;
    }

    internal Measure? MeasureOf(string unitId, string indicatorCode) =>
        _measures.TryGetValue(unitId, out var row) && row.TryGetValue(indicatorCode, out var m) ? m : null;

    internal IReadOnlyList<Adjustment> BonusesOf(string unitId) => _bonuses.TryGetValue(unitId, out var l) ? l : [];

    internal IReadOnlyList<Adjustment> PenaltiesOf(string unitId) => _penalties.TryGetValue(unitId, out var l) ? l : [];

    internal IReadOnlyList<VetoEntry> VetoesOf(string unitId) => _vetoes.TryGetValue(unitId, out var l) ? l : [];

    internal IEnumerable<string> UnitsEntered => _measures.Keys.Concat(_bonuses.Keys).Concat(_penalties.Keys).Concat(_vetoes.Keys).Distinct();

    private static TValue Row<TValue>(Dictionary<string, TValue> rows, string unitId)
        where TValue : new()
    {
        if (!rows.TryGetValue(unitId, out var row))
        {
            row = new TValue();
            rows[unitId] = row;
        }

        return row;
    }
}
