using System.Runtime.CompilerServices;
using Gaoxin.Engines.Rules.Language;

namespace Gaoxin.Engines.Rules.Evaluation;

/// <summary>
/// The hot path: one row, no allocation. Exceptions resolve by priority; an exception whose condition is unknown
/// only blocks the decision when its value could change the answer (a higher cap that the amount does not reach
/// does not matter).
/// </summary>
internal static class RowEvaluator
{
    private const decimal NoCap = decimal.MaxValue;

    public static Verdict Evaluate(PeriodRules rules, InputFrame frame, int row)
    {
        var version = rules.Version;
        if (version is null)
        {
            return new Verdict(Decision.NotInForce, 0m, false, -1);
        }

        return version.Required.AllPresent(frame, row) ? StrictRowEvaluator.Evaluate(rules, version, frame, row) : EvaluateThreeValued(rules, version, frame, row);
    }

    /// <summary>The general path, for rows with a missing input (and for tests that compare it with the strict path).</summary>
    internal static Verdict EvaluateThreeValued(PeriodRules rules, CompiledVersion version, InputFrame frame, int row)
    {
        var p = rules.Parameters;
        var eligible = version.Eligible(frame, row, p);
        short fired = -1;
        if (rules.EligibleOverrides.Length > 0)
        {
            var e = ResolveFlag(rules.EligibleOverrides, eligible, frame, row, p);
            if (e.Conflict)
            {
                return new Verdict(Decision.Conflict, 0m, false, e.Fired);
            }

            eligible = e.Value;
            fired = e.Fired;
        }

        if (eligible == false)
        {
            return new Verdict(Decision.NotEligible, 0m, false, fired);
        }

        if (eligible is null)
        {
            return new Verdict(Decision.CannotDecide, 0m, false, fired);
        }

        var amount = version.Amount(frame, row, p);
        if (rules.AmountOverrides.Length > 0)
        {
            var a = Resolve(rules.AmountOverrides, amount, frame, row, p);
            if (a.Conflict)
            {
                return new Verdict(Decision.Conflict, 0m, false, a.Fired);
            }

            amount = a.Certain ? a.Value : null;
            fired = a.Fired >= 0 ? a.Fired : fired;
        }

        if (amount is null)
        {
            return new Verdict(Decision.CannotDecide, 0m, false, fired);
        }

        var rounded = rules.Policy.Rounding.Apply(amount.Value);
        if (version.Cap is null && rules.CapOverrides.Length == 0)
        {
            return new Verdict(Decision.Eligible, rounded, false, fired);
        }

        var baseCap = version.Cap is null ? NoCap : version.Cap(frame, row, p);
        var cap = Resolve(rules.CapOverrides, baseCap, frame, row, p);
        if (cap.Conflict)
        {
            return new Verdict(Decision.Conflict, 0m, false, cap.Fired);
        }

        fired = cap.Fired >= 0 ? cap.Fired : fired;
        if (cap.Certain && cap.Value is { } c)
        {
            // As on the strict path: a cap at the rounding precision binds when the unrounded amount exceeds it.
            var binds = StrictRowEvaluator.OnGrid(c, rules.Policy.Rounding.Decimals) ? amount.Value > c : rounded > c;
            return binds ? new Verdict(Decision.Eligible, c, true, fired) : new Verdict(Decision.Eligible, rounded, false, fired);
        }

        // The cap is uncertain, but if the amount is within every cap it could be, the cap does not matter.
        return cap.Bounded && rounded <= cap.Low
            ? new Verdict(Decision.Eligible, rounded, false, fired)
            : new Verdict(Decision.CannotDecide, 0m, false, fired);
    }

    internal readonly record struct Resolution(decimal? Value, bool Certain, bool Bounded, decimal Low, short Fired, bool Conflict);

    internal static Resolution Resolve(CompiledOverride[] overrides, decimal? baseValue, InputFrame frame, int row, ParameterValues p)
    {
        if (overrides.Length == 0)
        {
            return new Resolution(baseValue, baseValue.HasValue, baseValue.HasValue, baseValue ?? 0m, -1, false);
        }

        Span<bool?> when = stackalloc bool?[overrides.Length];
        var best = int.MinValue;
        var winner = -1;
        var conflict = false;
        for (var i = 0; i < overrides.Length; i++)
        {
            when[i] = overrides[i].When(frame, row, p);
            if (when[i] == true)
            {
                var priority = overrides[i].Source.Priority;
                conflict = priority == best || (priority < best && conflict);
                if (priority > best)
                {
                    (best, winner, conflict) = (priority, i, false);
                }
            }
        }

        if (conflict)
        {
            return new Resolution(null, false, false, 0m, overrides[winner].Index, true);
        }

        var value = winner >= 0 ? overrides[winner].Value!(frame, row, p) : baseValue;
        var certain = value.HasValue;
        var bounded = value.HasValue;
        var low = value ?? 0m;
        for (var i = 0; i < overrides.Length; i++)
        {
            if (when[i] is null && overrides[i].Source.Priority >= best)
            {
                var alternative = overrides[i].Value!(frame, row, p);
                if (alternative != value)
                {
                    certain = false;
                }

                bounded &= alternative.HasValue;
                low = alternative is { } a && a < low ? a : low;
            }
        }

        return new Resolution(value, certain, bounded, low, winner >= 0 ? overrides[winner].Index : (short)-1, false);
    }

    private static (bool? Value, short Fired, bool Conflict) ResolveFlag(CompiledOverride[] overrides, bool? baseValue, InputFrame frame, int row, ParameterValues p)
    {
        var best = int.MinValue;
        var winner = -1;
        var conflict = false;
        var uncertain = false;
        for (var i = 0; i < overrides.Length; i++)
        {
            var w = overrides[i].When(frame, row, p);
            var priority = overrides[i].Source.Priority;
            if (w == true)
            {
                conflict = priority == best || (priority < best && conflict);
                if (priority > best)
                {
                    (best, winner, conflict) = (priority, i, false);
                }
            }
        }

        if (conflict)
        {
            return (null, overrides[winner].Index, true);
        }

        var value = winner >= 0 ? overrides[winner].Flag!(frame, row, p) : baseValue;
        for (var i = 0; i < overrides.Length; i++)
        {
            if (overrides[i].Source.Priority >= best && overrides[i].When(frame, row, p) is null && overrides[i].Flag!(frame, row, p) != value)
            {
                uncertain = true;
            }
        }

        return (uncertain ? null : value, winner >= 0 ? overrides[winner].Index : (short)-1, false);
    }
}
