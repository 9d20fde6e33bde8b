using System.Globalization;
using Gaoxin.Modules.Evaluation.Domain;

namespace Gaoxin.Modules.Evaluation.Pages;

/// <summary>
/// The contest definition as the editor page holds it while staff change it: mutable rows, tiers and targets as short
/// text ("90:10; 80:8", "zs:500"). <see cref="ToSpec"/> turns it back into a <see cref="ContestSpec"/>, naming text it cannot read.
/// </summary>
public sealed class ContestDraft
{
    public sealed class UnitRow
    {
        public string Code { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string? Class { get; set; }
        public Guid? DepartmentId { get; set; }
    }

    public sealed class IndicatorRow
    {
        public string Code { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public string Group { get; set; } = Engines.Scoring.ContestGroups.Targets;
        public decimal Points { get; set; } = 10m;
        public string Rule { get; set; } = "completion";
        public decimal? Cap { get; set; } = 1m;
        public decimal? Step { get; set; }
        public bool LowerIsBetter { get; set; }
        public decimal? Floor { get; set; }
        public decimal? BasePoints { get; set; }
        public decimal? PointsPerPoint { get; set; }
        public string Change { get; set; } = "points";
        public string? Tiers { get; set; }
        public string Source { get; set; } = Features.Contest.Sources.MeasureSources.Manual;
        public string? Targets { get; set; }
    }

    public sealed class ItemRow
    {
        public string Code { get; set; } = string.Empty;
        public string Name { get; set; } = string.Empty;
        public decimal Cap { get; set; }
    }

    public sealed class GradeRow
    {
        public string Name { get; set; } = string.Empty;
        public decimal Minimum { get; set; }
        public decimal? Multiple { get; set; }
    }

    public string Name { get; set; } = string.Empty;
    public decimal BasePay { get; set; }
    public List<UnitRow> Units { get; } = [];
    public List<IndicatorRow> Indicators { get; } = [];
    public List<ItemRow> Bonuses { get; } = [];
    public decimal? BonusCap { get; set; }
    public List<ItemRow> Penalties { get; } = [];
    public decimal? PenaltyCap { get; set; }
    public List<ItemRow> Vetoes { get; } = [];
    public List<GradeRow> Grades { get; } = [];
    public string BelowGrade { get; set; } = Engines.Scoring.GradeBands.Default.Below;
    public decimal? BelowMultiple { get; set; }
    public string PayRule { get; set; } = "proportional";
    public decimal? FullScore { get; set; } = 100m;
    public bool ZeroOnVeto { get; set; } = true;

    public static ContestDraft From(ContestSpec spec, decimal basePay)
    {
        var pay = spec.PayOrDefault;
        var draft = new ContestDraft
        {
            Name = spec.Name, BasePay = basePay, BonusCap = spec.BonusCap, PenaltyCap = spec.PenaltyCap,
            BelowGrade = spec.BelowGrade ?? Engines.Scoring.GradeBands.Default.Below, PayRule = pay.Rule, FullScore = pay.FullScore ?? 100m, ZeroOnVeto = pay.ZeroOnVeto,
        };
        draft.BelowMultiple = pay.Multiples?.GetValueOrDefault(draft.BelowGrade);
        draft.Units.AddRange(spec.Units.Select(u => new UnitRow { Code = u.Code, Name = u.Name, Class = u.Class, DepartmentId = u.DepartmentId }));
        draft.Indicators.AddRange(spec.Indicators.Select(i => new IndicatorRow
        {
            Code = i.Code, Name = i.Name, Group = i.Group, Points = i.Points, Rule = i.Rule.Trim().ToLowerInvariant(), Cap = i.Cap, Step = i.Step, LowerIsBetter = i.LowerIsBetter ?? false,
            Floor = i.Floor, BasePoints = i.BasePoints, PointsPerPoint = i.PointsPerPoint, Change = i.Change ?? "points", Source = i.SourceOrManual,
            Tiers = i.Tiers is { Count: > 0 } t ? string.Join("; ", t.Select(x => $"{Num(x.Minimum)}:{Num(x.Points)}")) : null,
            Targets = i.Targets is { Count: > 0 } g ? string.Join("; ", g.Select(x => $"{x.Key}:{Num(x.Value)}")) : null,
        }));
        draft.Bonuses.AddRange((spec.Bonuses ?? []).Select(b => new ItemRow { Code = b.Code, Name = b.Name, Cap = b.Cap }));
        draft.Penalties.AddRange((spec.Penalties ?? []).Select(b => new ItemRow { Code = b.Code, Name = b.Name, Cap = b.Cap }));
        draft.Vetoes.AddRange((spec.Vetoes ?? []).Select(b => new ItemRow { Code = b.Code, Name = b.Name }));
        var grades = spec.Grades is { Count: > 0 } bands ? bands : Engines.Scoring.GradeBands.Default.Bands.Select(b => new GradeSpec(b.Name, b.Minimum)).ToList();
        draft.Grades.AddRange(grades.Select(g => new GradeRow { Name = g.Name, Minimum = g.Minimum, Multiple = pay.Multiples?.GetValueOrDefault(g.Name) }));
        return draft;
    }

    /// <summary>The definition; <paramref name="problems"/> gets a message for each tiers or targets text it cannot read.</summary>
    public ContestSpec ToSpec(List<string> problems)
    {
        var multiple = PayRule == "multiple";
        var multiples = multiple
            ? Grades.Where(g => g.Multiple is not null).Select(g => (g.Name.Trim(), g.Multiple!.Value)).Append((BelowGrade.Trim(), BelowMultiple ?? 0m))
                .DistinctBy(x => x.Item1).ToDictionary(x => x.Item1, x => x.Item2)
            : null;
        return new ContestSpec(
            Name.Trim(),
            Units.Select(u => new UnitSpec(u.Code.Trim(), u.Name.Trim(), string.IsNullOrWhiteSpace(u.Class) ? null : u.Class.Trim(), u.DepartmentId)).ToList(),
            Indicators.Select(i => Indicator(i, problems)).ToList(),
            Items(Bonuses), BonusCap, Items(Penalties), PenaltyCap, Items(Vetoes),
            Grades.Select(g => new GradeSpec(g.Name.Trim(), g.Minimum)).ToList(),
            BelowGrade.Trim(),
            new PaySpec(PayRule, multiple ? null : FullScore, multiples, ZeroOnVeto));
    }

    private static IndicatorSpec Indicator(IndicatorRow i, List<string> problems)
    {
        var rule = i.Rule;
        List<TierSpec>? tiers = null;
        if (rule == "tiers")
        {
            tiers = Pairs(i.Tiers, i.Code, "Eval.Check.TiersText", problems)?.Select(p => new TierSpec(decimal.Parse(p.Key, CultureInfo.InvariantCulture), p.Value)).ToList() ?? [];
        }

        var targets = Pairs(i.Targets, i.Code, "Eval.Check.TargetsText", problems)?.ToDictionary(p => p.Key, p => p.Value);
        return new IndicatorSpec(i.Code.Trim(), i.Name.Trim(), i.Group.Trim(), i.Points, rule,
            Cap: rule == "completion" ? i.Cap : null,
            Step: rule == "rank" ? i.Step ?? 0m : null,
            LowerIsBetter: rule == "rank" ? i.LowerIsBetter : null,
            Floor: rule == "rank" ? i.Floor : null,
            BasePoints: rule == "baseline" ? i.BasePoints : null,
            PointsPerPoint: rule == "baseline" ? i.PointsPerPoint : null,
            Change: rule == "baseline" ? i.Change : null,
            Tiers: tiers,
            Source: i.Source == Features.Contest.Sources.MeasureSources.Manual ? null : i.Source,
            Targets: targets is { Count: > 0 } ? targets : null);
    }

    /// <summary>Reads "a:1; b:2" (the key of a tier is a number); null and a problem when a part is not key:number.</summary>
    private static List<KeyValuePair<string, decimal>>? Pairs(string? text, string code, string errorKey, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var pairs = new List<KeyValuePair<string, decimal>>();
        foreach (var part in text.Split([';', '；', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var kv = part.Split([':', '：'], 2, StringSplitOptions.TrimEntries);
            var keyOk = errorKey != "Eval.Check.TiersText" || decimal.TryParse(kv[0], NumberStyles.Number, CultureInfo.InvariantCulture, out _);
            if (kv.Length != 2 || kv[0].Length == 0 || !keyOk || !decimal.TryParse(kv[1], NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
            {
                problems.Add(Text.Get(errorKey, code, part));
                return null;
            }

            pairs.Add(new(kv[0], value));
        }

        return pairs;
    }

    private static List<ItemSpec> Items(List<ItemRow> rows) => rows.Select(r => new ItemSpec(r.Code.Trim(), r.Name.Trim(), r.Cap)).ToList();

    private static string Num(decimal d) => d.ToString("0.####", CultureInfo.InvariantCulture);
}
