using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Engines.Identifiers;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Projects.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Projects.Features.Ledger;

/// <summary>One thing wrong in an imported file: where (sheet, row, column), what is wrong and what is expected.</summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Problem, string Expected);

public sealed record ImportReport(bool Imported, int ProjectsCreated, int ProjectsUpdated, int MonthlyReports, IReadOnlyList<ImportError> Errors);

/// <summary>
/// Imports a project ledger from the Excel template: every row of both sheets is checked first; a file with any bad
/// row writes nothing and gets a row-by-row report; a good file is written whole in one transaction. Projects whose
/// code is already in the ledger are updated (their stage moves only through stage changes, so it must match).
/// </summary>
public static class ImportLedger
{
    private static readonly ProjectStage[] CanInvest = [ProjectStage.Signed, ProjectStage.Landed, ProjectStage.Started, ProjectStage.InProduction, ProjectStage.Suspended];

    public static async Task<ImportReport> Handle(Guid zoneId, Stream file, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        if (!db.Scope.CanWrite(zoneId))
        {
            throw new DomainException(Text.Get("Err.ReadOnlyZone"), StatusCodes.Status403Forbidden);
        }

        var sheets = LedgerWorkbook.Read(file);
        var errors = new List<ImportError>(sheets.Errors);
        var projectRows = sheets.Rows.GetValueOrDefault(LedgerColumns.Projects.Key) ?? [];
        var monthlyRows = sheets.Rows.GetValueOrDefault(LedgerColumns.Monthly.Key) ?? [];
        if (projectRows.Count == 0 && monthlyRows.Count == 0 && errors.Count == 0)
        {
            throw new DomainException(Text.Get("Err.LedgerEmpty"));
        }

        var today = day.Today;
        var departments = await db.Departments.AsNoTracking().Where(d => d.ZoneId == zoneId).ToListAsync(ct);
        var existing = await db.Projects.Include(p => p.YearPlans).Include(p => p.StageChanges).Where(p => p.ZoneId == zoneId).ToDictionaryAsync(p => p.Code, ct);
        var parsed = new List<(LedgerRow Row, string Code, ProjectStage Stage, DateOnly Since, ProjectFields Fields)>();
        var seenCodes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in projectRows)
        {
            var check = new RowCheck(LedgerColumns.Projects, row, errors);
            var code = check.Text("code", 40);
            var name = check.Text("name", 200);
            if (name is { Length: < 2 })
            {
                check.Fail("name");
            }

            var creditCode = check.Text("creditCode", 18);
            if (!string.IsNullOrEmpty(creditCode) && CreditCode.Check(creditCode) is { } problem)
            {
                check.Fail("creditCode", Text.Get("Err.CreditCode." + problem, creditCode));
            }

            var investor = check.Text("investor", 200);
            var industry = check.Text("industry", 100);
            var chain = check.Text("chain", 100);
            var location = check.Text("location", 200);
            var isForeign = check.YesNo("foreign");
            var isFortune500 = check.YesNo("fortune500");
            var land = check.Number("land", 0, 1_000_000);
            var tags = Split(check.Text("tags", 400)).ToList();
            var channel = check.Enum("channel", "Channel", Channel.Other);
            var key = KeyLevel.None;
            foreach (var part in Split(check.Text("key", 100)))
            {
                if (Text.TryParseLabel<KeyLevel>("KeyLevel", part, out var level))
                {
                    key |= level;
                }
                else
                {
                    check.Fail("key");
                }
            }

            var totalWan = check.Wan("total");
            var total = totalWan ?? 0;
            var year = check.Integer("year", 2000, 2100);
            var yearPlan = check.Wan("yearPlan");
            if ((year is null) != (yearPlan is null))
            {
                check.Fail(year is null ? "year" : "yearPlan", Text.Get("Err.YearPlanPair"));
            }
            else if (totalWan is not null && yearPlan > total)
            {
                check.Fail("yearPlan", Text.Get("Err.YearPlansOverTotal"));
            }

            Guid? department = null;
            if (check.Text("department", 100) is { Length: > 0 } unit)
            {
                department = departments.FirstOrDefault(d => d.Name == unit)?.Id;
                if (department is null)
                {
                    check.Fail("department", Text.Get("Err.UnknownUnit", unit));
                }
            }

            var stage = check.Enum("stage", "Stage", ProjectStage.Planned);
            var since = check.Date("since", today);
            var plannedStart = check.Month("plannedStart");
            if (code is { Length: > 0 } && !seenCodes.Add(code))
            {
                check.Fail("code", Text.Get("Err.CodeTwiceInFile", code));
            }

            if (code is { Length: > 0 } && existing.TryGetValue(code, out var current) && check.Has("stage") && current.Stage != stage)
            {
                check.Fail("stage", Text.Get("Err.ImportStage", Text.Get("Stage." + current.Stage)));
            }

            if (check.Ok && code is not null && name is not null && since is { } s)
            {
                parsed.Add((row, code, stage, s, new ProjectFields(name, investor, creditCode, industry, chain, channel, isForeign, isFortune500, location, land, total * 10_000m, key,
                    tags, department, null, year is { } y ? [new YearPlanDto(y, yearPlan!.Value * 10_000m)] : [], plannedStart)));
            }
        }

        var fromFile = parsed.ToDictionary(p => p.Code, StringComparer.Ordinal);
        var monthly = new List<(string Code, int Year, int Month, decimal Reported, decimal? Statistical, string? Notes)>();
        var seenMonths = new HashSet<(string, int, int)>();
        var reported = await db.MonthlyReports.AsNoTracking().Where(r => r.ZoneId == zoneId).Select(r => new { r.ProjectId, r.Year, r.Month }).ToListAsync(ct);
        var reportedSet = reported.Select(r => (r.ProjectId, r.Year, r.Month)).ToHashSet();
        foreach (var row in monthlyRows)
        {
            var check = new RowCheck(LedgerColumns.Monthly, row, errors);
            var code = check.Text("code", 40);
            var year = check.Integer("year", 2000, today.Year);
            var month = check.Integer("month", 1, 12);
            var amount = check.Wan("reported");
            var statistical = check.Wan("statistical");
            var notes = check.Text("notes", 500);
            if (year is { } y && month is { } m && (y, m).CompareTo((today.Year, today.Month)) > 0)
            {
                check.Fail("month", Text.Get("Err.ReportMonth", y, m, today.ToString("yyyy-MM")));
            }

            if (code is { Length: > 0 })
            {
                var known = existing.TryGetValue(code, out var project);
                var stage = fromFile.TryGetValue(code, out var p) ? p.Stage : project?.Stage;
                if (!known && !fromFile.ContainsKey(code))
                {
                    check.Fail("code", Text.Get("Err.UnknownCode", code));
                }
                else if (stage is { } st && !CanInvest.Contains(st))
                {
                    check.Fail("code", Text.Get("Err.ReportStage", Text.Get("Stage." + st)));
                }

                if (year is { } yy && month is { } mm)
                {
                    if (!seenMonths.Add((code, yy, mm)))
                    {
                        check.Fail("month", Text.Get("Err.MonthTwiceInFile", code, yy, mm));
                    }
                    else if (project is not null && reportedSet.Contains((project.Id, yy, mm)))
                    {
                        check.Fail("month", Text.Get("Err.ReportTwice", yy, mm));
                    }
                }
            }

            if (check.Ok)
            {
                monthly.Add((code!, year!.Value, month!.Value, amount!.Value, statistical, notes));
            }
        }

        if (errors.Count > 0)
        {
            return new ImportReport(false, 0, 0, 0, errors.OrderBy(e => e.Sheet, StringComparer.Ordinal).ThenBy(e => e.Row).ToList());
        }

        return await WriteAsync(zoneId, parsed, monthly, existing, db, today, clock, ct);
    }

    private static async Task<ImportReport> WriteAsync(Guid zoneId, List<(LedgerRow Row, string Code, ProjectStage Stage, DateOnly Since, ProjectFields Fields)> parsed,
        List<(string Code, int Year, int Month, decimal Reported, decimal? Statistical, string? Notes)> monthly, Dictionary<string, Project> existing, GaoxinDb db,
        DateOnly today, TimeProvider clock, CancellationToken ct)
    {
        int created = 0, updated = 0;
        var projects = new Dictionary<string, Project>(existing, StringComparer.Ordinal);
        foreach (var (_, code, stage, since, rowFields) in parsed)
        {
            var fields = rowFields;
            if (!projects.TryGetValue(code, out var project))
            {
                project = new Project(zoneId, code, fields.Name, stage, since);
                db.Projects.Add(project);
                projects[code] = project;
                created++;
            }
            else
            {
                // What the file does not say (officer; unit when empty) stays as it was.
                fields = fields with { OfficerId = project.OfficerId, ResponsibleDepartmentId = fields.ResponsibleDepartmentId ?? project.ResponsibleDepartmentId };
                updated++;
            }

            fields.AssignTo(project);
        }

        var rule = (await ProjectSettings.ForZoneAsync(zoneId, db, ct)).LightRule;
        var byProject = monthly.GroupBy(m => m.Code);
        var now = clock.GetUtcNow();
        // Reports already in the ledger, for the projects already in it (new projects have none), in one query.
        var knownIds = byProject.Where(g => existing.ContainsKey(g.Key)).Select(g => existing[g.Key].Id).ToList();
        var earlier = knownIds.Count == 0 ? [] : await db.MonthlyReports.Where(r => r.ZoneId == zoneId && knownIds.Contains(r.ProjectId)).ToListAsync(ct);
        // Late milestones of the schedules of these projects (new projects have none) go into the lights as when a month is recorded.
        var late = knownIds.Count == 0 ? null : await Schedules.Features.LateMilestones.LoadAsync(zoneId, db, ct, knownIds);
        foreach (var group in byProject)
        {
            var project = projects[group.Key];
            var reports = earlier.Where(r => r.ProjectId == project.Id).ToList();
            foreach (var m in group.OrderBy(m => m.Year).ThenBy(m => m.Month))
            {
                var report = new MonthlyReport(zoneId, project.Id, m.Year, m.Month, MoneyInput.ToFen(m.Reported * 10_000m),
                    m.Statistical is { } s ? MoneyInput.ToFen(s * 10_000m) : null, m.Notes, db.Scope.UserName, now);
                reports.Add(report);
                MonthlyInvestment.Judge(project, rule, reports, report);
                late?.FeedLight(report, today);
                db.MonthlyReports.Add(report);
            }
        }

        await db.SaveChangesAsync(ct);
        return new ImportReport(true, created, updated, monthly.Count, []);
    }

    private static string[] Split(string? text)
        => (text ?? string.Empty).Split(['、', ',', '，', ';', '；', '/'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/imports/ledger", async Task<Results<Ok<ImportReport>, ProblemHttpResult>> (ZoneRoute zone, HttpRequest http, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct) =>
        {
            await using var stream = await UploadedFile.ReadFirstAsync(http, ct);
            var report = await Handle(zone.Id, stream, db, day, clock, ct);
            return report.Imported ? TypedResults.Ok(report) : ImportProblem(report);
        })
        .RequireAuthorization(Policies.ApiProjectEditor)
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new UploadLimit(LedgerWorkbook.MaxBytes))
        .WithName("ImportLedger")
        .WithSummary("Imports projects and monthly investment from the ledger template (.xlsx); any bad row: nothing written, 422 with a row-by-row report");

    public static ProblemHttpResult ImportProblem(ImportReport report) => TypedResults.Problem(statusCode: StatusCodes.Status422UnprocessableEntity,
        title: Text.Get("Title.Refused"), detail: Text.Get("Err.ImportRows", report.Errors.Count), extensions: new Dictionary<string, object?> { ["errors"] = report.Errors });
}
