using System.Globalization;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// Turns typed or written values into inputs. Money and numbers may be written as the rule language writes them
/// (<c>5_000_000</c>, <c>500万</c>, <c>1.5亿</c>, <c>2%</c>) or plainly (<c>6000000.00</c>); an empty text is a missing input.
/// </summary>
public static class InputValues
{
    /// <summary>Parses <paramref name="text"/> for <paramref name="input"/>; null when empty (missing). Throws <see cref="FormatException"/> with a readable message.</summary>
    public static object? Parse(InputDeclaration input, string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        text = text.Trim();
        switch (input.Type)
        {
            case RuleType.Text:
                return input.Options is { } options && !options.Contains(text)
                    ? throw new FormatException($"'{text}' is not a value of {input.Name} (one of: {string.Join(", ", options)})")
                    : text;
            case RuleType.Boolean:
                return text.ToUpperInvariant() switch
                {
                    "TRUE" or "是" or "YES" or "1" => true,
                    "FALSE" or "否" or "NO" or "0" => false,
                    _ => throw new FormatException($"'{text}' is not true or false"),
                };
            case RuleType.Date:
                return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d)
                    ? d : throw new FormatException($"'{text}' is not a date such as 2021-01-01");
            default:
                return ParseNumber(input, text);
        }
    }

    private static decimal ParseNumber(InputDeclaration input, string text)
    {
        if (decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var plain) && input.Type != RuleType.Percent)
        {
            return plain;
        }

        try
        {
            var tree = ExpressionParser.Parse(text);
            var (value, literal) = tree switch
            {
                NumberLiteral n => (n.Value, n),
                Unary { Operator: "-", Operand: NumberLiteral n } => (-n.Value, n),
                _ => (0m, null),
            };
            if (literal is not null && (literal.Bare ? input.Type != RuleType.Percent : literal.Type == input.Type))
            {
                return value;
            }
        }
        catch (ExpressionSyntaxException)
        {
        }

        var example = input.Type switch { RuleType.Money => "6000000.00 or 600万", RuleType.Percent => "2%", _ => "12.5" };
        throw new FormatException($"'{text}' is not {RuleTypes.Name(input.Type)} (write e.g. {example})");
    }

    /// <summary>The run-time decimal of a numeric input value (a date is its day number), or null when missing.</summary>
    internal static decimal? Number(InputDeclaration input, object? value) => value switch
    {
        null => null,
        decimal m => m,
        int i => i,
        long l => l,
        double f => (decimal)f,
        DateOnly d => d.DayNumber,
        string s => Parse(input, s) switch { DateOnly d => d.DayNumber, var o => (decimal?)o },
        _ => throw new FormatException($"{input.Name} expects {RuleTypes.Name(input.Type)}, not a {value.GetType().Name}"),
    };

    internal static bool? Flag(InputDeclaration input, object? value) => value switch
    {
        null => null,
        bool b => b,
        string s => (bool?)Parse(input, s),
        _ => throw new FormatException($"{input.Name} expects true or false, not a {value.GetType().Name}"),
    };

    internal static string? Text(InputDeclaration input, object? value) => value switch
    {
        null => null,
        string s => (string?)Parse(input, s),
        _ => throw new FormatException($"{input.Name} expects text, not a {value.GetType().Name}"),
    };
}
