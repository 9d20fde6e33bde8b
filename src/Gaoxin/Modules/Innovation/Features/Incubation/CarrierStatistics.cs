using Gaoxin.Modules.Innovation.Domain;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

/// <summary>
/// A carrier's figures on a day against the national incubator's thresholds (DOMAIN.md §5, 国科发区〔2018〕300号):
/// floor area ≥ 10,000 m², ≥ 75 % of it used by incubatees, ≥ 50 incubatees in incubation, ≥ 20 graduates (cumulative).
/// </summary>
public static class CarrierStatistics
{
    public const decimal NationalArea = 10_000m;
    public const decimal NationalShare = 75m;
    public const int NationalIncubatees = 50;
    public const int NationalGraduates = 20;

    public sealed record Threshold(string Key, decimal Value, decimal Required, bool Met);

    public sealed record Stats(decimal AreaSquareMeters, decimal AreaUsedByIncubatees, decimal? UsedSharePercent, int Incubatees, int Graduates, IReadOnlyList<Threshold> National, bool MeetsNational);

    public static Stats Of(Carrier carrier, IEnumerable<Incubatee> incubatees, DateOnly day)
    {
        var all = incubatees.Where(i => i.CarrierId == carrier.Id).ToList();
        var inIncubation = all.Where(i => i.InIncubationOn(day)).ToList();
        var used = inIncubation.Sum(i => i.AreaSquareMeters);
        decimal? share = carrier.AreaSquareMeters > 0 ? Math.Round(used * 100m / carrier.AreaSquareMeters, 1, MidpointRounding.AwayFromZero) : null;
        var graduates = all.Count(i => i.GraduatedOn <= day);
        var thresholds = new List<Threshold>
        {
            new("area", carrier.AreaSquareMeters, NationalArea, carrier.AreaSquareMeters >= NationalArea),
            // Compared unrounded, so 74.96 % is not taken for 75 %.
            new("share", share ?? 0, NationalShare, carrier.AreaSquareMeters > 0 && used * 100m >= NationalShare * carrier.AreaSquareMeters),
            new("incubatees", inIncubation.Count, NationalIncubatees, inIncubation.Count >= NationalIncubatees),
            new("graduates", graduates, NationalGraduates, graduates >= NationalGraduates),
        };
        return new Stats(carrier.AreaSquareMeters, used, share, inIncubation.Count, graduates, thresholds, thresholds.TrueForAll(t => t.Met));
    }
}
