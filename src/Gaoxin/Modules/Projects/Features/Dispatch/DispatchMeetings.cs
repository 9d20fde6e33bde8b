using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features.Problems;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Dispatch;

public sealed record MeetingDto(Guid Id, DateOnly Date, string Title, string? Minutes, string CreatedBy, DispatchAgenda Agenda, IReadOnlyList<ProblemDto> Decisions, long Version);

public sealed record MeetingRow(Guid Id, DateOnly Date, string Title, int Lights, int Problems, int NotReported, int Decisions);

/// <summary>
/// The fortnightly dispatch meeting (双周调度会): create one for a date and its agenda writes itself; its decisions are
/// problems assigned to units with deadlines, linked to the meeting.
/// </summary>
public static class DispatchMeetings
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public sealed record Request(DateOnly Date, [property: StringLength(200)] string? Title);

    public sealed record Decision(Guid ProjectId, [property: Required, StringLength(200, MinimumLength = 2)] string Title, [property: StringLength(2000)] string? Detail,
        Guid DepartmentId, [property: Required, StringLength(100, MinimumLength = 1)] string Assignee, DateOnly Deadline);

    public sealed record Minutes([property: StringLength(4000)] string? Text, long Version);

    public static async Task<DispatchMeeting> CreateAsync(ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var today = day.Today;
        if (request.Date < today.AddYears(-1) || request.Date > today.AddDays(60))
        {
            throw new DomainException(Text.Get("Err.MeetingDate", today.AddYears(-1).ToString("yyyy-MM-dd"), today.AddDays(60).ToString("yyyy-MM-dd")));
        }

        // The agenda is as of the meeting's date, or today for a meeting still to come.
        var asOf = request.Date < today ? request.Date : today;
        var agenda = await DispatchAgenda.BuildAsync(zone.Id, asOf, db, ct);
        var title = string.IsNullOrWhiteSpace(request.Title) ? Text.Get("Meeting.DefaultTitle", request.Date.ToString("yyyy-MM-dd")) : request.Title;
        var meeting = new DispatchMeeting(zone.Id, request.Date, title, JsonSerializer.Serialize(agenda, Json), db.Scope.UserName ?? "?", clock.GetUtcNow());
        db.DispatchMeetings.Add(meeting);
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public static async Task<Problem> DecideAsync(ZoneRoute zone, Guid meetingId, Decision request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var meeting = await db.DispatchMeetings.FirstOrDefaultAsync(m => m.Id == meetingId && m.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.meeting")), StatusCodes.Status404NotFound);
        if (!await db.Projects.AnyAsync(p => p.Id == request.ProjectId && p.ZoneId == zone.Id, ct))
        {
            throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.project")));
        }

        if (!await db.Departments.AnyAsync(d => d.Id == request.DepartmentId && d.ZoneId == zone.Id, ct))
        {
            throw new DomainException(Text.Get("Err.UnknownDepartment"));
        }

        var by = db.Scope.UserName ?? "?";
        var problem = new Problem(zone.Id, request.ProjectId, request.Title, request.Detail, by, day.Today, clock.GetUtcNow(), meeting.Id);
        problem.Assign(request.DepartmentId, request.Assignee, request.Deadline, by, day.Today, clock.GetUtcNow());
        db.Problems.Add(problem);
        await db.SaveChangesAsync(ct);
        return problem;
    }

    public static async Task<MeetingDto?> GetAsync(Guid zoneId, Guid id, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var meeting = await db.DispatchMeetings.AsNoTracking().FirstOrDefaultAsync(m => m.Id == id && m.ZoneId == zoneId, ct);
        if (meeting is null)
        {
            return null;
        }

        var decisions = await db.Problems.AsNoTracking().Include(p => p.Steps).Where(p => p.MeetingId == id).OrderBy(p => p.Id).ToListAsync(ct);
        return new MeetingDto(meeting.Id, meeting.Date, meeting.Title, meeting.Minutes, meeting.CreatedBy,
            JsonSerializer.Deserialize<DispatchAgenda>(meeting.AgendaJson, Json)!, await db.ToDtosAsync(decisions, today, ct), meeting.Version);
    }

    public static async Task<List<MeetingRow>> ListAsync(Guid zoneId, GaoxinDb db, CancellationToken ct)
    {
        var meetings = await db.DispatchMeetings.AsNoTracking().Where(m => m.ZoneId == zoneId).OrderByDescending(m => m.Date).ThenByDescending(m => m.Id)
            .Select(m => new { m.Id, m.Date, m.Title, m.AgendaJson, Decisions = db.Problems.Count(p => p.MeetingId == m.Id) }).ToListAsync(ct);
        return meetings.Select(m =>
        {
            var agenda = JsonSerializer.Deserialize<DispatchAgenda>(m.AgendaJson, Json)!;
            return new MeetingRow(m.Id, m.Date, m.Title, agenda.Lights.Count, agenda.Problems.Count, agenda.NotReported.Count, m.Decisions);
        }).ToList();
    }

    public static async Task<DispatchMeeting> RecordMinutesAsync(ZoneRoute zone, Guid id, Minutes request, GaoxinDb db, CancellationToken ct)
    {
        RequestValidation.Ensure(request);
        zone.RequireWritable(db);
        var meeting = await db.DispatchMeetings.FirstOrDefaultAsync(m => m.Id == id && m.ZoneId == zone.Id, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.meeting")), StatusCodes.Status404NotFound);
        meeting.RequireVersion(request.Version);

        meeting.Minutes = string.IsNullOrWhiteSpace(request.Text) ? null : request.Text.Trim();
        await db.SaveChangesAsync(ct);
        return meeting;
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPost("/meetings", async Task<Created<MeetingDto>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var meeting = await CreateAsync(zone, request, db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/meetings/{meeting.Id}", (await GetAsync(zone.Id, meeting.Id, day.Today, db, ct))!);
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("CreateMeeting").WithSummary("Creates a dispatch meeting for a date; its agenda is generated and kept");
        zone.MapGet("/meetings", async Task<Ok<List<MeetingRow>>> (ZoneRoute zone, GaoxinDb db, CancellationToken ct) => TypedResults.Ok(await ListAsync(zone.Id, db, ct)))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("ListMeetings").WithSummary("A zone's dispatch meetings, newest first");
        zone.MapGet("/meetings/{id:guid}", async Task<Results<Ok<MeetingDto>, ProblemHttpResult>> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => await GetAsync(zone.Id, id, day.Today, db, ct) is { } m ? TypedResults.Ok(m) : ApiResults.NotFound("meeting"))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("GetMeeting").WithSummary("A dispatch meeting with its agenda and decisions");
        zone.MapPost("/meetings/{id:guid}/decisions", async Task<Created<ProblemDto>> (ZoneRoute zone, Guid id, Decision request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
            {
                var problem = await DecideAsync(zone, id, request, db, day, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/problems/{problem.Id}", (await db.ToDtosAsync([problem], day.Today, ct))[0]);
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("DecideInMeeting").WithSummary("Records a decision of the meeting as a problem assigned to a unit");
        zone.MapPut("/meetings/{id:guid}/minutes", async Task<Ok<MeetingDto>> (ZoneRoute zone, Guid id, Minutes request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                await RecordMinutesAsync(zone, id, request, db, ct);
                return TypedResults.Ok((await GetAsync(zone.Id, id, day.Today, db, ct))!);
            })
            .RequireAuthorization(Policies.ApiProjectEditor).WithName("RecordMinutes").WithSummary("Records the meeting's minutes");
        zone.MapGet("/meetings/{id:guid}/briefing.docx", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => await GetAsync(zone.Id, id, day.Today, db, ct) is { } m
                    ? TypedResults.File(MeetingBriefing.Write(zone.Zone, m), MeetingBriefing.ContentType, $"dispatch-{m.Date:yyyyMMdd}.docx")
                    : ApiResults.NotFound("meeting"))
            .RequireAuthorization(Policies.ApiProjectReader).WithName("MeetingBriefing").WithSummary("The meeting's briefing as a Word document (.docx)");
    }

    /// <summary>For pages (cookie sign-in): the briefing and the tables.</summary>
    public static void MapForPages(IEndpointRouteBuilder app)
    {
        app.MapGet("/export/meetings/{id:guid}/briefing.docx", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => await GetAsync(zone.Id, id, day.Today, db, ct) is { } m
                    ? TypedResults.File(MeetingBriefing.Write(zone.Zone, m), MeetingBriefing.ContentType, $"dispatch-{m.Date:yyyyMMdd}.docx")
                    : ApiResults.NotFound("meeting"))
            .RequireAuthorization(Policies.ProjectReader).ExcludeFromDescription();
        app.MapGet("/export/meetings/{id:guid}/tables.xlsx", async Task<IResult> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => await GetAsync(zone.Id, id, day.Today, db, ct) is { } m
                    ? TypedResults.File(await MeetingBriefing.TablesAsync(m, ct), ExcelFiles.ContentType, $"dispatch-{m.Date:yyyyMMdd}.xlsx")
                    : ApiResults.NotFound("meeting"))
            .RequireAuthorization(Policies.ProjectReader).ExcludeFromDescription();
    }
}
