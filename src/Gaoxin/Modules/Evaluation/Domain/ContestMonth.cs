using Gaoxin.Data;

namespace Gaoxin.Modules.Evaluation.Domain;

/// <summary>A measure entered by hand for a unit and indicator: kind completion (value/target), rate, baseline, value or manual (score + note).</summary>
public sealed record MeasureEntry(string Unit, string Indicator, string Kind, decimal Value, decimal? Target, decimal? Baseline, string? Note, string By, DateTimeOffset At);

/// <summary>A bonus, penalty or veto entered for a unit, with the reason.</summary>
public sealed record AdjustmentEntry(string Unit, string Kind, string Code, decimal Points, string Note, string By, DateTimeOffset At);

public sealed record SheetEntries(List<MeasureEntry> Measures, List<AdjustmentEntry> Adjustments);

/// <summary>
/// The month's sheet (月度考核表) being filled in: what staff entered by hand. Measures Gaoxin can compute from its
/// ledgers are not stored here; they are read when the month is shown, scored or published.
/// </summary>
public sealed class ContestMonth : IZoneOwned, IVersioned
{
    private ContestMonth()
    {
        Period = EntriesJson = UpdatedBy = string.Empty;
    }

    public ContestMonth(Guid zoneId, Guid contestId, string period)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ContestId = contestId;
        Period = period;
        EntriesJson = EvaluationJson.Write(new SheetEntries([], []));
        UpdatedBy = string.Empty;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ContestId { get; private set; }
    public string Period { get; private set; }
    public string EntriesJson { get; private set; }
    public string UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; set; }

    public SheetEntries Entries => EvaluationJson.Read<SheetEntries>(EntriesJson);

    public void Replace(SheetEntries entries, string by, DateTimeOffset at)
    {
        EntriesJson = EvaluationJson.Write(entries);
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
