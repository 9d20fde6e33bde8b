using System.Net.Http.Json;
using System.Text.Json;
using Gaoxin.Tests.Infrastructure;

namespace Gaoxin.Tests.Projects;

/// <summary>The enclave pages as their users receive them: the partner's list and read-only project page, the host's panel.</summary>
public sealed class EnclavePageTests
{
    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_partner_lists_and_reads_the_shared_project_and_the_host_sees_the_split_on_its_project_page(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var qingdao = await app.BrowserAsync("qingdao", language: "zh-CN");
        var list = await qingdao.GetStringAsync("/projects/shared");
        Assert.Contains("XY-FD-001", list, StringComparison.Ordinal);
        Assert.Contains("咸阳高新技术产业开发区", list, StringComparison.Ordinal);
        Assert.Contains("4.8亿元", list, StringComparison.Ordinal); // 40% of 12亿
        Assert.Contains("已确认", list, StringComparison.Ordinal);

        var share = (await (await app.ClientForAsync("qingdao")).GetFromJsonAsync<JsonElement>("/api/v1/zones/qingdao/shared-projects"))[0].GetProperty("share").GetProperty("id").GetString();
        var page = await qingdao.GetStringAsync($"/projects/shared/{share}");
        Assert.Contains("咸青飞地·新型显示模组配套产业园（示例）", page, StringComparison.Ordinal);
        Assert.Contains("本园区只读", page, StringComparison.Ordinal);
        Assert.Contains("青岛高新区招商局（示例）", page, StringComparison.Ordinal);

        var xianyang = await app.ClientForAsync("xianyang");
        var project = (await xianyang.GetFromJsonAsync<JsonElement>("/api/v1/zones/xianyang/projects?search=XY-FD-001")).GetProperty("items")[0].GetProperty("id").GetString();
        var host = await (await app.BrowserAsync("xianyang", language: "zh-CN")).GetStringAsync($"/projects/{project}");
        Assert.Contains("与青岛高新技术产业开发区共建：本项目按 60% 计入本园区，40% 计入对方。", host, StringComparison.Ordinal);
        Assert.Contains("终止共建", host, StringComparison.Ordinal);

        // A zone without shared projects sees the empty state, not an error.
        var chengde = await (await app.BrowserAsync("chengde", language: "zh-CN")).GetStringAsync("/projects/shared");
        Assert.Contains("暂无与本园区共建的项目", chengde, StringComparison.Ordinal);
    }

    [Theory, MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_partner_exports_its_shared_projects_with_its_part_and_a_third_zone_gets_an_empty_list(string provider)
    {
        await using var app = await TestApp.StartAsync(provider);
        var qingdao = await app.BrowserAsync("qingdao", language: "zh-CN");
        var response = await qingdao.GetAsync("/export/shared-projects.xlsx?zone=qingdao");
        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        using (var stream = await response.Content.ReadAsStreamAsync())
        {
            var row = Assert.Single(MiniExcelLibs.MiniExcel.Query(stream, useHeaderRow: true).Cast<IDictionary<string, object>>());
            Assert.Equal("XY-FD-001", row["项目编号"]?.ToString());
            Assert.Equal(480_000_000m, Convert.ToDecimal(row["本园区计入总投资"], System.Globalization.CultureInfo.InvariantCulture)); // 40% of 12亿
        }

        // The status filter applies: nothing of Qingdao's share is still proposed.
        using (var proposed = await (await qingdao.GetAsync("/export/shared-projects.xlsx?zone=qingdao&status=Proposed")).Content.ReadAsStreamAsync())
        {
            Assert.Empty(MiniExcelLibs.MiniExcel.Query(proposed, useHeaderRow: true));
        }

        // Chengde shares nothing with anyone, and cannot read Qingdao's list.
        var chengde = await app.BrowserAsync("chengde", language: "zh-CN");
        Assert.Equal(System.Net.HttpStatusCode.NotFound, (await chengde.GetAsync("/export/shared-projects.xlsx?zone=qingdao")).StatusCode);
    }
}
