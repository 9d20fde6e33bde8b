using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Xml.Linq;
using Gaoxin.Tests.Infrastructure;
using static Gaoxin.Tests.Schedules.ScheduleTests;

namespace Gaoxin.Tests.Schedules;

public sealed class MspdiTests
{
    private const string Zone = "/api/v1/zones/chengde";
    private static readonly XNamespace Ns = "http://schemas.microsoft.com/project";

    private static StringContent Xml(string xml) => new(xml, Encoding.UTF8, "application/xml");

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_schedule_goes_to_microsoft_project_xml_and_back_unchanged(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var source = await Projects.ProblemTests.ProjectAsync(client, "M-001");
        var url = $"{Zone}/projects/{source}/schedule";
        var s = await Ok(await client.PostAsJsonAsync(url, new { templateId = await LandStartAsync(client), start = "2022-06-01" }), HttpStatusCode.Created);
        // Every kind of thing the file carries: a manual step, an SS link with a lag, an FF link with a lead, a constraint,
        // actual dates, a milestone.
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/land", new { manual = true, start = "2022-07-18", finish = "2022-09-30", version = V(s) }));
        s = await Ok(await client.PostAsJsonAsync($"{url}/links", new { from = "planning", to = "structure", type = "SS", lag = 5, version = V(s) }));
        s = await Ok(await client.PostAsJsonAsync($"{url}/links", new { from = "permit", to = "acceptance", type = "FF", lag = -2, version = V(s) }));
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/acceptance", new { constraint = "FNLT", constraintDate = "2023-12-29", version = V(s) }));
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/filing", new { actualStart = "2022-06-01", actualFinish = "2022-06-02", version = V(s) }));
        s = await Ok(await client.PatchAsJsonAsync($"{url}/activities/planning", new { actualStart = "2022-06-06", version = V(s) }));

        var export = await client.GetAsync($"{url}/mspdi");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        Assert.Equal("application/xml", export.Content.Headers.ContentType?.MediaType);
        var xml = await export.Content.ReadAsStringAsync();
        var doc = XDocument.Parse(xml);
        var tasks = doc.Root!.Element(Ns + "Tasks")!.Elements(Ns + "Task").ToList();
        Assert.Equal(8, tasks.Count);
        var land = tasks.Single(t => t.Element(Ns + "WBS")!.Value == "land");
        Assert.Equal("1", land.Element(Ns + "Manual")!.Value);
        Assert.Equal("2022-07-18T08:00:00", land.Element(Ns + "Start")!.Value);
        var structure = tasks.Single(t => t.Element(Ns + "WBS")!.Value == "structure");
        Assert.Equal("PT1440H0M0S", structure.Element(Ns + "Duration")!.Value);
        var ss = structure.Elements(Ns + "PredecessorLink").Single(l => l.Element(Ns + "Type")!.Value == "3");
        Assert.Equal("24000", ss.Element(Ns + "LinkLag")!.Value); // 5 days × 480 minutes × 10
        Assert.Equal("7", tasks.Single(t => t.Element(Ns + "WBS")!.Value == "acceptance").Element(Ns + "ConstraintType")!.Value);

        // Into a second project: the same activities, links and dates.
        var target = await Projects.ProblemTests.ProjectAsync(client, "M-002");
        var imported = await Ok(await client.PutAsync($"{Zone}/projects/{target}/schedule/mspdi", Xml(xml)));
        Assert.Equal(Shape(s), Shape(imported));
        // The same links (the file lists them under their successor, so in another order).
        Assert.Equal(Links(s), Links(imported));
        Assert.Equal(11, Links(imported).Count); // the 9 of 拿地即开工 and the 2 added
        Assert.Equal("2022-06-01", imported.GetProperty("start").GetString());

        // Importing over an existing schedule needs its version; a stale one is a conflict.
        await Problem.AssertAsync(await client.PutAsync($"{Zone}/projects/{target}/schedule/mspdi", Xml(xml)), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsync($"{Zone}/projects/{target}/schedule/mspdi?version={V(imported) + 1}", Xml(xml)), HttpStatusCode.Conflict);
        var again = await Ok(await client.PutAsync($"{Zone}/projects/{target}/schedule/mspdi?version={V(imported)}", Xml(xml)));
        Assert.Equal(Shape(s), Shape(again));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_bad_file_is_refused_naming_what_is_wrong_and_nothing_changes(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await Projects.ProblemTests.ProjectAsync(client, "M-003");
        var url = $"{Zone}/projects/{project}/schedule/mspdi";
        await Problem.AssertAsync(await client.PutAsync(url, Xml("<Project><Tasks>")), HttpStatusCode.BadRequest);
        Assert.Contains("Project", await Problem.AssertAsync(await client.PutAsync(url, Xml("<Plan/>")), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        string Task(int uid, string name, string duration, string links = "") =>
            $"<Task><UID>{uid}</UID><Name>{name}</Name><Duration>{duration}</Duration>{links}</Task>";
        string Link(int from) => $"<PredecessorLink><PredecessorUID>{from}</PredecessorUID><Type>1</Type></PredecessorLink>";
        string File(params string[] tasks) => $"<Project xmlns=\"http://schemas.microsoft.com/project\"><StartDate>2022-09-01T08:00:00</StartDate><Tasks>{string.Concat(tasks)}</Tasks></Project>";
        Assert.Contains("UID 9", await Problem.AssertAsync(await client.PutAsync(url, Xml(File(Task(1, "备案", "PT24H0M0S", Link(9))))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        Assert.Contains("三天", await Problem.AssertAsync(await client.PutAsync(url, Xml(File(Task(1, "备案", "三天")))), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        var cycle = await Problem.AssertAsync(await client.PutAsync(url, Xml(File(Task(1, "备案", "PT24H0M0S", Link(2)), Task(2, "用地", "PT80H0M0S", Link(1))))), HttpStatusCode.UnprocessableEntity);
        Assert.Contains("备案 (T1)", cycle, StringComparison.Ordinal);
        await Problem.AssertAsync(await client.GetAsync($"{Zone}/projects/{project}/schedule"), HttpStatusCode.NotFound);

        // A file from Microsoft Project without WBS codes: keys from UIDs, the project summary task skipped.
        var ok = await Ok(await client.PutAsync(url, Xml(File("<Task><UID>0</UID><Name>项目</Name><Summary>1</Summary></Task>", Task(1, "备案", "PT24H0M0S"), Task(2, "用地", "PT80H0M0S", Link(1))))));
        Assert.Equal(["T1", "T2"], ok.GetProperty("activities").EnumerateArray().Select(a => a.GetProperty("key").GetString()));
        Assert.Equal(("2022-09-01", "2022-09-05"), (Date(Activity(ok, "T1"), "earlyStart"), Date(Activity(ok, "T1"), "earlyFinish")));
        Assert.Equal(10, Activity(ok, "T2").GetProperty("duration").GetInt32());
    }

    private static async Task<string> LandStartAsync(HttpClient client)
        => (await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-templates")).EnumerateArray().Single(t => t.GetProperty("code").GetString() == "land-start").GetProperty("id").GetString()!;

    private static List<string> Links(JsonElement s) => [.. s.GetProperty("links").EnumerateArray().Select(l => l.ToString()).Order(StringComparer.Ordinal)];

    private static string Shape(JsonElement s) => string.Join("\n", s.GetProperty("activities").EnumerateArray().Select(a => string.Join("|",
        new[] { "key", "name", "duration", "manual", "earlyStart", "earlyFinish", "lateFinish", "totalFloat", "critical", "actualStart", "actualFinish", "constraint", "constraintDate", "statutoryDays", "caseWorker", "predecessors" }
            .Select(f => a.GetProperty(f).ToString()))));
}
