using Gaoxin.Engines.Rules.Language;
using YamlDotNet.RepresentationModel;

namespace Gaoxin.Engines.Rules.Policies;

/// <summary>
/// Reads a parameter: a type, a label and dated values, each a single value (<c>value: 500万</c>), a keyed table
/// (<c>table: {小巨人: 50万}</c>) or brackets (<c>brackets: [{from: 3%, value: 5万}]</c>), each with its legal reference.
/// </summary>
internal static class ParameterReader
{
    public static PolicyParameter Read(YamlReader r, string name, YamlMappingNode map)
    {
        var type = PolicyLoader.ParseType(r, r.Required(map, "type"));
        if (!RuleTypes.IsNumeric(type) || type == RuleType.Date)
        {
            throw r.Error(map, $"parameter '{name}' must be money, number or percent");
        }

        var keyType = YamlReader.Optional(map, "key") is { } k ? (r.Text(k) == "text" ? RuleType.Text : PolicyLoader.ParseType(r, k)) : RuleType.Text;
        var nodes = r.Sequence(r.Required(map, "values")).Children;
        var periods = nodes.Select(n => Period(r, name, type, keyType, r.Mapping(n))).ToList();
        var shapes = periods.Select(p => p.Table is not null ? ParameterShape.Keyed : p.Brackets is not null ? ParameterShape.Brackets : ParameterShape.Scalar).Distinct().ToList();
        if (shapes.Count != 1)
        {
            throw r.Error(map, $"every dated value of '{name}' must have the same form (value, table or brackets)");
        }

        DatedPeriods.RefuseOverlap(periods.Select(p => (p.From, p.Until)).ToList(), "parameter value", i => r.Error(nodes[i],
            $"parameter '{name}' has overlapping dates: {Span(periods[i - 1])} and {Span(periods[i])} (list dated values in order, each starting after the one before ends)"));
        var shape = shapes[0];
        if (shape == ParameterShape.Brackets && !RuleTypes.IsNumeric(keyType))
        {
            throw r.Error(map, $"brackets of '{name}' need a numeric key: add key: money, number or percent");
        }

        return new PolicyParameter(name, type, shape, shape == ParameterShape.Keyed ? RuleType.Text : keyType,
            YamlReader.Optional(map, "label") is { } l ? r.Localized(l) : new LocalizedText(name, name), periods);
    }

    private static string Span(ParameterPeriod p) => FormattableString.Invariant($"{p.From:yyyy-MM-dd}–{p.Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open"}");

    private static ParameterPeriod Period(YamlReader r, string name, RuleType type, RuleType keyType, YamlMappingNode map)
    {
        var from = r.Date(r.Required(map, "from"));
        var until = r.OptionalDate(map, "until");
        var reference = r.Text(map, "reference");
        if (YamlReader.Optional(map, "table") is { } table)
        {
            var values = r.Mapping(table).Children.ToDictionary(e => r.Text(e.Key), e => Literal(r, e.Value, type, name), StringComparer.Ordinal);
            return new ParameterPeriod(from, until, 0m, new KeyedTable(values), null, reference);
        }

        if (YamlReader.Optional(map, "brackets") is { } brackets)
        {
            var rows = r.Sequence(brackets).Children.Select(n => r.Mapping(n))
                .Select(b => (Literal(r, r.Required(b, "from"), keyType, name), Literal(r, r.Required(b, "value"), type, name))).ToList();
            try
            {
                return new ParameterPeriod(from, until, 0m, null, new BracketTable(rows), reference);
            }
            catch (PolicyDefinitionException e)
            {
                throw r.Error(brackets, e.Message);
            }
        }

        return new ParameterPeriod(from, until, Literal(r, r.Required(map, "value"), type, name), null, null, reference);
    }

    /// <summary>A literal in the rule language's own notation (500万, 2%, 5_000_000), of the parameter's type.</summary>
    private static decimal Literal(YamlReader r, YamlNode node, RuleType type, string name)
    {
        var formula = r.Formula(node);
        var (value, literal) = formula.Tree switch
        {
            NumberLiteral n => (n.Value, n),
            Unary { Operator: "-", Operand: NumberLiteral n } => (-n.Value, n),
            _ => throw r.Error(node, $"a value of '{name}' must be a number such as 500万, 2% or 5_000_000"),
        };
        return literal.Bare || literal.Type == type
            ? value
            : throw new PolicyDefinitionException($"type error: '{literal.Text}' is {RuleTypes.Name(literal.Type)}, but '{name}' is {RuleTypes.Name(type)}", r.Position(node, 0), r.File);
    }
}
