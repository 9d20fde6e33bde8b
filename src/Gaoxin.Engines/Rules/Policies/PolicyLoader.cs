using Gaoxin.Engines.Rules.Language;
using YamlDotNet.RepresentationModel;

namespace Gaoxin.Engines.Rules.Policies;

/// <summary>
/// Loads a policy from YAML and checks it whole: syntax and types of every formula (with line and column),
/// parameters whose dated values overlap, versions that overlap. A policy that loads is safe to compile.
/// </summary>
public static class PolicyLoader
{
    public static Policy Load(string yaml, string? file = null)
    {
        var root = YamlReader.Root(yaml, file);
        var r = new YamlReader(yaml, file);
        var scope = new RuleScope();
        var types = new TypeChecker(scope);

        var inputs = r.Sequence(r.Required(root, "inputs")).Children.Select(n => Input(r, r.Mapping(n))).ToList();
        int numbers = 0, flags = 0, texts = 0;
        foreach (var (input, node) in inputs.Zip(r.Sequence(r.Required(root, "inputs")).Children))
        {
            var slot = input.Type switch { RuleType.Boolean => flags++, RuleType.Text => texts++, _ => numbers++ };
            Declare(r, node, scope, new InputSymbol(input.Name, input.Type, slot, input.Options));
        }

        var parameters = new List<PolicyParameter>();
        int scalars = 0, keyed = 0, brackets = 0;
        if (YamlReader.Optional(root, "parameters") is { } parameterNode)
        {
            foreach (var (key, value) in r.Mapping(parameterNode).Children)
            {
                var p = ParameterReader.Read(r, r.Text(key), r.Mapping(value));
                var slot = p.Shape switch { ParameterShape.Keyed => keyed++, ParameterShape.Brackets => brackets++, _ => scalars++ };
                Declare(r, key, scope, new ParameterSymbol(p.Name, p.Type, p.Shape, slot, p.KeyType));
                parameters.Add(p);
            }
        }

        var versionNodes = r.Sequence(r.Required(root, "versions")).Children;
        var versions = versionNodes.Select(n => Version(r, types, r.Mapping(n))).ToList();
        DatedPeriods.RefuseOverlap(versions.Select(v => (v.From, v.Until)).ToList(), "version", i => r.Error(versionNodes[i], FormattableString.Invariant($"this version overlaps the one before it: {versions[i - 1].From:yyyy-MM-dd}–{versions[i - 1].Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open"} and {versions[i].From:yyyy-MM-dd}–{versions[i].Until?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) ?? "open"}")));

        var exceptions = YamlReader.Optional(root, "exceptions") is { } exceptionNode
            ? r.Sequence(exceptionNode).Children.Select(n => Override(r, types, r.Mapping(n))).ToList()
            : [];
        var duplicate = exceptions.GroupBy(e => e.Id).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw r.Error(root, $"two exceptions are named '{duplicate.Key}'");
        }

        return new Policy
        {
            Id = r.Text(root, "id"),
            Title = r.Localized(r.Required(root, "title")),
            Document = r.Text(root, "document"),
            Category = Category(r, r.Required(root, "category")),
            Inputs = inputs,
            Parameters = parameters,
            Versions = versions.OrderBy(v => v.From).ToList(),
            Exceptions = exceptions,
            Rounding = YamlReader.Optional(root, "rounding") is { } rounding ? Rounding(r, r.Mapping(rounding)) : RoundingRule.Fen,
            Scope = scope,
            Types = types,
        };
    }

    private static void Declare(YamlReader r, YamlNode node, RuleScope scope, Symbol symbol)
    {
        try
        {
            scope.Add(symbol);
        }
        catch (PolicyDefinitionException e)
        {
            throw r.Error(node, e.Message);
        }
    }

    private static InputDeclaration Input(YamlReader r, YamlMappingNode map)
    {
        var typeNode = r.Required(map, "type");
        var typeName = r.Text(typeNode);
        IReadOnlyList<string>? options = null;
        if (typeName == "enumeration")
        {
            options = r.Sequence(r.Required(map, "values")).Children.Select(r.Text).ToList();
        }

        var type = typeName switch
        {
            "enumeration" => RuleType.Text,
            _ => ParseType(r, typeNode),
        };
        var source = r.OptionalText(map, "source") switch
        {
            null or "profile" => InputSource.Profile,
            "reported" => InputSource.Reported,
            "application" => InputSource.Application,
            var s => throw r.Error(r.Required(map, "source"), $"unknown source '{s}' (profile, reported or application)"),
        };
        var name = r.Text(map, "name");
        return new InputDeclaration(name, type, options, source, YamlReader.Optional(map, "label") is { } l ? r.Localized(l) : new LocalizedText(name, name));
    }

    internal static RuleType ParseType(YamlReader r, YamlNode node) => r.Text(node) switch
    {
        "money" => RuleType.Money,
        "number" => RuleType.Number,
        "percent" => RuleType.Percent,
        "text" => RuleType.Text,
        "boolean" => RuleType.Boolean,
        "date" => RuleType.Date,
        var t => throw r.Error(node, $"unknown type '{t}' (money, number, percent, text, enumeration, boolean or date)"),
    };

    private static PolicyCategory Category(YamlReader r, YamlNode node) => r.Text(node) switch
    {
        "减免" => PolicyCategory.Relief,
        "奖补" => PolicyCategory.Award,
        "权益" => PolicyCategory.Right,
        "资质" => PolicyCategory.Qualification,
        var c => throw r.Error(node, $"unknown category '{c}' (减免, 奖补, 权益 or 资质)"),
    };

    private static PolicyVersion Version(YamlReader r, TypeChecker types, YamlMappingNode map)
    {
        var eligible = Checked(r, types, r.Required(map, "eligible"), RuleType.Boolean, "eligibility");
        var amount = Checked(r, types, r.Required(map, "amount"), RuleType.Money, "the amount");
        var cap = YamlReader.Optional(map, "cap") is { } c ? Checked(r, types, c, RuleType.Money, "the cap") : null;
        return new PolicyVersion(r.Date(r.Required(map, "from")), r.OptionalDate(map, "until"), r.Text(map, "reference"), eligible, amount, cap);
    }

    private static PolicyOverride Override(YamlReader r, TypeChecker types, YamlMappingNode map)
    {
        var targetNode = r.Required(map, "overrides");
        var target = r.Text(targetNode) switch
        {
            "eligible" => OverrideTarget.Eligible,
            "amount" => OverrideTarget.Amount,
            "cap" => OverrideTarget.Cap,
            var t => throw r.Error(targetNode, $"an exception overrides eligible, amount or cap, not '{t}'"),
        };
        var when = Checked(r, types, r.Required(map, "when"), RuleType.Boolean, "the condition of an exception");
        var value = Checked(r, types, r.Required(map, "value"), target == OverrideTarget.Eligible ? RuleType.Boolean : RuleType.Money, "the value of an exception");
        var id = r.Text(map, "id");
        return new PolicyOverride(id, YamlReader.Optional(map, "label") is { } l ? r.Localized(l) : new LocalizedText(id, id), target, r.Integer(r.Required(map, "priority")),
            r.OptionalDate(map, "from"), r.OptionalDate(map, "until"), when, value, r.OptionalText(map, "reference") ?? "");
    }

    private static RoundingRule Rounding(YamlReader r, YamlMappingNode map)
    {
        var decimals = YamlReader.Optional(map, "decimals") is { } d ? r.Integer(d) : 2;
        var mode = r.OptionalText(map, "mode") switch
        {
            null or "half-up" => MidpointRounding.AwayFromZero,
            "half-even" => MidpointRounding.ToEven,
            "down" => MidpointRounding.ToZero,
            var m => throw r.Error(r.Required(map, "mode"), $"unknown rounding mode '{m}' (half-up, half-even or down)"),
        };
        return decimals is >= 0 and <= 4 ? new RoundingRule(decimals, mode) : throw r.Error(map, "round to 0 to 4 decimals (2 is to the fen)");
    }

    private static Formula Checked(YamlReader r, TypeChecker types, YamlNode node, RuleType expected, string what)
    {
        var formula = r.Formula(node);
        try
        {
            types.Expect(formula.Tree, expected, what);
        }
        catch (TypeCheckException e)
        {
            throw new PolicyDefinitionException($"type error: {e.Message}", r.Position(node, e.Offset), r.File);
        }

        return formula;
    }
}
