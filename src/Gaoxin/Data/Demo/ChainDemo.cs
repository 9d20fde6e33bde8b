using System.Globalization;
using Gaoxin.Engines.Identifiers;
using Gaoxin.Engines.Qualifications;
using Gaoxin.Modules.Chains.Domain;
using Gaoxin.Modules.Chains.Features;
using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// The zones' industrial chains (sample data): Xianyang's display chain from quartz sand to the finished set with 44 firms and
/// a national engineering research centre (sample name); Liudong's auto chain with 耐世特 and 桂格光电; Guiyang's 两主一特;
/// Chengde's "1+2" with its ledger projects; Qingdao's health chain. Every zone has a gap with an investment target and an
/// open lead (Chengde's lead is one of its 75 reserve projects, so the reserve count stays as published).
/// Chief names are samples (示例), not real persons.
/// </summary>
public static class ChainDemo
{
    private const long Wan = 1_000_000;
    private static readonly DateOnly On = new(2022, 6, 20);

    public static async Task SeedAsync(GaoxinDb db, IReadOnlyList<Zone> zones, DateTimeOffset at, CancellationToken ct)
    {
        foreach (var zone in zones)
        {
            if (await db.Chains.IgnoreQueryFilters().AnyAsync(c => c.ZoneId == zone.Id, ct))
            {
                continue;
            }

            var s = new Seed(db, zone, at);
            switch (zone.Code)
            {
                case "xianyang": await XianyangAsync(s, ct); break;
                case "liudong": await LiudongAsync(s, ct); break;
                case "guiyang": await GuiyangAsync(s, ct); break;
                case "chengde": await ChengdeAsync(s, ct); break;
                case "qingdao": Qingdao(s); break;
                default: continue;
            }

            await db.SaveChangesAsync(ct);
        }
    }

    private static async Task XianyangAsync(Seed s, CancellationToken ct)
    {
        var chain = s.Chain("display", "电子显示产业链", ChainKind.Leading, "示例链长（分管副主任）", ["招商局", "科技局", "项目办"], 3m,
            "从石英砂到整机：咸阳高新区电子显示全产业链（示例数据）。");
        var links = s.Links(chain,
            ("quartz", "石英砂", LinkKind.Material, [], null, ["高纯石英砂"]),
            ("glass", "玻璃基板", LinkKind.Material, ["quartz"], null, ["TFT-LCD玻璃基板", "盖板玻璃"]),
            ("rnd", "显示技术研发", LinkKind.Research, [], null, ["显示技术", "液晶材料"]),
            ("polarizer", "偏光片", LinkKind.Component, [], "panel", ["偏光片"]),
            ("panel", "液晶面板", LinkKind.Component, ["glass", "rnd", "polarizer"], null, ["液晶面板", "TFT-LCD"]),
            ("backlight", "背光模组", LinkKind.Component, ["panel"], null, ["背光模组", "导光板"]),
            ("set", "整机", LinkKind.Assembly, ["backlight"], null, ["液晶电视", "显示器"]));
        var existing = await s.Db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == s.Zone.Id && e.Industry == "电子显示").OrderBy(e => e.Name).ToListAsync(ct);
        var centre = s.Enterprise("610400", "平板显示技术国家工程研究中心（示例）", "电子显示", 12_000);
        s.Place(chain, links["rnd"], centre, PlacementRole.Leader, "国家工程研究中心（示例名称）");
        // 44 firms in all: the 15 display firms of the file and 28 sample ones, spread from quartz sand to the set; no set maker leads.
        var plan = new (string Link, int Count, long OutputWan)[] { ("quartz", 4, 9_000), ("glass", 5, 22_000), ("rnd", 2, 3_000), ("panel", 10, 30_000), ("backlight", 12, 9_000), ("set", 10, 6_000) };
        var words = new[] { "晶", "辉", "显", "光", "彩", "屏", "华", "科", "瑞", "普" };
        var next = 0;
        var made = 0;
        foreach (var (link, count, output) in plan)
        {
            for (var i = 0; i < count; i++)
            {
                Enterprise e;
                if (next < existing.Count && i % 2 == 1)
                {
                    e = existing[next++];
                }
                else
                {
                    made++;
                    e = s.Enterprise("610400", $"咸阳{words[made % words.Length]}{words[(made / words.Length + 3) % words.Length]}{links[link].Name}示例{made:D2}有限公司", "电子显示",
                        output * (10 + made % 5) / 10);
                }

                s.Place(chain, links[link], e, i == 0 && link != "set" ? PlacementRole.Leader : link == "rnd" ? PlacementRole.Research : PlacementRole.Supplier, string.Empty);
            }
        }

        foreach (var e in existing.Skip(next))
        {
            s.Place(chain, links["backlight"], e, PlacementRole.Supplier, string.Empty);
        }

        var gap = s.Target(chain, links["polarizer"], "引进偏光片生产企业，补齐面板上游", ["示例偏光片科技股份有限公司", "示例光学膜材有限公司"]);
        s.Lead(chain, links["polarizer"], gap, "XY-ZS-001", "偏光片生产线项目（线索）", 50_000 * Wan);
        s.Target(chain, links["set"], "引进整机龙头企业（链主）", ["示例视讯电子集团", "示例智能终端有限公司"]);
    }

    private static async Task LiudongAsync(Seed s, CancellationToken ct)
    {
        var chain = s.Chain("auto", "汽车产业链", ChainKind.Leading, "示例链长（汽车产业专班）", ["招商局", "项目办", "财政局"], 5m, "整车与零部件配套（示例数据）。");
        var links = s.Links(chain,
            ("steering", "转向系统", LinkKind.Component, [], null, ["电动助力转向", "转向管柱"]),
            ("electronics", "汽车电子与光电", LinkKind.Component, [], null, ["车灯", "光电传感"]),
            ("vehicle", "整车", LinkKind.Assembly, ["steering", "electronics"], null, ["乘用车", "新能源汽车"]));
        var firms = await s.Db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == s.Zone.Id).ToListAsync(ct);
        if (firms.FirstOrDefault(e => e.Name.Contains("耐世特", StringComparison.Ordinal)) is { } nexteer)
        {
            s.Place(chain, links["steering"], nexteer, PlacementRole.Leader, "转向系统链主");
        }

        if (firms.FirstOrDefault(e => e.Name.Contains("桂格", StringComparison.Ordinal)) is { } guige)
        {
            s.Place(chain, links["electronics"], guige, PlacementRole.Supplier, string.Empty);
        }

        var gap = s.Target(chain, links["vehicle"], "引进整车配套及新能源整车项目", ["示例新能源汽车有限公司"]);
        s.Lead(chain, links["vehicle"], gap, "LD-ZS-001", "新能源整车配套项目（线索）", 200_000 * Wan);
    }

    private static async Task GuiyangAsync(Seed s, CancellationToken ct)
    {
        var firms = await s.Db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == s.Zone.Id).OrderBy(e => e.Name).ToListAsync(ct);
        var electronics = firms.Where(e => e.Industry == "大数据电子信息").ToList();
        var equipment = firms.Where(e => e.Industry == "先进装备制造").ToList();
        var materials = firms.Where(e => e.Industry == "新材料").ToList();

        var ei = s.Chain("electronics", "电子信息制造产业链", ChainKind.Leading, "示例链长（电子信息）", ["招商局", "科技局"], null, "两主一特之一（示例数据）。");
        var el = s.Links(ei,
            ("components", "电子元器件", LinkKind.Component, [], null, ["电子元器件", "集成电路"]),
            ("modules", "显示模组", LinkKind.Component, ["components"], null, ["液晶模组", "偏光片"]),
            ("set", "整机", LinkKind.Assembly, ["modules"], null, ["智能终端", "液晶电视"]));
        s.Spread(ei, el, ["components", "modules", "set"], electronics.Take(30).ToList());

        var eq = s.Chain("equipment", "先进装备制造产业链", ChainKind.Leading, "示例链长（装备制造）", ["招商局", "项目办"], null, "两主一特之二（示例数据）。");
        var ql = s.Links(eq,
            ("parts", "基础零部件", LinkKind.Component, [], null, ["轴承", "液压件"]),
            ("machines", "数控机床", LinkKind.Assembly, ["parts"], null, ["数控机床"]),
            ("aero", "航空装备", LinkKind.Assembly, ["parts"], null, ["航空发动机零部件"]));
        s.Spread(eq, ql, ["parts", "machines", "aero"], equipment.Take(24).ToList());

        var nev = s.Chain("nev", "新能源汽车产业链", ChainKind.Emerging, "示例链长（新能源汽车）", ["招商局"], null, "两主一特之特（示例数据）。");
        var nl = s.Links(nev,
            ("battery", "动力电池", LinkKind.Component, [], null, ["磷酸铁锂", "动力电池"]),
            ("motor", "电机电控", LinkKind.Component, [], null, ["驱动电机"]),
            ("vehicle", "整车", LinkKind.Assembly, ["battery", "motor"], null, ["新能源汽车"]));
        s.Spread(nev, nl, ["battery"], materials.Take(4).ToList());
        var gap = s.Target(nev, nl["vehicle"], "引进新能源整车企业", ["示例新能源整车集团"]);
        s.Lead(nev, nl["vehicle"], gap, "GY-ZS-001", "新能源整车基地项目（线索）", 300_000 * Wan);
        s.Target(nev, nl["motor"], "引进电机电控配套企业", ["示例电驱动科技有限公司"]);
    }

    private static async Task ChengdeAsync(Seed s, CancellationToken ct)
    {
        var firms = await s.Db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == s.Zone.Id).OrderBy(e => e.Name).ToListAsync(ct);
        var projects = await s.Db.Projects.IgnoreQueryFilters().Where(p => p.ZoneId == s.Zone.Id).OrderBy(p => p.Code).ToListAsync(ct);
        foreach (var (code, name, kind, chief, linkSpec) in new (string, string, ChainKind, string, (string, string, LinkKind, string[], string?, string[])[])[]
                 {
                     ("instruments", "仪器仪表", ChainKind.Leading, "示例链长（仪器仪表）",
                         [("sensors", "传感器与元件", LinkKind.Component, [], null, ["传感器"]), ("meters", "仪器仪表整机", LinkKind.Assembly, ["sensors"], null, ["流量计", "智能仪表"]), ("testing", "检验检测服务", LinkKind.Service, ["meters"], null, ["计量检测"])]),
                     ("bigdata", "大数据", ChainKind.Emerging, "示例链长（大数据）",
                         [("datacentre", "数据中心", LinkKind.Service, [], null, ["数据中心"]), ("software", "软件与信息服务", LinkKind.Service, ["datacentre"], null, ["工业软件"]), ("apps", "行业应用", LinkKind.Other, ["software"], null, ["智慧文旅"])]),
                     ("equipment", "先进装备制造", ChainKind.Emerging, "示例链长（装备制造）",
                         [("parts", "关键零部件", LinkKind.Component, [], null, ["精密零件"]), ("machines", "成套装备", LinkKind.Assembly, ["parts"], null, ["智能装备"])]),
                 })
        {
            var chain = s.Chain(code, name + "产业链", kind, chief, ["项目办", "招商局", "科技局"], 5m, "“1+2”主导产业（示例数据）。");
            var links = s.Links(chain, linkSpec);
            var order = linkSpec.Select(l => l.Item1).ToArray();
            // The last link of 大数据 (行业应用) is left without firms: the chain's visible gap.
            s.Spread(chain, links, code == "bigdata" ? order[..^1] : order, firms.Where(e => e.Industry == name).Take(12).ToList());
            var own = projects.Where(p => p.Chain == name).ToList();
            // 大数据's lead is a reserve project of the ledger (谋划储备) on the gap's link, linked back to its target.
            var lead = code == "bigdata" ? own.FirstOrDefault(p => p.Stage == ProjectStage.Planned) : null;
            var others = own.Where(p => p != lead).ToList();
            for (var i = 0; i < others.Count; i++)
            {
                s.PlaceProject(chain, links[order[i % (order.Length - (code == "bigdata" ? 1 : 0))]], others[i]);
            }

            if (code == "bigdata")
            {
                var gap = s.Target(chain, links["apps"], "引进大数据行业应用企业", ["示例智慧文旅科技有限公司", "示例数据应用服务有限公司"]);
                if (lead is not null)
                {
                    s.PlaceProject(chain, links["apps"], lead);
                    gap.LeadOpened(lead.Id);
                }
            }
        }
    }

    private static void Qingdao(Seed s)
    {
        var chain = s.Chain("health", "医疗健康产业链", ChainKind.Leading, "示例链长（医疗健康）", ["招商局", "科技局"], 5m, "“1+2+1”中的医疗健康产业（示例数据）。");
        var links = s.Links(chain,
            ("pharma-rnd", "生物医药研发", LinkKind.Research, [], null, ["创新药", "生物材料"]),
            ("devices", "医疗器械", LinkKind.Component, ["pharma-rnd"], null, ["高端医疗器械"]),
            ("care", "健康服务", LinkKind.Service, ["devices"], null, ["智慧健康"]));
        var gap = s.Target(chain, links["devices"], "引进高端医疗器械产业化项目", ["示例医疗器械股份有限公司"]);
        s.Lead(chain, links["devices"], gap, "QD-ZS-001", "高端医疗器械产业化项目（线索）", 40_000 * Wan);
    }

    private sealed class Seed(GaoxinDb db, Zone zone, DateTimeOffset at)
    {
        private int _next;

        public GaoxinDb Db => db;
        public Zone Zone => zone;

        public Chain Chain(string code, string name, ChainKind kind, string chief, string[] units, decimal? share, string description)
        {
            var c = new Chain(zone.Id, code, name)
            {
                Kind = kind, ChiefName = chief, MemberUnits = string.Join('\n', units), WeakBelowSharePercent = share, Description = description, IsSampleData = true,
            };
            db.Chains.Add(c);
            return c;
        }

        public Dictionary<string, ChainLink> Links(Chain chain, params (string Code, string Name, LinkKind Kind, string[] Upstream, string? Parent, string[] Products)[] links)
        {
            var request = links.Select(l => new SetLinks.Link(l.Code, l.Name, l.Kind, l.Upstream, l.Parent, l.Products)).ToList();
            SetLinks.Check(request);
            var (order, cycle) = LinkGraph.Order(SetLinks.Nodes(request));
            if (cycle is not null)
            {
                throw new InvalidOperationException("demo chain with a cycle: " + string.Join(" → ", cycle));
            }

            var made = links.ToDictionary(l => l.Code, l => new ChainLink(zone.Id, chain.Id, l.Code)
            {
                Name = l.Name, Kind = l.Kind, Upstream = string.Join(',', l.Upstream), KeyProducts = string.Join(',', l.Products), Order = order.ToList().IndexOf(l.Code),
            });
            foreach (var l in links.Where(l => l.Parent is not null))
            {
                made[l.Code].ParentId = made[l.Parent!].Id;
            }

            db.ChainLinks.AddRange(made.Values);
            return made;
        }

        public Enterprise Enterprise(string region, string name, string industry, long outputWan)
        {
            _next++;
            var org = CreditCode.CompleteOrganizationCode("7" + _next.ToString("D7", CultureInfo.InvariantCulture));
            var e = new Enterprise(zone.Id, name, CreditCode.Complete("91" + region + org)) { Industry = industry, Chain = industry, RegisteredOn = new DateOnly(2015, 3, 1), IsSampleData = true };
            db.Enterprises.Add(e);
            var revenue = outputWan * Wan;
            var v = new FigureValues(80 + _next, 12, revenue, revenue * 9 / 10, revenue / 2, revenue / 25, revenue / 25, revenue, revenue * 5 / 100, revenue, 0, 0, 1, 0, 3, 0, 0, null);
            var y = new EnterpriseYear(zone.Id, e.Id, 2021);
            y.Set(v, FiguresSource.Demo, "system", at);
            db.EnterpriseYears.Add(y);
            if (_next % 4 == 0)
            {
                var q = new Qualification(zone.Id, e.Id, QualificationKind.Hnte) { IsSampleData = true };
                q.Set(QualificationLevel.National, $"GR2021610{_next:D5}", new DateOnly(2021, 11, 1), new DateOnly(2024, 10, 31));
                db.Qualifications.Add(q);
            }

            return e;
        }

        public void Place(Chain chain, ChainLink link, Enterprise e, PlacementRole role, string note)
            => db.ChainPlacements.Add(new ChainPlacement(zone.Id, chain.Id, link.Id, e.Id, null, role, note));

        public void PlaceProject(Chain chain, ChainLink link, Project p)
            => db.ChainPlacements.Add(new ChainPlacement(zone.Id, chain.Id, link.Id, null, p.Id, PlacementRole.Other, string.Empty));

        /// <summary>Firms over the given links in turn; the first firm on each link is its chain-leader firm.</summary>
        public void Spread(Chain chain, Dictionary<string, ChainLink> links, string[] codes, List<Enterprise> firms)
        {
            for (var i = 0; i < firms.Count; i++)
            {
                Place(chain, links[codes[i % codes.Length]], firms[i], i < codes.Length ? PlacementRole.Leader : PlacementRole.Supplier, string.Empty);
            }
        }

        public InvestmentTarget Target(Chain chain, ChainLink link, string title, string[] candidates)
        {
            var t = new InvestmentTarget(zone.Id, chain.Id, link.Id, title, On, "system") { Candidates = string.Join('\n', candidates), IsSampleData = true };
            db.InvestmentTargets.Add(t);
            return t;
        }

        public void Lead(Chain chain, ChainLink link, InvestmentTarget target, string code, string name, long investmentFen)
        {
            var p = new Project(zone.Id, code, name, ProjectStage.Planned, On)
            {
                Chain = chain.Name, Industry = link.Name, Investor = target.CandidateList.FirstOrDefault() ?? string.Empty, PlannedTotalInvestmentFen = investmentFen, IsSampleData = true,
            };
            db.Projects.Add(p);
            db.ChainPlacements.Add(new ChainPlacement(zone.Id, chain.Id, link.Id, null, p.Id, PlacementRole.Other, "由招商目标转入的线索"));
            target.LeadOpened(p.Id);
        }
    }
}
