using Gaoxin.Engines.Scheduling;

namespace Gaoxin.Modules.Schedules.Domain;

/// <summary>
/// The templates every zone starts with. Statutory limits are the usual ones for an industrial project (working days):
/// 企业投资项目备案 3, 建设工程规划许可 20, 施工许可 7 (《建筑法》第八条), 联合竣工验收 15. A zone edits them to its
/// own 承诺时限.
/// </summary>
public static class DefaultTemplates
{
    public const string Standard = "standard";
    public const string LandStart = "land-start";

    public static IReadOnlyList<TemplateStep> Steps =>
    [
        new("filing", "立项/备案", 3, 3, "行政审批局 帮办员"),
        new("land", "用地（土地出让）", 40),
        new("planning", "规划许可", 20, 20, "自然资源和规划局 帮办员"),
        new("permit", "施工许可", 7, 7, "住建局 帮办员"),
        new("start", "开工", 0),
        new("structure", "主体完工", 180),
        new("acceptance", "竣工验收", 15, 15, "住建局 帮办员"),
        new("production", "投产", 0),
    ];

    /// <summary>立项/备案 → 用地 → 规划许可 → 施工许可 → 开工 → 主体完工 → 竣工验收 → 投产, one after another.</summary>
    public static MilestoneTemplate StandardFor(Guid zoneId)
    {
        var steps = Steps;
        var links = steps.Zip(steps.Skip(1), (a, b) => new TemplateLink(a.Key, b.Key)).ToList();
        return new MilestoneTemplate(zoneId, Standard, "工业项目标准流程", "工业项目", steps, links);
    }

    /// <summary>
    /// 拿地即开工: after filing the planning and construction permits are examined in parallel with the land sale (pre-review),
    /// so they are ready on the day the land is awarded and works start at once.
    /// </summary>
    public static MilestoneTemplate LandStartFor(Guid zoneId)
    {
        List<TemplateLink> links =
        [
            new("filing", "land"),
            new("filing", "planning"),
            new("filing", "permit"),
            new("land", "start"),
            new("planning", "start"),
            new("permit", "start"),
            new("start", "structure"),
            new("structure", "acceptance"),
            new("acceptance", "production"),
        ];
        return new MilestoneTemplate(zoneId, LandStart, "拿地即开工", "工业项目（拿地即开工）", Steps, links);
    }
}
