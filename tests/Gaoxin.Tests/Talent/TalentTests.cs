using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Gaoxin.Engines.Talent;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Talent;

public sealed class TalentTests
{
    private const string People = "/api/v1/zones/chengde/talent/people";
    private const string Needs = "/api/v1/zones/chengde/talent/needs";

    /// <summary>Accounts of each role of Chengde: HR staff (人社局), other staff (招商局), leader, project officer, supervisor.</summary>
    internal static async Task<Dictionary<string, HttpClient>> RolesAsync(TestApp app)
    {
        var admin = await app.ClientForAsync("admin");
        var departments = (await admin.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/departments")).EnumerateArray()
            .ToDictionary(d => d.GetProperty("name").GetString()!, d => d.GetProperty("id").GetGuid());
        var clients = new Dictionary<string, HttpClient> { ["ZoneAdmin"] = await app.ClientForAsync("chengde"), ["Enterprise"] = await app.ClientForAsync("chengde-ent") };
        foreach (var (name, body) in new (string, object)[]
        {
            ("hr", new { userName = "talent-hr", password = "Talent@2026", role = "Staff", zone = "chengde", departmentId = departments["人社局"] }),
            ("otherStaff", new { userName = "talent-zs", password = "Talent@2026", role = "Staff", zone = "chengde", departmentId = departments["招商局"] }),
            ("Leader", new { userName = "talent-leader", password = "Talent@2026", role = "Leader", zone = "chengde" }),
            ("ProjectOfficer", new { userName = "talent-officer", password = "Talent@2026", role = "ProjectOfficer", zone = "chengde" }),
            ("Supervisor", new { userName = "talent-sup", password = "Talent@2026", role = "Supervisor", supervisedZones = new[] { "chengde" } }),
        })
        {
            var created = await admin.PostAsJsonAsync("/api/v1/users", body);
            Assert.True(created.IsSuccessStatusCode, await created.Content.ReadAsStringAsync());
            clients[name] = await app.ClientForAsync(JsonSerializer.SerializeToElement(body).GetProperty("userName").GetString()!, "Talent@2026");
        }

        return clients;
    }

    private static async Task<JsonElement> ErrorsAsync(HttpResponseMessage response)
    {
        await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
    }

    private static async Task<Guid> AddAsync(HttpClient client, object person)
    {
        var created = await client.PostAsJsonAsync(People, person);
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        return (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Chengde_demo_pool_has_101_people_26_senior_52_associate_senior_and_108_introduced_in_2022(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var summary = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2022");
        var talent = summary.GetProperty("talent");
        Assert.Equal(101, talent.GetProperty("total").GetInt32());
        Assert.Equal(26, talent.GetProperty("senior").GetInt32());
        Assert.Equal(52, talent.GetProperty("associateSenior").GetInt32());
        Assert.Equal(108, talent.GetProperty("introduced").GetInt32());
        Assert.Equal(100, talent.GetProperty("introducedTarget").GetInt32());

        // The keys equal the records behind them.
        async Task<int> TotalAsync(string query) => (await staff.GetFromJsonAsync<JsonElement>(People + query)).GetProperty("total").GetInt32();
        Assert.Equal(101, await TotalAsync("?pageSize=1"));
        Assert.Equal(26, await TotalAsync("?title=Senior&pageSize=1"));
        Assert.Equal(52, await TotalAsync("?title=AssociateSenior&pageSize=1"));
        var programmes = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/talent/programmes?year=2022");
        Assert.Equal(108, programmes.EnumerateArray().Sum(p => p.GetProperty("enrolledInYear").GetInt32()));
        Assert.Contains(programmes.EnumerateArray(), p => p.GetProperty("name").GetString() == "英才引进");
        Assert.Contains(programmes.EnumerateArray(), p => p.GetProperty("kind").GetString() == "ZoneOwn");
        var dashboard = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/talent/summary?year=2022");
        Assert.Equal(108m, dashboard.GetProperty("targetProgressPercent").GetDecimal());
        Assert.Equal(101, dashboard.GetProperty("byTitle").EnumerateArray().Sum(c => c.GetProperty("value").GetInt32()));

        // A zone without a pool answers zeros, and every name of the demo reads as a sample.
        var other = (await (await app.ClientForAsync("xianyang")).GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/innovation/summary?year=2022")).GetProperty("talent");
        Assert.Equal(0, other.GetProperty("total").GetInt32());
        var all = await staff.GetFromJsonAsync<JsonElement>(People + "?pageSize=500");
        Assert.All(all.GetProperty("items").EnumerateArray(), p => Assert.Contains("样例", p.GetProperty("name").GetString()!, StringComparison.Ordinal));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Personal_data_is_shown_by_role_on_the_server(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var clients = await RolesAsync(app);
        var list = await clients["ZoneAdmin"].GetFromJsonAsync<JsonElement>(People + "?sort=name&pageSize=1");
        var id = list.GetProperty("items")[0].GetProperty("id").GetGuid();

        foreach (var role in new[] { "ZoneAdmin", "hr" })
        {
            var row = (await clients[role].GetFromJsonAsync<JsonElement>(People + "?sort=name&pageSize=1")).GetProperty("items")[0];
            Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", row.GetProperty("idNumber").GetString()!);
            Assert.Matches(@"^\d{3}\*{4}\d{4}$", row.GetProperty("phone").GetString()!);
            var one = (await clients[role].GetFromJsonAsync<JsonElement>($"{People}/{id}")).GetProperty("person");
            Assert.Null(IdCardNumber.Check(one.GetProperty("idNumber").GetString()!));
            Assert.Matches(@"^1380000\d{4}$", one.GetProperty("phone").GetString()!);
            Assert.True(one.GetProperty("birthYear").GetInt32() > 1900);
            Assert.True(one.GetProperty("personalData").GetBoolean());
        }

        foreach (var role in new[] { "otherStaff", "Leader", "Supervisor" })
        {
            var body = await (await clients[role].GetAsync(People + "?pageSize=500")).Content.ReadAsStringAsync();
            var rows = JsonDocument.Parse(body).RootElement.GetProperty("items").EnumerateArray().ToList();
            Assert.Equal(101, rows.Count);
            Assert.All(rows, r =>
            {
                Assert.Equal(JsonValueKind.Null, r.GetProperty("idNumber").ValueKind);
                Assert.Equal(JsonValueKind.Null, r.GetProperty("phone").ValueKind);
                Assert.Equal(JsonValueKind.Null, r.GetProperty("email").ValueKind);
                Assert.Equal(JsonValueKind.Null, r.GetProperty("birthYear").ValueKind);
            });
            Assert.DoesNotContain("1380000", body, StringComparison.Ordinal);
            var one = await (await clients[role].GetAsync($"{People}/{id}")).Content.ReadAsStringAsync();
            Assert.DoesNotContain("1380000", one, StringComparison.Ordinal);
            Assert.DoesNotContain("999999", one, StringComparison.Ordinal);
            Assert.Contains("样例", one, StringComparison.Ordinal); // the name is there
            Assert.Equal(HttpStatusCode.Forbidden, (await clients[role].PostAsJsonAsync(People, new { name = "越权样例", title = "Senior" })).StatusCode);
        }

        foreach (var role in new[] { "ProjectOfficer", "Enterprise" })
        {
            Assert.Equal(HttpStatusCode.Forbidden, (await clients[role].GetAsync(People)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await clients[role].GetAsync($"{People}/{id}")).StatusCode);
        }

        // An enterprise account reads its own needs' matches: name, title and fields, no employer, no contact.
        var needs = await clients["Enterprise"].GetFromJsonAsync<JsonElement>(Needs);
        Assert.Equal(2, needs.GetProperty("total").GetInt32());
        var need = needs.GetProperty("items").EnumerateArray().Single(n => n.GetProperty("field").GetString() == "仪器仪表").GetProperty("id").GetGuid();
        var matches = await (await clients["Enterprise"].GetAsync($"{Needs}/{need}/matches")).Content.ReadAsStringAsync();
        var first = JsonDocument.Parse(matches).RootElement[0];
        Assert.Contains("样例", first.GetProperty("name").GetString()!, StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, first.GetProperty("employer").ValueKind);
        Assert.DoesNotContain("1380000", matches, StringComparison.Ordinal);
        Assert.DoesNotContain("idNumber", matches, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await clients["Enterprise"].GetAsync($"{Needs}/{need}/outcomes")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clients["Enterprise"].PostAsJsonAsync($"{Needs}/{need}/outcomes", new { personId = first.GetProperty("personId").GetGuid(), outcome = "Engaged" })).StatusCode);

        // Another enterprise's need does not exist for it.
        var elsewhere = await Innovation.EnterpriseTests.IdOfAsync(clients["ZoneAdmin"], "chengde", "承德宏达智能装备有限公司");
        var foreignNeed = await clients["hr"].PostAsJsonAsync(Needs, new { enterpriseId = elsewhere, title = "别家需求（测试）", field = "新材料", deadline = "2022-12-31" });
        Assert.Equal(HttpStatusCode.Created, foreignNeed.StatusCode);
        var foreignId = (await foreignNeed.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.NotFound, (await clients["Enterprise"].GetAsync($"{Needs}/{foreignId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await clients["Enterprise"].GetAsync($"{Needs}/{foreignId}/matches")).StatusCode);
        Assert.Equal(2, (await clients["Enterprise"].GetFromJsonAsync<JsonElement>(Needs)).GetProperty("total").GetInt32());
        // Only keepers record outcomes or post needs for an enterprise.
        Assert.Equal(HttpStatusCode.Forbidden, (await clients["Leader"].PostAsJsonAsync($"{Needs}/{foreignId}/outcomes", new { personId = id, outcome = "Contacted" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await clients["otherStaff"].PostAsJsonAsync(Needs, new { enterpriseId = elsewhere, title = "越权", field = "新材料", deadline = "2022-12-31" })).StatusCode);

        // The audit log, which leaders read, does not carry the personal data either.
        await AddAsync(clients["hr"], new { name = "审计样例", title = "Intermediate", phone = "13900001111", idNumber = IdCardNumber.Complete("999999", new DateOnly(1990, 5, 6), 7) });
        var audit = await (await clients["Leader"].GetAsync("/api/v1/audit?zone=chengde&pageSize=500")).Content.ReadAsStringAsync();
        Assert.DoesNotContain("13900001111", audit, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_export_masks_id_numbers_and_contacts_and_leaves_them_out_for_other_roles(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await RolesAsync(app);
        static async Task<List<IDictionary<string, object?>>> RowsAsync(HttpClient browser, string query = "")
        {
            var export = await browser.GetAsync("/export/talent-people.xlsx?zone=chengde" + query);
            Assert.Equal(HttpStatusCode.OK, export.StatusCode);
            return MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        }

        var rows = await RowsAsync(await app.BrowserAsync("chengde"));
        Assert.Equal(101, rows.Count);
        Assert.All(rows, r =>
        {
            Assert.Matches(@"^\d{6}\*{8}[\dX]{4}$", r["身份证号 ID number"]!.ToString()!);
            Assert.Matches(@"^\d{3}\*{4}\d{4}$", r["电话 Phone"]!.ToString()!);
            Assert.Matches(@"^s\*\*\*@example\.com$", r["邮箱 E-mail"]!.ToString()!);
        });
        Assert.Equal(26, (await RowsAsync(await app.BrowserAsync("chengde"), "&title=Senior")).Count);
        var leaderRows = await RowsAsync(await app.BrowserAsync("talent-leader", "Talent@2026"));
        Assert.Equal(101, leaderRows.Count);
        Assert.All(leaderRows, r => Assert.True(string.IsNullOrEmpty(r["电话 Phone"]?.ToString()) && string.IsNullOrEmpty(r["身份证号 ID number"]?.ToString())));
        Assert.NotEqual(HttpStatusCode.OK, (await (await app.BrowserAsync("chengde-ent")).GetAsync("/export/talent-people.xlsx?zone=chengde")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_input_is_refused_naming_the_field_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var valid = IdCardNumber.Complete("999999", new DateOnly(1985, 3, 12), 21);
        var wrongCheck = valid[..17] + (valid[17] == '0' ? '1' : '0');
        foreach (var (body, field) in new (object, string)[]
        {
            (new { name = "错误样例", title = "Senior", birthYear = 1900 }, "birthYear"),
            (new { name = "错误样例", title = "Senior", birthYear = 2020 }, "birthYear"),
            (new { name = "错误样例", title = "Senior", idNumber = wrongCheck }, "idNumber"),
            (new { name = "错误样例", title = "Senior", idNumber = "99999919851312021X" }, "idNumber"),
            (new { name = "错误样例", title = "Senior", idNumber = "12345" }, "idNumber"),
            (new { name = "错误样例", title = "Senior", idNumber = valid, birthYear = 1986 }, "birthYear"),
            (new { name = "错误样例", title = "Senior", employerId = Guid.CreateVersion7() }, "employerId"),
            (new { name = "错误样例", title = "Senior", email = "not-an-address" }, "email"),
            (new { name = "", title = "Senior" }, "name"),
        })
        {
            var errors = await ErrorsAsync(await staff.PostAsJsonAsync(People, body));
            Assert.True(errors.TryGetProperty(field, out _), field + " " + errors.GetRawText());
        }

        Assert.Equal(101, (await staff.GetFromJsonAsync<JsonElement>(People + "?pageSize=1")).GetProperty("total").GetInt32());
        var id = await AddAsync(staff, new { name = "正确样例", title = "Senior", idNumber = valid.ToLowerInvariant(), gender = "Female", degree = "Doctorate", fields = new[] { "新材料" } });
        Assert.Equal(1985, (await staff.GetFromJsonAsync<JsonElement>($"{People}/{id}")).GetProperty("person").GetProperty("birthYear").GetInt32());

        // An enterprise of another zone is unknown here too.
        var foreign = (await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/enterprises?pageSize=1")).GetProperty("items")[0].GetProperty("id").GetGuid();
        Assert.True((await ErrorsAsync(await staff.PostAsJsonAsync(People, new { name = "错误样例", title = "Senior", employerId = foreign }))).TryGetProperty("employerId", out _));
        var host = await Innovation.EnterpriseTests.IdOfAsync(staff, "chengde", "承德示例精密仪表有限公司");
        var backwards = await staff.PostAsJsonAsync($"{People}/{id}/engagements", new { form = "WeekendEngineer", hostEnterpriseId = host, start = "2022-06-01", end = "2022-05-31" });
        Assert.True((await ErrorsAsync(backwards)).TryGetProperty("end", out _));
        Assert.True((await ErrorsAsync(await staff.PostAsJsonAsync($"{People}/{id}/engagements", new { form = "DualEmployment", hostEnterpriseId = foreign, start = "2022-06-01" }))).TryGetProperty("hostEnterpriseId", out _));
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement>($"{People}/{id}")).GetProperty("engagements").EnumerateArray());
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{People}/{id}/engagements", new { form = "WeekendEngineer", hostEnterpriseId = host, start = "2022-06-01", end = "2022-06-01" })).StatusCode);

        var programme = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/talent/programmes"))[0].GetProperty("id").GetGuid();
        var early = await staff.PostAsJsonAsync($"{People}/{id}/enrolments", new { programmeId = programme, enrolledOn = "2022-05-01", supports = new[] { new { kind = "Housing", amount = 1000.001m, grantedOn = "2022-05-02" } } });
        Assert.True((await ErrorsAsync(early)).TryGetProperty("supports[0].amount", out _));
        var before = await staff.PostAsJsonAsync($"{People}/{id}/enrolments", new { programmeId = programme, enrolledOn = "2022-05-01", supports = new[] { new { kind = "Housing", amount = 1000m, grantedOn = "2022-04-30" } } });
        Assert.True((await ErrorsAsync(before)).TryGetProperty("supports[0].grantedOn", out _));
        Assert.Empty((await staff.GetFromJsonAsync<JsonElement>($"{People}/{id}")).GetProperty("enrolments").EnumerateArray());
        Assert.True((await ErrorsAsync(await staff.PostAsJsonAsync(Needs, new { enterpriseId = host, title = "过期需求", field = "新材料", deadline = "2022-07-14" }))).TryGetProperty("deadline", out _));
        Assert.True((await ErrorsAsync(await staff.PostAsJsonAsync(Needs, new { enterpriseId = Guid.CreateVersion7(), title = "无名企业", field = "新材料", deadline = "2022-12-31" }))).TryGetProperty("enterpriseId", out _));
        Assert.True((await ErrorsAsync(await staff.PutAsJsonAsync("/api/v1/zones/chengde/talent/targets/2022", new { introduced = -1 }))).TryGetProperty("introduced", out _));
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Matches_rank_by_field_title_and_past_cooperation_with_a_tie_break_and_explain_themselves(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var host = await Innovation.EnterpriseTests.IdOfAsync(staff, "chengde", "承德宏达智能装备有限公司");
        const string Field = "超导测试";
        var senior = await AddAsync(staff, new { name = "甲研究员样例", title = "Senior", fields = new[] { Field } });
        var weekend = await AddAsync(staff, new { name = "乙工程师样例", title = "AssociateSenior", fields = new[] { Field, "新材料" } });
        var tieB = await AddAsync(staff, new { name = "丁工程师样例B", title = "AssociateSenior", fields = new[] { Field } });
        var tieA = await AddAsync(staff, new { name = "丁工程师样例A", title = "AssociateSenior", fields = new[] { Field } });
        var engaged = await AddAsync(staff, new { name = "戊工程师样例", title = "Intermediate", fields = new[] { "医药健康" } });
        await AddAsync(staff, new { name = "己工程师样例", title = "Senior", fields = new[] { "文旅康养" } });
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{People}/{weekend}/engagements", new { form = "WeekendEngineer", hostEnterpriseId = host, start = "2022-02-01", end = "2022-12-31" })).StatusCode);

        // An earlier need of the enterprise where one person was engaged: that counts as cooperation for the next need.
        var earlier = (await (await staff.PostAsJsonAsync(Needs, new { enterpriseId = host, title = "早前需求（测试）", field = "医药健康", deadline = "2022-08-31" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{Needs}/{earlier}/outcomes", new { personId = engaged, outcome = "Engaged", on = "2022-07-01", note = "测试" })).StatusCode);
        var need = (await (await staff.PostAsJsonAsync(Needs, new { enterpriseId = host, title = "超导线材测试（测试）", field = Field, wantedTitle = "Senior", deadline = "2022-12-31" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();

        var matches = (await staff.GetFromJsonAsync<JsonElement>($"{Needs}/{need}/matches")).EnumerateArray().ToList();
        // 甲 40+30 = 70; 乙 40+20-15+15 = 60; 丁A, 丁B 40+20-15 = 45 (name breaks the tie); 戊 10-15+15 = 10; 己 does not match.
        Assert.Equal([senior, weekend, tieA, tieB, engaged], matches.Select(m => m.GetProperty("personId").GetGuid()));
        Assert.Equal([70, 60, 45, 45, 10], matches.Select(m => m.GetProperty("score").GetInt32()));
        Assert.Equal([1, 2, 3, 4, 5], matches.Select(m => m.GetProperty("rank").GetInt32()));
        Assert.Equal("field 超导测试 matches; 副高 (associate senior) title; below the wanted 正高 (senior); worked with this enterprise as 周末工程师 (weekend engineer) 2022",
            matches[1].GetProperty("explanationEn").GetString());
        Assert.Equal("领域“超导测试”匹配；副高职称；低于所需的正高职称；2022 年曾以周末工程师形式与该企业合作", matches[1].GetProperty("explanationZh").GetString());
        Assert.Equal(matches[1].GetProperty("explanationEn").GetString(), matches[1].GetProperty("explanation").GetString()); // the client asks in English
        Assert.Contains("engaged by this enterprise 2022 (早前需求（测试）)", matches[4].GetProperty("explanationEn").GetString()!, StringComparison.Ordinal);
        Assert.All(matches, m => Assert.Equal(JsonValueKind.String, m.GetProperty("employer").ValueKind)); // staff see where they work

        // Recording an outcome shows on the match and the same order comes back on asking again.
        Assert.Equal(HttpStatusCode.Created, (await staff.PostAsJsonAsync($"{Needs}/{need}/outcomes", new { personId = senior, outcome = "Contacted" })).StatusCode);
        var again = (await staff.GetFromJsonAsync<JsonElement>($"{Needs}/{need}/matches")).EnumerateArray().ToList();
        Assert.Equal("Contacted", again[0].GetProperty("outcome").GetString());
        Assert.Equal(matches.Select(m => m.GetProperty("personId").GetGuid()), again.Select(m => m.GetProperty("personId").GetGuid()));
        var unknown = await staff.PostAsJsonAsync($"{Needs}/{need}/outcomes", new { personId = Guid.CreateVersion7(), outcome = "Engaged" });
        Assert.True((await ErrorsAsync(unknown)).TryGetProperty("personId", out _));
        Assert.Equal(HttpStatusCode.NotFound, (await staff.GetAsync($"{Needs}/{Guid.CreateVersion7()}/matches")).StatusCode);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Targets_progress_follows_the_enrolments_of_the_year(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var set = await staff.PutAsJsonAsync("/api/v1/zones/chengde/talent/targets/2022", new { introduced = 120 });
        Assert.Equal(HttpStatusCode.OK, set.StatusCode);
        Assert.Equal(120, (await set.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("introducedTarget").GetInt32());
        var dashboard = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/talent/summary?year=2022");
        Assert.Equal(90.0m, dashboard.GetProperty("targetProgressPercent").GetDecimal()); // 108 / 120

        var id = await AddAsync(staff, new { name = "新引进样例", title = "Intermediate" });
        var own = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/talent/programmes")).EnumerateArray().First(p => p.GetProperty("kind").GetString() == "ZoneOwn").GetProperty("id").GetGuid();
        var enrolled = await staff.PostAsJsonAsync($"{People}/{id}/enrolments", new
        {
            programmeId = own, enrolledOn = "2022-07-01",
            supports = new object[] { new { kind = "SalarySubsidy", amount = 24000.50m, grantedOn = "2022-07-10" }, new { kind = "Residence", amount = 0m, grantedOn = "2022-07-05" } },
        });
        Assert.Equal(HttpStatusCode.Created, enrolled.StatusCode);
        var detail = await enrolled.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(24000.50m, detail.GetProperty("enrolments")[0].GetProperty("supports").EnumerateArray().Single(s => s.GetProperty("kind").GetString() == "SalarySubsidy").GetProperty("amount").GetDecimal());
        await Problem.AssertAsync(await staff.PostAsJsonAsync($"{People}/{id}/enrolments", new { programmeId = own, enrolledOn = "2022-07-02" }), HttpStatusCode.Conflict);
        var summary = (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2022")).GetProperty("talent");
        Assert.Equal(109, summary.GetProperty("introduced").GetInt32());
        Assert.Equal(102, summary.GetProperty("total").GetInt32());
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2021")).GetProperty("talent").GetProperty("introduced").GetInt32());
        Assert.Equal(90.8m, (await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/talent/summary?year=2022")).GetProperty("targetProgressPercent").GetDecimal());
    }
}
