using Gaoxin.Engines.Talent;
using Gaoxin.Modules.Talent.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// The talent pool of the demo (DOMAIN.md §1): every zone gets the three standard programmes; Chengde gets the pool's
/// first batch of 101 people (26 正高, 52 副高), 108 talents introduced in 2022 (enrolments: 101 into the standard
/// programmes and 7 also into the zone's own 科技副总 programme) against the 2022 target of 100, a few flexible
/// engagements, and two needs of the demo enterprise account's file with recorded outcomes. The page gives counts only:
/// every person is a generated sample (名字 "…样例", area code 999999 that no region has, 1380000xxxx phones).
/// </summary>
public static class TalentDemo
{
    private static readonly string[] Surnames = ["张", "王", "李", "赵", "刘", "陈", "杨", "黄", "周", "吴", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗"];
    private static readonly string[] Fields = ["新材料", "仪器仪表", "大数据", "先进装备制造", "医药健康", "文旅康养"];

    public static async Task SeedAsync(GaoxinDb db, Zone zone, DateTimeOffset at, CancellationToken ct)
    {
        await Modules.Talent.Features.AddProgramme.EnsureStandardAsync(db, zone.Id, ct);
        if (zone.Code != "chengde" || await db.TalentPeople.IgnoreQueryFilters().AnyAsync(p => p.ZoneId == zone.Id, ct))
        {
            return;
        }

        var programmes = await db.TalentProgrammes.IgnoreQueryFilters().Where(p => p.ZoneId == zone.Id).ToDictionaryAsync(p => p.Kind, ct);
        var own = new Programme(zone.Id, ProgrammeKind.ZoneOwn, "承德高新区科技副总");
        db.TalentProgrammes.Add(own);
        db.TalentTargets.Add(new TalentTarget(zone.Id, 2022, 100));
        var enterprises = await db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == zone.Id).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).ToListAsync(ct);
        var account = enterprises.First(e => e.Name == InnovationDemo.ChengdeAccountEnterprise).Id;
        var random = new Random(2022);
        var people = new List<Person>();
        for (var i = 1; i <= 101; i++)
        {
            // 26 正高, 52 副高, then 中级 and other.
            var title = i <= 26 ? TitleLevel.Senior : i <= 78 ? TitleLevel.AssociateSenior : i % 3 == 0 ? TitleLevel.Other : TitleLevel.Intermediate;
            var born = 1962 + random.Next(0, 34);
            var field = Fields[i % Fields.Length];
            var p = new Person(zone.Id, $"{Surnames[i % Surnames.Length]}{(title == TitleLevel.Senior ? "研究员" : "工程师")}样例{i:D3}")
            {
                Title = title,
                Gender = i % 3 == 1 ? Gender.Female : Gender.Male,
                BirthYear = born,
                Degree = title == TitleLevel.Senior ? Degree.Doctorate : i % 2 == 0 ? Degree.Master : Degree.Bachelor,
                Fields = i % 4 == 0 ? field + ";" + Fields[(i + 2) % Fields.Length] : field,
                Phone = "1380000" + i.ToString("D4", System.Globalization.CultureInfo.InvariantCulture),
                Email = $"sample{i:D3}@example.com",
                IdNumber = IdCardNumber.Complete("999999", new DateOnly(born, 1 + i % 12, 1 + i % 28), i),
                IsSampleData = true,
            };
            if (i % 3 == 0)
            {
                p.EmployerName = i % 2 == 0 ? "示例理工大学（区外）" : "示例科学研究院（区外）";
            }
            else
            {
                p.EmployerId = enterprises[(i * 7) % enterprises.Count].Id;
            }

            people.Add(p);
        }

        db.TalentPeople.AddRange(people);
        for (var i = 0; i < people.Count; i++)
        {
            var kind = i < 60 ? ProgrammeKind.TalentIntroduction : i < 85 ? ProgrammeKind.YoungEagle : ProgrammeKind.TopUniversity;
            var enrolment = new Enrolment(zone.Id, people[i].Id, programmes[kind].Id, new DateOnly(2022, 1 + i % 6, 1 + i % 27));
            db.TalentEnrolments.Add(enrolment);
            // Housing for the senior titles, a salary subsidy for the rest, residence registration for those from outside.
            var housing = people[i].Title == TitleLevel.Senior;
            db.TalentSupportItems.Add(new SupportItem(zone.Id, enrolment.Id, housing ? SupportKind.Housing : SupportKind.SalarySubsidy, (housing ? 100_000L : 24_000L) * 100,
                enrolment.EnrolledOn.AddDays(30), housing ? "人才公寓补贴（示例）" : "年度薪酬补贴（示例）"));
            if (people[i].EmployerId is null)
            {
                db.TalentSupportItems.Add(new SupportItem(zone.Id, enrolment.Id, SupportKind.Residence, 0, enrolment.EnrolledOn.AddDays(10), "落户办理（示例）"));
            }

            if (i < 7)
            {
                db.TalentEnrolments.Add(new Enrolment(zone.Id, people[i].Id, own.Id, new DateOnly(2022, 3, 1 + i)));
            }
        }

        // Flexible talent: two who worked with the demo enterprise account's enterprise, and a few elsewhere.
        db.TalentEngagements.Add(new FlexibleEngagement(zone.Id, people[1].Id, FlexibleForm.WeekendEngineer, account, new DateOnly(2022, 3, 1), new DateOnly(2022, 12, 31)));
        db.TalentEngagements.Add(new FlexibleEngagement(zone.Id, people[31].Id, FlexibleForm.DualEmployment, account, new DateOnly(2021, 9, 1), new DateOnly(2023, 8, 31)));
        for (var i = 40; i < 46; i++)
        {
            db.TalentEngagements.Add(new FlexibleEngagement(zone.Id, people[i].Id, i % 2 == 0 ? FlexibleForm.WeekendEngineer : FlexibleForm.DualEmployment,
                enterprises[i % enterprises.Count].Id, new DateOnly(2022, 1 + i % 5, 1), null));
        }

        var sensor = new TalentNeed(zone.Id, account, "高精度压力变送器温漂补偿技术攻关（示例）", "仪器仪表", "产品在 -20℃～70℃ 温漂超差，需要传感器标定与补偿算法方面的专家（示例需求）。",
            TitleLevel.AssociateSenior, new DateOnly(2022, 12, 31), "chengde-ent", at);
        var housing2 = new TalentNeed(zone.Id, account, "仪表外壳轻量化新材料选型（示例）", "新材料", "寻找工程塑料与铝合金外壳替代方案（示例需求）。",
            null, new DateOnly(2022, 9, 30), "chengde-ent", at);
        db.TalentNeeds.AddRange(sensor, housing2);
        var staff = "chengde";
        db.TalentMatchOutcomes.Add(new MatchOutcome(zone.Id, housing2.Id, people[3].Id, account, MatchOutcomeKind.Engaged, new DateOnly(2022, 6, 20), "签订技术服务协议（示例）", staff, at));
        db.TalentMatchOutcomes.Add(new MatchOutcome(zone.Id, housing2.Id, people[9].Id, account, MatchOutcomeKind.Declined, new DateOnly(2022, 6, 18), "时间冲突（示例）", staff, at));
        db.TalentMatchOutcomes.Add(new MatchOutcome(zone.Id, sensor.Id, people[7].Id, account, MatchOutcomeKind.Contacted, new DateOnly(2022, 7, 12), "已电话联系（示例）", staff, at));
        await db.SaveChangesAsync(ct);
    }
}
