using System.Text.Json;
using Gaoxin.Engines.Identifiers;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Enterprise files of the demo zones (DOMAIN.md §1). The page gives counts only, so single enterprises are generated
/// (seeded, reproducible) and marked as sample data (示例数据), with credit codes that pass the GB 32100 check:
/// Chengde: files with 2019–2021 figures and qualifications feeding the 2022 targets (+20 HNTE, +50 tech-based SMEs,
/// 2 Little Giants); Xianyang: 57 tech-based SMEs, 15 of them provincial-or-higher SRDI; Guiyang: 341 HNTEs;
/// Liudong: the two enterprises the page names (耐世特, 桂格光电) with outward-supply figures (invented, marked sample)
/// that exercise the 2019 and 2021 outward-development rewards.
/// </summary>
public static class InnovationDemo
{
    private const long Wan = 1_000_000; // fen per 万元

    /// <summary>The Chengde file kept by the demo enterprise account: HNTE criteria all met except R&amp;D intensity (3.5%, needs 4%).</summary>
    public const string ChengdeAccountEnterprise = "承德示例精密仪表有限公司";

    public static async Task SeedAsync(GaoxinDb db, Zone zone, DateTimeOffset at, CancellationToken ct)
    {
        if (await db.Enterprises.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == zone.Id, ct))
        {
            return;
        }

        var seed = new Seed(db, zone.Id, at);
        switch (zone.Code)
        {
            case "chengde":
                Chengde(seed);
                break;
            case "xianyang":
                Xianyang(seed);
                break;
            case "guiyang":
                Guiyang(seed);
                break;
            case "liudong":
                Liudong(seed);
                break;
            default:
                return;
        }

        await db.SaveChangesAsync(ct);
    }

    /// <summary>Binds the demo enterprise account to its Chengde file.</summary>
    public static async Task BindAccountAsync(GaoxinDb db, Zone zone, Guid userId, CancellationToken ct)
    {
        if (await db.EnterpriseAccounts.IgnoreQueryFilters().AnyAsync(a => a.UserId == userId, ct))
        {
            return;
        }

        var id = await db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == zone.Id && e.Name == ChengdeAccountEnterprise).Select(e => e.Id).FirstAsync(ct);
        db.EnterpriseAccounts.Add(new EnterpriseAccount(zone.Id, userId, id));
        await db.SaveChangesAsync(ct);
    }

    private sealed class Seed(GaoxinDb db, Guid zoneId, DateTimeOffset at)
    {
        private int _next;

        public Random Random { get; } = new(2022);

        public Enterprise Enterprise(string region, string name, string industry, string chain, DateOnly registered, DateOnly? niche = null, AutoIndustryRole auto = AutoIndustryRole.None)
        {
            _next++;
            var org = CreditCode.CompleteOrganizationCode("60" + _next.ToString("D6", System.Globalization.CultureInfo.InvariantCulture));
            var e = new Enterprise(zoneId, name, CreditCode.Complete("91" + region + org))
            {
                RegisteredOn = registered, Industry = industry, Chain = chain, NicheSince = niche, AutoIndustry = auto, IsSampleData = true,
                Address = string.Empty,
            };
            db.Enterprises.Add(e);
            return e;
        }

        public void Figures(Enterprise e, int year, FigureValues v)
        {
            var y = new EnterpriseYear(zoneId, e.Id, year);
            y.Set(v, FiguresSource.Demo, "system", at);
            db.EnterpriseYears.Add(y);
            db.FiguresRevisions.Add(new FiguresRevision(zoneId, e.Id, year, FiguresSource.Demo, "system", at, null, JsonSerializer.Serialize(v)));
        }

        public void Grant(Enterprise e, QualificationKind kind, QualificationLevel level, DateOnly granted, string certificate)
        {
            var q = new Qualification(zoneId, e.Id, kind) { IsSampleData = true };
            q.Set(level, certificate, granted, Modules.Innovation.Features.Qualifications.DefaultExpiry(kind, granted));
            db.Qualifications.Add(q);
        }

        public void Statistics(int year, decimal rdToGdp, long contractsFen)
            => db.InnovationStatistics.Add(new InnovationStatistics(zoneId, year) { RdToGdpPercent = rdToGdp, TechContractTurnoverFen = contractsFen });

        public void Target(int year, QualificationKind kind, int count) => db.CultivationTargets.Add(new CultivationTarget(zoneId, year, kind, count));

        public DateOnly Day(int year, int fromMonth = 1, int toMonth = 12)
        {
            var month = Random.Next(fromMonth, toMonth + 1);
            return new DateOnly(year, month, Random.Next(1, DateTime.DaysInMonth(year, month) + 1));
        }

        /// <summary>Plausible figures around a revenue (万元), R&amp;D share and S&amp;T staff share; consistent by construction.</summary>
        public FigureValues Plausible(long revenueWan, decimal rdPercent, decimal sciencePercent, int staff, decimal hightechPercent = 70m, int classOne = 1, int classTwo = 4, int? score = 72)
        {
            var revenue = revenueWan * Wan;
            var rd = (long)(revenue * rdPercent / 100m) / Wan * Wan;
            return new FigureValues(staff, (int)(staff * sciencePercent / 100m), revenue, revenue * Random.Next(80, 99) / 100 / Wan * Wan, (long)(revenue * hightechPercent / 100m) / Wan * Wan,
                rd, rd * Random.Next(85, 101) / 100 / Wan * Wan, revenue * Random.Next(60, 150) / 100 / Wan * Wan, revenue * Random.Next(3, 8) / 100 / Wan * Wan,
                revenue * Random.Next(90, 120) / 100 / Wan * Wan, revenue * Random.Next(0, 15) / 100 / Wan * Wan, 0, classOne, 0, classTwo, 0, Random.Next(0, 4), score);
        }
    }

    private static readonly string[] ChengdeIndustries = ["仪器仪表", "大数据", "先进装备制造", "新材料", "医药健康", "文旅康养"];
    private static readonly string[] Words = ["华", "宏", "瑞", "恒", "鑫", "科", "盛", "达", "润", "中", "天", "兴", "博", "远", "辰", "泰", "信", "和", "德", "安"];
    private static readonly string[] Trades = ["精密仪表", "智能装备", "新材料", "生物医药", "数据科技", "电子科技", "环保科技", "能源科技", "检测技术", "光电科技", "软件技术", "自动化", "钒钛科技", "食品科技", "机械制造", "医疗器械", "信息技术", "节能科技"];

    private static string Name(string city, int i) => $"{city}{Words[i % Words.Length]}{Words[(i / Words.Length + 7) % Words.Length]}{Trades[i % Trades.Length]}有限公司";

    private static void Chengde(Seed s)
    {
        // The source page's 2022 targets.
        s.Target(2022, QualificationKind.Hnte, 20);
        s.Target(2022, QualificationKind.TechSme, 50);
        s.Target(2022, QualificationKind.LittleGiant, 2);
        // The page's 2021 statistics: technology contracts 2.7亿, R&D ÷ GDP 3 %.
        s.Statistics(2021, 3m, 270_000_000L * 100);

        var account = s.Enterprise("130800", ChengdeAccountEnterprise, "仪器仪表", "仪器仪表", new DateOnly(2015, 4, 8), new DateOnly(2016, 1, 1));
        account.Address = "承德高新区上板城工业园";
        account.ContactName = "示例联系人";
        foreach (var year in new[] { 2019, 2020, 2021 })
        {
            // 8000万 sales, R&D 280万 (3.5% — the 5000万–2亿 band needs 4%), all else met.
            s.Figures(account, year, new FigureValues(120, 22, 8_000 * Wan, 7_400 * Wan, 5_800 * Wan, 280 * Wan, 280 * Wan, 9_000 * Wan, 420 * Wan, 8_600 * Wan, 300 * Wan, 0, 2, 0, 6, 1, 3, 75));
        }

        s.Grant(account, QualificationKind.TechSme, QualificationLevel.National, new DateOnly(2022, 5, 20), "2022130803A0000101");

        // 69 more: 34 HNTEs in force before 2022 (a few expiring in 2022), 6 HNTEs granted in 2022; 32 tech-based SMEs
        // of 2022 and 8 of 2021; 9 provincial SRDI, one national Little Giant of 2022; 29 above-scale industrial.
        for (var i = 1; i < 70; i++)
        {
            var industry = ChengdeIndustries[i % ChengdeIndustries.Length];
            var e = s.Enterprise("130800", Name("承德", i), industry, industry, s.Day(2005 + i % 14), s.Day(2008 + i % 12));
            var revenue = (long)s.Random.Next(800, 30_000);
            var rd = (decimal)s.Random.Next(15, 75) / 10m;
            var science = (decimal)s.Random.Next(6, 40);
            var staff = s.Random.Next(30, 480);
            foreach (var year in new[] { 2019, 2020, 2021 })
            {
                var grown = revenue * (100 + (year - 2021) * s.Random.Next(3, 12)) / 100;
                s.Figures(e, year, s.Plausible(Math.Max(500, grown), rd, science, staff, s.Random.Next(45, 90), i % 5 == 0 ? 2 : i % 3 == 0 ? 0 : 1, s.Random.Next(0, 8), i % 4 == 0 ? null : s.Random.Next(60, 86)));
            }

            if (i <= 34)
            {
                var granted = i <= 4 ? s.Day(2019, 8, 10) : s.Day(2019 + i % 3, 10, 12);
                s.Grant(e, QualificationKind.Hnte, QualificationLevel.National, granted, $"GR{granted.Year}1300{i:D4}");
            }
            else if (i <= 40)
            {
                s.Grant(e, QualificationKind.Hnte, QualificationLevel.National, s.Day(2022, 1, 6), $"GR20221300{i:D4}");
            }

            if (i >= 30 && i < 62)
            {
                s.Grant(e, QualificationKind.TechSme, QualificationLevel.National, s.Day(2022, 3, 6), $"2022130803A{i:D7}");
            }
            else if (i >= 62)
            {
                s.Grant(e, QualificationKind.TechSme, QualificationLevel.National, s.Day(2021, 3, 9), $"2021130803A{i:D7}");
            }

            if (i % 8 == 1)
            {
                s.Grant(e, QualificationKind.InnovativeSme, QualificationLevel.Provincial, s.Day(2021), $"CX2021-{i:D3}");
                s.Grant(e, QualificationKind.Srdi, QualificationLevel.Provincial, s.Day(2021, 6, 12), $"ZJTX2021-{i:D3}");
            }

            if (i == 9)
            {
                s.Grant(e, QualificationKind.LittleGiant, QualificationLevel.National, new DateOnly(2022, 7, 1), "XJR2022-0009");
            }

            if (i % 3 == 0 || i % 7 == 0)
            {
                // Above-scale status is settled each year on last year's main-business revenue: the 2022 list.
                s.Grant(e, QualificationKind.AboveScale, QualificationLevel.City, new DateOnly(2022, 1, 1), $"GS2022-{i:D3}");
            }
        }
    }

    private static readonly string[] XianyangIndustries = ["电子显示", "高端装备制造", "生物医药", "新型合成材料"];

    private static void Xianyang(Seed s)
    {
        for (var i = 0; i < 57; i++)
        {
            var industry = XianyangIndustries[i % XianyangIndustries.Length];
            var e = s.Enterprise("610400", Name("咸阳", i), industry, industry, s.Day(2008 + i % 12), s.Day(2012 + i % 8));
            s.Figures(e, 2021, s.Plausible(s.Random.Next(500, 18_000), s.Random.Next(30, 80) / 10m, s.Random.Next(12, 40), s.Random.Next(20, 400)));
            s.Grant(e, QualificationKind.TechSme, QualificationLevel.National, s.Day(2022, 3, 6), $"2022610403A{i:D7}");
            if (i < 15)
            {
                s.Grant(e, QualificationKind.InnovativeSme, QualificationLevel.Provincial, s.Day(2021, 1, 6), $"CX2021-{i:D3}");
                s.Grant(e, QualificationKind.Srdi, QualificationLevel.Provincial, s.Day(2021, 7, 12), $"ZJTX2021-{i:D3}");
            }
        }
    }

    private static readonly string[] GuiyangIndustries = ["大数据电子信息", "先进装备制造", "生物医药", "新材料"];

    private static void Guiyang(Seed s)
    {
        // 341 HNTEs in force in mid-2022: grants from August 2019 (30 of them expiring August–September 2022: re-application due).
        for (var i = 0; i < 341; i++)
        {
            var industry = GuiyangIndustries[i % GuiyangIndustries.Length];
            var e = s.Enterprise("520100", Name("贵阳", i), industry, industry, s.Day(2000 + i % 18));
            var granted = i < 30 ? s.Day(2019, 8, 9) : s.Day(2020 + i % 3, 1, i % 3 == 2 ? 6 : 12);
            s.Grant(e, QualificationKind.Hnte, QualificationLevel.National, granted, $"GR{granted.Year}5200{i:D4}");
        }
    }

    private static void Liudong(Seed s)
    {
        // Named on the source page; figures are invented (sample data) to exercise the outward-supply rewards:
        // 耐世特 2019 supply 8000万 (2% = 160万, capped at 100万), 2021 1.2亿 (240万, capped at 200万 for auto parts);
        // 桂格光电 2019 600万 (12万), 2020 450万 (under the 500万 threshold), 2021 3000万 (60万).
        var nexteer = s.Enterprise("450200", "耐世特汽车系统（柳州）有限公司", "汽车零部件", "汽车", new DateOnly(2010, 6, 1), new DateOnly(2010, 6, 1), AutoIndustryRole.AutoParts);
        var guige = s.Enterprise("450200", "柳州桂格光电科技有限公司", "汽车零部件", "汽车", new DateOnly(2012, 3, 1), new DateOnly(2013, 1, 1), AutoIndustryRole.AutoParts);
        foreach (var (e, year, revenueWan, supplyWan) in new[] { (nexteer, 2019, 150_000L, 8_000L), (nexteer, 2020, 160_000L, 9_500L), (nexteer, 2021, 180_000L, 12_000L),
                     (guige, 2019, 9_000L, 600L), (guige, 2020, 8_500L, 450L), (guige, 2021, 12_000L, 3_000L) })
        {
            var v = s.Plausible(revenueWan, 4.5m, 18m, e == nexteer ? 1_200 : 260);
            s.Figures(e, year, v with { OutwardSupplyFen = supplyWan * Wan });
        }

        s.Grant(nexteer, QualificationKind.Hnte, QualificationLevel.National, new DateOnly(2020, 12, 1), "GR202045000101");
        s.Grant(guige, QualificationKind.Hnte, QualificationLevel.National, new DateOnly(2021, 12, 15), "GR202145000202");
        s.Grant(nexteer, QualificationKind.AboveScale, QualificationLevel.City, new DateOnly(2022, 1, 1), "GS2022-001");
        s.Grant(guige, QualificationKind.AboveScale, QualificationLevel.City, new DateOnly(2022, 1, 1), "GS2022-002");
    }
}
