using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// The incubation chain of the demo zones (DOMAIN.md §1), all marked sample data (示例数据):
/// Chengde: 150,000 m² over six carriers along 众创空间 → 孵化器 → 加速器 → 特色园区 with 186 enterprises in incubation,
/// its national incubator meeting every national threshold and a provincial one meeting some; Xianyang: 12 carriers,
/// 11 of them provincial or national; Guiyang: 60 incubators and makerspaces and its national R&amp;D platforms (as
/// centres). Then the service desk's Chengde requests (<see cref="ServiceDemo"/>).
/// </summary>
public static class IncubationDemo
{
    private sealed record CarrierSpec(string Name, CarrierKind Kind, CarrierLevel Level, decimal Area, int InIncubation, decimal AreaEach, int Graduates, int Exited);

    private static readonly CarrierSpec[] Chengde =
    [
        new("承德高新区示例众创空间", CarrierKind.Makerspace, CarrierLevel.Provincial, 3_000m, 30, 50m, 0, 2),
        new("承德示例青年创业众创空间", CarrierKind.Makerspace, CarrierLevel.Municipal, 2_000m, 20, 40m, 0, 1),
        new("承德示例科技企业孵化器", CarrierKind.Incubator, CarrierLevel.National, 25_000m, 60, 320m, 24, 0),
        new("承德示例大数据孵化器", CarrierKind.Incubator, CarrierLevel.Provincial, 15_000m, 40, 200m, 12, 0),
        new("承德示例装备制造加速器", CarrierKind.Accelerator, CarrierLevel.Provincial, 45_000m, 24, 1_200m, 6, 0),
        new("承德示例仪器仪表特色产业园", CarrierKind.ThemePark, CarrierLevel.None, 60_000m, 12, 2_500m, 0, 0),
    ];

    public static async Task SeedAsync(GaoxinDb db, Zone zone, CancellationToken ct)
    {
        if (!await db.Carriers.IgnoreQueryFilters().AnyAsync(c => c.ZoneId == zone.Id, ct))
        {
            var random = new Random(2022);
            switch (zone.Code)
            {
                case "chengde":
                    foreach (var spec in Chengde)
                    {
                        Add(db, zone.Id, spec, random);
                    }

                    Centre(db, zone.Id, "河北示例大学", "承德示例仪器仪表校企联合研发中心", "仪器仪表", CarrierLevel.Provincial, new DateOnly(2019, 9, 1), null);
                    Centre(db, zone.Id, "承德示例职业技术学院", "承德示例装备制造产教融合中心", "先进装备制造", CarrierLevel.Municipal, new DateOnly(2020, 3, 1), new DateOnly(2025, 2, 28));
                    break;
                case "xianyang":
                    for (var i = 1; i <= 12; i++)
                    {
                        var level = i switch { <= 3 => CarrierLevel.National, <= 11 => CarrierLevel.Provincial, _ => CarrierLevel.Municipal };
                        Add(db, zone.Id, new CarrierSpec($"咸阳示例{(i % 2 == 0 ? "孵化器" : "众创空间")}{i:00}", i % 2 == 0 ? CarrierKind.Incubator : CarrierKind.Makerspace, level,
                            i % 2 == 0 ? 12_000m : 2_500m, 8, i % 2 == 0 ? 600m : 100m, i % 2 == 0 ? 3 : 0, 0), random);
                    }

                    break;
                case "guiyang":
                    for (var i = 1; i <= 60; i++)
                    {
                        var incubator = i <= 24;
                        Add(db, zone.Id, new CarrierSpec($"贵阳示例{(incubator ? "孵化器" : "众创空间")}{i:00}", incubator ? CarrierKind.Incubator : CarrierKind.Makerspace,
                            i % 5 == 0 ? CarrierLevel.National : i % 2 == 0 ? CarrierLevel.Provincial : CarrierLevel.Municipal, incubator ? 10_000m : 1_500m, 3, incubator ? 500m : 60m, incubator ? 1 : 0, 0), random);
                    }

                    string[] fields = ["大数据", "电子信息", "新材料", "生物医药", "先进装备制造", "现代山地农业"];
                    for (var i = 1; i <= 6; i++)
                    {
                        Centre(db, zone.Id, $"贵州示例大学（{i}）", $"国家示例{fields[i - 1]}工程技术研究中心", fields[i - 1], CarrierLevel.National, new DateOnly(2012 + i, 1, 1), null);
                    }

                    break;
                default:
                    return;
            }

            await db.SaveChangesAsync(ct);
        }

        if (zone.Code == "chengde")
        {
            await ServiceDemo.SeedChengdeAsync(db, zone, ct);
        }
    }

    private static void Add(GaoxinDb db, Guid zoneId, CarrierSpec spec, Random random)
    {
        var carrier = new Carrier(zoneId, spec.Name, spec.Kind, spec.Level, spec.Area) { Operator = spec.Name.Replace("示例", "示例运营", StringComparison.Ordinal) + "有限公司", IsSampleData = true };
        db.Carriers.Add(carrier);
        var n = 0;
        string Name() => $"{spec.Name} · 在孵企业{++n:000}";
        for (var i = 0; i < spec.InIncubation; i++)
        {
            db.Incubatees.Add(new Incubatee(zoneId, carrier.Id, null, Name(), new DateOnly(2018 + random.Next(0, 4), random.Next(1, 13), random.Next(1, 29)), spec.AreaEach) { IsSampleData = true });
        }

        for (var i = 0; i < spec.Graduates; i++)
        {
            var movedIn = new DateOnly(2015 + random.Next(0, 4), random.Next(1, 13), random.Next(1, 29));
            var graduate = new Incubatee(zoneId, carrier.Id, null, Name(), movedIn, spec.AreaEach) { IsSampleData = true };
            graduate.Graduate(movedIn.AddYears(3), (GraduationBasis)(i % 3));
            db.Incubatees.Add(graduate);
        }

        for (var i = 0; i < spec.Exited; i++)
        {
            var movedIn = new DateOnly(2019, random.Next(1, 13), random.Next(1, 29));
            var exited = new Incubatee(zoneId, carrier.Id, null, Name(), movedIn, spec.AreaEach) { IsSampleData = true };
            exited.Exit(movedIn.AddYears(2), "示例：经营调整迁出");
            db.Incubatees.Add(exited);
        }
    }

    private static void Centre(GaoxinDb db, Guid zoneId, string partner, string name, string field, CarrierLevel level, DateOnly start, DateOnly? end)
        => db.UniversityCentres.Add(new UniversityCentre(zoneId, partner, name, field, null, level, start, end) { IsSampleData = true });
}
