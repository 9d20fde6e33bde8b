using System.ComponentModel.DataAnnotations;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Evaluation.Features.Contest;

/// <summary>
/// Staff enter a month's measures by hand: each replaces the unit × indicator's entry (a null value removes it, so a
/// ledger measure applies again). When <see cref="Request.Adjustments"/> is given it replaces the month's bonuses,
/// penalties and vetoes. Each entry is checked against the contest, e.g. a manual score above the points is refused.
/// </summary>
public static class EnterMeasures
{
    public sealed record MeasureInput([property: Required] string? Unit, [property: Required] string? Indicator, string? Kind, decimal? Value, decimal? Target = null,
        decimal? Baseline = null, [property: StringLength(500)] string? Note = null);

    public sealed record AdjustmentInput([property: Required] string? Unit, [property: Required] string? Kind, [property: Required] string? Code, decimal Points,
        [property: StringLength(500)] string? Note);

    public sealed record Request([property: Required] string? Period, List<MeasureInput>? Measures = null, List<AdjustmentInput>? Adjustments = null);

    public static async Task<MonthMeasuresResult> Handle(ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var period = Period.Parse(request.Period, day.Today);
        var contest = await Contests.RequireAsync(zone.Id, db, ct);
        var spec = contest.Spec;
        var by = db.Scope.UserName ?? "?";
        var now = clock.GetUtcNow();
        var month = await db.ContestMonths.FirstOrDefaultAsync(m => m.ZoneId == zone.Id && m.ContestId == contest.Id && m.Period == period.ToString(), ct);
        if (month is null)
        {
            month = new ContestMonth(zone.Id, contest.Id, period.ToString());
            db.ContestMonths.Add(month);
        }

        var entries = month.Entries;
        foreach (var input in request.Measures ?? [])
        {
            RequestValidation.Ensure(input);
            var unit = spec.Units.FirstOrDefault(u => u.Code == input.Unit) ?? throw new DomainException(Text.Get("Eval.Err.UnknownUnit", input.Unit));
            var indicator = spec.Indicators.FirstOrDefault(i => i.Code == input.Indicator) ?? throw new DomainException(Text.Get("Eval.Err.UnknownIndicator", input.Indicator));
            entries.Measures.RemoveAll(m => m.Unit == unit.Code && m.Indicator == indicator.Code);
            if (input.Value is { } value)
            {
                entries.Measures.Add(Check(unit, indicator, input, value, by, now));
            }
        }

        if (request.Adjustments is { } adjustments)
        {
            entries.Adjustments.Clear();
            entries.Adjustments.AddRange(adjustments.Select(a => Check(spec, a, by, now)));
        }

        month.Replace(entries, by, now);
        await db.SaveChangesAsync(ct);
        return await MonthMeasures.ResolveAsync(contest, period, db, ct);
    }

    private static MeasureEntry Check(UnitSpec unit, IndicatorSpec indicator, MeasureInput input, decimal value, string by, DateTimeOffset at)
    {
        var rule = indicator.Rule.Trim().ToLowerInvariant();
        var kind = (input.Kind ?? DefaultKind(rule)).Trim().ToLowerInvariant();
        var fits = rule switch
        {
            "manual" => kind == "manual",
            "completion" => kind is "completion" or "rate",
            "baseline" => kind == "baseline",
            _ => kind is "value" or "rate",
        };
        var where = $"{unit.Name} · {indicator.Name}";
        if (!fits)
        {
            throw new DomainException(Text.Get("Eval.Err.KindForRule", where, kind, rule));
        }

        if (kind == "manual" && (value < 0 || value > indicator.Points))
        {
            throw new DomainException(Text.Get("Eval.Err.ManualAbovePoints", where, value, indicator.Points));
        }

        if (kind == "manual" && string.IsNullOrWhiteSpace(input.Note))
        {
            throw new DomainException(Text.Get("Eval.Err.ManualNote", where));
        }

        if ((kind == "completion" && input.Target is not > 0) || (kind == "baseline" && input.Baseline is null) || (kind != "manual" && value < 0 && kind != "baseline"))
        {
            throw new DomainException(Text.Get("Eval.Err.MeasureIncomplete", where));
        }

        return new MeasureEntry(unit.Code, indicator.Code, kind, value, kind == "completion" ? input.Target : null, kind == "baseline" ? input.Baseline : null,
            string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim(), by, at);
    }

    private static string DefaultKind(string rule) => rule switch
    {
        "manual" => "manual",
        "completion" => "completion",
        "baseline" => "baseline",
        _ => "value",
    };

    private static AdjustmentEntry Check(ContestSpec spec, AdjustmentInput a, string by, DateTimeOffset at)
    {
        RequestValidation.Ensure(a);
        var kind = a.Kind!.Trim().ToLowerInvariant();
        var items = kind switch
        {
            "bonus" => spec.Bonuses,
            "penalty" => spec.Penalties,
            "veto" => spec.Vetoes,
            _ => throw new DomainException(Text.Get("Eval.Err.AdjustmentKind", a.Kind)),
        };
        if (spec.Units.All(u => u.Code != a.Unit))
        {
            throw new DomainException(Text.Get("Eval.Err.UnknownUnit", a.Unit));
        }

        if ((items ?? []).All(i => i.Code != a.Code))
        {
            throw new DomainException(Text.Get("Eval.Err.UnknownItem", a.Code));
        }

        if (a.Points < 0 || string.IsNullOrWhiteSpace(a.Note))
        {
            throw new DomainException(Text.Get("Eval.Err.AdjustmentNote", a.Code));
        }

        return new AdjustmentEntry(a.Unit!, kind, a.Code!, kind == "veto" ? 0m : a.Points, a.Note.Trim(), by, at);
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPut("/evaluation/contest/measures", async Task<Ok<MonthMeasuresResult>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
            => TypedResults.Ok(await Handle(zone, request, db, day, clock, ct)))
        .RequireAuthorization(Policies.ApiEvaluationEditor)
        .WithName("EnterContestMeasures")
        .WithSummary("Enters a month's measures by hand (value/plan, rate, versus baseline, value, or a manual score with a note) and its bonus/penalty/veto entries");
}
