using Gaoxin.Data;

namespace Gaoxin.Modules.Evaluation.Domain;

/// <summary>
/// A published monthly ranking (月度排名): the measures as they stood and the scored result with pay, kept as published.
/// It has no way to change: a correction publishes the month again as the next <see cref="Revision"/>, with a reason.
/// </summary>
public sealed class PublishedContestMonth : IZoneOwned
{
    private PublishedContestMonth()
    {
        Period = PublishedBy = MeasuresJson = ResultJson = Fingerprint = string.Empty;
    }

    public PublishedContestMonth(Guid zoneId, Guid contestId, string period, int revision, string? reason, string measuresJson, string resultJson, string fingerprint, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        ContestId = contestId;
        Period = period;
        Revision = revision;
        Reason = reason;
        MeasuresJson = measuresJson;
        ResultJson = resultJson;
        Fingerprint = fingerprint;
        PublishedBy = by;
        PublishedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public Guid ContestId { get; private set; }
    public string Period { get; private set; }
    public int Revision { get; private set; }
    public string? Reason { get; private set; }
    public string MeasuresJson { get; private set; }
    public string ResultJson { get; private set; }

    /// <summary>A hash of what was scored (definition, base pay, measures, adjustments), language-neutral: equal means nothing changed.</summary>
    public string Fingerprint { get; private set; }
    public string PublishedBy { get; private set; }
    public DateTimeOffset PublishedAt { get; private set; }
}
