using System.Text.Json;
using Gaoxin.Modules.Projects.Domain;
using Gaoxin.Modules.Projects.Features.Dispatch;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Chengde's problem list and one past dispatch meeting (2022-07-01), so that the problem list, the war-board's overdue
/// problems and the meetings page have something real to show. Problems, units and people are sample data (示例数据);
/// they sit on projects whose June light is red. Each problem has gone through the workflow step by step.
/// </summary>
public static class DemoDispatch
{
    public const string MeetingTitle = "2022年第13次项目建设双周调度会（示例）";

    private static readonly (string Title, string Unit, string Person, string Raised, string? Assigned, string? Deadline, string? Resolved, bool Closed)[] Problems =
    [
        ("施工用电增容审批滞后（示例）", "审批局", "张科长", "2022-05-10", "2022-05-12", "2022-06-10", "2022-06-08", true),
        ("土地征收补偿款未拨付到位（示例）", "财政局", "李科长", "2022-05-20", "2022-05-23", "2022-06-30", "2022-06-28", true),
        ("环评批复材料需补正（示例）", "审批局", "王科长", "2022-06-06", "2022-06-08", "2022-07-08", "2022-07-12", false),
        ("配套道路未贯通影响设备进场（示例）", "项目办", "赵主任", "2022-06-13", "2022-06-15", "2022-07-08", null, false),
        ("施工许可证办理进度慢（示例）", "审批局", "孙科长", "2022-06-27", "2022-06-29", "2022-07-29", null, false),
        ("技术工人招聘缺口约80人（示例）", "人社局", "周科长", "2022-07-04", "2022-07-05", "2022-08-05", null, false),
        ("项目贷款审批未完成（示例）", "财政局", "吴科长", "2022-07-11", null, null, null, false),
        ("进口设备清关延误（示例）", "招商局", "郑科长", "2022-07-13", null, null, null, false),
    ];

    public static async Task SeedChengdeAsync(GaoxinDb db, Zone zone, CancellationToken ct)
    {
        if (await db.DispatchMeetings.IgnoreQueryFilters().AnyAsync(m => m.ZoneId == zone.Id, ct))
        {
            return;
        }

        var red = await db.MonthlyReports.IgnoreQueryFilters().Where(r => r.ZoneId == zone.Id && r.Year == 2022 && r.Month == 6 && r.Light == LightColor.Red)
            .Join(db.Projects.IgnoreQueryFilters(), r => r.ProjectId, p => p.Id, (r, p) => new { p.Id, p.Code }).OrderBy(p => p.Code).Select(p => p.Id).Take(Problems.Length).ToListAsync(ct);
        var units = await db.Departments.IgnoreQueryFilters().Where(d => d.ZoneId == zone.Id).ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        if (red.Count == 0)
        {
            return;
        }

        static DateTimeOffset At(string day) => new(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture).ToDateTime(new TimeOnly(1, 0)), TimeSpan.Zero); // 09:00 in Beijing
        static DateOnly Day(string day) => DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture);
        const string office = "承德项目办（示例）";
        for (var i = 0; i < Problems.Length; i++)
        {
            var p = Problems[i];
            var problem = new Problem(zone.Id, red[i % red.Count], p.Title, null, office, Day(p.Raised), At(p.Raised));
            if (p.Assigned is { } assigned)
            {
                problem.Assign(units[p.Unit], p.Person, Day(p.Deadline!), office, Day(assigned), At(assigned));
            }

            if (p.Resolved is { } resolved)
            {
                problem.Resolve("已协调办结（示例）", p.Person, Day(resolved), At(resolved));
                if (p.Closed)
                {
                    problem.Check(true, "现场核实（示例）", office, At(resolved).AddDays(2));
                    problem.Close(office, Day(resolved).AddDays(3), At(resolved).AddDays(3));
                }
            }

            db.Problems.Add(problem);
        }

        await db.SaveChangesAsync(ct);

        var date = new DateOnly(2022, 7, 1);
        var culture = System.Globalization.CultureInfo.CurrentUICulture;
        System.Globalization.CultureInfo.CurrentUICulture = new System.Globalization.CultureInfo("zh-CN");
        try
        {
            var agenda = await DispatchAgenda.BuildAsync(zone.Id, date, db, ct);
            var meeting = new DispatchMeeting(zone.Id, date, MeetingTitle, JsonSerializer.Serialize(agenda, DispatchMeetings.Json), office, At("2022-07-01"))
            {
                Minutes = "会议听取了红灯项目推进情况汇报，对施工许可、配套道路等问题逐项明确责任单位和办结时限（示例）。",
            };
            db.DispatchMeetings.Add(meeting);
            var decision = new Problem(zone.Id, red[0], "协调供电公司7月底前完成施工用电接入（示例）", null, office, date, At("2022-07-01"), meeting.Id);
            decision.Assign(units["项目办"], "赵主任", new DateOnly(2022, 7, 29), office, date, At("2022-07-01"));
            db.Problems.Add(decision);
            await db.SaveChangesAsync(ct);
        }
        finally
        {
            System.Globalization.CultureInfo.CurrentUICulture = culture;
        }
    }
}
