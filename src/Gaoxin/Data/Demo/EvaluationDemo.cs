using Gaoxin.Engines.Indices;
using Gaoxin.Engines.Scoring;
using Gaoxin.Modules.Evaluation.Domain;
using Gaoxin.Modules.Evaluation.Features.Contest;
using Gaoxin.Modules.Evaluation.Features.Contest.Sources;
using Gaoxin.Modules.Evaluation.Features.Index;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Evaluation demo: Chengde's contest of its six departments with Q2 2022 published, reproducing issue 7's worked example
/// for 招商局 (June: 32 + 26 + 18 + 9.2 = 85.2, +4 −1 → 88.2 达标, pay 2646.00 on 3000; April 91.0, May 86.4 → quarter
/// 88.53). Guiyang: 2021 and 2022 top-100 parks tables (CCID's five dimensions) with Guiyang at rank 97 and 93; the other 99 parks are
/// sample data (示例数据). Idempotent: a zone that already has a contest or a table is left alone.
/// </summary>
public static class EvaluationDemo
{
    public const string Guiyang = "贵阳国家高新技术产业开发区";
    public const int GuiyangRank = 93;

    /// <summary>Guiyang's place in the 2021 sample table (made up, so that year on year shows a change).</summary>
    public const int GuiyangRank2021 = 97;

    private static readonly (string Code, string Department)[] Units =
        [("zs", "招商局"), ("xm", "项目办"), ("kj", "科技局"), ("rs", "人社局"), ("cz", "财政局"), ("sp", "审批局")];

    public static async Task SeedAsync(GaoxinDb db, Zone zone, DateTimeOffset at, CancellationToken ct)
    {
        if (zone.Code == "chengde" && !await db.Contests.AnyAsync(c => c.ZoneId == zone.Id, ct))
        {
            await SeedContestAsync(db, zone, at, ct);
        }

        if (zone.Code == "guiyang" && !await db.ParkIndexTables.AnyAsync(t => t.ZoneId == zone.Id, ct))
        {
            db.ParkIndexTables.Add(new ParkIndexTable(zone.Id, "2021 先进制造业百强园区指标（示例数据）", 2021, ParkTable(2021, GuiyangRank2021), true, "示例数据", at.AddSeconds(-1)));
            db.ParkIndexTables.Add(new ParkIndexTable(zone.Id, "2022 先进制造业百强园区指标（示例数据）", 2022, ParkTable(), true, "示例数据", at));
            await db.SaveChangesAsync(ct);
        }
    }

    public static ContestSpec ContestSpec(IReadOnlyDictionary<string, Guid> departments) => new(
        "2022 年度擂台比拼",
        Units.Select(u => new UnitSpec(u.Code, u.Department, "职能部门", departments.TryGetValue(u.Department, out var id) ? id : null)).ToList(),
        [
            new("T1", "年度目标任务完成率", ContestGroups.Targets, 40m, "completion", Cap: 1m),
            new("I1", "新签约项目投资额（亿元）", ContestGroups.Investment, 30m, "rank", Step: 2m),
            new("C1", "固定资产投资序时完成率", ContestGroups.Construction, 20m, "completion", Cap: 1m, Source: MeasureSources.Investment),
            new("S1", "问题按期办结率", ContestGroups.Service, 10m, "completion", Cap: 1m, Source: MeasureSources.Problems),
        ],
        Bonuses: [new("B1", "引进世界500强或行业龙头项目", 5m)],
        BonusCap: 5m,
        Penalties: [new("P1", "督办事项逾期", 5m)],
        PenaltyCap: 10m,
        Vetoes: [new("V1", "发生重大安全生产事故"), new("V2", "严重违纪违法")],
        Pay: new PaySpec("proportional", 100m));

    private static async Task SeedContestAsync(GaoxinDb db, Zone zone, DateTimeOffset at, CancellationToken ct)
    {
        var departments = await db.Departments.Where(d => d.ZoneId == zone.Id).ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var contest = new Contest(zone.Id, ContestSpec(departments), 300_000, "示例数据", at);
        db.Contests.Add(contest);
        await db.SaveChangesAsync(ct);

        // Per month: 招商局's T1 actual/plan, I1 signed (亿元) for zs xm kj rs cz sp, its C1 and S1 rates; then bonus and penalty.
        var months = new (int Month, decimal T1, decimal[] I1, decimal C1, decimal S1, bool Adjust)[]
        {
            (4, 5m, [15m, 12m, 10m, 6m, 5m, 3m], 0.9m, 0.3m, false),   // 40 + 30 + 18 + 3 = 91.0
            (5, 4m, [12m, 13m, 10m, 6m, 5m, 3m], 0.9m, 0.84m, false),  // 32 + 28 + 18 + 8.4 = 86.4
            (6, 4m, [8m, 12m, 10m, 6m, 5m, 3m], 0.9m, 0.92m, true),    // 32 + 26 + 18 + 9.2 = 85.2, +4 −1 = 88.2
        };
        foreach (var m in months)
        {
            var period = new Period(2022, m.Month);
            var sheet = new ContestMonth(zone.Id, contest.Id, period.ToString());
            db.ContestMonths.Add(sheet);
            var measures = new List<MeasureEntry>();
            for (var u = 0; u < Units.Length; u++)
            {
                var code = Units[u].Code;
                var sample = u == 0 ? null : "示例数据";
                measures.Add(new MeasureEntry(code, "T1", "completion", u == 0 ? m.T1 : 3m + (u % 3), 5m, null, sample, "示例数据", at));
                measures.Add(new MeasureEntry(code, "I1", "value", m.I1[u], null, null, sample, "示例数据", at));
                if (code != "xm")
                {
                    measures.Add(new MeasureEntry(code, "C1", "rate", u == 0 ? m.C1 : 0.7m + (0.05m * u), null, null, sample, "示例数据", at));
                    measures.Add(new MeasureEntry(code, "S1", "rate", u == 0 ? m.S1 : 0.8m + (0.03m * u), null, null, sample, "示例数据", at));
                }
            }

            var adjustments = m.Adjust
                ? new List<AdjustmentEntry> { new("zs", "bonus", "B1", 4m, "引进行业龙头项目 1 个（示例）", "示例数据", at), new("zs", "penalty", "P1", 1m, "督办事项逾期 1 件（示例）", "示例数据", at) }
                : [];
            sheet.Replace(new SheetEntries(measures, adjustments), "示例数据", at);
            await db.SaveChangesAsync(ct);

            // 项目办's construction and service measures come from the ledgers where they exist; otherwise sample entries.
            var resolved = await MonthMeasures.ResolveAsync(contest, period, db, ct);
            if (resolved.Missing.Count > 0)
            {
                measures.AddRange(resolved.Missing.Select(c => new MeasureEntry(c.Unit, c.Indicator, "rate", 0.8m, null, null, "示例数据", "示例数据", at)));
                sheet.Replace(new SheetEntries(measures, adjustments), "示例数据", at);
                await db.SaveChangesAsync(ct);
            }

            await PublishMonth.PublishAsync(contest, period, null, db, "示例数据", at, ct);
        }
    }

    private static readonly (string Code, string Name, string Dimension, string Direction, double Low, double High)[] ParkIndicators =
    [
        ("E1", "营业收入（亿元）", "经济实力", "+", 300, 8000),
        ("E2", "工业增加值增速（%）", "经济实力", "+", 2, 18),
        ("N1", "研发经费投入强度（%）", "创新潜力", "+", 1.5, 8),
        ("N2", "每万人发明专利拥有量（件）", "创新潜力", "+", 20, 400),
        ("F1", "数字化转型企业占比（%）", "融合发展", "+", 20, 90),
        ("F2", "生产性服务业占比（%）", "融合发展", "+", 10, 50),
        ("A1", "主导产业集中度（%）", "产业集聚", "+", 30, 90),
        ("A2", "规上工业企业数（家）", "产业集聚", "+", 80, 1500),
        ("G1", "单位工业增加值能耗（吨标煤/万元）", "绿色动力", "-", 0.1, 1.2),
        ("G2", "工业固废综合利用率（%）", "绿色动力", "+", 60, 99),
    ];

    /// <summary>99 sample parks drawn with a fixed seed, and Guiyang placed so that it ranks 93rd under the CCID preset (min–max, arithmetic).</summary>
    public static ParkTableData ParkTable() => ParkTable(2022, GuiyangRank);

    /// <summary>A year's sample table: 99 made-up parks (seeded by the year) and Guiyang placed at <paramref name="rank"/> under CCID weights.</summary>
    public static ParkTableData ParkTable(int year, int rank)
    {
        var random = new Random(year);
        var indicators = ParkIndicators.Select(i => new ParkIndicator(i.Code, i.Name, i.Dimension, i.Direction, 1.0)).ToList();
        var parks = Enumerable.Range(1, 99).Select(i => $"示例园区{i:D3}").ToList();
        var values = parks.Select(_ => ParkIndicators.Select(i => (double?)Math.Round(i.Low + (random.NextDouble() * (i.High - i.Low)), 2)).ToList()).ToList();

        // Min–max puts Guiyang's value t of the way from worst to best on every indicator, so its score is 100 t: place it
        // between the 92nd and 93rd of the others.
        var table = IndexTable.From(parks, indicators.Select(i => new IndexIndicator(i.Code, i.Direction == "+" ? IndicatorDirection.Positive : IndicatorDirection.Negative, i.Dimension)).ToList(),
            (park, code) => values[parks.IndexOf(park)][indicators.FindIndex(i => i.Code == code)]);
        var scores = CompositeIndex.Compute(table, new IndexMethod(Normaliser.MinMax()) { DimensionWeights = IndexPresets.Weights[IndexPresets.Ccid] })
            .Units.Select(u => u.Score!.Value).OrderByDescending(s => s).ToList();
        var t = (scores[rank - 2] + scores[rank - 1]) / 200;
        var guiyang = indicators.Select((ind, c) =>
        {
            var column = values.Select(v => v[c]!.Value).ToList();
            var (worst, best) = ind.Direction == "+" ? (column.Min(), column.Max()) : (column.Max(), column.Min());
            return (double?)(worst + (t * (best - worst)));
        }).ToList();

        parks.Insert(0, Guiyang);
        values.Insert(0, guiyang);
        return new ParkTableData(parks, indicators, values, parks.Skip(1).ToList());
    }
}
