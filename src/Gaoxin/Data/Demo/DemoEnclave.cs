using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Xianyang's co-development (PRODUCT.md: enclave projects whose investment is shared between two zones by agreed
/// ratios): one sample project kept by Xianyang and shared with Qingdao at 40%, accepted, with six months of reports.
/// The project, the amounts and the agreement are sample data (示例数据), not from the source page.
/// </summary>
public static class DemoEnclave
{
    public const string ProjectCode = "XY-FD-001";

    public static async Task SeedAsync(GaoxinDb db, IReadOnlyList<Zone> zones, CancellationToken ct)
    {
        var host = zones.FirstOrDefault(z => z.Code == "xianyang");
        var partner = zones.FirstOrDefault(z => z.Code == "qingdao");
        if (host is null || partner is null || await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.ZoneId == host.Id && p.Code == ProjectCode, ct))
        {
            return;
        }

        var project = new Project(host.Id, ProjectCode, "咸青飞地·新型显示模组配套产业园（示例）", ProjectStage.Planned, new DateOnly(2021, 3, 1))
        {
            Investor = "示例显示科技有限公司",
            Industry = "新型显示",
            Chain = "新型显示",
            Channel = Channel.Enclave,
            Location = "咸阳高新区 咸青合作园",
            LandMu = 120m,
            PlannedTotalInvestmentFen = 1_200_000_000L * 100,
            KeyLevel = KeyLevel.City,
            Tags = "产业园",
            IsSampleData = true,
        };
        project.PlanYear(2022, 300_000_000L * 100);
        DateOnly[] dates = [new(2021, 4, 2), new(2021, 5, 18), new(2021, 9, 1), new(2022, 3, 1)]; // 洽谈, 签约, 落地, 开工
        foreach (var (stage, on) in ProjectStages.Pipeline.Skip(1).TakeWhile(s => s <= ProjectStage.Started).Zip(dates))
        {
            project.MoveTo(stage, on, null, new DateOnly(2022, 7, 15));
        }

        db.Projects.Add(project);
        var reportedAt = new DateTimeOffset(2022, 7, 5, 2, 0, 0, TimeSpan.Zero);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN"); // reasons are stored in the zone's language
        long ytd = 0;
        for (var month = 1; month <= 6; month++)
        {
            var fen = 25_000_000L * 100; // 2500万元 a month
            ytd += fen;
            var report = new MonthlyReport(host.Id, project.Id, 2022, month, fen, fen, null, "示例数据", reportedAt.AddMonths(month - 7));
            var (light, reason) = LightRule.Default.Judge(ytd, project.YearPlans[0].PlannedFen, month);
            report.SetLight(light, LightRule.Default.Version, reason);
            db.MonthlyReports.Add(report);
        }

        System.Globalization.CultureInfo.CurrentUICulture = culture;

        var share = new ProjectShare(host.Id, project.Id, partner.Id, 4_000, "咸青飞地共建协议（示例）", new DateOnly(2021, 4, 20));
        share.Respond(true, new DateOnly(2021, 4, 28));
        share.Describe("青岛高新区招商局（示例）", "按 6:4 分计投资与产值（示例数据）");
        db.ProjectShares.Add(share);
        await db.SaveChangesAsync(ct);
    }
}
