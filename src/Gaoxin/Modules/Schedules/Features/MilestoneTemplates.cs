using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Schedules.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Schedules.Features;

public sealed record TemplateDto(Guid Id, string Code, string Name, string ProjectType, IReadOnlyList<TemplateStep> Steps, IReadOnlyList<LinkDto> Links, long Version)
{
    public static TemplateDto From(MilestoneTemplate t) => new(t.Id, t.Code, t.Name, t.ProjectType, t.Steps, [.. t.Links.Select(LinkDto.Of)], t.Version);
}

/// <summary>
/// A zone's milestone templates (里程碑模板): listed for everyone who reads projects, created and edited by project editors.
/// A template is checked as a whole — whole-number durations ≥ 0, links between its own steps, no cycle (named) — and
/// nothing is written when it is refused.
/// </summary>
public static class MilestoneTemplates
{
    public sealed record Request(string Code, string Name, string? ProjectType, IReadOnlyList<TemplateStep> Steps, IReadOnlyList<LinkDto>? Links, long Version = 0);

    public static async Task<IReadOnlyList<MilestoneTemplate>> ListAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
        => await db.MilestoneTemplates.AsNoTracking().Where(t => t.ZoneId == zoneId).OrderBy(t => t.Code).ToListAsync(ct);

    /// <summary>The zone's templates; a zone that has none gets the two defaults (standard and 拿地即开工) first.</summary>
    public static async Task EnsureDefaultsAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
    {
        if (!await db.MilestoneTemplates.AnyAsync(t => t.ZoneId == zoneId, ct))
        {
            db.MilestoneTemplates.AddRange(DefaultTemplates.StandardFor(zoneId), DefaultTemplates.LandStartFor(zoneId));
            await db.SaveChangesAsync(ct);
        }
    }

    private static (List<TemplateStep> Steps, List<TemplateLink> Links) Check(Request request)
    {
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > 100 || (request.ProjectType?.Trim().Length ?? 0) > 100)
        {
            throw new DomainException(Text.Get("Err.Sched.TemplateName"));
        }

        var steps = (request.Steps ?? []).Select(s => s with { Name = s.Name?.Trim() ?? string.Empty, CaseWorker = string.IsNullOrWhiteSpace(s.CaseWorker) ? null : s.CaseWorker.Trim() }).ToList();
        var links = (request.Links ?? []).Select(l => l.ToLink()).ToList();
        ScheduleCalculator.ValidateSteps(steps, links);
        return (steps, links);
    }

    public static async Task<MilestoneTemplate> CreateAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        zone.RequireWritable(db);
        if (string.IsNullOrWhiteSpace(request.Code) || request.Code.Trim().Length > 40)
        {
            throw new DomainException(Text.Get("Err.Sched.TemplateCode"));
        }

        var (steps, links) = Check(request);
        if (await db.MilestoneTemplates.AnyAsync(t => t.ZoneId == zone.Id && t.Code == request.Code.Trim(), ct))
        {
            throw new DomainException(Text.Get("Err.Sched.TemplateExists", request.Code.Trim()), StatusCodes.Status409Conflict);
        }

        var template = new MilestoneTemplate(zone.Id, request.Code, request.Name, request.ProjectType ?? string.Empty, steps, links);
        db.MilestoneTemplates.Add(template);
        await db.SaveChangesAsync(ct);
        return template;
    }

    public static async Task<MilestoneTemplate> UpdateAsync(ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
    {
        zone.RequireWritable(db);
        var template = await db.MilestoneTemplates.FirstOrDefaultAsync(t => t.ZoneId == zone.Id && t.Id == id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.template")), StatusCodes.Status404NotFound);
        template.RequireVersion(request.Version);
        var (steps, links) = Check(request);
        template.Name = request.Name.Trim();
        template.ProjectType = request.ProjectType?.Trim() ?? string.Empty;
        template.SetSteps(steps, links);
        await db.SaveChangesAsync(ct);
        return template;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/schedule-templates", async Task<Ok<List<TemplateDto>>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok((await ListAsync(zone.Id, db, ct)).Select(TemplateDto.From).ToList()))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ListScheduleTemplates").WithSummary("The zone's milestone templates (steps, statutory limits, 帮办 case workers, links)");
        zone.MapGet("/schedule-templates/{id:guid}", async Task<Results<Ok<TemplateDto>, ProblemHttpResult>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct)
                => await db.MilestoneTemplates.AsNoTracking().FirstOrDefaultAsync(t => t.ZoneId == zone.Id && t.Id == id, ct) is { } t
                    ? TypedResults.Ok(TemplateDto.From(t)) : ApiResults.NotFound("template"))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("GetScheduleTemplate").WithSummary("One milestone template");
        zone.MapPost("/schedule-templates", async Task<Created<TemplateDto>> (ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct) =>
            {
                var t = await CreateAsync(zone, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/schedule-templates/{t.Id}", TemplateDto.From(t));
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("CreateScheduleTemplate").WithSummary("Adds a milestone template (checked: durations, links, no cycle)");
        zone.MapPut("/schedule-templates/{id:guid}", async Task<Ok<TemplateDto>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
                => TypedResults.Ok(TemplateDto.From(await UpdateAsync(zone, id, request, db, ct))))
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("UpdateScheduleTemplate").WithSummary("Replaces a template's steps and links (version-checked)");
    }
}
