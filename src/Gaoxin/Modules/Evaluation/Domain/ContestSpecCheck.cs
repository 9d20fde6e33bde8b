using Gaoxin.Modules.Evaluation.Features.Contest.Sources;

namespace Gaoxin.Modules.Evaluation.Domain;

/// <summary>
/// Checks a contest definition before it is kept and names, in the user's language, every part that is wrong and what
/// is expected (the engine then checks it can be scored). Used by the API and the editor page alike.
/// </summary>
public static class ContestSpecCheck
{
    public static IReadOnlyList<string> Problems(ContestSpec spec)
    {
        var p = new List<string>();
        if (string.IsNullOrWhiteSpace(spec.Name))
        {
            p.Add(Text.Get("Eval.Check.Name"));
        }

        var units = spec.Units ?? [];
        if (units.Count == 0)
        {
            p.Add(Text.Get("Eval.Check.NoUnits"));
        }

        foreach (var u in units.Where(u => string.IsNullOrWhiteSpace(u.Code) || string.IsNullOrWhiteSpace(u.Name)))
        {
            p.Add(Text.Get("Eval.Check.UnitBlank", u.Code ?? string.Empty, u.Name ?? string.Empty));
        }

        p.AddRange(Duplicates(units.Select(u => u.Code)).Select(c => Text.Get("Eval.Check.UnitTwice", c)));
        var indicators = spec.Indicators ?? [];
        if (indicators.Count == 0)
        {
            p.Add(Text.Get("Eval.Check.NoIndicators"));
        }

        p.AddRange(Duplicates(indicators.Select(i => i.Code)).Select(c => Text.Get("Eval.Check.IndicatorTwice", c)));
        foreach (var i in indicators)
        {
            Indicator(i, units, p);
        }

        foreach (var item in (spec.Bonuses ?? []).Concat(spec.Penalties ?? []))
        {
            if (string.IsNullOrWhiteSpace(item.Code) || string.IsNullOrWhiteSpace(item.Name) || item.Cap <= 0)
            {
                p.Add(Text.Get("Eval.Check.ItemCap", item.Code ?? string.Empty, item.Cap));
            }
        }

        foreach (var veto in (spec.Vetoes ?? []).Where(v => string.IsNullOrWhiteSpace(v.Code) || string.IsNullOrWhiteSpace(v.Name)))
        {
            p.Add(Text.Get("Eval.Check.VetoBlank", veto.Code ?? string.Empty));
        }

        p.AddRange(Duplicates((spec.Bonuses ?? []).Concat(spec.Penalties ?? []).Concat(spec.Vetoes ?? []).Select(i => i.Code)).Select(c => Text.Get("Eval.Check.ItemTwice", c)));
        if (spec.BonusCap is < 0 || spec.PenaltyCap is < 0)
        {
            p.Add(Text.Get("Eval.Check.TotalCap"));
        }

        Grades(spec, p);
        Pay(spec, p);
        return p;
    }

    /// <summary>Refuses with every problem named (400), or returns.</summary>
    public static void Ensure(ContestSpec spec)
    {
        var problems = Problems(spec);
        if (problems.Count > 0)
        {
            throw new DomainException(string.Join(" ", problems));
        }
    }

    private static void Indicator(IndicatorSpec i, List<UnitSpec> units, List<string> p)
    {
        var code = i.Code ?? string.Empty;
        if (string.IsNullOrWhiteSpace(i.Code) || string.IsNullOrWhiteSpace(i.Name) || string.IsNullOrWhiteSpace(i.Group))
        {
            p.Add(Text.Get("Eval.Check.IndicatorBlank", code));
        }

        if (i.Points <= 0)
        {
            p.Add(Text.Get("Eval.Check.Points", code, i.Points));
        }

        switch ((i.Rule ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "completion":
                if (i.Cap is <= 0)
                {
                    p.Add(Text.Get("Eval.Check.CompletionCap", code, i.Cap));
                }

                break;
            case "rank":
                if (i.Step is < 0 || i.Floor is < 0 || i.Floor > i.Points)
                {
                    p.Add(Text.Get("Eval.Check.Rank", code, i.Points));
                }

                break;
            case "baseline":
                if (i.BasePoints is not { } b || b < 0 || b > i.Points || i.PointsPerPoint is not > 0)
                {
                    p.Add(Text.Get("Eval.Check.Baseline", code, i.Points));
                }

                break;
            case "tiers":
                var tiers = i.Tiers ?? [];
                if (tiers.Count == 0 || tiers.Any(t => t.Points < 0 || t.Points > i.Points) || tiers.Select(t => t.Minimum).Distinct().Count() != tiers.Count)
                {
                    p.Add(Text.Get("Eval.Check.Tiers", code, i.Points));
                }

                break;
            case "manual":
                break;
            default:
                p.Add(Text.Get("Eval.Check.Rule", code, i.Rule ?? string.Empty));
                break;
        }

        if (!MeasureSources.All.Contains(i.SourceOrManual))
        {
            p.Add(Text.Get("Eval.Check.Source", code, i.Source ?? string.Empty, string.Join(", ", MeasureSources.All)));
        }

        foreach (var (unit, target) in i.Targets ?? [])
        {
            if (units.All(u => u.Code != unit) || target <= 0)
            {
                p.Add(Text.Get("Eval.Check.Target", code, unit, target));
            }
        }
    }

    private static void Grades(ContestSpec spec, List<string> p)
    {
        var grades = spec.Grades ?? [];
        foreach (var g in grades.Where(g => string.IsNullOrWhiteSpace(g.Name) || g.Minimum < 0))
        {
            p.Add(Text.Get("Eval.Check.GradeBlank", g.Name ?? string.Empty, g.Minimum));
        }

        foreach (var same in grades.GroupBy(g => g.Minimum).Where(g => g.Count() > 1))
        {
            p.Add(Text.Get("Eval.Check.GradeOverlap", string.Join("、", same.Select(g => g.Name)), same.Key));
        }

        p.AddRange(Duplicates(grades.Select(g => g.Name).Append(spec.BelowGrade ?? Engines.Scoring.GradeBands.Default.Below)).Select(n => Text.Get("Eval.Check.GradeTwice", n)));
    }

    private static void Pay(ContestSpec spec, List<string> p)
    {
        var pay = spec.PayOrDefault;
        var gradeNames = (spec.Grades is { Count: > 0 } g ? g.Select(b => b.Name) : Engines.Scoring.GradeBands.Default.Bands.Select(b => b.Name))
            .Append(spec.BelowGrade ?? Engines.Scoring.GradeBands.Default.Below).ToList();
        switch ((pay.Rule ?? string.Empty).Trim().ToLowerInvariant())
        {
            case "proportional":
                if (pay.FullScore is <= 0)
                {
                    p.Add(Text.Get("Eval.Check.FullScore", pay.FullScore));
                }

                break;
            case "multiple":
                var multiples = pay.Multiples ?? [];
                var missing = gradeNames.Where(n => !multiples.ContainsKey(n)).ToList();
                var unknown = multiples.Keys.Where(k => !gradeNames.Contains(k)).ToList();
                if (missing.Count > 0 || unknown.Count > 0 || multiples.Values.Any(m => m < 0))
                {
                    p.Add(Text.Get("Eval.Check.Multiples", string.Join("、", gradeNames)));
                }

                break;
            default:
                p.Add(Text.Get("Eval.Check.PayRule", pay.Rule ?? string.Empty));
                break;
        }
    }

    private static IEnumerable<string> Duplicates(IEnumerable<string?> codes)
        => codes.Where(c => !string.IsNullOrWhiteSpace(c)).GroupBy(c => c!.Trim(), StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key);
}
