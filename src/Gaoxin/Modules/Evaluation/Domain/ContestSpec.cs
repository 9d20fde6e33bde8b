using Gaoxin.Engines.Scoring;
using Gaoxin.Modules.Evaluation.Features.Contest.Sources;

namespace Gaoxin.Modules.Evaluation.Domain;

/// <summary>A competing unit: a department of the zone (its measures can then come from Gaoxin's ledgers) or a named unit.</summary>
public sealed record UnitSpec(string Code, string Name, string? Class = null, Guid? DepartmentId = null);

/// <summary>A score tier of a threshold-tiers indicator.</summary>
public sealed record TierSpec(decimal Minimum, decimal Points);

/// <summary>
/// An indicator: its comparison (group), points and rule — <c>completion</c> (cap), <c>rank</c> (step, lowerIsBetter,
/// floor), <c>baseline</c> (basePoints, pointsPerPoint, change: points | growth), <c>tiers</c> or <c>manual</c> — and
/// where its measure comes from: <c>manual</c> or a computed source (<see cref="MeasureSources"/>). <see cref="Targets"/>
/// are optional monthly targets per unit code, for a computed measure scored against a target (e.g. signings vs plan).
/// </summary>
public sealed record IndicatorSpec(
    string Code,
    string Name,
    string Group,
    decimal Points,
    string Rule,
    decimal? Cap = null,
    decimal? Step = null,
    bool? LowerIsBetter = null,
    decimal? Floor = null,
    decimal? BasePoints = null,
    decimal? PointsPerPoint = null,
    string? Change = null,
    List<TierSpec>? Tiers = null,
    string? Source = null,
    Dictionary<string, decimal>? Targets = null)
{
    public string SourceOrManual => string.IsNullOrWhiteSpace(Source) ? MeasureSources.Manual : Source.Trim().ToLowerInvariant();

    public ScoringRule ToRule() => Rule.Trim().ToLowerInvariant() switch
    {
        "completion" => new CompletionRateRule(Cap ?? 1m),
        "rank" => new RankPointsRule(Step ?? 0m, LowerIsBetter ?? false, Floor ?? 0m),
        "baseline" => new BaselineComparisonRule(BasePoints ?? 0m, PointsPerPoint ?? 0m, Change?.Trim().ToLowerInvariant() == "growth" ? BaselineChange.GrowthPercent : BaselineChange.PercentagePoints),
        "tiers" => new ThresholdTiersRule((Tiers ?? []).Select(t => new ScoreTier(t.Minimum, t.Points)).ToList()),
        "manual" => new ManualScoreRule(),
        _ => throw new InvalidContestException($"Indicator '{Code}' has the rule '{Rule}'; use completion, rank, baseline, tiers or manual."),
    };
}

public sealed record ItemSpec(string Code, string Name, decimal Cap = 0m);

public sealed record GradeSpec(string Name, decimal Minimum);

/// <summary>The pay rule: <c>proportional</c> (base × score ÷ fullScore) or <c>multiple</c> (base × the grade's multiple).</summary>
public sealed record PaySpec(string Rule, decimal? FullScore = null, Dictionary<string, decimal>? Multiples = null, bool ZeroOnVeto = true)
{
    public PayRule ToRule() => Rule.Trim().ToLowerInvariant() switch
    {
        "proportional" => new ProportionalToScore(FullScore ?? 100m) { ZeroOnVeto = ZeroOnVeto },
        "multiple" => new MultipleOfBaseByGrade(Multiples ?? []) { ZeroOnVeto = ZeroOnVeto },
        _ => throw new InvalidContestException($"The pay rule '{Rule}' is unknown; use proportional or multiple."),
    };
}

/// <summary>A contest as a zone defines it, translated to the engine's <see cref="ContestDefinition"/>.</summary>
public sealed record ContestSpec(
    string Name,
    List<UnitSpec> Units,
    List<IndicatorSpec> Indicators,
    List<ItemSpec>? Bonuses = null,
    decimal? BonusCap = null,
    List<ItemSpec>? Penalties = null,
    decimal? PenaltyCap = null,
    List<ItemSpec>? Vetoes = null,
    List<GradeSpec>? Grades = null,
    string? BelowGrade = null,
    PaySpec? Pay = null)
{
    public PaySpec PayOrDefault => Pay ?? new PaySpec("proportional");

    /// <summary>The engine's definition; refuses (InvalidContestException) what cannot be scored.</summary>
    public ContestDefinition ToDefinition()
    {
        var definition = new ContestDefinition(
            Name,
            Units.Select(u => new ContestUnit(u.Code, u.Name, u.Class ?? string.Empty)).ToList(),
            Indicators.Select(i => new ContestIndicator(i.Code, i.Name, i.Group, i.Points, i.ToRule())).ToList())
        {
            Bonuses = (Bonuses ?? []).Select(b => new AdjustmentItem(b.Code, b.Name, b.Cap)).ToList(),
            BonusCap = BonusCap ?? decimal.MaxValue,
            Penalties = (Penalties ?? []).Select(p => new AdjustmentItem(p.Code, p.Name, p.Cap)).ToList(),
            PenaltyCap = PenaltyCap ?? decimal.MaxValue,
            Vetoes = (Vetoes ?? []).Select(v => new VetoItem(v.Code, v.Name)).ToList(),
            Grades = Grades is { Count: > 0 } g ? new GradeBands(g.Select(b => new GradeBand(b.Name, b.Minimum)).ToList(), BelowGrade ?? GradeBands.Default.Below) : GradeBands.Default,
        };
        definition.Validate();
        var unknownSource = Indicators.FirstOrDefault(i => !MeasureSources.All.Contains(i.SourceOrManual));
        if (unknownSource is not null)
        {
            throw new InvalidContestException($"Indicator '{unknownSource.Code}' takes its measure from '{unknownSource.Source}'; use {string.Join(", ", MeasureSources.All)}.");
        }

        _ = PayOrDefault.ToRule();
        return definition;
    }
}
