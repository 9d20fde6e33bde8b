namespace Gaoxin.Engines.Scoring;

/// <summary>
/// A unit's measure for one indicator in one period: the value, and where the rule needs it a target (completion) or
/// last year's value (baseline comparison). <see cref="Source"/> says where it came from (a Gaoxin ledger or manual
/// entry) so the published breakdown can show it; <see cref="Note"/> explains a manual score.
/// </summary>
public sealed record Measure(decimal Value)
{
    public decimal? Target { get; init; }

    public decimal? Baseline { get; init; }

    public string? Note { get; init; }

    public string? Source { get; init; }

    /// <summary>Actual against target, e.g. 4 signings of 5 planned.</summary>
    public static Measure Completion(decimal actual, decimal target) => new(actual) { Target = target };

    /// <summary>A completion rate already computed, e.g. 0.9 for 90 %.</summary>
    public static Measure Rate(decimal rate) => new(rate);

    /// <summary>This period's value and last year's, for a baseline comparison.</summary>
    public static Measure VersusBaseline(decimal value, decimal baseline) => new(value) { Baseline = baseline };

    /// <summary>A score given by the assessors, with the reason they gave it.</summary>
    public static Measure Manual(decimal score, string note) => new(score) { Note = note, Source = "manual" };
}
