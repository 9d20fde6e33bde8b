using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Gaoxin.Tests.Infrastructure;
using static Gaoxin.Tests.Schedules.ScheduleTests;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace Gaoxin.Tests.Schedules;

/// <summary>Late milestones in the dispatch meeting's Word briefing and Excel tables, and in lights judged again (correction, ledger import).</summary>
public sealed class LateMilestoneExportTests
{
    private const string Zone = "/api/v1/zones/chengde";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_meeting_briefing_and_tables_list_the_late_milestones(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var meeting = await Ok(await client.PostAsJsonAsync($"{Zone}/meetings", new { date = "2022-07-15" }), HttpStatusCode.Created);
        var id = meeting.GetProperty("id").GetString();
        var permit = meeting.GetProperty("agenda").GetProperty("lateMilestones").EnumerateArray()
            .Single(i => i.GetProperty("code").GetString() == "CD2022-001" && i.GetProperty("step").GetString() == "permit");
        var days = permit.GetProperty("lateWorkingDays").GetInt32();

        // Word: a table row of the late-milestones section names the project, the step, how late and the case worker.
        var docx = await client.GetAsync($"{Zone}/meetings/{id}/briefing.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            var body = word.MainDocumentPart!.Document!.Body!;
            Assert.Contains(body.Elements<W.Paragraph>(), p => p.InnerText == "Late milestones");
            var row = Assert.Single(body.Descendants<W.TableRow>(), r => r.InnerText.Contains("CD2022-001", StringComparison.Ordinal) && r.InnerText.Contains("施工许可", StringComparison.Ordinal));
            var cells = row.Elements<W.TableCell>().Select(c => c.InnerText).ToList();
            Assert.Equal("施工许可", cells[1]);
            Assert.Equal($"{days} working days over the statutory limit", cells[3]);
            Assert.Contains("帮办", cells[4], StringComparison.Ordinal);
        }

        // Excel: a sheet 里程碑滞后 after the lights, with the same row.
        var browser = await app.BrowserAsync("chengde", language: "zh-CN");
        var tables = await browser.GetAsync($"/export/meetings/{id}/tables.xlsx?zone=chengde");
        Assert.Equal(HttpStatusCode.OK, tables.StatusCode);
        using var xlsx = new MemoryStream(await tables.Content.ReadAsByteArrayAsync());
        Assert.Equal(["红黄灯项目", "里程碑滞后", "未销号问题", "未按时填报", "会议议定事项"], MiniExcelLibs.MiniExcel.GetSheetNames(xlsx));
        var rows = MiniExcelLibs.MiniExcel.Query(xlsx, useHeaderRow: true, sheetName: "里程碑滞后").Cast<IDictionary<string, object?>>().ToList();
        var excelRow = Assert.Single(rows, r => (r["项目"] as string)?.StartsWith("CD2022-001", StringComparison.Ordinal) == true && r["步骤"] as string == "施工许可");
        Assert.Equal($"超法定时限 {days} 个工作日", excelRow["滞后"]);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_corrected_month_and_an_imported_month_are_judged_with_the_late_milestones(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await Projects.ProblemTests.ProjectAsync(client, "L-003");
        // June is reported on plan before the project has a schedule: green.
        var june = await Ok(await client.PostAsJsonAsync($"{Zone}/projects/{project}/reports", new { year = 2022, month = 6, reported = 6_000_000m }), HttpStatusCode.Created);
        Assert.Equal("Green", june.GetProperty("light").GetString());

        // Then the schedule shows 立项/备案 (limit 3 working days) running since 1 June: 18 working days over by the end of June.
        var s = await Ok(await client.PostAsJsonAsync($"{Zone}/projects/{project}/schedule", new { start = "2022-06-01" }), HttpStatusCode.Created);
        await Ok(await client.PatchAsJsonAsync($"{Zone}/projects/{project}/schedule/activities/filing", new { actualStart = "2022-06-01", version = V(s) }));

        // Correcting June judges its light again, late milestones included.
        var corrected = await Ok(await client.PutAsJsonAsync($"{Zone}/projects/{project}/reports/2022/6",
            new { reported = 6_100_000m, reason = "统计口径更正", version = V(june) }));
        Assert.Equal("Yellow", corrected.GetProperty("light").GetString());
        Assert.Contains("立项/备案 (18 working days over the statutory limit)", corrected.GetProperty("lightReason").GetString(), StringComparison.Ordinal);

        // July comes in by the ledger import: judged as of today (15 July), 29 over.
        var file = Workbook.Build(
            ("项目 Projects", [Projects.LedgerImportTests.ProjectHeader]),
            ("月度投资 Monthly", [Projects.LedgerImportTests.MonthlyHeader, ["L-003", 2022, 7, 50m, null]]));
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        await Ok(await client.PostAsync($"{Zone}/imports/ledger", new MultipartFormDataContent { { content, "file", "ledger.xlsx" } }));
        var year = await client.GetFromJsonAsync<JsonElement>($"{Zone}/projects/{project}/reports?year=2022");
        var july = year.EnumerateArray().Single(r => r.GetProperty("month").GetInt32() == 7);
        Assert.Equal("Yellow", july.GetProperty("light").GetString());
        Assert.Contains("立项/备案 (29 working days over the statutory limit)", july.GetProperty("lightReason").GetString(), StringComparison.Ordinal);
    }
}
