namespace Gaoxin.Engines.Tests.Rules;

/// <summary>Small policies written inline for tests; line numbers in assertions count from the first line of the text.</summary>
internal static class PolicyYaml
{
    public const string Header = """
        id: test-policy
        title: { zh: 测试政策, en: test policy }
        document: 测试文件
        category: 奖补
        inputs:
          - name: sales
            type: money
            label: { zh: 销售额, en: sales }
          - name: industry
            type: text
            label: { zh: 所属行业, en: industry }
          - name: founded
            type: date
          - name: listed
            type: boolean
        parameters:
          rate:
            type: percent
            values:
              - from: 2020-01-01
                value: 2%
                reference: 第一条
        """;

    /// <summary>A policy with one version whose formulas are given (line 24 holds <c>eligible</c>, line 25 <c>amount</c>).</summary>
    public static string WithVersion(string eligible, string amount, string extra = "") => Header + $"""

        versions:
          - from: 2020-01-01
            reference: 第二条
            eligible: {eligible}
            amount: {amount}
        {extra}
        """;
}
