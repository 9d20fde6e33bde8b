using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Signings of the demo (DOMAIN.md §1, PRODUCT.md): Chengde's 2021 — 20 industrial projects signed with 94.36亿 from
/// outside the city, 14 of them landed with 41.2亿 (single signings generated to those totals, marked as sample) — and
/// Qingdao's 2022 H1 batch signing of 14 key projects, 12 of them at least 1亿, led by the named ones.
/// </summary>
public static class DemoSignings
{
    private const long Yi = 100_000_000L * 100; // 1亿 in fen

    public static async Task SeedChengdeAsync(GaoxinDb db, Zone zone, CancellationToken ct)
    {
        if (await db.Signings.IgnoreQueryFilters().AnyAsync(s => s.ZoneId == zone.Id, ct))
        {
            return;
        }

        var random = new Random(2021);
        // In 万元: 94.36亿 = 943,600万 over 20 projects of at least 5000万; the 14 largest landed with 41.2亿 = 412,000万.
        var agreed = ChengdeProjects.Split(943_600, 20, random, 5_000).OrderByDescending(a => a).ToArray();
        var landed = ChengdeProjects.Proportional(412_000, agreed[..14]);
        string[] industries = ["仪器仪表", "大数据", "先进装备制造", "新材料", "医药健康", "文旅康养"];
        for (var i = 0; i < 20; i++)
        {
            var signedOn = new DateOnly(2021, 1 + i * 11 / 20, 8 + i % 15);
            db.Signings.Add(new Signing(zone.Id, null, null, $"{industries[i % industries.Length]}产业项目（2021-{i + 1:00}）", $"示例投资方 {i + 1:00}", signedOn, agreed[i] * 1_000_000, SigningKind.New)
            {
                FromOutsideCity = true, IsSampleData = true,
                LandedOn = i < 14 ? signedOn.AddMonths(3) is var l && l.Year == 2021 ? l : new DateOnly(2021, 12, 28) : null,
                LandedFen = i < 14 ? landed[i] * 1_000_000 : null,
            });
        }

        await db.SaveChangesAsync(ct);
    }

    public static async Task SeedQingdaoAsync(GaoxinDb db, Zone zone, CancellationToken ct)
    {
        if (await db.SigningEvents.IgnoreQueryFilters().AnyAsync(e => e.ZoneId == zone.Id, ct))
        {
            return;
        }

        var batch = new SigningEvent(zone.Id, "2022年上半年重点项目集中签约", new DateOnly(2022, 6, 28), "青岛高新区");
        db.SigningEvents.Add(batch);
        var date = batch.Date;
        (string Name, string Investor, long Fen, bool Foreign, bool Sample)[] projects =
        [
            ("海尔智慧健康产业园（一期 10亿元，用地 100 亩）", "海尔集团", 30 * Yi, false, false),
            ("海尔新能源汽车充电桩项目", "海尔集团", 5 * Yi, false, false),
            ("算能科技研发中心", "算能科技", 6 * Yi, false, false),
            ("韩资生物医药项目", "韩国某生物科技公司", 3 * Yi, true, false),
            ("工业互联网平台项目", "示例投资方 A", 8 * Yi, false, true),
            ("高端医疗器械产业化项目", "示例投资方 B", 4 * Yi, false, true),
            ("集成电路封装测试项目", "示例投资方 C", 12 * Yi, false, true),
            ("海洋生物材料项目", "示例投资方 D", 2 * Yi, false, true),
            ("智能制造装备项目", "示例投资方 E", 3 * Yi, false, true),
            ("虚拟现实产业园项目", "示例投资方 F", 5 * Yi, false, true),
            ("新型显示材料项目", "示例投资方 G", 1 * Yi + 50_000_000L * 100, false, true),
            ("生物医药中试基地", "示例投资方 H", 2 * Yi, false, true),
            ("科技服务中心项目", "示例投资方 I", 80_000_000L * 100, false, true),
            ("人工智能创新中心", "示例投资方 J", 60_000_000L * 100, false, true),
        ];
        foreach (var (name, investor, fen, foreign, sample) in projects)
        {
            db.Signings.Add(new Signing(zone.Id, null, batch.Id, name, investor, date, fen, SigningKind.New) { IsForeign = foreign, IsSampleData = sample });
        }

        await db.SaveChangesAsync(ct);
    }
}
