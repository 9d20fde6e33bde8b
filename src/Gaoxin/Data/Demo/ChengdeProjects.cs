using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Chengde's 2022 project ledger as the source page gives it (DOMAIN.md §1): 109 projects of at least 1000万 under
/// implementation with 573亿 in total and 40亿 planned for 2022; 20 of them city key projects (334.2亿, 12.2亿
/// planned), 4 of those also provincial; 75 projects in reserve; the "55944" programme (5 industrial parks,
/// 5 expansions, 9 key industrial, 4 infrastructure, 4 livelihood). The page gives totals only, so the single
/// projects are generated (seeded, reproducible) and marked as sample data; their sums match the totals exactly.
/// </summary>
public static class ChengdeProjects
{
    // Amounts in 万元 (10,000 yuan).
    private const long CityTotal = 3_342_000;    // 334.2亿
    private const long CityPlanned = 122_000;    // 12.2亿
    private const long AllTotal = 5_730_000;     // 573亿
    private const long AllPlanned = 400_000;     // 40亿
    private const long Minimum = 1_000;          // 1000万

    private static readonly string[] Industries = ["仪器仪表", "大数据", "先进装备制造", "新材料", "医药健康", "文旅康养"];

    private static readonly (string Tag, int Count)[] Programme = [("产业园", 5), ("扩能升级", 5), ("重点产业", 9), ("基础设施", 4), ("民生", 4)];

    public static async Task SeedAsync(GaoxinDb db, Zone zone, Guid? projectOffice, CancellationToken ct)
    {
        if (!await db.AnnualTargets.IgnoreQueryFilters().AnyAsync(t => t.ZoneId == zone.Id && t.Year == 2022, ct))
        {
            // The source page's 2022 targets, as entered (plan and growth are not derived from each other).
            db.AnnualTargets.Add(new AnnualTarget(zone.Id, 2022)
            {
                FaiPlanFen = 4_060_000_000L * 100, FaiPlanGrowthPercent = 7m,
                FaiStretchFen = 4_200_000_000L * 100, FaiStretchGrowthPercent = 10m,
                BigProjectCount = 109, BigProjectTotalFen = AllTotal * 1_000_000, BigProjectPlannedFen = AllPlanned * 1_000_000,
                CityKeyCount = 20, ProvincialKeyCount = 4,
                SigningCount = 30, SigningAmountFen = 20_000_000_000L * 100,
            });
            await db.SaveChangesAsync(ct);
        }

        if (await db.Projects.IgnoreQueryFilters().AnyAsync(p => p.ZoneId == zone.Id, ct))
        {
            return;
        }

        var random = new Random(2022);
        var city = Split(CityTotal, 20, random, Minimum);
        var others = Split(AllTotal - CityTotal, 89, random, Minimum);
        var cityPlans = Proportional(CityPlanned, city);
        var otherPlans = Proportional(AllPlanned - CityPlanned, others);
        var totals = city.Concat(others).ToArray();
        var plans = cityPlans.Concat(otherPlans).ToArray();
        var tags = Programme.SelectMany(p => Enumerable.Repeat(p.Tag, p.Count)).ToArray();

        for (var i = 0; i < 109; i++)
        {
            // 8 signed (new starts still to come), 15 landed, 76 under construction, 10 completed this year.
            var stage = i switch
            {
                < 8 => ProjectStage.Signed,
                < 23 => ProjectStage.Landed,
                < 99 => ProjectStage.Started,
                _ => ProjectStage.InProduction,
            };
            var industry = Industries[i % Industries.Length];
            var project = new Project(zone.Id, $"CD2022-{i + 1:D3}", $"{industry}示例项目{i + 1:D3}", ProjectStage.Planned, new DateOnly(2020, 3, 1 + (i % 28)))
            {
                Investor = $"示例{industry}有限公司",
                Industry = industry,
                Chain = industry,
                Channel = (Channel)(1 + (i % 4)),
                Location = "承德高新区",
                PlannedTotalInvestmentFen = totals[i] * 1_000_000,
                KeyLevel = i < 4 ? KeyLevel.City | KeyLevel.Provincial : i < 20 ? KeyLevel.City : KeyLevel.None,
                Tags = i < tags.Length ? tags[i] : string.Empty,
                ResponsibleDepartmentId = projectOffice,
                IsSampleData = true,
            };
            project.PlanYear(2022, plans[i] * 1_000_000);
            var date = new DateOnly(2020, 6, 1);
            foreach (var next in ProjectStages.Pipeline.Skip(1).TakeWhile(s => s <= stage))
            {
                date = date.AddDays(40 + (i * 7 % 60));
                project.MoveTo(next, date, null, new DateOnly(2022, 7, 15));
            }

            db.Projects.Add(project);
        }

        await db.SaveChangesAsync(ct);
        await SeedReportsAsync(db, zone, ct);

        for (var i = 0; i < 75; i++)
        {
            var industry = Industries[(i + 3) % Industries.Length];
            db.Projects.Add(new Project(zone.Id, $"CD-R{i + 1:D3}", $"{industry}谋划项目{i + 1:D3}", ProjectStage.Planned, new DateOnly(2022, 1 + (i % 6), 1 + (i % 27)))
            {
                Investor = string.Empty,
                Industry = industry,
                Chain = industry,
                Location = "承德高新区",
                PlannedTotalInvestmentFen = (Minimum + random.Next(0, 200_000)) * 1_000_000L,
                IsSampleData = true,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>
    /// January to June 2022 for the projects under construction or completed: each follows its plan at its own pace
    /// (ahead, slightly behind, well behind), so the lights show all three colours. Amounts are sample data.
    /// </summary>
    private static async Task SeedReportsAsync(GaoxinDb db, Zone zone, CancellationToken ct)
    {
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            var projects = await db.Projects.Include(p => p.YearPlans)
                .Where(p => p.ZoneId == zone.Id && (p.Stage == ProjectStage.Started || p.Stage == ProjectStage.InProduction))
                .OrderBy(p => p.Code).ToListAsync(ct);
            decimal[] paces = [1.1m, 0.9m, 0.6m, 0.3m, 1.0m];
            var reportedAt = new DateTimeOffset(2022, 7, 5, 2, 0, 0, TimeSpan.Zero);
            for (var i = 0; i < projects.Count; i++)
            {
                var project = projects[i];
                var plan = project.YearPlans.First(y => y.Year == 2022).PlannedFen;
                var monthly = (long)decimal.Round(plan * paces[i % paces.Length] / 12m / 1_000_000m) * 1_000_000; // whole 万元
                long ytd = 0;
                for (var month = 1; month <= 6; month++)
                {
                    ytd += monthly;
                    var report = new MonthlyReport(zone.Id, project.Id, 2022, month, monthly, monthly, null, "示例数据", reportedAt.AddMonths(month - 7));
                    var (light, reason) = LightRule.Default.Judge(ytd, plan, month);
                    report.SetLight(light, LightRule.Default.Version, reason);
                    db.MonthlyReports.Add(report);
                }
            }

            await db.SaveChangesAsync(ct);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }

    /// <summary>Splits a total into parts of at least <paramref name="minimum"/> with random weights; the parts sum exactly.</summary>
    internal static long[] Split(long total, int parts, Random random, long minimum)
    {
        var weights = Enumerable.Range(0, parts).Select(_ => 1 + random.NextDouble() * 9).ToArray();
        var rest = Proportional(total - minimum * parts, weights.Select(w => (long)(w * 1_000_000)).ToArray());
        return rest.Select(r => r + minimum).ToArray();
    }

    /// <summary>Largest-remainder apportionment of <paramref name="total"/> in proportion to <paramref name="weights"/>.</summary>
    internal static long[] Proportional(long total, long[] weights)
    {
        var sum = weights.Sum(w => (decimal)w);
        var exact = weights.Select(w => total * (w / sum)).ToArray();
        var result = exact.Select(e => (long)decimal.Floor(e)).ToArray();
        var left = total - result.Sum();
        foreach (var i in exact.Select((e, i) => (Remainder: e - decimal.Floor(e), i)).OrderByDescending(x => x.Remainder).ThenBy(x => x.i).Take((int)left).Select(x => x.i))
        {
            result[i]++;
        }

        return result;
    }
}
