using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>Builds the input columns of a policy from rows of named values (missing keys and nulls are missing inputs).</summary>
public static class FrameBuilder
{
    public static InputFrame Build(Policy policy, IReadOnlyList<IReadOnlyDictionary<string, object?>> rows)
    {
        var frame = Empty(policy, rows.Count);
        for (var r = 0; r < rows.Count; r++)
        {
            Set(policy, frame, r, rows[r]);
        }

        return frame;
    }

    /// <summary>Columns for <paramref name="count"/> enterprises with every input missing, to fill in place.</summary>
    public static InputFrame Empty(Policy policy, int count)
    {
        var scope = policy.Scope;
        var inputs = policy.Inputs.Select(i => (InputSymbol)scope.Find(i.Name)!).ToList();
        return new InputFrame(
            count,
            inputs.Where(i => RuleTypes.IsNumeric(i.Type)).Select(_ => new decimal?[count]).ToArray(),
            inputs.Where(i => i.Type == RuleType.Boolean).Select(_ => new bool?[count]).ToArray(),
            inputs.Where(i => i.Type == RuleType.Text).Select(_ => new string?[count]).ToArray());
    }

    /// <summary>Sets row <paramref name="row"/> from named values; unknown names are refused so a typo is not a silent "missing".</summary>
    public static void Set(Policy policy, InputFrame frame, int row, IReadOnlyDictionary<string, object?> values)
    {
        foreach (var name in values.Keys)
        {
            if (policy.Inputs.All(i => i.Name != name))
            {
                throw new FormatException($"'{name}' is not an input of {policy.Id} (inputs: {string.Join(", ", policy.Inputs.Select(i => i.Name))})");
            }
        }

        foreach (var input in policy.Inputs)
        {
            var symbol = (InputSymbol)policy.Scope.Find(input.Name)!;
            var value = values.GetValueOrDefault(input.Name);
            switch (input.Type)
            {
                case RuleType.Boolean:
                    frame.Flags[symbol.Slot][row] = InputValues.Flag(input, value);
                    break;
                case RuleType.Text:
                    frame.Texts[symbol.Slot][row] = InputValues.Text(input, value);
                    break;
                default:
                    frame.Numbers[symbol.Slot][row] = InputValues.Number(input, value);
                    break;
            }
        }
    }
}
