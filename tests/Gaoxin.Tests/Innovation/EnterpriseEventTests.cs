using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Innovation;

/// <summary>Issue 6: listing and financing events in the enterprise file (一企一档), through the API on both providers.</summary>
public sealed class EnterpriseEventTests
{
    // A Chengde file the demo gives no events; the demo business day is 2022-07-15.
    private const string Plain = "承德宏达智能装备有限公司";
    private const string Own = "承德示例精密仪表有限公司";

    private static string Events(Guid enterprise) => $"/api/v1/zones/chengde/enterprises/{enterprise}/events";

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        return JsonDocument.Parse(body).RootElement.Clone();
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Events_are_recorded_listed_newest_first_corrected_by_version_and_deleted(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var id = await EnterpriseTests.IdOfAsync(staff, "chengde", Plain);

        var financing = await staff.PostAsJsonAsync(Events(id), new { kind = "Financing", date = "2022-05-10", round = "SeriesA", amount = 15_000_000m, investors = "示例创投基金", note = "首轮机构融资" });
        var created = await JsonAsync(financing, HttpStatusCode.Created);
        var financingId = created.GetProperty("id").GetGuid();
        Assert.EndsWith($"/enterprise-events/{financingId}", financing.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(15_000_000m, created.GetProperty("amount").GetDecimal());
        Assert.Equal("chengde", created.GetProperty("recordedBy").GetString());
        Assert.Equal(JsonValueKind.Null, created.GetProperty("board").ValueKind);
        // A listing: fields of a financing sent with it are not kept.
        var listing = await JsonAsync(await staff.PostAsJsonAsync(Events(id), new { kind = "Listing", date = "2022-06-30", board = "Neeq", stockCode = "示例-870002", round = "SeriesB", amount = 5m }), HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, listing.GetProperty("amount").ValueKind);
        Assert.Equal(JsonValueKind.Null, listing.GetProperty("round").ValueKind);
        var undisclosed = await JsonAsync(await staff.PostAsJsonAsync(Events(id), new { kind = "Financing", date = "2021-03-01", round = "Angel", amount = (decimal?)null }), HttpStatusCode.Created);
        Assert.Equal(JsonValueKind.Null, undisclosed.GetProperty("amount").ValueKind);

        var list = await staff.GetFromJsonAsync<JsonElement>(Events(id));
        Assert.Equal(["2022-06-30", "2022-05-10", "2021-03-01"], list.EnumerateArray().Select(e => e.GetProperty("date").GetString()).ToArray());
        var file = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}");
        Assert.Equal(3, file.GetProperty("events").GetProperty("count").GetInt32());
        Assert.Equal("Neeq", file.GetProperty("events").GetProperty("latestListing").GetProperty("board").GetString());

        var summary = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2022");
        // The demo's Little Giant listed on 新三板 in 2021 and took 1.2亿 of strategic investment in April 2022.
        Assert.Equal(2, summary.GetProperty("events").GetProperty("listedEnterprises").GetInt32());
        Assert.Equal(1, summary.GetProperty("events").GetProperty("listingsInYear").GetInt32());
        Assert.Equal(2, summary.GetProperty("events").GetProperty("financingsInYear").GetInt32());
        Assert.Equal(135_000_000m, summary.GetProperty("events").GetProperty("financingAmountInYear").GetDecimal());

        var version = created.GetProperty("version").GetInt64();
        var corrected = await JsonAsync(await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprise-events/{financingId}",
            new { kind = "Financing", date = "2022-05-10", round = "SeriesA", amount = 20_000_000m, investors = "示例创投基金、示例天使投资人", version }), HttpStatusCode.OK);
        Assert.Equal(20_000_000m, corrected.GetProperty("amount").GetDecimal());
        Assert.Equal(version + 1, corrected.GetProperty("version").GetInt64());
        var stale = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprise-events/{financingId}", new { kind = "Financing", date = "2022-05-10", round = "SeriesB", amount = 1m, version });
        Assert.Contains("nothing of yours was saved", await Problem.AssertAsync(stale, HttpStatusCode.Conflict), StringComparison.Ordinal);
        var listingId = listing.GetProperty("id").GetGuid();
        await Problem.AssertAsync(await staff.DeleteAsync($"/api/v1/zones/chengde/enterprise-events/{listingId}?version=99"), HttpStatusCode.Conflict);
        Assert.Equal(HttpStatusCode.NoContent, (await staff.DeleteAsync($"/api/v1/zones/chengde/enterprise-events/{listingId}?version={listing.GetProperty("version").GetInt64()}")).StatusCode);
        await Problem.AssertAsync(await staff.DeleteAsync($"/api/v1/zones/chengde/enterprise-events/{listingId}"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprise-events/{listingId}", new { kind = "Listing", date = "2022-06-30", board = "Neeq", version = 1 }), HttpStatusCode.NotFound);

        list = await staff.GetFromJsonAsync<JsonElement>(Events(id));
        Assert.Equal(2, list.GetArrayLength());
        var kept = list.EnumerateArray().Single(e => e.GetProperty("id").GetGuid() == financingId);
        Assert.Equal(20_000_000m, kept.GetProperty("amount").GetDecimal());
        Assert.Equal("SeriesA", kept.GetProperty("round").GetString());
        file = await staff.GetFromJsonAsync<JsonElement>($"/api/v1/zones/chengde/enterprises/{id}");
        Assert.Equal(JsonValueKind.Null, file.GetProperty("events").GetProperty("latestListing").ValueKind);
        summary = await staff.GetFromJsonAsync<JsonElement>("/api/v1/zones/chengde/innovation/summary?year=2022");
        Assert.Equal(1, summary.GetProperty("events").GetProperty("listedEnterprises").GetInt32());
        Assert.Equal(0, summary.GetProperty("events").GetProperty("listingsInYear").GetInt32());
        Assert.Equal(140_000_000m, summary.GetProperty("events").GetProperty("financingAmountInYear").GetDecimal());

        // The removal is kept in the audit trail.
        var audit = await (await app.ClientForAsync("admin")).GetFromJsonAsync<JsonElement>("/api/v1/audit?zone=chengde&entityType=EnterpriseEvent&pageSize=200");
        var trail = audit.GetProperty("items").EnumerateArray().Where(e => e.GetProperty("entityId").GetString() == listingId.ToString()).ToList();
        Assert.Contains(trail, e => e.GetProperty("after").GetString()?.Contains("DeletedAt", StringComparison.Ordinal) == true);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Every_bad_event_is_refused_naming_its_field_in_both_languages_and_nothing_is_written(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var id = await EnterpriseTests.IdOfAsync(staff, "chengde", Plain);
        var cases = new (object Body, string Field, string Says)[]
        {
            (new { date = "2022-05-01", round = "SeriesA" }, "kind", "listing or a financing"),
            (new { kind = "Financing", round = "SeriesA" }, "date", "Give the date"),
            (new { kind = "Financing", date = "2022-07-16", round = "SeriesA" }, "date", "after today (2022-07-15)"),
            (new { kind = "Listing", date = "1989-12-31", board = "MainBoard" }, "date", "from 1990-01-01 to 2022-07-15"),
            (new { kind = "Listing", date = "2022-05-01", stockCode = "870003" }, "board", "board or market"),
            (new { kind = "Financing", date = "2022-05-01", amount = 1m }, "round", "round"),
            (new { kind = "Financing", date = "2022-05-01", round = "SeriesA", amount = -1m }, "amount", "from 0 to"),
            (new { kind = "Financing", date = "2022-05-01", round = "SeriesA", amount = 2_000_000_000_000m }, "amount", "from 0 to"),
            (new { kind = "Financing", date = "2022-05-01", round = "SeriesA", amount = 0.001m }, "amount", "whole number of fen"),
            (new { kind = "Listing", date = "2022-05-01", board = "Star", stockCode = new string('6', 21) }, "stockCode", "20 characters"),
            (new { kind = "Financing", date = "2022-05-01", round = "Debt", investors = new string('投', 501) }, "investors", "500 characters"),
            (new { kind = "Financing", date = "2022-05-01", round = "Debt", note = new string('注', 1001) }, "note", "1000 characters"),
        };
        foreach (var (body, field, says) in cases)
        {
            var response = await staff.PostAsJsonAsync(Events(id), body);
            await Problem.AssertAsync(response, HttpStatusCode.BadRequest);
            var errors = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
            Assert.True(errors.TryGetProperty(field, out var messages), $"{JsonSerializer.Serialize(body)}: {errors.GetRawText()}");
            Assert.Contains(says, messages[0].GetString()!, StringComparison.Ordinal);
        }

        // Several at once, each named; and in Chinese for a Chinese caller.
        using var zh = new HttpRequestMessage(HttpMethod.Post, Events(id)) { Content = JsonContent.Create(new { kind = "Listing", date = "2022-08-01" }) };
        zh.Headers.AcceptLanguage.ParseAdd("zh-CN");
        var zhResponse = await staff.SendAsync(zh);
        await Problem.AssertAsync(zhResponse, HttpStatusCode.BadRequest);
        var zhErrors = (await zhResponse.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Contains("晚于今天", zhErrors.GetProperty("date")[0].GetString()!, StringComparison.Ordinal);
        Assert.Contains("请选择上市板块", zhErrors.GetProperty("board")[0].GetString()!, StringComparison.Ordinal);

        var unknownBoard = await staff.PostAsJsonAsync(Events(id), new { kind = "Listing", date = "2022-05-01", board = "Nasdaq" });
        await Problem.AssertAsync(unknownBoard, HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await staff.PostAsJsonAsync(Events(Guid.CreateVersion7()), new { kind = "Financing", date = "2022-05-01", round = "SeriesA" }), HttpStatusCode.NotFound);
        Assert.Equal(0, (await staff.GetFromJsonAsync<JsonElement>(Events(id))).GetArrayLength());

        // A zero amount is an amount; a bad correction leaves the event as it was.
        var zero = await JsonAsync(await staff.PostAsJsonAsync(Events(id), new { kind = "Financing", date = "2022-05-01", round = "Debt", amount = 0m }), HttpStatusCode.Created);
        var bad = await staff.PutAsJsonAsync($"/api/v1/zones/chengde/enterprise-events/{zero.GetProperty("id").GetGuid()}",
            new { kind = "Financing", date = "2030-01-01", round = "Debt", amount = -5m, version = zero.GetProperty("version").GetInt64() });
        var badErrors = (await JsonAsync(bad, HttpStatusCode.BadRequest)).GetProperty("errors");
        Assert.True(badErrors.TryGetProperty("date", out _) && badErrors.TryGetProperty("amount", out _), badErrors.GetRawText());
        var after = Assert.Single((await staff.GetFromJsonAsync<JsonElement>(Events(id))).EnumerateArray());
        Assert.Equal("2022-05-01", after.GetProperty("date").GetString());
        Assert.Equal(0m, after.GetProperty("amount").GetDecimal());
        Assert.Equal(zero.GetProperty("version").GetInt64(), after.GetProperty("version").GetInt64());
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_enterprise_account_keeps_the_events_of_its_own_file_only_and_readers_only_read(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var own = await EnterpriseTests.IdOfAsync(staff, "chengde", Own);
        var other = await EnterpriseTests.IdOfAsync(staff, "chengde", Plain);
        var othersEvent = (await JsonAsync(await staff.PostAsJsonAsync(Events(other), new { kind = "Financing", date = "2022-01-10", round = "Angel" }), HttpStatusCode.Created)).GetProperty("id").GetGuid();
        var enterprise = await app.ClientForAsync("chengde-ent");

        // Its own file: the demo's Pre-A (2020) and A round (2021, 3000万), then what it records itself.
        var mine = await enterprise.GetFromJsonAsync<JsonElement>(Events(own));
        Assert.Equal(["SeriesA", "PreA"], mine.EnumerateArray().Select(e => e.GetProperty("round").GetString()).ToArray());
        Assert.Equal(30_000_000m, mine[0].GetProperty("amount").GetDecimal());
        var recorded = await JsonAsync(await enterprise.PostAsJsonAsync(Events(own), new { kind = "Financing", date = "2022-07-01", round = "SeriesB", amount = 50_000_000m, investors = "示例资本" }), HttpStatusCode.Created);
        Assert.Equal("chengde-ent", recorded.GetProperty("recordedBy").GetString());
        var corrected = await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprise-events/{recorded.GetProperty("id").GetGuid()}",
            new { kind = "Financing", date = "2022-07-01", round = "SeriesB", amount = 55_000_000m, investors = "示例资本", version = recorded.GetProperty("version").GetInt64() });
        Assert.Equal(HttpStatusCode.OK, corrected.StatusCode);

        // Another enterprise's file does not exist for it.
        await Problem.AssertAsync(await enterprise.GetAsync(Events(other)), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await enterprise.PostAsJsonAsync(Events(other), new { kind = "Financing", date = "2022-05-01", round = "SeriesA" }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await enterprise.PutAsJsonAsync($"/api/v1/zones/chengde/enterprise-events/{othersEvent}", new { kind = "Financing", date = "2022-05-01", round = "SeriesA", version = 0 }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await enterprise.DeleteAsync($"/api/v1/zones/chengde/enterprise-events/{othersEvent}"), HttpStatusCode.NotFound);
        var browser = await app.BrowserAsync("chengde-ent");
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync($"/export/enterprise-events.xlsx?zone=chengde&enterprise={own}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/export/enterprise-events.xlsx?zone=chengde&enterprise={other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await browser.GetAsync("/export/enterprise-events.xlsx?zone=chengde")).StatusCode);

        // Readers read; only editors and the enterprise itself write.
        var admin = await app.ClientForAsync("admin");
        Assert.True((await admin.PostAsJsonAsync("/api/v1/users", new { userName = "events-leader", displayName = "示例领导", password = "Leader@2026", role = "Leader", zone = "chengde" })).IsSuccessStatusCode);
        var leader = await app.ClientForAsync("events-leader", "Leader@2026");
        Assert.Equal(3, (await leader.GetFromJsonAsync<JsonElement>(Events(own))).GetArrayLength());
        await Problem.AssertAsync(await leader.PostAsJsonAsync(Events(own), new { kind = "Financing", date = "2022-05-01", round = "SeriesA" }), HttpStatusCode.Forbidden);
        await Problem.AssertAsync(await leader.DeleteAsync($"/api/v1/zones/chengde/enterprise-events/{othersEvent}"), HttpStatusCode.Forbidden);
        var supervisor = await app.ClientForAsync("supervisor");
        await Problem.AssertAsync(await supervisor.PostAsJsonAsync(Events(own), new { kind = "Financing", date = "2022-05-01", round = "SeriesA" }), HttpStatusCode.Forbidden);
        Assert.Equal(1, (await staff.GetFromJsonAsync<JsonElement>(Events(other))).GetArrayLength());

        // Staff export the zone's events in 万元.
        var export = await (await app.BrowserAsync("chengde", language: "en")).GetAsync("/export/enterprise-events.xlsx?zone=chengde");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = MiniExcelLibs.MiniExcel.Query(new MemoryStream(await export.Content.ReadAsByteArrayAsync()), useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(6, rows.Count); // the demo's four, the enterprise's B round, the other file's angel round
        var b = Assert.Single(rows, r => Equals(r["Investors"], "示例资本"));
        Assert.Equal(5_500m, Convert.ToDecimal(b["Amount (10k yuan)"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal(Own, b["Enterprise"]);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Another_zones_events_are_not_found(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var staff = await app.ClientForAsync("chengde");
        var id = await EnterpriseTests.IdOfAsync(staff, "chengde", Own);
        var chengdeEvent = (await staff.GetFromJsonAsync<JsonElement>(Events(id)))[0].GetProperty("id").GetGuid();
        var xianyang = await app.ClientForAsync("xianyang");

        await Problem.AssertAsync(await xianyang.GetAsync(Events(id)), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.GetAsync($"/api/v1/zones/xianyang/enterprises/{id}/events"), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.PostAsJsonAsync($"/api/v1/zones/xianyang/enterprises/{id}/events", new { kind = "Financing", date = "2022-05-01", round = "SeriesA" }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.PutAsJsonAsync($"/api/v1/zones/xianyang/enterprise-events/{chengdeEvent}", new { kind = "Financing", date = "2022-05-01", round = "SeriesA", version = 0 }), HttpStatusCode.NotFound);
        await Problem.AssertAsync(await xianyang.DeleteAsync($"/api/v1/zones/xianyang/enterprise-events/{chengdeEvent}"), HttpStatusCode.NotFound);
        Assert.Equal(2, (await staff.GetFromJsonAsync<JsonElement>(Events(id))).GetArrayLength());

        // Xianyang's own demo: an SRDI firm listed on 科创板 in June 2022 after a B round.
        var summary = await xianyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/innovation/summary?year=2022");
        Assert.Equal(1, summary.GetProperty("events").GetProperty("listedEnterprises").GetInt32());
        Assert.Equal(0, summary.GetProperty("events").GetProperty("financingsInYear").GetInt32());
    }
}
