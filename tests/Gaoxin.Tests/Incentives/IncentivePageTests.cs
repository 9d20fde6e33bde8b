using System.Net;
using System.Net.Http.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Incentives;

/// <summary>The incentive pages as their users receive them, and who may open which.</summary>
public sealed class IncentivePageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_guide_calculator_and_grants_pages_show_the_zones_policies_and_funds(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var guiyang = await (await app.BrowserAsync("guiyang", language: "zh-CN")).GetStringAsync("/policies");
        Assert.Contains("共 73 项政策", guiyang, StringComparison.Ordinal);
        Assert.Contains("人才引进 (11)", guiyang, StringComparison.Ordinal);

        var liudong = await app.BrowserAsync("liudong", language: "zh-CN");
        var calculator = await liudong.GetStringAsync("/policies/calculator");
        Assert.Contains("外销配套额", calculator, StringComparison.Ordinal);
        var grants = await liudong.GetStringAsync("/grants");
        Assert.Contains("柳东新区外向发展扶持资金（示例预算）", grants, StringComparison.Ordinal);
        Assert.Contains("250万元", grants, StringComparison.Ordinal);

        // An enterprise user reads the guide and uses the calculator, but grants are decided by staff.
        var admin = await app.ClientForAsync("admin");
        Assert.Equal(HttpStatusCode.Created, (await admin.PostAsJsonAsync("/api/v1/users", new { userName = "firm1", displayName = "示例企业", password = "Firm@2026x", role = "Enterprise", zone = "liudong" })).StatusCode);
        var firm = await app.BrowserAsync("firm1", "Firm@2026x", "zh-CN");
        Assert.Contains("外销配套额", await firm.GetStringAsync("/policies/calculator"), StringComparison.Ordinal);
        var denied = await firm.GetAsync("/grants");
        Assert.DoesNotContain("柳东新区外向发展扶持资金", await denied.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
