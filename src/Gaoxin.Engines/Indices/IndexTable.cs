namespace Gaoxin.Engines.Indices;

/// <summary>
/// The raw indicator table: units (parks) × indicators, stored unit-major in one flat array, NaN for a missing value.
/// Immutable once built.
/// </summary>
public sealed class IndexTable
{
    private readonly double[] _values;

    public IndexTable(IReadOnlyList<string> units, IReadOnlyList<IndexIndicator> indicators, double[] values)
    {
        if (units.Count == 0 || indicators.Count == 0)
        {
            throw new InvalidIndexException("An index needs at least one unit and one indicator.");
        }

        if (values.Length != units.Count * indicators.Count)
        {
            throw new InvalidIndexException($"The table has {values.Length} values for {units.Count} units × {indicators.Count} indicators.");
        }

        Duplicate(units, "unit");
        Duplicate(indicators.Select(i => i.Code), "indicator");
        if (indicators.FirstOrDefault(i => !(i.Weight >= 0) || double.IsInfinity(i.Weight)) is { } bad)
        {
            throw new InvalidIndexException($"Indicator '{bad.Code}' has weight {bad.Weight}; weights must be finite and not negative.");
        }

        var infinite = Array.FindIndex(values, double.IsInfinity);
        if (infinite >= 0)
        {
            throw new InvalidIndexException($"The value of '{indicators[infinite % indicators.Count].Code}' for '{units[infinite / indicators.Count]}' is infinite.");
        }

        Units = units;
        Indicators = indicators;
        _values = values;
    }

    public IReadOnlyList<string> Units { get; }

    public IReadOnlyList<IndexIndicator> Indicators { get; }

    /// <summary>The value of indicator <paramref name="indicator"/> for unit <paramref name="unit"/>, NaN when missing.</summary>
    public double this[int unit, int indicator] => _values[(unit * Indicators.Count) + indicator];

    /// <summary>Builds a table from a lookup that returns null for a missing value.</summary>
    public static IndexTable From(IReadOnlyList<string> units, IReadOnlyList<IndexIndicator> indicators, Func<string, string, double?> valueOf)
    {
        var values = new double[units.Count * indicators.Count];
        for (var u = 0; u < units.Count; u++)
        {
            for (var j = 0; j < indicators.Count; j++)
            {
                values[(u * indicators.Count) + j] = valueOf(units[u], indicators[j].Code) ?? double.NaN;
            }
        }

        return new IndexTable(units, indicators, values);
    }

    private static void Duplicate(IEnumerable<string> names, string what)
    {
        var twice = names.GroupBy(n => n, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            throw new InvalidIndexException($"The {what} '{twice.Key}' appears twice.");
        }
    }
}
