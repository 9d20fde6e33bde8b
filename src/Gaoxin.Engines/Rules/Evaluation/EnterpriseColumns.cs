using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// A zone's enterprises in columns by input name (e.g. <c>industry</c>, <c>outward_supply</c>), shared by every policy
/// without copying: each policy's <see cref="InputFrame"/> points at the same arrays. A column a policy needs but the
/// zone lacks reads as missing for every enterprise.
/// </summary>
public sealed class EnterpriseColumns(int count)
{
    private readonly Dictionary<string, decimal?[]> _numbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, bool?[]> _flags = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?[]> _texts = new(StringComparer.Ordinal);
    private readonly Dictionary<string, FixedNumberColumn?> _fixedNumbers = new(StringComparer.Ordinal);
    private readonly Dictionary<string, TextCodeColumn> _codes = new(StringComparer.Ordinal);

    public int Count { get; } = count;

    /// <summary>
    /// A money, number or percent column (percent as a fraction), or dates as day numbers; also kept as exact fixed-point
    /// integers when every value fits (the batch's fast path).
    /// </summary>
    public EnterpriseColumns Numbers(string name, decimal?[] values)
    {
        Add(_numbers, name, values);
        _fixedNumbers[name] = FixedNumberColumn.TryCreate(values);
        return this;
    }

    public EnterpriseColumns Flags(string name, bool?[] values) => Add(_flags, name, values);

    /// <summary>A text column, also kept as codes into a dictionary of its distinct values.</summary>
    public EnterpriseColumns Texts(string name, string?[] values)
    {
        Add(_texts, name, values);
        _codes[name] = TextCodeColumn.Create(values);
        return this;
    }

    /// <summary>The columns of <paramref name="policy"/>'s inputs, in its slots.</summary>
    public InputFrame FrameFor(Policy policy)
    {
        var inputs = policy.Inputs.Select(i => (InputSymbol)policy.Scope.Find(i.Name)!).ToList();
        var numeric = inputs.Where(i => RuleTypes.IsNumeric(i.Type)).OrderBy(i => i.Slot).ToList();
        var texts = inputs.Where(i => i.Type == RuleType.Text).OrderBy(i => i.Slot).ToList();
        var fixedColumns = new FixedColumns(
            numeric.Select(i => _fixedNumbers.TryGetValue(i.Name, out var f) ? f : FixedNumberColumn.TryCreate(new decimal?[Count])).ToArray(),
            texts.Select(i => _codes.GetValueOrDefault(i.Name) ?? TextCodeColumn.Create(new string?[Count])).ToArray());
        return new InputFrame(
            Count,
            inputs.Where(i => RuleTypes.IsNumeric(i.Type)).OrderBy(i => i.Slot).Select(i => _numbers.GetValueOrDefault(i.Name) ?? new decimal?[Count]).ToArray(),
            inputs.Where(i => i.Type == RuleType.Boolean).OrderBy(i => i.Slot).Select(i => _flags.GetValueOrDefault(i.Name) ?? new bool?[Count]).ToArray(),
            inputs.Where(i => i.Type == RuleType.Text).OrderBy(i => i.Slot).Select(i => _texts.GetValueOrDefault(i.Name) ?? new string?[Count]).ToArray())
        {
            Fixed = fixedColumns,
        };
    }

    private EnterpriseColumns Add<T>(Dictionary<string, T[]> columns, string name, T[] values)
    {
        if (values.Length != Count)
        {
            throw new ArgumentException($"Column '{name}' has {values.Length} values for {Count} enterprises.", nameof(values));
        }

        columns[name] = values;
        return this;
    }
}
