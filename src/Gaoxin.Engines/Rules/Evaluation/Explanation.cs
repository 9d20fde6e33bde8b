using System.Globalization;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>Builds the one-sentence explanation of a trace in Chinese or English.</summary>
internal static class Explanation
{
    public static string Sentence(EvaluationTrace t, CultureInfo culture)
    {
        var zh = AmountText.IsChinese(culture);
        string Money(decimal m) => AmountText.Money(m, culture);
        switch (t.Verdict.Decision)
        {
            case Decision.NotInForce:
                return zh ? $"该政策在 {t.Period} 年未施行" : $"the policy was not in force in {t.Period}";
            case Decision.Conflict:
                var ids = string.Join(zh ? " 与 " : " and ", t.Conflicting.Select(c => c.Id));
                var priority = t.Conflicting.Count > 0 ? t.Conflicting[0].Priority : 0;
                return zh ? $"规则冲突：例外 {ids} 优先级同为 {priority} 且同时适用，请修正政策"
                    : $"conflict: exceptions {ids} both apply at priority {priority}; correct the policy";
            case Decision.CannotDecide:
                var missing = string.Join(zh ? "、" : ", ", t.MissingInputs.Select(m => m.For(culture)));
                return zh ? $"无法判定：缺少 {missing}" : $"cannot decide: missing {missing}";
            case Decision.NotEligible:
                var failed = string.Join(zh ? "；" : "; ", t.FailedConditions(culture));
                return zh ? $"不符合条件：{failed}" : $"not eligible: {failed}";
        }

        var amount = t.Verdict.Amount;
        var computed = $"{t.AmountFormula(culture)} = {Money(t.RawAmount ?? amount)}";
        var capLabel = t.ExceptionFired is { Target: Policies.OverrideTarget.Cap } e ? e.Label.For(culture) : zh ? "上限" : "cap";
        if (t.Verdict.Capped)
        {
            return zh ? $"{computed}，超过{capLabel} {Money(t.Cap!.Value)}，按上限 {Money(amount)}奖励"
                : $"{computed}, above the {capLabel} of {Money(t.Cap!.Value)}, so the reward is the cap, {Money(amount)}";
        }

        if (t.Cap is { } cap && cap != decimal.MaxValue)
        {
            return zh ? $"{computed}，未超过{capLabel} {Money(cap)}，奖励 {Money(amount)}"
                : $"{computed}, within the {capLabel} of {Money(cap)}; reward {Money(amount)}";
        }

        return zh ? $"{computed}，奖励 {Money(amount)}" : $"{computed}; reward {Money(amount)}";
    }
}
