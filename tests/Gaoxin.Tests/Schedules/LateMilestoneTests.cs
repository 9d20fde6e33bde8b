using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;
using static Gaoxin.Tests.Schedules.ScheduleTests;

namespace Gaoxin.Tests.Schedules;

public sealed class LateMilestoneTests
{
    private const string Zone = "/api/v1/zones/chengde";

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_late_milestone_turns_a_green_light_yellow_and_says_why(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        // Two projects on plan (10 million yuan planned for 2022, 6 reported by June): one has an approval running late.
        var onTime = await Projects.ProblemTests.ProjectAsync(client, "L-001");
        var late = await Projects.ProblemTests.ProjectAsync(client, "L-002");
        var s = await Ok(await client.PostAsJsonAsync($"{Zone}/projects/{late}/schedule", new { start = "2022-06-01" }), HttpStatusCode.Created);
        // 立项/备案 (limit 3 working days) started on 1 June and is not done: by the end of June 21 working days (端午 3 June off),
        // 18 over; by 15 July 32, 29 over.
        await Ok(await client.PatchAsJsonAsync($"{Zone}/projects/{late}/schedule/activities/filing", new { actualStart = "2022-06-01", version = V(s) }));

        var green = await Ok(await client.PostAsJsonAsync($"{Zone}/projects/{onTime}/reports", new { year = 2022, month = 6, reported = 6_000_000m }), HttpStatusCode.Created);
        Assert.Equal("Green", green.GetProperty("light").GetString());
        var yellow = await Ok(await client.PostAsJsonAsync($"{Zone}/projects/{late}/reports", new { year = 2022, month = 6, reported = 6_000_000m }), HttpStatusCode.Created);
        Assert.Equal("Yellow", yellow.GetProperty("light").GetString());
        Assert.Contains("late milestones: 立项/备案 (18 working days over the statutory limit)", yellow.GetProperty("lightReason").GetString(), StringComparison.Ordinal);

        // The zone's late milestones: this one and the demo's (CD2022-001's construction permit, 27 over its limit).
        var list = (await client.GetFromJsonAsync<JsonElement>($"{Zone}/late-milestones")).EnumerateArray().ToList();
        var mine = list.Single(i => i.GetProperty("code").GetString() == "L-002");
        Assert.Equal(("filing", "OverStatutoryLimit", 29), (mine.GetProperty("step").GetString(), mine.GetProperty("kind").GetString(), mine.GetProperty("lateWorkingDays").GetInt32()));
        var demo = list.Where(i => i.GetProperty("code").GetString() == "CD2022-001").ToDictionary(i => i.GetProperty("step").GetString()!);
        Assert.Equal(("OverStatutoryLimit", 27), (demo["permit"].GetProperty("kind").GetString(), demo["permit"].GetProperty("lateWorkingDays").GetInt32()));
        // 开工 was planned (baseline) for before today and has not happened.
        Assert.Equal("PastBaseline", demo["start"].GetProperty("kind").GetString());
        Assert.DoesNotContain(list, i => i.GetProperty("code").GetString() == "L-001");
        // As of an earlier date the filing was not yet over its limit.
        var earlier = (await client.GetFromJsonAsync<JsonElement>($"{Zone}/late-milestones?asOf=2022-06-02")).EnumerateArray();
        Assert.DoesNotContain(earlier, i => i.GetProperty("code").GetString() == "L-002");
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_dispatch_agenda_lists_late_milestones(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var client = await app.ClientForAsync("chengde");
        var meeting = await Ok(await client.PostAsJsonAsync($"{Zone}/meetings", new { date = "2022-07-15" }), HttpStatusCode.Created);
        var items = meeting.GetProperty("agenda").GetProperty("lateMilestones").EnumerateArray().ToList();
        Assert.Contains(items, i => i.GetProperty("code").GetString() == "CD2022-001" && i.GetProperty("stepName").GetString() == "施工许可"
            && i.GetProperty("kind").GetString() == "OverStatutoryLimit" && i.GetProperty("caseWorker").GetString()!.Contains("帮办", StringComparison.Ordinal));
        // Most late first.
        var days = items.Select(i => i.GetProperty("lateWorkingDays").GetInt32()).ToList();
        Assert.Equal(days.OrderByDescending(d => d), days);
        // Read back from storage, the agenda keeps them.
        var stored = await client.GetFromJsonAsync<JsonElement>($"{Zone}/meetings/{meeting.GetProperty("id").GetString()}");
        Assert.Equal(items.Count, stored.GetProperty("agenda").GetProperty("lateMilestones").GetArrayLength());
    }
}
