using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Tests.Rules;

public class LanguageTests
{
    private static decimal? Amount(string formula, decimal? sales = 1_000_000m, string? industry = "汽车", bool? listed = true)
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("true", formula));
        var v = policy.Evaluate(new Dictionary<string, object?> { ["sales"] = sales, ["industry"] = industry, ["listed"] = listed }, 2021);
        return v.Decision == Decision.Eligible ? v.Amount : null;
    }

    [Theory]
    [InlineData("5_000_000", 5_000_000)]
    [InlineData("500万", 5_000_000)]
    [InlineData("1.5亿", 150_000_000)]
    [InlineData("2%", 0.02)]
    [InlineData("12.5", 12.5)]
    public void Number_literals_read_as_written(string text, double value)
        => Assert.Equal((decimal)value, Assert.IsType<NumberLiteral>(ExpressionParser.Parse(text)).Value);

    [Fact]
    public void Money_times_percent_is_money_and_rounds_to_the_fen()
        => Assert.Equal(20_000m, Amount("sales * rate"));

    [Fact]
    public void If_then_else_min_max_and_round()
    {
        Assert.Equal(100m, Amount("if industry == \"汽车\" then 100 else 200"));
        Assert.Equal(200m, Amount("if industry == \"汽车\" then 100 else 200", industry: "纺织"));
        Assert.Equal(300_000m, Amount("min(sales, 30万)"));
        Assert.Equal(1_000_000m, Amount("max(sales, 30万)"));
        Assert.Equal(333_333m, Amount("round(sales / 3)"));
        Assert.Equal(333_333.33m, Amount("round(sales / 3, 2)"));
        Assert.Equal(700_000m, Amount("sales - 30万"));
        Assert.Equal(1_020_000m, Amount("sales × (1 + rate)"));
    }

    [Fact]
    public void Unknown_condition_with_equal_branches_still_decides()
    {
        Assert.Equal(100m, Amount("if industry == \"汽车\" then 100 else 100", industry: null));
        Assert.Null(Amount("if industry == \"汽车\" then 100 else 200", industry: null));
    }

    [Theory]
    [InlineData("listed and sales > 100万", null, false)]
    [InlineData("sales > 100万 and listed", null, false)]
    [InlineData("listed or sales >= 100万", null, true)]
    [InlineData("listed and sales >= 100万", null, null)]
    [InlineData("not listed", false, true)]
    [InlineData("not listed", null, null)]
    public void Three_valued_logic_decides_when_the_missing_input_cannot_matter(string eligible, bool? listed, bool? expected)
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion(eligible, "0"));
        var v = policy.Evaluate(new Dictionary<string, object?> { ["sales"] = 1_000_000m, ["listed"] = listed }, 2021);
        Assert.Equal(expected switch { true => "true", false => "false", null => "unknown" }, v.EligibleText);
    }

    [Fact]
    public void Missing_is_not_zero()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("sales < 1", "0"));
        Assert.Equal(Decision.CannotDecide, policy.Evaluate(new Dictionary<string, object?>(), 2021).Decision);
        Assert.Equal(Decision.Eligible, policy.Evaluate(new Dictionary<string, object?> { ["sales"] = 0m }, 2021).Decision);
    }

    [Fact]
    public void Dates_compare_with_date_literals()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("founded >= date(\"2020-06-01\")", "1万"));
        Assert.Equal("true", policy.Evaluate(new Dictionary<string, object?> { ["founded"] = new DateOnly(2020, 6, 1) }, 2021).EligibleText);
        Assert.Equal("false", policy.Evaluate(new Dictionary<string, object?> { ["founded"] = new DateOnly(2020, 5, 31) }, 2021).EligibleText);
    }

    [Fact]
    public void An_input_name_that_is_not_declared_is_refused_rather_than_read_as_missing()
    {
        var policy = CompiledPolicy.Load(PolicyYaml.WithVersion("true", "0"));
        var e = Assert.Throws<FormatException>(() => policy.Evaluate(new Dictionary<string, object?> { ["sale"] = 1m }, 2021));
        Assert.Contains("'sale' is not an input", e.Message, StringComparison.Ordinal);
    }
}
