using Gaoxin.Engines.Money;
using Gaoxin.Engines.Rules.Budget;
using Gaoxin.Engines.Rules.Policies;
using Gaoxin.Modules.Incentives.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// The policy guides: Guiyang's 73 items in 7 sections (the page gives the counts; titles and texts here are sample data,
/// 示例), Chengde's fund policies (3000万 a year: tech-loan interest and innovation awards) and Liudong's outward-sales
/// reward, each linked to its policy as code; the funds' yearly budgets (Liudong's budget is a sample figure).
/// </summary>
public static class DemoPolicies
{
    public static readonly (string Section, int Count, PolicyCategory Kind, string[] Topics)[] Guiyang =
    [
        ("产业发展", 14, PolicyCategory.Award, ["工业企业技术改造", "规上工业企业培育", "产业链配套", "首台（套）装备", "绿色工厂创建", "数字化转型", "产能扩大"]),
        ("科技创新", 13, PolicyCategory.Award, ["高新技术企业认定", "研发投入后补助", "科技成果转化", "科技型中小企业", "创新平台建设", "技术合同登记", "知识产权"]),
        ("人才引进", 11, PolicyCategory.Right, ["高层次人才住房", "人才子女入学", "博士后工作站", "技能人才", "人才落户", "柔性引才"]),
        ("金融服务", 9, PolicyCategory.Award, ["科技贷款贴息", "企业上市挂牌", "融资担保费补贴", "知识产权质押融资", "股权投资引导"]),
        ("招商引资", 9, PolicyCategory.Award, ["重大项目落地", "总部企业", "以商招商", "外资企业", "固定资产投资"]),
        ("企业服务", 9, PolicyCategory.Relief, ["房租减免", "水电气费用", "小微企业减税", "社保费缓缴", "政务服务代办"]),
        ("资质认定", 8, PolicyCategory.Qualification, ["专精特新认定", "小巨人培育", "技术创新示范企业", "质量标杆", "工业设计中心"]),
    ];

    public static async Task SeedAsync(GaoxinDb db, IReadOnlyList<Zone> zones, CancellationToken ct)
    {
        if (await db.PolicyItems.IgnoreQueryFilters().AnyAsync(ct))
        {
            return;
        }

        if (zones.FirstOrDefault(z => z.Code == "guiyang") is { } guiyang)
        {
            var published = new DateOnly(2022, 3, 1);
            foreach (var (section, count, kind, topics) in Guiyang)
            {
                for (var i = 0; i < count; i++)
                {
                    var topic = topics[i % topics.Length];
                    db.PolicyItems.Add(new PolicyItem(guiyang.Id, section, $"{topic}支持政策（示例{i + 1:D2}）", kind, published.AddDays(i * 3))
                    {
                        Document = "贵阳高新区惠企政策汇编（示例）",
                        Content = $"对符合条件的企业给予{topic}方面的支持（示例数据，正式内容以贵阳高新区发布的政策文件为准）。",
                        Beneficiaries = "注册在贵阳高新区的企业（示例）",
                        Conditions = "依法经营、无不良信用记录，符合该项政策条件（示例）",
                        AmountText = kind == PolicyCategory.Award ? "按政策文件规定的标准给予奖补（示例）" : "按政策文件规定执行（示例）",
                        Procedure = "企业申报 → 部门初审 → 复审 → 公示 → 兑付（示例）",
                        TimeLimit = "受理后 60 个工作日内兑付（快申快享）",
                        WhereToApply = "贵阳高新区政务服务中心（示例）",
                        Contact = "0851-0000000（示例）",
                        IsSampleData = true,
                    });
                }
            }
        }

        if (zones.FirstOrDefault(z => z.Code == "chengde") is { } chengde)
        {
            var fund = Fund.ChengdeScienceFund();
            Linked(db, chengde.Id, "金融服务", "chengde-tech-loan-interest", PolicyCategory.Award, new DateOnly(2022, 1, 10),
                "对科技型企业的科技贷款按实付利息给予贴息（贴息比例和上限为演示参数，待以管委会正式文件替换）。", "科技型企业", "贴息比例 50%，每家每年最高 50万元（演示参数）");
            Linked(db, chengde.Id, "科技创新", "chengde-innovation-awards", PolicyCategory.Award, new DateOnly(2022, 1, 10),
                "对当年新认定高新技术企业、入库科技型中小企业、专精特新企业及研发投入强度达标的企业给予奖励（金额为演示参数）。", "承德高新区企业",
                "新认定高企 20万元、科小 2万元、专精特新 10万元、小巨人 50万元；研发投入强度 3% 奖 5万元、5% 奖 10万元（演示参数）");
            foreach (var (year, budget) in fund.Budgets)
            {
                db.FundYears.Add(new FundYear(chengde.Id, fund.Id, fund.Title.Zh, year, Fen.FromYuan(budget), fund.Policies));
            }
        }

        if (zones.FirstOrDefault(z => z.Code == "liudong") is { } liudong)
        {
            Linked(db, liudong.Id, "产业发展", "liudong-outward-sales", PolicyCategory.Award, new DateOnly(2021, 6, 1),
                "对年度实际向柳州市外整车（主机）厂配套额达到 500万元（含）的企业，按配套额的 2% 给予奖励。2019 年办法限汽车产业企业；2021 年起为普惠型，汽车零部件企业上限提高。",
                "柳东新区工业企业（2021 年起不限行业）", "配套额的 2%，每家最高 100万元，汽车零部件企业最高 200万元（2021）");
            foreach (var year in new[] { 2021, 2022 })
            {
                db.FundYears.Add(new FundYear(liudong.Id, "liudong-outward-fund", "柳东新区外向发展扶持资金（示例预算）", year, Fen.FromYuan(2_500_000m), ["liudong-outward-sales"]));
            }
        }

        await db.SaveChangesAsync(ct);
    }

    private static void Linked(GaoxinDb db, Guid zoneId, string section, string ruleId, PolicyCategory kind, DateOnly published, string content, string beneficiaries, string amount)
    {
        var rule = ShippedPolicies.Get(ruleId).Policy;
        db.PolicyItems.Add(new PolicyItem(zoneId, section, rule.Title.Zh, kind, published)
        {
            Document = rule.Document,
            Content = content,
            Beneficiaries = beneficiaries,
            Conditions = "见政策条款；计算器按政策代码逐条判断并给出说明",
            AmountText = amount,
            Procedure = rule.NeedsNoApplication ? "免申即享：按管委会掌握的数据直接核定 → 复审 → 公示 → 兑付" : "快申快享：企业申报 → 初审 → 复审 → 公示 → 兑付",
            TimeLimit = "受理后 60 个工作日内兑付",
            WhereToApply = "管委会政务服务中心 / 高新平台在线申报",
            Contact = "经济发展局（示例）",
            RuleId = ruleId,
        });
    }
}
