using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using MiniExcelLibs;

namespace Gaoxin.Modules.Projects.Features.Problems;

/// <summary>The problem list as Excel, with the list's filters; text that would run as a formula is neutralised.</summary>
public static class ExportProblems
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/problems.xlsx", async (ZoneRoute zone, [AsParameters] ListProblems.Query query, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var all = await ListProblems.Handle(query with { Page = 1, PageSize = 500 }, zone.Id, day.Today, db, ct);
            var stream = new MemoryStream();
            await stream.SaveAsAsync(Rows(all.Items), cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"problems-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.ProjectReader)
        .ExcludeFromDescription();

    public static IEnumerable<Dictionary<string, object?>> Rows(IEnumerable<ProblemDto> problems) => problems.Select(p => new Dictionary<string, object?>
    {
        [Text.Get("Problems.Project")] = ExcelFiles.Cell($"{p.ProjectCode} {p.ProjectName}"),
        [Text.Get("Problems.Problem")] = ExcelFiles.Cell(p.Title),
        [Text.Get("Problems.RaisedOn")] = p.RaisedOn.ToString("yyyy-MM-dd"),
        [Text.Get("Problems.Status")] = Text.Get("Problem." + p.Status),
        [Text.Get("Problems.Department")] = ExcelFiles.Cell(p.Department ?? string.Empty),
        [Text.Get("Problems.Assignee")] = ExcelFiles.Cell(p.Assignee ?? string.Empty),
        [Text.Get("Problems.Deadline")] = p.Deadline?.ToString("yyyy-MM-dd"),
        [Text.Get("Problems.Escalation")] = p.Escalation == Escalation.None ? string.Empty : Text.Get("Escalation." + p.Escalation, p.OverdueWorkingDays),
        [Text.Get("Problems.Resolution")] = ExcelFiles.Cell(p.Resolution ?? string.Empty),
    });
}
