using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>Defines or redefines the zone's contest (擂台比拼); the engine checks it can be scored before it is kept.</summary>
public static class DefineContest
{
    public sealed record Request([property: Required] ContestSpec? Spec, [property: Range(0, 10_000_000)] decimal BasePay, long? Version = null);

    public static async Task<Domain.Contest> Handle(ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var spec = request.Spec!;
        if (request.BasePay != Math.Round(request.BasePay, 2))
        {
            throw new DomainException(Text.Get("Eval.Err.BasePayFen"));
        }

        ContestSpecCheck.Ensure(spec);
        Contests.Engine(spec.ToDefinition);
        var departments = spec.Units.Where(u => u.DepartmentId is not null).Select(u => u.DepartmentId!.Value).Distinct().ToList();
        var known = await db.Departments.CountAsync(d => d.ZoneId == zone.Id && departments.Contains(d.Id), ct);
        if (known != departments.Count)
        {
            throw new DomainException(Text.Get("Eval.Err.UnitDepartment"));
        }

        var by = db.Scope.UserName ?? "?";
        var basePayFen = Engines.Money.Fen.FromYuan(request.BasePay);
        var contest = await db.Contests.FirstOrDefaultAsync(c => c.ZoneId == zone.Id, ct);
        if (contest is null)
        {
            contest = new Domain.Contest(zone.Id, spec, basePayFen, by, clock.GetUtcNow());
            db.Contests.Add(contest);
        }
        else
        {
            if (request.Version != contest.Version)
            {
                throw new DomainException(Text.Get("Err.Conflict"), StatusCodes.Status409Conflict);
            }

            contest.Redefine(spec, basePayFen, by, clock.GetUtcNow());
        }

        await db.SaveChangesAsync(ct);
        return contest;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/evaluation/contest", async Task<Ok<ContestDto>> (ZoneRoute zone, Request request, GaoxinDb db, TimeProvider clock, CancellationToken ct)
            => TypedResults.Ok(ContestDto.From(await Handle(zone, request, db, clock, ct))))
        .RequireAuthorization(Policies.ApiEvaluationEditor)
        .WithName("DefineContest")
        .WithSummary("Defines the zone's contest (擂台比拼): units, indicators and rules, bonus/penalty/veto items, grades, pay rule and base pay");
}
