using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Gaoxin.Data;
using Gaoxin.Hosting;
using Gaoxin.Modules.Incentives.Domain;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Tests.Evaluation;

/// <summary>Contest measures Gaoxin computes from its own ledgers equal the records behind them: signings, starts, services answered and policy payouts on time.</summary>
public sealed class MeasureSourceTests
{
    private const string Api = "/api/v1/zones/chengde/evaluation/contest";
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Signings_in_the_month_of_the_departments_projects_are_the_measure_with_their_source(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var (zoneId, zsProject, otherProject) = await ArrangeSigningsAsync(app);
        var client = await app.ClientForAsync("chengde");
        await RedefineAsync(client, spec =>
        {
            var i1 = Indicator(spec, "I1");
            i1["source"] = "signings";
            spec["indicators"]!.AsArray().Add(new JsonObject { ["code"] = "I2", ["name"] = "签约项目数", ["group"] = "比招商力度", ["points"] = 10m, ["rule"] = "completion",
                ["cap"] = 1m, ["source"] = "signing-count", ["targets"] = new JsonObject { ["zs"] = 4m } });
        });

        var cells = (await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07")).GetProperty("cells").EnumerateArray().ToList();
        var (count, amount) = await SignedAsync(app, zoneId, "招商局", new DateOnly(2022, 7, 1), new DateOnly(2022, 7, 31));
        Assert.Equal((2, 9000m), (count, amount)); // 5000万 + 3000万 new, 1000万 capital increase; June's and 项目办's not counted
        var i1 = Cell(cells, "zs", "I1");
        Assert.Equal(amount, i1.GetProperty("value").GetDecimal());
        Assert.Equal("signings", i1.GetProperty("source").GetString());
        Assert.True(i1.GetProperty("computed").GetBoolean());
        Assert.Equal("signings ledger: 2 projects signed in the month by the department's projects, 9000 万元", i1.GetProperty("sourceText").GetString());
        var i2 = Cell(cells, "zs", "I2");
        Assert.Equal(("completion", 2m, 4m), (i2.GetProperty("kind").GetString(), i2.GetProperty("value").GetDecimal(), i2.GetProperty("target").GetDecimal()));

        // 项目办 signed 2000万 in July: ranked as a value; no target for it, so its count must be entered by hand.
        var xm = Cell(cells, "xm", "I1");
        Assert.Equal((await SignedAsync(app, zoneId, "项目办", new DateOnly(2022, 7, 1), new DateOnly(2022, 7, 31))).Amount, xm.GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, Cell(cells, "xm", "I2").GetProperty("value").ValueKind);
        Assert.NotEqual(zsProject, otherProject);

        // A hand entry wins over the ledger and says so.
        await client.PutAsJsonAsync($"{Api}/measures", new { period = "2022-07", measures = new[] { new { unit = "zs", indicator = "I1", kind = "value", value = 1m } } });
        var entered = Cell((await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07")).GetProperty("cells").EnumerateArray().ToList(), "zs", "I1");
        Assert.Equal(("manual", 1m), (entered.GetProperty("source").GetString(), entered.GetProperty("value").GetDecimal()));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Policy_payouts_on_time_count_the_fast_application_grants_due_or_paid_in_the_month(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await ArrangeGrantsAsync(app);
        var client = await app.ClientForAsync("chengde");
        await RedefineAsync(client, spec => spec["indicators"]!.AsArray().Add(new JsonObject
        {
            ["code"] = "S2", ["name"] = "政策兑现及时率", ["group"] = "比服务保障", ["points"] = 5m, ["rule"] = "completion", ["cap"] = 1m, ["source"] = "payouts",
        }));

        // July: A (applied 05-05, due 07-28, paid 07-05: on time), C (applied 04-15, due 07-12, unpaid: late), D (applied 01-04,
        // due 04-01, paid 07-08: late). B is due in June; E was rejected; F is 免申即享. On the PRC calendar, 60 working days.
        var july = (await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07")).GetProperty("cells").EnumerateArray().ToList();
        foreach (var unit in new[] { "zs", "xm", "sp" })
        {
            var cell = Cell(july, unit, "S2");
            Assert.Equal(("rate", 0.3333m, "payouts"), (cell.GetProperty("kind").GetString(), cell.GetProperty("value").GetDecimal(), cell.GetProperty("source").GetString()));
            Assert.Contains("1 of 3", cell.GetProperty("sourceText").GetString(), StringComparison.Ordinal);
        }

        var june = Cell((await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-06")).GetProperty("cells").EnumerateArray().ToList(), "zs", "S2");
        Assert.Equal(0m, june.GetProperty("value").GetDecimal());
        Assert.Contains("0 of 1", june.GetProperty("sourceText").GetString(), StringComparison.Ordinal);
        var may = Cell((await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-05")).GetProperty("cells").EnumerateArray().ToList(), "zs", "S2");
        Assert.Equal(JsonValueKind.Null, may.GetProperty("value").ValueKind);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Services_answered_in_time_are_the_share_of_the_departments_requests_due_in_the_month(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        await RedefineAsync(client, spec => spec["indicators"]!.AsArray().Add(new JsonObject
        {
            ["code"] = "S3", ["name"] = "服务按期答复率", ["group"] = "比服务保障", ["points"] = 5m, ["rule"] = "completion", ["cap"] = 1m, ["source"] = "services",
        }));

        // The demo's service desk: 科技局 (unit kj) had three requests due in June 2022 — 06-13 answered 06-10 (in time),
        // 06-07 answered 06-09 (late, the Dragon Boat Festival is a day off), 06-28 still in progress (late).
        var june = (await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-06")).GetProperty("cells").EnumerateArray().ToList();
        var kj = Cell(june, "kj", "S3");
        Assert.Equal(("rate", 0.3333m, "services", true), (kj.GetProperty("kind").GetString(), kj.GetProperty("value").GetDecimal(), kj.GetProperty("source").GetString(), kj.GetProperty("computed").GetBoolean()));
        Assert.Contains("1 of 3", kj.GetProperty("sourceText").GetString(), StringComparison.Ordinal);

        // The same figures as the records behind them, for every unit and both months.
        await using var db = Db(app);
        var zone = await db.Zones.SingleAsync(z => z.Code == "chengde");
        var departments = await db.Departments.Where(d => d.ZoneId == zone.Id).ToDictionaryAsync(d => d.Name, d => d.Id);
        var units = new Dictionary<string, string> { ["zs"] = "招商局", ["xm"] = "项目办", ["kj"] = "科技局", ["rs"] = "人社局", ["cz"] = "财政局", ["sp"] = "审批局" };
        foreach (var (month, cells) in new[] { (6, june), (7, (await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07")).GetProperty("cells").EnumerateArray().ToList()) })
        {
            var first = new DateOnly(2022, month, 1);
            foreach (var (unit, name) in units)
            {
                var due = await db.ServiceRequests.Where(r => r.ZoneId == zone.Id && r.DepartmentId == departments[name] && r.DueOn >= first && r.DueOn < first.AddMonths(1))
                    .Select(r => new { r.DueOn, r.AnsweredOn }).ToListAsync();
                var cell = Cell(cells, unit, "S3");
                if (due.Count == 0)
                {
                    Assert.Equal(JsonValueKind.Null, cell.GetProperty("value").ValueKind);
                    continue;
                }

                var inTime = due.Count(r => r.AnsweredOn != null && r.AnsweredOn <= r.DueOn);
                Assert.Equal(Math.Round((decimal)inTime / due.Count, 4), cell.GetProperty("value").GetDecimal());
            }
        }

        // 财政局 (cz) in July: 07-15 answered 07-08 in time, 07-25 only accepted: half.
        Assert.Equal(0.5m, Cell((await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07")).GetProperty("cells").EnumerateArray().ToList(), "cz", "S3").GetProperty("value").GetDecimal());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Starts_are_the_departments_projects_moved_to_started_in_the_month(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        await RedefineAsync(client, spec => spec["indicators"]!.AsArray().Add(new JsonObject
        {
            ["code"] = "B2", ["name"] = "新开工项目数", ["group"] = "比建设进度", ["points"] = 5m, ["rule"] = "completion", ["cap"] = 1m, ["source"] = "starts",
            ["targets"] = new JsonObject { ["zs"] = 4m, ["xm"] = 3m },
        }));

        // Two landed projects of 招商局 start on 8 July 2022 through the projects platform; one of 项目办 starts in June.
        Guid zoneId, zs, xm;
        List<Project> landed;
        await using (var db = Db(app))
        {
            zoneId = (await db.Zones.SingleAsync(z => z.Code == "chengde")).Id;
            var departments = await db.Departments.Where(d => d.ZoneId == zoneId).ToDictionaryAsync(d => d.Name, d => d.Id);
            (zs, xm) = (departments["招商局"], departments["项目办"]);
            landed = await db.Projects.Where(p => p.ZoneId == zoneId && p.Stage == ProjectStage.Landed && p.StageSince <= new DateOnly(2022, 6, 20)).OrderBy(p => p.Code).Take(3).ToListAsync();
            Assert.Equal(3, landed.Count);
            landed[0].ResponsibleDepartmentId = landed[1].ResponsibleDepartmentId = zs;
            landed[2].ResponsibleDepartmentId = xm;
            await db.SaveChangesAsync();
        }

        var julyBefore = await StartedAsync(app, zoneId, zs, 7);
        foreach (var (project, on) in new[] { (landed[0], "2022-07-08"), (landed[1], "2022-07-08"), (landed[2], "2022-06-21") })
        {
            var version = (await client.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/projects/{project.Id}")).GetProperty("version").GetInt64();
            var moved = await client.PostAsJsonAsync($"/api/v1/zones/chengde/projects/{project.Id}/stage", new { to = "Started", on, version });
            Assert.True(moved.IsSuccessStatusCode, await moved.Content.ReadAsStringAsync());
        }

        var july = (await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-07")).GetProperty("cells").EnumerateArray().ToList();
        var cell = Cell(july, "zs", "B2");
        Assert.Equal(julyBefore + 2, await StartedAsync(app, zoneId, zs, 7));
        Assert.Equal(("completion", julyBefore + 2m, 4m, "starts", true),
            (cell.GetProperty("kind").GetString(), cell.GetProperty("value").GetDecimal(), cell.GetProperty("target").GetDecimal(), cell.GetProperty("source").GetString(), cell.GetProperty("computed").GetBoolean()));
        Assert.Equal($"stage history: {julyBefore + 2} of the department's projects moved to 开工 (started) in the month", cell.GetProperty("sourceText").GetString());

        // 项目办's June start counts in June, not in July; a unit without a target is entered by hand.
        var june = (await client.GetFromJsonAsync<JsonElement>($"{Api}/measures?period=2022-06")).GetProperty("cells").EnumerateArray().ToList();
        Assert.Equal(await StartedAsync(app, zoneId, xm, 6), Cell(june, "xm", "B2").GetProperty("value").GetDecimal());
        Assert.True(await StartedAsync(app, zoneId, xm, 6) >= 1);
        Assert.Equal(await StartedAsync(app, zoneId, xm, 7), Cell(july, "xm", "B2").GetProperty("value").GetDecimal());
        Assert.Equal(JsonValueKind.Null, Cell(july, "kj", "B2").GetProperty("value").ValueKind);
    }

    /// <summary>The department's projects whose stage history records a move to 开工 in the month of 2022.</summary>
    private static async Task<int> StartedAsync(TestApp app, Guid zoneId, Guid department, int month)
    {
        await using var db = Db(app);
        var first = new DateOnly(2022, month, 1);
        var projects = await db.Projects.Where(p => p.ZoneId == zoneId && p.ResponsibleDepartmentId == department).Select(p => p.Id).ToListAsync();
        var changes = await db.StageChanges.Where(c => c.ZoneId == zoneId && projects.Contains(c.ProjectId)).ToListAsync();
        return changes.Where(c => c.From is not null && c.To == ProjectStage.Started && c.On >= first && c.On < first.AddMonths(1)).Select(c => c.ProjectId).Distinct().Count();
    }

    private static async Task RedefineAsync(HttpClient client, Action<JsonObject> change)
    {
        var contest = JsonNode.Parse(await client.GetStringAsync(Api))!.AsObject();
        var spec = contest["spec"]!.AsObject();
        change(spec);
        var saved = await client.PutAsJsonAsync(Api, new { spec, basePay = 3000m, version = contest["version"]!.GetValue<long>() });
        Assert.True(saved.StatusCode == HttpStatusCode.OK, await saved.Content.ReadAsStringAsync());
    }

    private static JsonObject Indicator(JsonObject spec, string code)
        => spec["indicators"]!.AsArray().Select(i => i!.AsObject()).Single(i => i["code"]!.GetValue<string>() == code);

    private static JsonElement Cell(List<JsonElement> cells, string unit, string indicator)
        => cells.Single(c => c.GetProperty("unit").GetString() == unit && c.GetProperty("indicator").GetString() == indicator);

    private static GaoxinDb Db(TestApp app) => app.Service<DatabaseSettings>().Create(ZoneScope.System(), TimeProvider.System);

    /// <summary>July 2022 signings of 招商局's and 项目办's projects (and one in June that must not count).</summary>
    private static async Task<(Guid Zone, Guid Zs, Guid Other)> ArrangeSigningsAsync(TestApp app)
    {
        await using var db = Db(app);
        var zone = await db.Zones.SingleAsync(z => z.Code == "chengde");
        var departments = await db.Departments.Where(d => d.ZoneId == zone.Id).ToDictionaryAsync(d => d.Name, d => d.Id);
        var projects = await db.Projects.Where(p => p.ZoneId == zone.Id).OrderBy(p => p.Code).Take(2).ToListAsync();
        projects[0].ResponsibleDepartmentId = departments["招商局"];
        projects[1].ResponsibleDepartmentId = departments["项目办"];
        Signing Sign(Project p, int month, int day, long wan, SigningKind kind) => new(zone.Id, p.Id, null, p.Name, "示例投资方", new DateOnly(2022, month, day), wan * 1_000_000, kind);
        db.Signings.AddRange(
            Sign(projects[0], 7, 3, 5000, SigningKind.New), Sign(projects[0], 7, 20, 3000, SigningKind.NewInvestor), Sign(projects[0], 7, 31, 1000, SigningKind.CapitalIncrease),
            Sign(projects[0], 6, 30, 7000, SigningKind.New), Sign(projects[1], 7, 10, 2000, SigningKind.New));
        await db.SaveChangesAsync();
        return (zone.Id, projects[0].Id, projects[1].Id);
    }

    /// <summary>What the ledger holds for the department's projects in the days given, counted the way the zone counts signings.</summary>
    private static async Task<(int Count, decimal Amount)> SignedAsync(TestApp app, Guid zoneId, string department, DateOnly first, DateOnly last)
    {
        await using var db = Db(app);
        var id = await db.Departments.Where(d => d.ZoneId == zoneId && d.Name == department).Select(d => d.Id).SingleAsync();
        var projects = await db.Projects.Where(p => p.ZoneId == zoneId && p.ResponsibleDepartmentId == id).Select(p => p.Id).ToListAsync();
        var signed = await db.Signings.Where(s => s.ZoneId == zoneId && s.ProjectId != null && projects.Contains(s.ProjectId.Value) && s.SignedOn >= first && s.SignedOn <= last).ToListAsync();
        return (signed.Count(s => s.CountsAsProject), signed.Sum(s => s.AgreedFen) / 1_000_000m);
    }

    private static async Task ArrangeGrantsAsync(TestApp app)
    {
        await using var db = Db(app);
        var zone = await db.Zones.SingleAsync(z => z.Code == "chengde");
        var item = await db.PolicyItems.FirstAsync(p => p.ZoneId == zone.Id && p.RuleId != null);
        var fund = new FundYear(zone.Id, "eval-test", "测试资金（示例）", 2022, 100_000_000_00, [item.RuleId!]);
        db.FundYears.Add(fund);
        var n = 0;
        Grant Apply(int month, int day, GrantOrigin origin = GrantOrigin.Application)
        {
            var grant = new Grant(zone.Id, item.Id, item.RuleId!, "test", 2021 - n++, $"示例企业 {n}", null, "{}", 100_000_00, "示例", "sample", origin, "chengde",
                new DateTimeOffset(2022, month, day, 10, 0, 0, China).ToUniversalTime()); // stored in UTC, as the app writes its clock
            db.Grants.Add(grant);
            return grant;
        }

        void Pay(Grant grant, int month, int day)
        {
            var paid = new DateOnly(2022, month, day);
            var at = new DateTimeOffset(paid.ToDateTime(new TimeOnly(9, 0)), China).ToUniversalTime();
            grant.FirstApprove("chengde", null, at.AddDays(-12));
            grant.Approve(fund, "chengde", null, at.AddDays(-11));
            grant.Publicize(paid.AddDays(-1), paid.AddDays(-10), "chengde", at.AddDays(-10));
            grant.Pay(fund, paid, "chengde", at);
        }

        Pay(Apply(5, 5), 7, 5);     // A
        _ = Apply(4, 1);            // B
        _ = Apply(4, 15);           // C
        Pay(Apply(1, 4), 7, 8);     // D
        Apply(4, 15).Reject(null, "材料不全", "chengde", new DateTimeOffset(2022, 5, 1, 9, 0, 0, China).ToUniversalTime()); // E
        _ = Apply(4, 15, GrantOrigin.NoApplication); // F
        await db.SaveChangesAsync();
    }
}
