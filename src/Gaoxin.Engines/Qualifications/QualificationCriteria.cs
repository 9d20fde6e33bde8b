using System.Globalization;

namespace Gaoxin.Engines.Qualifications;

/// <summary>
/// A published set of criteria for one qualification, in force from a date. A version that is known to exist but
/// whose criteria are not encoded yet (<see cref="Loaded"/> false) makes checks after its date say so.
/// </summary>
public sealed record CriteriaVersion(QualificationKind Kind, string Document, DateOnly EffectiveFrom, bool Loaded = true);

/// <summary>
/// The pre-check of tiered cultivation (梯度培育): an enterprise's figures against each qualification's official
/// criteria (DOMAIN.md §5), criterion by criterion, with the gap in words. Pure: facts and a date in, verdicts out.
/// Thresholds are inclusive where the documents say 以上/不低于/含 (≥), exclusive where they say 以下/不超过 as written below.
/// </summary>
public static class QualificationCriteria
{
    private const long Wan = 1_000_000; // fen in 1万 yuan
    private const long Yi = 10_000 * Wan;

    public static readonly IReadOnlyList<CriteriaVersion> Versions =
    [
        // 《高新技术企业认定管理办法》国科发火〔2016〕32号, in force from 2016-01-01.
        new(QualificationKind.Hnte, "国科发火〔2016〕32号《高新技术企业认定管理办法》", new DateOnly(2016, 1, 1)),
        // 《科技型中小企业评价办法》国科发政〔2022〕67号 (replaces 国科发政〔2017〕115号 for the 2022 evaluation year on).
        new(QualificationKind.TechSme, "国科发政〔2022〕67号《科技型中小企业评价办法》", new DateOnly(2022, 1, 1)),
        // 《优质中小企业梯度培育管理暂行办法》工信部企业〔2022〕63号, from 2022-08-01; a revised measure from 2026-04-01 (not encoded yet).
        new(QualificationKind.InnovativeSme, "工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》", new DateOnly(2022, 8, 1)),
        new(QualificationKind.InnovativeSme, "优质中小企业梯度培育管理办法（2026 年修订）", new DateOnly(2026, 4, 1), Loaded: false),
        new(QualificationKind.Srdi, "工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》", new DateOnly(2022, 8, 1)),
        new(QualificationKind.Srdi, "优质中小企业梯度培育管理办法（2026 年修订）", new DateOnly(2026, 4, 1), Loaded: false),
        new(QualificationKind.LittleGiant, "工信部企业〔2022〕63号《优质中小企业梯度培育管理暂行办法》", new DateOnly(2022, 8, 1)),
        new(QualificationKind.LittleGiant, "优质中小企业梯度培育管理办法（2026 年修订）", new DateOnly(2026, 4, 1), Loaded: false),
        // 国家统计局: from the 2011 reporting year, industrial enterprises with main-business revenue of 20 million yuan or more.
        new(QualificationKind.AboveScale, "国家统计局规模以上工业企业统计标准（2011 年起：年主营业务收入 2000 万元及以上）", new DateOnly(2011, 1, 1)),
    ];

    /// <summary>How many years a grant stays in force (tech-based SME: the evaluation year only).</summary>
    public static int ValidYears(QualificationKind kind) => kind switch
    {
        QualificationKind.Hnte or QualificationKind.InnovativeSme or QualificationKind.Srdi or QualificationKind.LittleGiant => 3,
        _ => 1,
    };

    /// <summary>Checks every qualification for the figures of <paramref name="year"/>, assessed on <paramref name="asOf"/>.</summary>
    public static IReadOnlyList<PreCheckResult> CheckAll(EnterpriseFacts facts, int year, DateOnly asOf)
        => Enum.GetValues<QualificationKind>().Select(k => Check(k, facts, year, asOf)).ToList();

    public static PreCheckResult Check(QualificationKind kind, EnterpriseFacts facts, int year, DateOnly asOf)
    {
        var versions = Versions.Where(v => v.Kind == kind).OrderBy(v => v.EffectiveFrom).ToList();
        var version = versions.LastOrDefault(v => v.Loaded && v.EffectiveFrom <= asOf) ?? versions.First(v => v.Loaded);
        var pending = versions.FirstOrDefault(v => !v.Loaded && v.EffectiveFrom <= asOf && v.EffectiveFrom > version.EffectiveFrom);
        string? noteEn = null, noteZh = null;
        if (pending is not null)
        {
            noteEn = $"A revised measure applies from {pending.EffectiveFrom:yyyy-MM-dd}; its criteria are not loaded yet, so this check uses {version.Document} and may be out of date.";
            noteZh = $"自 {pending.EffectiveFrom:yyyy-MM-dd} 起施行修订后的办法，其条件尚未录入，本预检仍按{version.Document}，结果可能已不适用。";
        }
        else if (version.EffectiveFrom > asOf)
        {
            noteEn = $"The criteria in force before {version.EffectiveFrom:yyyy-MM-dd} are not loaded; this check uses {version.Document}.";
            noteZh = $"{version.EffectiveFrom:yyyy-MM-dd} 之前适用的条件未录入，本预检按{version.Document}。";
        }

        var latest = facts.Years.FirstOrDefault(y => y.Year == year);
        var criteria = new List<CriterionResult>();
        int? score = null;
        switch (kind)
        {
            case QualificationKind.Hnte:
                Hnte(facts, latest, year, asOf, criteria);
                break;
            case QualificationKind.TechSme:
                score = TechSme(latest, year, criteria);
                break;
            case QualificationKind.InnovativeSme:
                InnovativeSme(facts, criteria);
                break;
            case QualificationKind.Srdi:
                Srdi(facts, latest, year, asOf, criteria);
                break;
            case QualificationKind.LittleGiant:
                LittleGiant(facts, latest, year, asOf, criteria);
                break;
            case QualificationKind.AboveScale:
                AboveScale(latest, year, criteria);
                break;
        }

        return new PreCheckResult(kind, version.Document, version.EffectiveFrom, year, criteria, score, noteEn, noteZh);
    }

    private static void Hnte(EnterpriseFacts facts, YearFacts? latest, int year, DateOnly asOf, List<CriterionResult> criteria)
    {
        criteria.Add(RegisteredFor(facts, asOf, 1, "hnte.registered"));
        if (latest is null)
        {
            criteria.Add(NoFigures("hnte.figures", year));
            return;
        }

        var ip = latest.ClassOneIp + latest.ClassTwoIp;
        criteria.Add(ip >= 1
            ? Met("hnte.ip", $"Owns {ip} item(s) of IP.", $"拥有知识产权 {ip} 项。")
            : NotMet("hnte.ip", "Owns no IP; core IP in the supported fields is needed.", "未拥有知识产权；须拥有支持领域的核心自主知识产权。"));
        criteria.Add(StaffShare("hnte.staff", latest, 10m));

        // R&D intensity over the last three years (fewer when registered less than three years before).
        var years = Enumerable.Range(year - 2, 3).ToList();
        var registeredYear = facts.RegisteredOn?.Year;
        if (registeredYear is { } ry)
        {
            years = years.Where(y => y >= ry).ToList();
        }

        var window = facts.Years.Where(y => years.Contains(y.Year)).ToList();
        var span = years.Count == 0 ? $"{year}" : years.Count == 1 ? $"{years[0]}" : $"{years[0]}–{years[^1]}";
        if (window.Count < Math.Max(1, years.Count))
        {
            var missing = string.Join(", ", years.Where(y => window.All(w => w.Year != y)));
            criteria.Add(Unknown("hnte.rd", $"R&D intensity needs the figures of {span}; missing: {missing}.", $"研发费用占比须有 {span} 年的数据；缺 {missing} 年。"));
            criteria.Add(Unknown("hnte.rdChina", $"R&D spent in China needs the figures of {span}.", $"境内研发费用占比须有 {span} 年的数据。"));
        }
        else
        {
            var sales = window.Sum(w => w.RevenueFen);
            var rd = window.Sum(w => w.RdExpenseFen);
            var (need, bandEn, bandZh) = latest.RevenueFen <= 5_000 * Wan // 5000万 inclusive
                ? (5m, "up to 50 m yuan", "5000万（含）以下")
                : latest.RevenueFen <= 2 * Yi ? (4m, "50 m–200 m yuan", "5000万–2亿（含）") : (3m, "over 200 m yuan", "2亿以上");
            var share = sales == 0 ? 0m : rd * 100m / sales;
            criteria.Add(share >= need
                ? Met("hnte.rd", $"R&D intensity {Pct(share)} over {span}, needs {Pct(need)} for sales band {bandEn}.", $"{span} 年研发费用占销售收入 {Pct(share)}，销售收入{bandZh}档须不低于 {Pct(need)}。")
                : NotMet("hnte.rd", $"R&D intensity {Pct(share)} over {span}, needs {Pct(need)} for sales band {bandEn} (short by {Points(need - share)}).",
                    $"{span} 年研发费用占销售收入 {Pct(share)}，销售收入{bandZh}档须不低于 {Pct(need)}（差 {Points(need - share)} 个百分点）。"));
            var china = window.Sum(w => w.RdInChinaFen);
            var chinaShare = rd == 0 ? 0m : china * 100m / rd;
            criteria.Add(rd > 0 && chinaShare >= 60m
                ? Met("hnte.rdChina", $"{Pct(chinaShare)} of R&D spent in China, needs 60%.", $"境内研发费用占 {Pct(chinaShare)}，须不低于 60%。")
                : NotMet("hnte.rdChina", $"{Pct(chinaShare)} of R&D spent in China, needs 60%.", $"境内研发费用占 {Pct(chinaShare)}，须不低于 60%。"));
        }

        var hightech = latest.RevenueFen == 0 ? 0m : latest.HighTechIncomeFen * 100m / latest.RevenueFen;
        criteria.Add(hightech >= 60m
            ? Met("hnte.income", $"High-tech product and service income {Pct(hightech)} of total income in {year}, needs 60%.", $"{year} 年高新技术产品（服务）收入占总收入 {Pct(hightech)}，须不低于 60%。")
            : NotMet("hnte.income", $"High-tech product and service income {Pct(hightech)} of total income in {year}, needs 60% (short by {Points(60m - hightech)}).",
                $"{year} 年高新技术产品（服务）收入占总收入 {Pct(hightech)}，须不低于 60%（差 {Points(60m - hightech)} 个百分点）。"));
        criteria.Add(latest.InnovationScore switch
        {
            null => Unknown("hnte.score", "Innovation score not assessed; needs 70 (IP, conversion, management, growth).", "未自评创新能力得分；须不低于 70 分（知识产权、成果转化、研发组织管理、成长性）。"),
            >= 70 => Met("hnte.score", $"Innovation score {latest.InnovationScore}, needs 70.", $"创新能力得分 {latest.InnovationScore}，须不低于 70 分。"),
            _ => NotMet("hnte.score", $"Innovation score {latest.InnovationScore}, needs 70 (short by {70 - latest.InnovationScore}).", $"创新能力得分 {latest.InnovationScore}，须不低于 70 分（差 {70 - latest.InnovationScore} 分）。"),
        });
    }

    /// <summary>The tech-based SME score of 国科发政〔2022〕67号: S&amp;T staff share (20), R&amp;D by R&amp;D/sales (50), IP (30).</summary>
    private static int? TechSme(YearFacts? latest, int year, List<CriterionResult> criteria)
    {
        if (latest is null)
        {
            criteria.Add(NoFigures("techSme.figures", year));
            return null;
        }

        criteria.Add(latest.Staff <= 500
            ? Met("techSme.staff", $"Staff {latest.Staff}, at most 500.", $"职工 {latest.Staff} 人，不超过 500 人。")
            : NotMet("techSme.staff", $"Staff {latest.Staff}, at most 500 allowed.", $"职工 {latest.Staff} 人，超过 500 人上限。"));
        criteria.Add(latest.RevenueFen <= 2 * Yi
            ? Met("techSme.revenue", $"Revenue {Money(latest.RevenueFen, false)}, at most 200 m yuan.", $"年销售收入 {Money(latest.RevenueFen, true)}，不超过 2亿元。")
            : NotMet("techSme.revenue", $"Revenue {Money(latest.RevenueFen, false)}, at most 200 m yuan allowed.", $"年销售收入 {Money(latest.RevenueFen, true)}，超过 2亿元上限。"));
        criteria.Add(latest.AssetsFen <= 2 * Yi
            ? Met("techSme.assets", $"Total assets {Money(latest.AssetsFen, false)}, at most 200 m yuan.", $"资产总额 {Money(latest.AssetsFen, true)}，不超过 2亿元。")
            : NotMet("techSme.assets", $"Total assets {Money(latest.AssetsFen, false)}, at most 200 m yuan allowed.", $"资产总额 {Money(latest.AssetsFen, true)}，超过 2亿元上限。"));

        var staffShare = latest.Staff == 0 ? 0m : latest.ScienceStaff * 100m / latest.Staff;
        var staffScore = staffShare switch { >= 30m => 20, >= 25m => 16, >= 20m => 12, >= 15m => 8, >= 10m => 4, _ => 0 };
        var rdShare = latest.RevenueFen == 0 ? (latest.RdExpenseFen > 0 ? 100m : 0m) : latest.RdExpenseFen * 100m / latest.RevenueFen;
        var rdScore = rdShare switch { >= 6m => 50, >= 5m => 40, >= 4m => 30, >= 3m => 20, >= 2m => 10, _ => 0 };
        var ipScore = latest.ClassOneIp >= 1 ? 30 : latest.ClassTwoIp switch { >= 4 => 24, 3 => 18, 2 => 12, 1 => 6, _ => 0 };
        var score = staffScore + rdScore + ipScore;
        criteria.Add(staffScore > 0
            ? Met("techSme.staffScore", $"S&T staff {Pct(staffShare)} of staff: {staffScore} of 20 points (needs more than 0).", $"科技人员占职工 {Pct(staffShare)}：得 {staffScore}/20 分（须大于 0 分）。")
            : NotMet("techSme.staffScore", $"S&T staff {Pct(staffShare)} of staff scores 0 of 20; at least 10% is needed for any points.", $"科技人员占职工 {Pct(staffShare)}，得 0 分；须达到 10% 才得分。"));
        var parts = $"S&T staff {staffScore}, R&D {Pct(rdShare)} of sales {rdScore}, IP {ipScore}";
        var partsZh = $"科技人员 {staffScore} 分，研发投入占销售收入 {Pct(rdShare)} 得 {rdScore} 分，知识产权 {ipScore} 分";
        criteria.Add(score >= 60
            ? Met("techSme.score", $"Score {score} ({parts}), needs 60.", $"评价得分 {score}（{partsZh}），须不低于 60 分。")
            : NotMet("techSme.score", $"Score {score} ({parts}), needs 60 (short by {60 - score}).", $"评价得分 {score}（{partsZh}），须不低于 60 分（差 {60 - score} 分）。"));
        return score;
    }

    private static void InnovativeSme(EnterpriseFacts facts, List<CriterionResult> criteria)
    {
        // 63号 附件1: an HNTE (in force) qualifies directly; otherwise six scored indicators (≥60), some on data the
        // file does not hold (debt ratio, field of the main product), so the pre-check cannot decide them.
        criteria.Add(facts.Held.Contains(QualificationKind.Hnte)
            ? Met("innovativeSme.direct", "Holds HNTE status in force: qualifies directly.", "持有有效期内的高新技术企业资格：可直接认定。")
            : Unknown("innovativeSme.direct", "No direct route (e.g. HNTE in force); the six-indicator score (needs 60) is assessed on application.", "不满足直通条件（如有效期内高新技术企业）；须按六项指标评分（不低于 60 分），申报时评定。"));
    }

    private static void Srdi(EnterpriseFacts facts, YearFacts? latest, int year, DateOnly asOf, List<CriterionResult> criteria)
    {
        criteria.Add(facts.Held.Contains(QualificationKind.InnovativeSme) || facts.Held.Contains(QualificationKind.Srdi) || facts.Held.Contains(QualificationKind.LittleGiant)
            ? Met("srdi.tier", "Is an innovative SME (the tier below).", "已是创新型中小企业（下一梯度）。")
            : NotMet("srdi.tier", "Is not an innovative SME; that tier comes first.", "尚未认定为创新型中小企业；须先进入该梯度。"));
        criteria.Add(InNiche(facts, asOf, 2, "srdi.niche"));
        if (latest is null)
        {
            criteria.Add(NoFigures("srdi.figures", year));
            return;
        }

        var share = latest.RevenueFen == 0 ? 0m : latest.RdExpenseFen * 100m / latest.RevenueFen;
        criteria.Add(latest.RdExpenseFen >= 100 * Wan && share >= 3m
            ? Met("srdi.rd", $"R&D {Money(latest.RdExpenseFen, false)}, {Pct(share)} of revenue; needs 1 m yuan and 3%.", $"研发费用 {Money(latest.RdExpenseFen, true)}，占营业收入 {Pct(share)}；须不低于 100万元且不低于 3%。")
            : NotMet("srdi.rd", $"R&D {Money(latest.RdExpenseFen, false)}, {Pct(share)} of revenue; needs at least 1 m yuan and 3%.", $"研发费用 {Money(latest.RdExpenseFen, true)}，占营业收入 {Pct(share)}；须不低于 100万元且不低于 3%。"));
        criteria.Add(latest.RevenueFen >= 1_000 * Wan
            ? Met("srdi.revenue", $"Revenue {Money(latest.RevenueFen, false)}, needs 10 m yuan.", $"营业收入 {Money(latest.RevenueFen, true)}，须不低于 1000万元。")
            : NotMet("srdi.revenue", $"Revenue {Money(latest.RevenueFen, false)}, needs 10 m yuan (or 20 m yuan of new equity financing in two years).", $"营业收入 {Money(latest.RevenueFen, true)}，须不低于 1000万元（或近 2 年新增股权融资 2000万元以上）。"));
        criteria.Add(Unknown("srdi.score", "The SRDI score (specialised, refined, distinctive, innovative; needs 60) is assessed on application.", "专精特新评分（专业化、精细化、特色化、创新能力，须不低于 60 分）申报时评定。"));
    }

    private static void LittleGiant(EnterpriseFacts facts, YearFacts? latest, int year, DateOnly asOf, List<CriterionResult> criteria)
    {
        criteria.Add(facts.Held.Contains(QualificationKind.Srdi) || facts.Held.Contains(QualificationKind.LittleGiant)
            ? Met("littleGiant.tier", "Is an SRDI SME (the tier below).", "已是专精特新中小企业（下一梯度）。")
            : NotMet("littleGiant.tier", "Is not an SRDI SME; that tier comes first.", "尚未认定为专精特新中小企业；须先进入该梯度。"));
        criteria.Add(InNiche(facts, asOf, 3, "littleGiant.niche"));
        if (latest is null)
        {
            criteria.Add(NoFigures("littleGiant.figures", year));
            return;
        }

        var main = latest.RevenueFen == 0 ? 0m : latest.MainBusinessRevenueFen * 100m / latest.RevenueFen;
        criteria.Add(main >= 70m
            ? Met("littleGiant.main", $"Main business {Pct(main)} of revenue, needs 70%.", $"主营业务收入占营业收入 {Pct(main)}，须不低于 70%。")
            : NotMet("littleGiant.main", $"Main business {Pct(main)} of revenue, needs 70% (short by {Points(70m - main)}).", $"主营业务收入占营业收入 {Pct(main)}，须不低于 70%（差 {Points(70m - main)} 个百分点）。"));

        // R&D over the last two years against the latest year's revenue band.
        var window = facts.Years.Where(y => y.Year == year || y.Year == year - 1).ToList();
        var rd = window.Sum(w => w.RdExpenseFen);
        var sales = window.Sum(w => w.RevenueFen);
        var share = sales == 0 ? 0m : rd * 100m / sales;
        if (latest.RevenueFen < 5_000 * Wan)
        {
            criteria.Add(NotMet("littleGiant.rd", $"Revenue {Money(latest.RevenueFen, false)} is under 50 m yuan: only the financing route (80 m yuan equity, 30 m yuan R&D, R&D staff 50%) remains.",
                $"营业收入 {Money(latest.RevenueFen, true)} 低于 5000万元：仅可走股权融资路径（近 2 年新增股权融资 8000万元以上、研发费用 3000万元以上、研发人员占比 50% 以上）。"));
        }
        else
        {
            var (need, bandEn, bandZh) = latest.RevenueFen >= Yi ? (3m, "100 m yuan and over", "1亿元以上") : (6m, "50 m–100 m yuan", "5000万–1亿元");
            criteria.Add(share >= need
                ? Met("littleGiant.rd", $"R&D intensity {Pct(share)} over {year - 1}–{year}, needs {Pct(need)} for revenue band {bandEn}.", $"{year - 1}–{year} 年研发费用占营业收入 {Pct(share)}，营业收入{bandZh}档须不低于 {Pct(need)}。")
                : NotMet("littleGiant.rd", $"R&D intensity {Pct(share)} over {year - 1}–{year}, needs {Pct(need)} for revenue band {bandEn} (short by {Points(need - share)}).",
                    $"{year - 1}–{year} 年研发费用占营业收入 {Pct(share)}，营业收入{bandZh}档须不低于 {Pct(need)}（差 {Points(need - share)} 个百分点）。"));
        }

        criteria.Add(latest.ClassOneIp >= 2
            ? Met("littleGiant.ip", $"{latest.ClassOneIp} Class I IP items, needs 2.", $"Ⅰ类知识产权 {latest.ClassOneIp} 项，须不少于 2 项。")
            : NotMet("littleGiant.ip", $"{latest.ClassOneIp} Class I IP items, needs 2 (short by {2 - latest.ClassOneIp}).", $"Ⅰ类知识产权 {latest.ClassOneIp} 项，须不少于 2 项（差 {2 - latest.ClassOneIp} 项）。"));
    }

    private static void AboveScale(YearFacts? latest, int year, List<CriterionResult> criteria)
    {
        if (latest is null)
        {
            criteria.Add(NoFigures("aboveScale.figures", year));
            return;
        }

        criteria.Add(latest.MainBusinessRevenueFen >= 2_000 * Wan
            ? Met("aboveScale.revenue", $"Main-business revenue {Money(latest.MainBusinessRevenueFen, false)} in {year}, needs 20 m yuan.", $"{year} 年主营业务收入 {Money(latest.MainBusinessRevenueFen, true)}，须不低于 2000万元。")
            : NotMet("aboveScale.revenue", $"Main-business revenue {Money(latest.MainBusinessRevenueFen, false)} in {year}, needs 20 m yuan (short by {Money(2_000 * Wan - latest.MainBusinessRevenueFen, false)}).",
                $"{year} 年主营业务收入 {Money(latest.MainBusinessRevenueFen, true)}，须不低于 2000万元（差 {Money(2_000 * Wan - latest.MainBusinessRevenueFen, true)}）。"));
    }

    private static CriterionResult StaffShare(string code, YearFacts latest, decimal need)
    {
        var share = latest.Staff == 0 ? 0m : latest.ScienceStaff * 100m / latest.Staff;
        return share >= need
            ? Met(code, $"S&T staff {latest.ScienceStaff} of {latest.Staff} ({Pct(share)}), needs {Pct(need)}.", $"科技人员 {latest.ScienceStaff}/{latest.Staff} 人（{Pct(share)}），须不低于 {Pct(need)}。")
            : NotMet(code, $"S&T staff {latest.ScienceStaff} of {latest.Staff} ({Pct(share)}), needs {Pct(need)} (short by {Points(need - share)}).",
                $"科技人员 {latest.ScienceStaff}/{latest.Staff} 人（{Pct(share)}），须不低于 {Pct(need)}（差 {Points(need - share)} 个百分点）。");
    }

    private static CriterionResult RegisteredFor(EnterpriseFacts facts, DateOnly asOf, int years, string code)
    {
        if (facts.RegisteredOn is not { } on)
        {
            return Unknown(code, "Registration date not given.", "未填写注册日期。");
        }

        return on.AddYears(years) <= asOf
            ? Met(code, $"Registered {on:yyyy-MM-dd}, at least {years} year(s) before {asOf:yyyy-MM-dd}.", $"{on:yyyy-MM-dd} 注册，截至 {asOf:yyyy-MM-dd} 已满 {years} 年。")
            : NotMet(code, $"Registered {on:yyyy-MM-dd}: {years} year(s) are reached on {on.AddYears(years):yyyy-MM-dd}.", $"{on:yyyy-MM-dd} 注册：{on.AddYears(years):yyyy-MM-dd} 方满 {years} 年。");
    }

    private static CriterionResult InNiche(EnterpriseFacts facts, DateOnly asOf, int years, string code)
    {
        if (facts.NicheSince is not { } on)
        {
            return Unknown(code, $"Date of entering its niche market not given; needs {years} years.", $"未填写进入细分市场时间；须满 {years} 年。");
        }

        return on.AddYears(years) <= asOf
            ? Met(code, $"In its niche market since {on:yyyy-MM-dd}, needs {years} years.", $"{on:yyyy-MM-dd} 起从事细分市场，须满 {years} 年。")
            : NotMet(code, $"In its niche market since {on:yyyy-MM-dd}: {years} years are reached on {on.AddYears(years):yyyy-MM-dd}.", $"{on:yyyy-MM-dd} 起从事细分市场：{on.AddYears(years):yyyy-MM-dd} 方满 {years} 年。");
    }

    private static CriterionResult NoFigures(string code, int year)
        => Unknown(code, $"No figures reported for {year}.", $"未填报 {year} 年数据。");

    private static CriterionResult Met(string code, string en, string zh) => new(code, CriterionStatus.Met, en, zh);

    private static CriterionResult NotMet(string code, string en, string zh) => new(code, CriterionStatus.NotMet, en, zh);

    private static CriterionResult Unknown(string code, string en, string zh) => new(code, CriterionStatus.Unknown, en, zh);

    /// <summary>A share in percent, one decimal, rounded down so a value just under a threshold never reads as the threshold.</summary>
    internal static string Pct(decimal percent) => (Math.Floor(percent * 10m) / 10m).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string Points(decimal gap) => (Math.Ceiling(gap * 10m) / 10m).ToString("0.#", CultureInfo.InvariantCulture);

    /// <summary>Money as officials read it: 万/亿 in Chinese, million yuan in English.</summary>
    internal static string Money(long fen, bool chinese)
    {
        var yuan = fen / 100m;
        if (chinese)
        {
            return yuan >= 100_000_000m ? Trim(yuan / 100_000_000m) + "亿元" : Trim(yuan / 10_000m) + "万元";
        }

        return Trim(yuan / 1_000_000m) + " m yuan";
    }

    private static string Trim(decimal value) => Math.Round(value, 2, MidpointRounding.AwayFromZero).ToString("#,0.##", CultureInfo.InvariantCulture);
}
