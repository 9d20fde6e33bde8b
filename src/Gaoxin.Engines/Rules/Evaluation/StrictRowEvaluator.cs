using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// The hot path for a row whose inputs are all present: plain decimals and booleans, exceptions resolved by priority
/// (a tie that fires is still a conflict), and rounding skipped when the cap binds (a cap in whole fen is already rounded).
/// Gives the same verdict as <see cref="RowEvaluator"/> would.
/// </summary>
internal static class StrictRowEvaluator
{
    public static Verdict Evaluate(PeriodRules rules, CompiledVersion version, InputFrame frame, int row)
    {
        var p = rules.Parameters;
        var eligible = version.StrictEligible(frame, row, p);
        short fired = -1;
        if (rules.EligibleOverrides.Length > 0)
        {
            var (winner, conflict) = Winner(rules.EligibleOverrides, frame, row, p);
            if (conflict)
            {
                return new Verdict(Decision.Conflict, 0m, false, rules.EligibleOverrides[winner].Index);
            }

            if (winner >= 0)
            {
                eligible = rules.EligibleOverrides[winner].StrictFlag!(frame, row, p);
                fired = rules.EligibleOverrides[winner].Index;
            }
        }

        if (!eligible)
        {
            return new Verdict(Decision.NotEligible, 0m, false, fired);
        }

        var amount = version.StrictAmount(frame, row, p);
        if (rules.AmountOverrides.Length > 0)
        {
            var (winner, conflict) = Winner(rules.AmountOverrides, frame, row, p);
            if (conflict)
            {
                return new Verdict(Decision.Conflict, 0m, false, rules.AmountOverrides[winner].Index);
            }

            if (winner >= 0)
            {
                amount = rules.AmountOverrides[winner].StrictValue!(frame, row, p);
                fired = rules.AmountOverrides[winner].Index;
            }
        }

        var rounding = rules.Policy.Rounding;
        if (version.StrictCap is null && rules.CapOverrides.Length == 0)
        {
            return new Verdict(Decision.Eligible, Round(amount, rounding), false, fired);
        }

        var cap = version.StrictCap is null ? decimal.MaxValue : version.StrictCap(frame, row, p);
        if (rules.CapOverrides.Length > 0)
        {
            var (winner, conflict) = Winner(rules.CapOverrides, frame, row, p);
            if (conflict)
            {
                return new Verdict(Decision.Conflict, 0m, false, rules.CapOverrides[winner].Index);
            }

            if (winner >= 0)
            {
                cap = rules.CapOverrides[winner].StrictValue!(frame, row, p);
                fired = rules.CapOverrides[winner].Index;
            }
        }

        return Capped(amount, cap, rounding, fired);
    }

    /// <summary>Rounds and caps. A cap already at the rounding precision binds exactly when the unrounded amount exceeds it.</summary>
    internal static Verdict Capped(decimal amount, decimal cap, Policies.RoundingRule rounding, short fired)
    {
        if (OnGrid(cap, rounding.Decimals) && amount > cap)
        {
            return new Verdict(Decision.Eligible, cap, true, fired);
        }

        var rounded = Round(amount, rounding);
        return rounded > cap ? new Verdict(Decision.Eligible, cap, true, fired) : new Verdict(Decision.Eligible, rounded, false, fired);
    }

    /// <summary>Whether a cap sits on the rounding grid (its value, not how many decimals it was written with).</summary>
    internal static bool OnGrid(decimal cap, int decimals) => cap.Scale <= decimals || Math.Round(cap, decimals) == cap;

    internal static decimal Round(decimal amount, Policies.RoundingRule rule) => amount.Scale <= rule.Decimals ? amount : rule.Apply(amount);

    private static (int Winner, bool Conflict) Winner(CompiledOverride[] overrides, InputFrame frame, int row, ParameterValues p)
    {
        var best = int.MinValue;
        var winner = -1;
        var conflict = false;
        for (var i = 0; i < overrides.Length; i++)
        {
            if (overrides[i].StrictWhen(frame, row, p))
            {
                var priority = overrides[i].Source.Priority;
                if (priority > best)
                {
                    (best, winner, conflict) = (priority, i, false);
                }
                else if (priority == best)
                {
                    conflict = true;
                }
            }
        }

        return (winner, conflict);
    }
}
