namespace Gaoxin.Modules.Projects.Features.Ledger;

/// <summary>A column of the ledger template: its key, its header in both languages, whether it must be filled, and what it expects.</summary>
public sealed record LedgerColumn(string Key, string Zh, string En, bool Required, string ExpectedZh, string ExpectedEn)
{
    /// <summary>The header as written in the template and exports: both languages, so a file reads back whoever made it.</summary>
    public string Header => $"{Zh} {En}";

    public bool Matches(string header)
    {
        var h = header.Trim();
        return string.Equals(h, Header, StringComparison.OrdinalIgnoreCase) || h == Zh || string.Equals(h, En, StringComparison.OrdinalIgnoreCase);
    }

    public string Expected => System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal) ? ExpectedZh : ExpectedEn;
}

/// <summary>A sheet of the ledger workbook and its columns.</summary>
public sealed record LedgerSheet(string Key, string Zh, string En, IReadOnlyList<LedgerColumn> Columns)
{
    public string Name => $"{Zh} {En}";

    public bool Matches(string name) => string.Equals(name.Trim(), Name, StringComparison.OrdinalIgnoreCase) || name.Trim() == Zh || string.Equals(name.Trim(), En, StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// The project ledger workbook (项目台账) Gaoxin provides as a template, exports, and imports: a sheet of projects and a
/// sheet of monthly investment. Amounts in 万元 as officials keep them.
/// </summary>
public static class LedgerColumns
{
    public static readonly LedgerSheet Projects = new("projects", "项目", "Projects",
    [
        new("code", "项目编号", "Code", true, "不超过 40 个字符，在本园区内唯一", "up to 40 characters, unique in the zone"),
        new("name", "项目名称", "Name", true, "2 至 200 个字符", "2 to 200 characters"),
        new("investor", "投资方", "Investor", false, "不超过 200 个字符", "up to 200 characters"),
        new("creditCode", "统一社会信用代码", "Credit code", false, "18 位统一社会信用代码", "an 18-character unified social credit code"),
        new("industry", "行业", "Industry", false, "不超过 100 个字符", "up to 100 characters"),
        new("chain", "产业链", "Chain", false, "不超过 100 个字符", "up to 100 characters"),
        new("channel", "招商渠道", "Channel", false, "园区招商、协会招商、委托招商、小团组招商、飞地共建或其他", "Park promotion, Association, Agency, Small group, Enclave co-building or Other"),
        new("foreign", "外资", "Foreign", false, "是或否", "yes or no"),
        new("fortune500", "世界500强", "Fortune 500", false, "是或否", "yes or no"),
        new("location", "建设地点", "Location", false, "不超过 200 个字符", "up to 200 characters"),
        new("land", "用地（亩）", "Land (mu)", false, "不小于 0 的数", "a number of at least 0"),
        new("total", "计划总投资（万元）", "Planned total (10k yuan)", true, "不小于 0 的金额，最多六位小数", "an amount of at least 0, at most six decimals"),
        new("year", "计划年度", "Plan year", false, "2000 至 2100 的年份", "a year from 2000 to 2100"),
        new("yearPlan", "年度计划投资（万元）", "Year plan (10k yuan)", false, "不小于 0、不超过计划总投资的金额", "an amount of at least 0 and at most the planned total"),
        new("key", "重点级别", "Key level", false, "省重点、市重点、园区重点，可用顿号分隔多个", "Provincial key, City key, Zone key; several separated by commas"),
        new("tags", "专项", "Programmes", false, "用顿号或逗号分隔", "separated by commas"),
        new("department", "责任单位", "Unit", false, "本园区已有的部门名称", "the name of one of the zone's departments"),
        new("stage", "阶段", "Stage", true, "谋划储备、在谈、签约、落地、开工、竣工投产、中止或退出", "Planned, Negotiating, Signed, Landed, Started, In production, Suspended or Dropped"),
        new("since", "阶段日期", "Since", true, "yyyy-MM-dd 格式、不晚于今天的日期", "a date written yyyy-MM-dd, not after today"),
        new("plannedStart", "计划开工", "Planned start", false, "yyyy-MM 格式的月份", "a month written yyyy-MM"),
    ]);

    public static readonly LedgerSheet Monthly = new("monthly", "月度投资", "Monthly", [
        new("code", "项目编号", "Code", true, "台账中或本文件项目表中的项目编号", "a project code in the ledger or on the projects sheet of this file"),
        new("year", "年", "Year", true, "2000 至今年", "2000 to this year"),
        new("month", "月", "Month", true, "1 至 12，不晚于本月", "1 to 12, not after this month"),
        new("reported", "本月完成（万元）", "Reported (10k yuan)", true, "不小于 0 的金额", "an amount of at least 0"),
        new("statistical", "入统数（万元）", "Statistical (10k yuan)", false, "不小于 0 的金额", "an amount of at least 0"),
        new("notes", "备注", "Notes", false, "不超过 500 个字符", "up to 500 characters"),
    ]);

    public static readonly IReadOnlyList<LedgerSheet> Sheets = [Projects, Monthly];
}
