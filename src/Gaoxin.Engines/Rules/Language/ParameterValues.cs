namespace Gaoxin.Engines.Rules.Language;

/// <summary>The values every parameter of a policy has on one date, by parameter slot; compiled formulas read them.</summary>
public sealed class ParameterValues
{
    public ParameterValues(decimal[] scalars, KeyedTable?[] keyed, BracketTable?[] brackets)
    {
        Scalars = scalars;
        Keyed = keyed;
        Brackets = brackets;
    }

    public decimal[] Scalars { get; }
    public KeyedTable?[] Keyed { get; }
    public BracketTable?[] Brackets { get; }
}

/// <summary>A parameter table keyed by text (e.g. an award per qualification). A key not in the table reads as zero.</summary>
public sealed class KeyedTable(IReadOnlyDictionary<string, decimal> values)
{
    public IReadOnlyDictionary<string, decimal> Values { get; } = values;

    public decimal Get(string key) => Values.TryGetValue(key, out var v) ? v : 0m;
}

/// <summary>
/// Brackets on a number: the value of the highest threshold at or below the key (thresholds inclusive, as
/// "达到 500万（含）" reads). A key below every threshold reads as zero.
/// </summary>
public sealed class BracketTable
{
    public BracketTable(IReadOnlyList<(decimal Threshold, decimal Value)> brackets)
    {
        Thresholds = brackets.Select(b => b.Threshold).ToArray();
        Values = brackets.Select(b => b.Value).ToArray();
        for (var i = 1; i < Thresholds.Length; i++)
        {
            if (Thresholds[i] <= Thresholds[i - 1])
            {
                throw new PolicyDefinitionException("Bracket thresholds must rise strictly from one bracket to the next.");
            }
        }
    }

    public decimal[] Thresholds { get; }
    public decimal[] Values { get; }

    public decimal Get(decimal key)
    {
        var result = 0m;
        for (var i = 0; i < Thresholds.Length && Thresholds[i] <= key; i++)
        {
            result = Values[i];
        }

        return result;
    }
}
