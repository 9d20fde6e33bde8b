using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

/// <summary>The weekly report page as its users receive it: an officer's own projects first; the missing list for the project office only.</summary>
public sealed class WeeklyPageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_officer_sees_their_own_projects_first_and_only_the_project_office_sees_who_has_not_reported(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var admin = await app.ClientForAsync("admin");
        var created = await admin.PostAsJsonAsync("/api/v1/users", new { userName = "officer7", password = "Officer@2026", role = "ProjectOfficer", zone = "chengde" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var officerId = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();

        var chengde = await app.ClientForAsync("chengde");
        var project = await chengde.PostAsJsonAsync("/api/v1/zones/chengde/projects", new
        {
            code = "ZZ-OWN", stage = "Signed", stageSince = "2022-01-10",
            fields = new { name = "包联测试项目", plannedTotalInvestment = 20_000_000m, officerId },
        });
        Assert.Equal(HttpStatusCode.Created, project.StatusCode);

        var officer = await (await app.BrowserAsync("officer7", "Officer@2026", "zh-CN")).GetStringAsync("/weekly");
        Assert.Contains("我包联的项目", officer, StringComparison.Ordinal);
        Assert.Contains("其他在建项目", officer, StringComparison.Ordinal);
        // Sorted by code the project would come last (ZZ-…); as the officer's own it comes before every other.
        Assert.True(officer.IndexOf("ZZ-OWN", StringComparison.Ordinal) < officer.IndexOf("CD2022-001", StringComparison.Ordinal), "The officer's own project is not listed first.");
        Assert.DoesNotContain("本周未报", officer, StringComparison.Ordinal);

        var office = await (await app.BrowserAsync("chengde", language: "zh-CN")).GetStringAsync("/weekly");
        Assert.DoesNotContain("我包联的项目", office, StringComparison.Ordinal);
        Assert.Contains("本周未报", office, StringComparison.Ordinal);

        // A supervisor may read projects but reports on none: the page is not theirs.
        var supervisor = await (await app.BrowserAsync("supervisor", language: "zh-CN")).GetAsync("/weekly");
        Assert.DoesNotContain("data-testid=\"weekly-project\"", await supervisor.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
