using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Text = Gaoxin.Hosting.Text;
using W = DocumentFormat.OpenXml.Wordprocessing;
using Gaoxin.Modules.Projects.Features.Problems;
using Gaoxin.Modules.Zones.Domain;
using MiniExcelLibs;

namespace Gaoxin.Modules.Projects.Features.Dispatch;

/// <summary>
/// The dispatch meeting's briefing (调度会材料) as a Word document: lights, problems, projects that did not report,
/// decisions and minutes, in the reader's language; and the same tables as an Excel workbook.
/// </summary>
public static class MeetingBriefing
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

    public static byte[] Write(Zone zone, MeetingDto meeting)
    {
        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = document.AddMainDocumentPart();
            var body = new Body();
            var a = meeting.Agenda;
            body.Append(Heading($"{zone.Name} · {meeting.Title}", 36));
            body.Append(Line(Text.Get("Meeting.Briefing.Date", meeting.Date.ToString("yyyy-MM-dd"), a.AsOf.ToString("yyyy-MM-dd"))));
            body.Append(Line(Text.Get("Meeting.Briefing.Summary", a.Lights.Count(l => l.Light == Domain.LightColor.Red), a.Lights.Count(l => l.Light == Domain.LightColor.Yellow),
                a.Problems.Count, a.Problems.Count(p => p.OverdueWorkingDays > 0), a.NotReported.Count)));

            body.Append(Heading(Text.Get("Meeting.Lights"), 28));
            body.Append(Table([Text.Get("Problems.Project"), Text.Get("Reports.Light"), Text.Get("Problems.Department"), Text.Get("Meeting.Reason")],
                a.Lights.Select(l => new[] { $"{l.Code} {l.Name}", Text.Get("LightColor." + l.Light), l.Department ?? string.Empty, l.Reason ?? string.Empty })));

            if (a.LateMilestones is { } lateMilestones)
            {
                body.Append(Heading(Text.Get("Sched.LateMilestones"), 28));
                body.Append(Table([Text.Get("Problems.Project"), Text.Get("Sched.Step"), Text.Get("Sched.BaselineFinishCol"), Text.Get("Sched.Late"), Text.Get("Sched.CaseWorker")],
                    lateMilestones.Select(m => new[] { $"{m.Code} {m.Name}", m.StepName, m.BaselineFinish?.ToString("yyyy-MM-dd") ?? string.Empty, Late(m), m.CaseWorker ?? string.Empty })));
            }

            body.Append(Heading(Text.Get("Meeting.Problems"), 28));
            body.Append(Table([Text.Get("Problems.Project"), Text.Get("Problems.Problem"), Text.Get("Problems.Status"), Text.Get("Problems.Department"), Text.Get("Problems.Deadline"), Text.Get("Problems.Escalation")],
                a.Problems.Select(p => new[] { $"{p.Code} {p.ProjectName}", p.Title, Text.Get("Problem." + p.Status), Join(p.Department, p.Assignee), p.Deadline?.ToString("yyyy-MM-dd") ?? string.Empty,
                    p.Escalation == Escalation.None ? string.Empty : Text.Get("Escalation." + p.Escalation, p.OverdueWorkingDays) })));

            body.Append(Heading(Text.Get("Meeting.NotReported"), 28));
            body.Append(Table([Text.Get("Problems.Project"), Text.Get("Meeting.MissedMonth"), Text.Get("Meeting.MissedWeek"), Text.Get("Meeting.Officer")],
                a.NotReported.Select(s => new[] { $"{s.Code} {s.Name}", s.MissedMonth ? "✗" : string.Empty, s.MissedWeek ? "✗" : string.Empty, Join(s.Department, s.Officer) })));

            body.Append(Heading(Text.Get("Meeting.Decisions"), 28));
            body.Append(Table([Text.Get("Problems.Project"), Text.Get("Problems.Problem"), Text.Get("Problems.Department"), Text.Get("Problems.Deadline")],
                meeting.Decisions.Select(d => new[] { $"{d.ProjectCode} {d.ProjectName}", d.Title, Join(d.Department, d.Assignee), d.Deadline?.ToString("yyyy-MM-dd") ?? string.Empty })));

            if (meeting.Minutes is { } minutes)
            {
                body.Append(Heading(Text.Get("Meeting.Minutes"), 28));
                foreach (var line in minutes.Split('\n'))
                {
                    body.Append(Line(line.TrimEnd('\r')));
                }
            }

            main.Document = new Document(body);
        }

        return stream.ToArray();
    }

    public static async Task<byte[]> TablesAsync(MeetingDto meeting, CancellationToken ct)
    {
        var a = meeting.Agenda;
        var sheets = new Dictionary<string, object>
        {
            [Text.Get("Meeting.Lights")] = a.Lights.Select(l => new Dictionary<string, object?>
            {
                [Text.Get("Problems.Project")] = ExcelFiles.Cell($"{l.Code} {l.Name}"), [Text.Get("Reports.Light")] = Text.Get("LightColor." + l.Light),
                [Text.Get("Problems.Department")] = ExcelFiles.Cell(l.Department ?? string.Empty), [Text.Get("Meeting.Reason")] = l.Reason,
            }).ToList(),
            [Text.Get("Sched.LateMilestones")] = (a.LateMilestones ?? []).Select(m => new Dictionary<string, object?>
            {
                [Text.Get("Problems.Project")] = ExcelFiles.Cell($"{m.Code} {m.Name}"), [Text.Get("Sched.Step")] = ExcelFiles.Cell(m.StepName),
                [Text.Get("Sched.BaselineFinishCol")] = m.BaselineFinish?.ToString("yyyy-MM-dd"), [Text.Get("Sched.Late")] = Late(m),
                [Text.Get("Sched.CaseWorker")] = ExcelFiles.Cell(m.CaseWorker ?? string.Empty),
            }).ToList(),
            [Text.Get("Meeting.Problems")] = ExportProblems.Rows(meeting.Agenda.Problems.Select(p => new ProblemDto(p.ProblemId, p.ProjectId, p.Code, p.ProjectName, null, p.Title, null, string.Empty,
                default, p.Status, null, p.Department, p.Assignee, p.Deadline, null, null, null, p.OverdueWorkingDays > 0, p.OverdueWorkingDays, p.Escalation, 0, []))).ToList(),
            [Text.Get("Meeting.NotReported")] = a.NotReported.Select(s => new Dictionary<string, object?>
            {
                [Text.Get("Problems.Project")] = ExcelFiles.Cell($"{s.Code} {s.Name}"), [Text.Get("Meeting.MissedMonth")] = s.MissedMonth ? "✗" : string.Empty,
                [Text.Get("Meeting.MissedWeek")] = s.MissedWeek ? "✗" : string.Empty, [Text.Get("Meeting.Officer")] = ExcelFiles.Cell(Join(s.Department, s.Officer)),
            }).ToList(),
            [Text.Get("Meeting.Decisions")] = ExportProblems.Rows(meeting.Decisions).ToList(),
        };
        using var stream = new MemoryStream();
        await stream.SaveAsAsync(sheets, cancellationToken: ct);
        return stream.ToArray();
    }

    private static string Late(Schedules.Features.LateMilestoneItem m)
        => Text.Get(m.Kind == Schedules.Domain.LateKind.OverStatutoryLimit ? "Sched.OverLimit" : "Sched.LateBy", m.LateWorkingDays);

    private static string Join(string? a, string? b) => string.Join(" · ", new[] { a, b }.Where(x => !string.IsNullOrEmpty(x)));

    private static Paragraph Heading(string text, int halfPoints) => new(new Run(new RunProperties(Fonts(), new Bold(), new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }), new W.Text(text)));

    private static Paragraph Line(string text) => new(new Run(new RunProperties(Fonts()), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve }));

    private static RunFonts Fonts() => new() { Ascii = "Times New Roman", HighAnsi = "Times New Roman", EastAsia = "SimSun" };

    private static OpenXmlElement Table(string[] headers, IEnumerable<string[]> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0)
        {
            return Line(Text.Get("Meeting.None"));
        }

        static TableCell Cell(string text, bool bold) => new(new Paragraph(new Run(bold ? new RunProperties(Fonts(), new Bold()) : new RunProperties(Fonts()), new W.Text(text) { Space = SpaceProcessingModeValues.Preserve })));
        var border = new EnumValue<BorderValues>(BorderValues.Single);
        var table = new Table(new TableProperties(
            new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct },
            new TableBorders(new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 }, new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 })));
        table.Append(new TableRow(headers.Select(h => Cell(h, true))));
        foreach (var row in list)
        {
            table.Append(new TableRow(row.Select(c => Cell(c, false))));
        }

        return table;
    }
}
