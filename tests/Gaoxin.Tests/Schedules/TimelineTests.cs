using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Schedules;

public sealed class TimelineTests
{
    private const string Zone = "/api/v1/zones/chengde";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_timeline_orders_every_projects_steps_by_date_and_filters_sorts_and_exports(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");

        // The three demo schedules, eight steps each, in date order.
        var all = await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-timeline?pageSize=500");
        Assert.Equal(24, all.GetProperty("total").GetInt32());
        var dates = all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("finish").GetString()!).ToList();
        Assert.Equal(dates.Order(StringComparer.Ordinal), dates);
        Assert.Equal(3, all.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("code").GetString()).Distinct().Count());

        // Late only, most late first: CD2022-009 has its permits but has not started (its baseline start was in April);
        // CD2022-001's permit is 27 working days over its statutory limit.
        var late = await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-timeline?lateOnly=true&sort=late");
        var items = late.GetProperty("items").EnumerateArray().ToList();
        Assert.Equal(("CD2022-009", "start"), (items[0].GetProperty("code").GetString(), items[0].GetProperty("step").GetString()));
        var days = items.Select(i => i.GetProperty("lateWorkingDays").GetInt32()).ToList();
        Assert.Equal(days.OrderByDescending(d => d), days);
        Assert.All(days, d => Assert.True(d > 0));
        Assert.Contains(items, i => i.GetProperty("code").GetString() == "CD2022-001" && i.GetProperty("step").GetString() == "permit" && i.GetProperty("lateWorkingDays").GetInt32() == 27);

        // Text, status, milestones-only and date filters.
        var search = await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-timeline?search=CD2022-009");
        Assert.Equal(8, search.GetProperty("total").GetInt32());
        var done = await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-timeline?status=Complete");
        Assert.All(done.GetProperty("items").EnumerateArray(), i => Assert.True(i.GetProperty("done").GetBoolean()));
        Assert.True(done.GetProperty("total").GetInt32() >= 9);
        var milestones = await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-timeline?milestonesOnly=true&search=CD2022-001");
        // 备案, 规划许可, 施工许可, 竣工验收 (approvals) and 开工, 投产 (milestones).
        Assert.Equal(6, milestones.GetProperty("total").GetInt32());
        var window = await client.GetFromJsonAsync<JsonElement>($"{Zone}/schedule-timeline?from=2022-04-01&to=2022-04-30");
        Assert.All(window.GetProperty("items").EnumerateArray(), i => Assert.StartsWith("2022-04", i.GetProperty("finish").GetString(), StringComparison.Ordinal));
        Assert.True(window.GetProperty("total").GetInt32() > 0);

        var browser = await app.BrowserAsync("chengde");
        var response = await browser.GetAsync("/export/schedule-timeline.xlsx?zone=chengde&lateOnly=true");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var stream = await response.Content.ReadAsStreamAsync();
        var rows = MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(late.GetProperty("total").GetInt32(), rows.Count);
        Assert.Contains(rows, r => r.Values.Any(v => v?.ToString() == "施工许可"));
    }
}
