using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class DispatchMeetingTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_meeting_generates_its_agenda_records_decisions_as_assigned_problems_and_exports_a_briefing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProblemTests.ProjectAsync(client, "D-001");
        var department = await ProblemTests.DepartmentAsync(client);
        var raised = await client.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project}/problems", new { title = "征地拆迁进度滞后" });
        Assert.Equal(HttpStatusCode.Created, raised.StatusCode);

        var created = await client.PostAsJsonAsync("/api/v1/zones/chengde/meetings", new { date = "2022-07-15" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var meeting = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Project dispatch meeting 2022-07-15", meeting.GetProperty("title").GetString());
        var agenda = meeting.GetProperty("agenda");
        // The demo's Chengde ledger has red and yellow projects by June's reports; the new project has reported nothing.
        Assert.NotEmpty(agenda.GetProperty("lights").EnumerateArray());
        Assert.All(agenda.GetProperty("lights").EnumerateArray(), l => Assert.Contains(l.GetProperty("light").GetString(), new[] { "Red", "Yellow" }));
        Assert.Contains(agenda.GetProperty("problems").EnumerateArray(), p => p.GetProperty("title").GetString() == "征地拆迁进度滞后");
        var silent = Assert.Single(agenda.GetProperty("notReported").EnumerateArray(), s => s.GetProperty("code").GetString() == "D-001");
        Assert.True(silent.GetProperty("missedMonth").GetBoolean());
        Assert.True(silent.GetProperty("missedWeek").GetBoolean());

        var url = $"/api/v1/zones/chengde/meetings/{meeting.GetProperty("id").GetString()}";
        var decision = await client.PostAsJsonAsync(url + "/decisions", new { projectId = project, title = "由自然资源局牵头完成剩余 20 亩征地", departmentId = department, assignee = "赵局长", deadline = "2022-07-29" });
        Assert.Equal(HttpStatusCode.Created, decision.StatusCode);
        var problem = await decision.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("Assigned", problem.GetProperty("status").GetString());
        Assert.Equal(meeting.GetProperty("id").GetString(), problem.GetProperty("meetingId").GetString());
        await Problem.AssertAsync(await client.PostAsJsonAsync(url + "/decisions", new { projectId = project, title = "期限已过", departmentId = department, assignee = "赵局长", deadline = "2022-07-01" }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PostAsJsonAsync("/api/v1/zones/chengde/meetings", new { date = "2030-01-01" }), HttpStatusCode.BadRequest);

        var minutes = await client.PutAsJsonAsync(url + "/minutes", new { text = "会议要求：红灯项目逐一约谈。", version = meeting.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, minutes.StatusCode);
        var list = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/meetings");
        Assert.Equal(1, list.EnumerateArray().Single(m => m.GetProperty("id").GetString() == meeting.GetProperty("id").GetString()).GetProperty("decisions").GetInt32());

        // The briefing is a real Word document: it opens and holds the agenda, the decision and the minutes.
        var docx = await client.GetAsync(url + "/briefing.docx");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        using (var stream = new MemoryStream(await docx.Content.ReadAsByteArrayAsync()))
        using (var word = WordprocessingDocument.Open(stream, false))
        {
            var text = word.MainDocumentPart!.Document!.Body!.InnerText;
            Assert.Contains("征地拆迁进度滞后", text, StringComparison.Ordinal);
            Assert.Contains("由自然资源局牵头完成剩余 20 亩征地", text, StringComparison.Ordinal);
            Assert.Contains("红灯项目逐一约谈", text, StringComparison.Ordinal);
            Assert.Contains("D-001", text, StringComparison.Ordinal);
            Assert.Contains("Red and yellow projects", text, StringComparison.Ordinal);
        }

        var browser = await app.BrowserAsync("chengde", language: "zh-CN");
        var tables = await browser.GetAsync($"/export/meetings/{meeting.GetProperty("id").GetString()}/tables.xlsx?zone=chengde");
        Assert.Equal(HttpStatusCode.OK, tables.StatusCode);
        using var xlsx = new MemoryStream(await tables.Content.ReadAsByteArrayAsync());
        Assert.Equal(["红黄灯项目", "里程碑滞后", "未销号问题", "未按时填报", "会议议定事项"], MiniExcelLibs.MiniExcel.GetSheetNames(xlsx));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chengdes_demo_has_problems_at_every_step_and_a_past_meeting_with_its_agenda_and_a_decision(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var problems = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?pageSize=100");
        var statuses = problems.GetProperty("items").EnumerateArray().Select(p => p.GetProperty("status").GetString()).ToHashSet();
        Assert.Superset(new HashSet<string?> { "Raised", "Assigned", "Resolved", "Closed" }, statuses);
        var overdue = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?overdue=true");
        Assert.Contains(overdue.GetProperty("items").EnumerateArray(), p => p.GetProperty("title").GetString() == "配套道路未贯通影响设备进场（示例）");

        var meeting = Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/meetings")).EnumerateArray());
        Assert.Equal("2022-07-01", meeting.GetProperty("date").GetString());
        Assert.True(meeting.GetProperty("lights").GetInt32() > 0);
        Assert.Equal(1, meeting.GetProperty("decisions").GetInt32());
        var detail = await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/meetings/{meeting.GetProperty("id").GetString()}");
        Assert.Contains(detail.GetProperty("agenda").GetProperty("problems").EnumerateArray(), p => p.GetProperty("title").GetString() == "配套道路未贯通影响设备进场（示例）");
        Assert.Contains("示例", detail.GetProperty("minutes").GetString(), StringComparison.Ordinal);
    }
}
