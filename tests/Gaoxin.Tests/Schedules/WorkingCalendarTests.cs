using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;
using static Gaoxin.Tests.Schedules.ScheduleTests;

namespace Gaoxin.Tests.Schedules;

public sealed class WorkingCalendarTests
{
    private const string Zone = "/api/v1/zones/chengde";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_admin_edits_the_working_calendar_and_schedules_follow(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        // The shipped calendar: 2025's make-up working days, and 2027 not loaded.
        var y2025 = await client.GetFromJsonAsync<JsonElement>($"{Zone}/working-calendar?year=2025");
        Assert.True(y2025.GetProperty("loaded").GetBoolean());
        Assert.Contains(y2025.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2025-01-26" && d.GetProperty("kind").GetString() == "MakeUpWorkingDay");
        Assert.False((await client.GetFromJsonAsync<JsonElement>($"{Zone}/working-calendar?year=2027")).GetProperty("loaded").GetBoolean());

        var project = await Projects.ProblemTests.ProjectAsync(client, "C-001");
        var url = $"{Zone}/projects/{project}/schedule";
        var s = await Ok(await client.PostAsJsonAsync(url, new { start = "2022-09-01" }), HttpStatusCode.Created);
        Assert.Equal("2022-09-05", Date(Activity(s, "filing"), "earlyFinish"));
        Assert.Contains("2027", await Problem.AssertAsync(await client.PutAsJsonAsync(url, new { start = "2026-06-01", version = V(s) }), HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);

        // Bad edits are refused and change nothing.
        var cal = "/api/v1/zones/chengde/working-calendar";
        Assert.Contains("2028", await Problem.AssertAsync(await client.PutAsJsonAsync(cal, new { days = new[] { new { date = "2028-05-02", kind = "DayOff", name = "x" } }, version = 0 }), HttpStatusCode.BadRequest), StringComparison.Ordinal);
        await Problem.AssertAsync(await client.PutAsJsonAsync(cal, new { days = new[] { new { date = "2022-09-02", kind = "DayOff", name = "a" }, new { date = "2022-09-02", kind = "DayOff", name = "b" } }, version = 0 }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync(cal, new { days = new[] { new { date = "2022-09-02", kind = "DayOff", name = "" } }, version = 0 }), HttpStatusCode.BadRequest);
        await Problem.AssertAsync(await client.PutAsJsonAsync(cal, new { years = new[] { 2027 }, version = 3 }), HttpStatusCode.Conflict);
        Assert.Equal("2022-09-05", Date(Activity(await client.GetFromJsonAsync<JsonElement>(url), "filing"), "earlyFinish"));

        // A local day off on Friday 2 September 2022, 2027 loaded, and the shipped make-up Saturday 8 October undone.
        var edited = await Ok(await client.PutAsJsonAsync(cal, new
        {
            years = new[] { 2027 },
            days = new object[] { new { date = "2022-09-02", kind = "DayOff", name = "园区停电检修" }, new { date = "2022-10-08", kind = "Ordinary", name = "" } },
            version = 0,
        }));
        Assert.Equal([2027], edited.GetProperty("zoneYears").EnumerateArray().Select(y => y.GetInt32()));
        var y2022 = await client.GetFromJsonAsync<JsonElement>($"{Zone}/working-calendar?year=2022");
        Assert.Contains(y2022.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2022-09-02" && d.GetProperty("edited").GetBoolean());
        Assert.DoesNotContain(y2022.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2022-10-08");

        s = await client.GetFromJsonAsync<JsonElement>(url);
        Assert.Equal("2022-09-06", Date(Activity(s, "filing"), "earlyFinish"));
        Assert.Contains("2022-09-02", s.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetString()));
        Assert.Contains("2022-10-08", s.GetProperty("nonWorkingDays").EnumerateArray().Select(d => d.GetString()));
        // With 2027 loaded (Monday–Friday until its notice is entered) the schedule may now run into it.
        s = await Ok(await client.PutAsJsonAsync(url, new { start = "2026-06-01", version = V(s) }));
        Assert.StartsWith("2027", s.GetProperty("finish").GetString(), StringComparison.Ordinal);

        // Other zones keep the shipped calendar.
        var other = await app.ClientForAsync("qingdao");
        var q2022 = await other.GetFromJsonAsync<JsonElement>("/api/v1/zones/qingdao/working-calendar?year=2022");
        Assert.Contains(q2022.GetProperty("days").EnumerateArray(), d => d.GetProperty("date").GetString() == "2022-10-08");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_zone_that_allows_it_schedules_into_a_year_not_loaded_on_monday_to_friday_and_the_schedule_says_so(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var project = await Projects.ProblemTests.ProjectAsync(client, "C-001");
        var url = $"{Zone}/projects/{project}/schedule";
        var cal = $"{Zone}/working-calendar";
        var s = await Ok(await client.PostAsJsonAsync(url, new { start = "2022-09-01" }), HttpStatusCode.Created);
        Assert.False(s.TryGetProperty("fallbackYears", out var none) && none.ValueKind == JsonValueKind.Array);

        // Off by default: reaching 2027 is refused, naming the year.
        Assert.False((await client.GetFromJsonAsync<JsonElement>(cal)).GetProperty("fallBackToMondayFriday").GetBoolean());
        Assert.Contains("2027", await Problem.AssertAsync(await client.PutAsJsonAsync(url, new { start = "2026-06-01", version = V(s) }), HttpStatusCode.UnprocessableEntity), StringComparison.Ordinal);

        // Turned on by the zone admin, the schedule runs into 2027 and names the year it counted Monday–Friday.
        var on = await Ok(await client.PutAsJsonAsync(cal, new { fallBackToMondayFriday = true, version = 0 }));
        Assert.True(on.GetProperty("fallBackToMondayFriday").GetBoolean());
        Assert.Empty(on.GetProperty("zoneYears").EnumerateArray());
        s = await Ok(await client.PutAsJsonAsync(url, new { start = "2026-06-01", version = V(s) }));
        Assert.StartsWith("2027", s.GetProperty("finish").GetString(), StringComparison.Ordinal);
        Assert.Equal([2027], s.GetProperty("fallbackYears").EnumerateArray().Select(y => y.GetInt32()));
        var page = await (await app.BrowserAsync("chengde", language: "zh-CN")).GetStringAsync($"/projects/{project}/schedule");
        Assert.Contains("2027 年的国务院放假安排尚未载入", page, StringComparison.Ordinal);

        // Editing days later keeps the choice; other zones still refuse.
        var kept = await Ok(await client.PutAsJsonAsync(cal, new { days = new[] { new { date = "2022-09-02", kind = "DayOff", name = "检修" } }, version = on.GetProperty("version").GetInt64() }));
        Assert.True(kept.GetProperty("fallBackToMondayFriday").GetBoolean());
        Assert.False((await (await app.ClientForAsync("qingdao")).GetFromJsonAsync<JsonElement>("/api/v1/zones/qingdao/working-calendar")).GetProperty("fallBackToMondayFriday").GetBoolean());
    }
}
