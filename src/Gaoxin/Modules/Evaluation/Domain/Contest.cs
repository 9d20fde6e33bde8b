using Gaoxin.Data;

namespace Gaoxin.Modules.Evaluation.Domain;

/// <summary>
/// A zone's contest (擂台比拼): one per zone. The definition (units, indicators with their rules, bonus/penalty/veto
/// items, grade bands, pay rule) is kept as JSON (<see cref="ContestSpec"/>) because its shape is the engine's, and a
/// zone edits it as a whole; the base of performance pay is money and so a column in fen.
/// </summary>
public sealed class Contest : IZoneOwned, IVersioned
{
    private Contest()
    {
        Name = SpecJson = UpdatedBy = string.Empty;
    }

    public Contest(Guid zoneId, ContestSpec spec, long basePayFen, string by, DateTimeOffset at)
    {
        Id = Guid.CreateVersion7();
        ZoneId = zoneId;
        Name = SpecJson = UpdatedBy = string.Empty;
        Redefine(spec, basePayFen, by, at);
    }

    public Guid Id { get; private set; }
    public Guid ZoneId { get; private set; }
    public string Name { get; private set; }
    public string SpecJson { get; private set; }
    public long BasePayFen { get; private set; }
    public string UpdatedBy { get; private set; }
    public DateTimeOffset UpdatedAt { get; private set; }
    public long Version { get; set; }

    public ContestSpec Spec => EvaluationJson.Read<ContestSpec>(SpecJson);

    public void Redefine(ContestSpec spec, long basePayFen, string by, DateTimeOffset at)
    {
        Name = spec.Name.Trim();
        SpecJson = EvaluationJson.Write(spec);
        BasePayFen = basePayFen;
        UpdatedBy = by;
        UpdatedAt = at;
    }
}
