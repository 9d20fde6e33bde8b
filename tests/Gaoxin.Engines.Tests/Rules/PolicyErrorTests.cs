using Gaoxin.Engines.Rules.Evaluation;
using Gaoxin.Engines.Rules.Language;
using Gaoxin.Engines.Rules.Policies;

namespace Gaoxin.Engines.Tests.Rules;

public class PolicyErrorTests
{
    private static PolicyDefinitionException Refused(string yaml) => Assert.Throws<PolicyDefinitionException>(() => PolicyLoader.Load(yaml, "p.yaml"));

    [Fact]
    public void Money_plus_date_is_a_type_error_at_the_operator()
    {
        var e = Refused(PolicyYaml.WithVersion("true", "sales + founded"));
        Assert.Equal(new SourcePosition(27, 19), e.Position);
        Assert.Contains("'+' cannot combine money and date", e.Message, StringComparison.Ordinal);
        Assert.StartsWith("p.yaml: line 27, column 19: type error", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Money_times_money_is_a_type_error()
        => Assert.Contains("'×' cannot combine money and money", Refused(PolicyYaml.WithVersion("true", "sales * sales")).Message, StringComparison.Ordinal);

    [Fact]
    public void Amount_must_be_money()
    {
        var e = Refused(PolicyYaml.WithVersion("true", "rate"));
        Assert.Contains("the amount must be money, but this is percent", e.Message, StringComparison.Ordinal);
        Assert.Equal(new SourcePosition(27, 13), e.Position);
    }

    [Fact]
    public void A_syntax_error_names_line_column_and_what_was_expected()
    {
        var e = Refused(PolicyYaml.WithVersion("sales >= 500万 and", "sales * rate"));
        Assert.Equal(new SourcePosition(26, 32), e.Position);
        Assert.Contains("syntax error: expected a value after 'and'", e.Message, StringComparison.Ordinal);

        var missingElse = Refused(PolicyYaml.WithVersion("true", "if listed then 1万"));
        Assert.Contains("expected 'else'", missingElse.Message, StringComparison.Ordinal);
        Assert.Equal(27, missingElse.Position!.Value.Line);

        var stray = Refused(PolicyYaml.WithVersion("true", "sales rate"));
        Assert.Equal(new SourcePosition(27, 19), stray.Position);
        Assert.Contains("unexpected 'rate'", stray.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("sales + * rate", "expected a value after '+'", 8)]
    [InlineData("min(sales, 1", "expected ')' to close the arguments", 12)]
    [InlineData("2%%", "'2%%' is not a number", 0)]
    [InlineData("1__000", "'1__000' is not a number", 0)]
    public void Syntax_errors_say_what_was_expected_and_where(string text, string message, int offset)
    {
        var e = Assert.Throws<ExpressionSyntaxException>(() => ExpressionParser.Parse(text));
        Assert.Equal(message, e.Message.Length > message.Length && message.EndsWith("number", StringComparison.Ordinal) ? e.Message[..message.Length] : e.Message);
        Assert.Equal(offset, e.Offset);
    }

    [Fact]
    public void An_unknown_name_is_refused_where_it_is_written()
    {
        var e = Refused(PolicyYaml.WithVersion("sales >= thresold", "0"));
        Assert.Equal(new SourcePosition(26, 24), e.Position);
        Assert.Contains("unknown name 'thresold'", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Overlapping_parameter_dates_are_refused()
    {
        var yaml = PolicyYaml.WithVersion("true", "sales * rate").Replace("reference: 第一条", "reference: 第一条\n        until: 2021-06-30\n      - from: 2021-01-01\n        value: 3%\n        reference: 修订", StringComparison.Ordinal);
        var e = Refused(yaml);
        Assert.Contains("parameter 'rate' has overlapping dates: 2020-01-01–2021-06-30 and 2021-01-01–open", e.Message, StringComparison.Ordinal);
        Assert.Equal(24, e.Position!.Value.Line);
    }

    [Fact]
    public void Consecutive_parameter_dates_are_accepted_and_chosen_by_period()
    {
        var yaml = PolicyYaml.WithVersion("true", "sales * rate").Replace("reference: 第一条", "reference: 第一条\n        until: 2020-12-31\n      - from: 2021-01-01\n        value: 3%\n        reference: 修订", StringComparison.Ordinal);
        var policy = CompiledPolicy.Load(yaml);
        var inputs = new Dictionary<string, object?> { ["sales"] = 100m };
        Assert.Equal(2m, policy.Evaluate(inputs, 2020).Amount);
        Assert.Equal(3m, policy.Evaluate(inputs, 2021).Amount);
    }

    [Fact]
    public void Overlapping_versions_are_refused()
    {
        var yaml = PolicyYaml.WithVersion("true", "0", """
              - from: 2019-06-01
                reference: 重叠
                eligible: true
                amount: 0
            """);
        Assert.Contains("overlaps", Refused(yaml).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_parameter_value_of_the_wrong_type_is_refused()
        => Assert.Contains("'2万' is money, but 'rate' is percent", Refused(PolicyYaml.WithVersion("true", "0").Replace("value: 2%", "value: 2万", StringComparison.Ordinal)).Message, StringComparison.Ordinal);

    [Fact]
    public void A_text_compared_with_an_enumeration_must_be_one_of_its_values()
    {
        var yaml = PolicyYaml.WithVersion("kind == \"大型\"", "0").Replace("""
              - name: listed
                type: boolean
            """, """
              - name: listed
                type: boolean
              - name: kind
                type: enumeration
                values: [小型, 中型]
            """, StringComparison.Ordinal);
        Assert.Contains("'大型' is not a value of kind", Refused(yaml).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Broken_yaml_is_refused_with_its_place()
    {
        var e = Refused("id: x\ntitle: [unclosed\n");
        Assert.NotNull(e.Position);
        Assert.Contains("not valid YAML", e.Message, StringComparison.Ordinal);
    }
}

public class ParameterInForceTests
{
    [Fact]
    public void An_exception_reading_a_parameter_not_yet_in_force_is_refused_rather_than_read_as_zero()
    {
        var yaml = PolicyYaml.WithVersion("true", "sales * rate", """
            exceptions:
              - id: listed-cap
                overrides: cap
                priority: 1
                when: listed
                value: listed_cap
            """).Replace("parameters:", "parameters:\n  listed_cap:\n    type: money\n    values:\n      - { from: 2022-01-01, value: 10万, reference: 第三条 }", StringComparison.Ordinal);
        var policy = Gaoxin.Engines.Rules.Evaluation.CompiledPolicy.Load(yaml);
        var e = Assert.Throws<PolicyDefinitionException>(() => policy.ForPeriod(2021));
        Assert.Contains("parameter 'listed_cap' has no value on 2021-01-01", e.Message, StringComparison.Ordinal);
        Assert.Equal(100_000m, policy.Evaluate(new Dictionary<string, object?> { ["sales"] = 1_000_000_000m, ["listed"] = true }, 2022).Amount);
    }
}
