using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

public sealed class WeeklyAndRegistrationTests
{
    internal static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3, 4];
    internal static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF"u8.ToArray();

    private static MultipartFormDataContent Form(IEnumerable<(string Name, string Value)> fields, params (string Name, byte[] Bytes, string Type)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, value) in fields)
        {
            form.Add(new StringContent(value), name);
        }

        foreach (var (name, bytes, type) in files)
        {
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(content, "files", name);
        }

        return form;
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_reports_a_week_with_photos_and_problems_and_the_office_sees_who_has_not(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var before = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/weekly/missing");
        Assert.Equal("2022-07-11", before.GetProperty("week").GetString());
        var project = await ProblemTests.ProjectAsync(client, "W-001");
        var missing = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/weekly/missing");
        Assert.Contains(missing.GetProperty("missing").EnumerateArray(), r => r.GetProperty("code").GetString() == "W-001");
        Assert.Equal(before.GetProperty("underWay").GetInt32() + 1, missing.GetProperty("underWay").GetInt32());

        var url = $"/api/v1/zones/chengde/projects/{project}/weekly";
        var created = await client.PostAsync(url + "/with-photos", Form(
            [("progress", "主体结构完成至三层"), ("percent", "35"), ("problems", "塔吊租赁合同未签"), ("problems", "")],
            ("site.png", Png, "image/png")));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var report = await created.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2022-07-11", report.GetProperty("week").GetString());
        Assert.Equal(35, report.GetProperty("percent").GetInt32());
        var photo = Assert.Single(report.GetProperty("photos").EnumerateArray());
        Assert.Equal("image/png", photo.GetProperty("contentType").GetString());
        Assert.Equal(["塔吊租赁合同未签"], report.GetProperty("problemsRaised").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(Png, await client.GetByteArrayAsync($"/api/v1/zones/chengde/files/{photo.GetProperty("id").GetString()}"));

        var problems = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?search=W-001");
        Assert.Equal("塔吊租赁合同未签", Assert.Single(problems.GetProperty("items").EnumerateArray()).GetProperty("title").GetString());
        var after = await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/weekly/missing");
        Assert.DoesNotContain(after.GetProperty("missing").EnumerateArray(), r => r.GetProperty("code").GetString() == "W-001");
        Assert.Equal(missing.GetProperty("reported").GetInt32() + 1, after.GetProperty("reported").GetInt32());

        // The same week twice, a week not begun, a percentage out of range, a photo that is not one: refused, nothing written.
        Assert.Contains("already reported", await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { progress = "再报一次", percent = 40 }), HttpStatusCode.Conflict), StringComparison.Ordinal);
        Assert.Contains("2022-07-11", await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { week = "2022-07-18", progress = "下周", percent = 40 }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PostAsJsonAsync(url, new { week = "2022-07-04", progress = "上周补报", percent = 140 }), HttpStatusCode.BadRequest);
        Assert.Contains("not a photo", await Problem.AssertAsync(await client.PostAsync(url + "/with-photos", Form(
            [("week", "2022-07-04"), ("progress", "上周补报"), ("percent", "30"), ("problems", "不应写入的问题")], ("fake.png", "MZ not a png"u8.ToArray(), "image/png"))), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
        Assert.Single((await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray());
        Assert.Single((await client.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/problems?search=W-001")).GetProperty("items").EnumerateArray());

        // A late report for last week is accepted.
        Assert.Equal(HttpStatusCode.Created, (await client.PostAsJsonAsync(url, new { week = "2022-07-06", progress = "上周补报", percent = 30 })).StatusCode);
        Assert.Equal(["2022-07-11", "2022-07-04"], (await client.GetFromJsonAsync<JsonElement>(url)).EnumerateArray().Select(w => w.GetProperty("week").GetString()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_started_project_enters_the_register_with_evidence_and_bad_files_write_nothing(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await ProblemTests.ProjectAsync(client, "R-001");
        var url = $"/api/v1/zones/chengde/projects/{project}/registration";

        Assert.Contains("evidence", await Problem.AssertAsync(await client.PostAsync(url, Form([("on", "2022-07-01")])), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("yyyy-MM-dd", await Problem.AssertAsync(await client.PostAsync(url, Form([("on", "1/7/2022")], ("filing.pdf", Pdf, "application/pdf"))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("2022-07-15", await Problem.AssertAsync(await client.PostAsync(url, Form([("on", "2022-08-01")], ("filing.pdf", Pdf, "application/pdf"))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        // One good file and one that only claims to be a PDF: neither is kept.
        Assert.Contains("contract.pdf", await Problem.AssertAsync(await client.PostAsync(url, Form([("on", "2022-07-01")],
            ("filing.pdf", Pdf, "application/pdf"), ("contract.pdf", "<html>not a pdf</html>"u8.ToArray(), "application/pdf"))), HttpStatusCode.UnsupportedMediaType), StringComparison.Ordinal);
        var big = new byte[5 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);
        Assert.Contains("5 MB", await Problem.AssertAsync(await client.PostAsync(url, Form([("on", "2022-07-01")], ("scan.pdf", big, "application/pdf"))), HttpStatusCode.RequestEntityTooLarge), StringComparison.Ordinal);
        var none = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.False(none.GetProperty("registered").GetBoolean());
        Assert.Empty(none.GetProperty("evidence").EnumerateArray());

        var done = await client.PostAsync(url, Form([("on", "2022-07-01")], ("filing.pdf", Pdf, "application/pdf"), ("site.png", Png, "image/png")));
        Assert.Equal(HttpStatusCode.OK, done.StatusCode);
        var registration = await done.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal("2022-07-01", registration.GetProperty("registeredOn").GetString());
        Assert.Equal(["application/pdf", "image/png"], registration.GetProperty("evidence").EnumerateArray().Select(f => f.GetProperty("contentType").GetString()).Order(StringComparer.Ordinal));
        Assert.Contains("2022-07-01", await Problem.AssertAsync(await client.PostAsync(url, Form([("on", "2022-07-02")], ("filing.pdf", Pdf, "application/pdf"))), HttpStatusCode.Conflict), StringComparison.Ordinal);

        // A project that has not started cannot be registered.
        var planned = await client.PostAsJsonAsync("/api/v1/zones/chengde/projects", new { code = "R-002", stage = "Signed", stageSince = "2022-01-01", fields = new { name = "签约项目", plannedTotalInvestment = 80_000_000m } });
        var plannedId = (await planned.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        Assert.Contains("main works start", await Problem.AssertAsync(await client.PostAsync($"/api/v1/zones/chengde/projects/{plannedId}/registration",
            Form([("on", "2022-07-01")], ("filing.pdf", Pdf, "application/pdf"))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
    }
}
