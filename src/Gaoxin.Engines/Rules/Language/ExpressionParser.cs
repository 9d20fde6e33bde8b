using System.Globalization;
using Parlot;
using Parlot.Fluent;
using static Parlot.Fluent.Parsers;

namespace Gaoxin.Engines.Rules.Language;

/// <summary>
/// Parses the rule language with Parlot: <c>if … then … else …</c>, <c>or</c>, <c>and</c>, <c>not</c>, comparisons,
/// <c>in [ … ]</c>, <c>+ - * × /</c>, unary minus, <c>min/max/round</c>, <c>table[key]</c>, names, quoted text,
/// <c>true/false</c>, <c>date("2021-01-01")</c> and numbers with <c>_</c> separators and a <c>%</c>, <c>万</c> or <c>亿</c> suffix.
/// </summary>
public static class ExpressionParser
{
    private static readonly HashSet<string> Keywords = ["if", "then", "else", "and", "or", "not", "in", "true", "false"];
    private static readonly Parser<Expr> Grammar = Build();

    /// <summary>Parses <paramref name="text"/>; a failure is a <see cref="ExpressionSyntaxException"/> with the offset and what was expected.</summary>
    public static Expr Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var context = new ParseContext(new Scanner(text));
        var result = new ParseResult<Expr>();
        bool ok;
        try
        {
            ok = Grammar.Parse(context, ref result);
        }
        catch (ParseException e)
        {
            throw new ExpressionSyntaxException(e.Message, e.Position.Offset);
        }

        var cursor = context.Scanner.Cursor;
        if (!ok)
        {
            throw new ExpressionSyntaxException(text.Trim().Length == 0 ? "expected an expression, found nothing" : "expected a value, a name or '('", SkipSpaces(text, cursor.Offset));
        }

        var end = SkipSpaces(text, cursor.Offset);
        if (end < text.Length && DanglingOperator(text, end) is { } op)
        {
            // The operator parsed but what follows it did not, so the grammar stopped before it: say what is missing.
            throw new ExpressionSyntaxException($"expected a value after '{op}'", SkipSpaces(text, end + op.Length));
        }

        if (end < text.Length)
        {
            throw new ExpressionSyntaxException($"unexpected '{Snippet(text, end)}', expected an operator or the end of the expression", end);
        }

        return result.Value;
    }

    private static readonly string[] BinaryOperators = [">=", "<=", "==", "!=", "≥", "≤", "≠", ">", "<", "=", "+", "-", "*", "×", "/", "÷"];

    private static string? DanglingOperator(string text, int at)
    {
        foreach (var word in new[] { "and", "or", "in" })
        {
            if (string.CompareOrdinal(text, at, word, 0, word.Length) == 0 && (at + word.Length == text.Length || !char.IsLetterOrDigit(text[at + word.Length])))
            {
                return word;
            }
        }

        return BinaryOperators.FirstOrDefault(op => string.CompareOrdinal(text, at, op, 0, op.Length) == 0);
    }

    private static int SkipSpaces(string text, int offset)
    {
        while (offset < text.Length && char.IsWhiteSpace(text[offset]))
        {
            offset++;
        }

        return offset;
    }

    private static string Snippet(string text, int at)
    {
        var end = at;
        while (end < text.Length && end - at < 12 && !char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return text[at..Math.Max(end, at + 1)];
    }

    private static Parser<(string Op, int At)> Op(string text, string? canonical = null)
        => Terms.Text(text).Then((_, start, _, _) => (canonical ?? text, start));

    private static Parser<(string Op, int At)> Word(string word)
        => Terms.Keyword(word).Then((_, start, _, _) => (word, start));

    private static Parser<Expr> Build()
    {
        var expression = Deferred<Expr>();

        // The suffix is part of the token (no space allowed before it): 2%, 500万, 1.5亿.
        var number = Terms.Pattern(c => char.IsAsciiDigit(c) || c is '_' or '.' or '%' or '万' or '亿')
            .When((_, span) => char.IsAsciiDigit(span.Span[0]))
            .Then<Expr>((_, start, _, span) => NumberFrom(span.ToString(), start));

        var text = Terms.String(StringLiteralQuotes.SingleOrDouble)
            .Then<Expr>((_, start, _, s) => new TextLiteral(start, s.ToString()));

        var identifier = Terms.Identifier().When((_, id) => !Keywords.Contains(id.ToString()));

        var arguments = Between(Terms.Char('('), Separated(Terms.Char(','), expression), Terms.Char(')').ElseError("expected ')' to close the arguments"));

        var date = Terms.Keyword("date").SkipAnd(Between(Terms.Char('('), Terms.String(StringLiteralQuotes.SingleOrDouble), Terms.Char(')')))
            .Then<Expr>((_, start, _, s) => DateFrom(s.ToString(), start));

        var call = identifier.And(arguments)
            .Then<Expr>((_, start, _, p) => new Call(start, p.Item1.ToString(), p.Item2));

        var lookup = identifier.And(Between(Terms.Char('['), expression, Terms.Char(']').ElseError("expected ']' to close the lookup")))
            .Then<Expr>((_, start, _, p) => new Lookup(start, p.Item1.ToString(), p.Item2));

        var name = identifier.Then<Expr>((_, start, _, id) => new Name(start, id.ToString()));

        var boolean = Terms.Keyword("true").Then<Expr>((_, start, _, _) => new BooleanLiteral(start, true))
            .Or(Terms.Keyword("false").Then<Expr>((_, start, _, _) => new BooleanLiteral(start, false)));

        var group = Between(Terms.Char('('), expression, Terms.Char(')').ElseError("expected ')'"));

        var ifThenElse = Terms.Keyword("if").And(expression)
            .AndSkip(Terms.Keyword("then").ElseError("expected 'then'"))
            .And(expression.ElseError("expected an expression after 'then'"))
            .AndSkip(Terms.Keyword("else").ElseError("expected 'else': every 'if' needs both branches"))
            .And(expression.ElseError("expected an expression after 'else'"))
            .Then<Expr>((_, start, _, p) => new Conditional(start, p.Item2, p.Item3, p.Item4));

        var primary = OneOf(ifThenElse, number, text, boolean, date, call, lookup, name, group);

        var unary = Recursive<Expr>(u =>
            Op("-").And(u).Then<Expr>(p => new Unary(p.Item1.At, "-", p.Item2))
            .Or(Word("not").And(u).Then<Expr>(p => new Unary(p.Item1.At, "not", p.Item2)))
            .Or(primary));

        var product = Parsers.LeftAssociative(unary, [Op("*"), Op("×", "*"), Op("/"), Op("÷", "/")], (_, l, r, op) => (Expr)new Binary(op.At, op.Op, l, r));
        var sum = Parsers.LeftAssociative(product, [Op("+"), Op("-")], (_, l, r, op) => (Expr)new Binary(op.At, op.Op, l, r));

        var comparisonOperator = OneOf(Op(">="), Op("≥", ">="), Op("<="), Op("≤", "<="), Op("=="), Op("!="), Op("≠", "!="), Op(">"), Op("<"), Op("="));
        var options = Between(Terms.Char('['), Separated(Terms.Char(','), Terms.String(StringLiteralQuotes.SingleOrDouble)), Terms.Char(']').ElseError("expected ']' to close the list"));
        var comparisonTail = comparisonOperator.And(sum.ElseError("expected a value after the comparison"))
                .Then(p => (ComparisonTail?)new ComparisonTail(p.Item1.Op, p.Item1.At, p.Item2, null))
            .Or(Word("in").And(options.ElseError("expected a list such as [\"汽车\", \"汽车零部件\"] after 'in'"))
                .Then(p => (ComparisonTail?)new ComparisonTail("in", p.Item1.At, null, p.Item2.Select(s => s.ToString()).ToList())));
        var comparison = sum.And(comparisonTail.Else((ComparisonTail?)null))
            .Then<Expr>(p =>
            {
                var (left, tail) = p;
                return tail switch
                {
                    null => left,
                    { Options: { } list } => new Membership(tail.At, left, list),
                    _ => new Binary(tail.At, tail.Op == "=" ? "==" : tail.Op, left, tail.Right!),
                };
            });

        var conjunction = Parsers.LeftAssociative(comparison, [Word("and")], (_, l, r, op) => (Expr)new Binary(op.At, "and", l, r));
        var disjunction = Parsers.LeftAssociative(conjunction, [Word("or")], (_, l, r, op) => (Expr)new Binary(op.At, "or", l, r));

        expression.Parser = disjunction;
        return expression;
    }

    private sealed record ComparisonTail(string Op, int At, Expr? Right, IReadOnlyList<string>? Options);

    private static NumberLiteral NumberFrom(string token, int at)
    {
        var suffix = token.Length > 0 && token[^1] is '%' or '万' or '亿' ? token[^1..] : "";
        var digits = token[..^suffix.Length];
        var clean = digits.Replace("_", "", StringComparison.Ordinal);
        if (clean.Length == 0 || clean.StartsWith('.') || clean.EndsWith('.') || clean.Count(c => c == '.') > 1
            || digits.StartsWith('_') || digits.EndsWith('_') || digits.Contains("__", StringComparison.Ordinal)
            || !decimal.TryParse(clean, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            throw new ExpressionSyntaxException($"'{token}' is not a number (write 5_000_000, 500万, 1.5亿 or 2%)", at);
        }

        return suffix switch
        {
            "%" => new NumberLiteral(at, value / 100m, RuleType.Percent, false, digits + suffix),
            "万" => new NumberLiteral(at, value * 10_000m, RuleType.Money, false, digits + suffix),
            "亿" => new NumberLiteral(at, value * 100_000_000m, RuleType.Money, false, digits + suffix),
            _ => new NumberLiteral(at, value, RuleType.Number, true, digits),
        };
    }

    private static DateLiteral DateFrom(string text, int at)
        => DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? new DateLiteral(at, date)
            : throw new ExpressionSyntaxException($"'{text}' is not a date; write date(\"2021-01-01\")", at);
}

/// <summary>The expression text is not valid; <see cref="Offset"/> is where in the text the problem was found.</summary>
public sealed class ExpressionSyntaxException : Exception
{
    public ExpressionSyntaxException()
    {
    }

    public ExpressionSyntaxException(string message)
        : base(message)
    {
    }

    public ExpressionSyntaxException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public ExpressionSyntaxException(string message, int offset)
        : base(message)
    {
        Offset = offset;
    }

    public int Offset { get; }
}
