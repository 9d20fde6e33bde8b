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
}
