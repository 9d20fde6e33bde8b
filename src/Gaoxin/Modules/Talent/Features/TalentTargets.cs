using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Features;
using Gaoxin.Modules.Talent.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>Sets the year's target of talents introduced (Chengde 2022: 100); progress is read from the enrolments.</summary>
public static class SetTalentTarget
{
    public sealed record Request(int Introduced);

    public static async Task Handle(Guid zoneId, int year, Request request, GaoxinDb db, CancellationToken ct)
    {
        await TalentAccess.RequireKeeperAsync(db, zoneId, ct);
        EnterpriseAccess.RequireYear(year);
        if (request.Introduced is < 0 or > 100_000)
        {
            throw FieldsException.One("introduced", Text.Get("Talent.Err.Target", 0, 100_000));
        }

        var target = await db.TalentTargets.FirstOrDefaultAsync(t => t.ZoneId == zoneId && t.Year == year, ct);
        if (target is null)
        {
            db.TalentTargets.Add(new TalentTarget(zoneId, year, request.Introduced));
        }
        else
        {
            target.Introduced = request.Introduced;
        }

        await db.SaveChangesAsync(ct);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/talent/targets/{year:int}", async Task<Ok<TalentSummary.Block>> (ZoneRoute zone, int year, Request request, GaoxinDb db, CancellationToken ct) =>
        {
            await Handle(zone.Id, year, request, db, ct);
            return TypedResults.Ok(await TalentSummary.BlockAsync(zone.Id, year, db, ct));
        })
        .RequireAuthorization(TalentPolicies.ApiTalentReader)
        .WithName("SetTalentTarget")
        .WithSummary("Sets the year's target of talents introduced; answers the year's talent block with its progress");
}
