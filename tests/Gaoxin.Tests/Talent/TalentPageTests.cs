using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Talent;

/// <summary>The pages offer the forms only to those the handlers let write.</summary>
public sealed class TalentPageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_needs_page_offers_posting_to_the_zone_admin_talent_staff_and_the_enterprise_but_not_to_other_staff_or_leaders(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TalentTests.RolesAsync(app);
        foreach (var (user, password, offered) in new (string, string, bool)[]
        {
            ("chengde", "Gaoxin@2022", true), ("chengde-ent", "Gaoxin@2022", true), ("talent-hr", "Talent@2026", true),
            ("talent-zs", "Talent@2026", false), ("talent-leader", "Talent@2026", false),
        })
        {
            var html = await (await app.BrowserAsync(user, password, "zh-CN")).GetStringAsync("/talent/needs");
            Assert.Contains("技术需求", html, StringComparison.Ordinal);
            Assert.True(offered == html.Contains("data-testid=\"needs-new\"", StringComparison.Ordinal), $"{user}: post-a-need offered should be {offered}");
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_people_page_offers_adding_to_the_pools_keepers_only(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TalentTests.RolesAsync(app);
        foreach (var (user, password, offered) in new (string, string, bool)[]
        {
            ("chengde", "Gaoxin@2022", true), ("talent-hr", "Talent@2026", true), ("talent-zs", "Talent@2026", false), ("talent-leader", "Talent@2026", false),
        })
        {
            var html = await (await app.BrowserAsync(user, password, "zh-CN")).GetStringAsync("/talent/people");
            Assert.Contains("科技人才库", html, StringComparison.Ordinal);
            Assert.True(offered == html.Contains("data-testid=\"people-new\"", StringComparison.Ordinal), $"{user}: add-a-person offered should be {offered}");
        }
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_person_page_shows_personal_data_and_the_forms_only_to_the_pools_keepers(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TalentTests.RolesAsync(app);
        var admin = await app.ClientForAsync("chengde");
        var person = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(admin, "/api/v1/zones/chengde/talent/people?sort=name&pageSize=1"))
            .GetProperty("items")[0].GetProperty("id").GetGuid();
        var phone = (await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(admin, $"/api/v1/zones/chengde/talent/people/{person}"))
            .GetProperty("person").GetProperty("phone").GetString()!;
        Assert.StartsWith("1380000", phone, StringComparison.Ordinal);
        foreach (var (user, password, keeper) in new (string, string, bool)[]
        {
            ("chengde", "Gaoxin@2022", true), ("talent-hr", "Talent@2026", true), ("talent-zs", "Talent@2026", false), ("talent-leader", "Talent@2026", false),
        })
        {
            var html = await (await app.BrowserAsync(user, password, "zh-CN")).GetStringAsync($"/talent/people/{person}");
            Assert.Contains("入选计划及支持", html, StringComparison.Ordinal);
            Assert.True(keeper == html.Contains(phone, StringComparison.Ordinal), $"{user}: the phone shown should be {keeper}");
            Assert.True(keeper != html.Contains("data-testid=\"personal-hidden\"", StringComparison.Ordinal), $"{user}: the hidden note");
            foreach (var form in new[] { "person-edit", "enrol-panel", "engagement-panel" })
            {
                Assert.True(keeper == html.Contains($"data-testid=\"{form}\"", StringComparison.Ordinal), $"{user}: {form} offered should be {keeper}");
            }
        }

        // A person of no zone the caller reads is not found (the page's empty state, not an error).
        var missing = await (await app.BrowserAsync("chengde", "Gaoxin@2022", "zh-CN")).GetStringAsync($"/talent/people/{Guid.CreateVersion7()}");
        Assert.DoesNotContain("data-testid=\"load-error\"", missing, StringComparison.Ordinal);
        Assert.DoesNotContain("入选计划及支持", missing, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_dashboard_offers_the_years_target_to_the_pools_keepers_and_the_talent_departments_to_the_zone_admin(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        await TalentTests.RolesAsync(app);
        foreach (var (user, password, offered, admin) in new (string, string, bool, bool)[]
        {
            ("chengde", "Gaoxin@2022", true, true), ("talent-hr", "Talent@2026", true, false), ("talent-zs", "Talent@2026", false, false), ("talent-leader", "Talent@2026", false, false),
        })
        {
            var html = await (await app.BrowserAsync(user, password, "zh-CN")).GetStringAsync("/talent");
            Assert.Contains("人才聚集平台", html, StringComparison.Ordinal);
            Assert.True(offered == html.Contains("data-testid=\"target-form\"", StringComparison.Ordinal), $"{user}: the target form offered should be {offered}");
            Assert.True(admin == html.Contains("data-testid=\"talent-departments\"", StringComparison.Ordinal), $"{user}: the talent departments offered should be {admin}");
        }
    }
}
