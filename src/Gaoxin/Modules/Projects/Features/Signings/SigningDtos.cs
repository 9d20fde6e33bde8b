using Gaoxin.Engines.Money;
using Gaoxin.Modules.Projects.Domain;

namespace Gaoxin.Modules.Projects.Features.Signings;

public sealed record SigningDto(Guid Id, Guid? ProjectId, Guid? EventId, string ProjectName, string Investor, DateOnly SignedOn, decimal AgreedAmount,
    SigningKind Kind, bool CountsAsProject, bool IsForeign, bool IsFortune500, bool FromOutsideCity, DateOnly? LandedOn, decimal? LandedAmount, bool IsSampleData, long Version)
{
    public static SigningDto From(Signing s) => new(s.Id, s.ProjectId, s.EventId, s.ProjectName, s.Investor, s.SignedOn, Fen.ToYuan(s.AgreedFen), s.Kind,
        s.CountsAsProject, s.IsForeign, s.IsFortune500, s.FromOutsideCity, s.LandedOn, s.LandedFen is { } l ? Fen.ToYuan(l) : null, s.IsSampleData, s.Version);
}

/// <summary>Signing figures of a period by DOMAIN.md §2: projects counted once (capital increases add amount, not count).</summary>
public sealed record SigningFigures(int Count, decimal AgreedAmount, int AtLeast100Million, int Foreign, int Fortune500, int Landed, decimal LandedAmount)
{
    public const long HundredMillionFen = 100_000_000L * 100;

    public static SigningFigures Of(IReadOnlyCollection<Signing> signings) => new(
        signings.Count(s => s.CountsAsProject),
        Fen.ToYuan(signings.Sum(s => s.AgreedFen)),
        signings.Count(s => s.CountsAsProject && s.AgreedFen >= HundredMillionFen),
        signings.Count(s => s.CountsAsProject && s.IsForeign),
        signings.Count(s => s.CountsAsProject && s.IsFortune500),
        signings.Count(s => s.CountsAsProject && s.LandedOn is not null),
        Fen.ToYuan(signings.Where(s => s.LandedOn is not null).Sum(s => s.LandedFen ?? 0)));
}
