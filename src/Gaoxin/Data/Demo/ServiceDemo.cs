using Gaoxin.Modules.Innovation.Domain;
using Gaoxin.Modules.Schedules.Domain;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// Chengde's service desk on the demo date (2022-07-15): a request at every step, one of them overdue (due 2022-06-28,
/// still in progress) and one answered late; the answered one belongs to the demo enterprise account's file so it can
/// rate it. Due dates are counted on the zone's working calendar (the 2022 Dragon Boat Festival, 06-03, is a day off).
/// </summary>
public static class ServiceDemo
{
    private sealed record Spec(string Type, string Title, DateOnly Raised, string? Department, int Limit, ServiceStatus Status, DateOnly? Answered = null, int? Rating = null, DateOnly? Closed = null);

    private static readonly Spec[] Requests =
    [
        new("科技咨询", "示例：高新技术企业认定申报辅导", new(2022, 7, 14), null, 0, ServiceStatus.Submitted),
        new("科技金融", "示例：科技型企业知识产权质押融资对接", new(2022, 7, 11), "财政局", 10, ServiceStatus.Accepted),
        new("中试检测", "示例：新材料样品中试检测机构推荐", new(2022, 7, 5), "科技局", 10, ServiceStatus.InProgress),
        new("工业诊断", "示例：生产线数字化改造诊断", new(2022, 6, 21), "科技局", 5, ServiceStatus.InProgress),
        new("科技金融", "示例：研发费用加计扣除政策解读", new(2022, 7, 1), "财政局", 10, ServiceStatus.Answered, new(2022, 7, 8)),
        new("科技咨询", "示例：科技型中小企业评价入库咨询", new(2022, 6, 6), "科技局", 5, ServiceStatus.Rated, new(2022, 6, 10), 5),
        new("中试检测", "示例：仪表精度第三方检测对接", new(2022, 5, 9), "科技局", 10, ServiceStatus.Closed, new(2022, 5, 20), 4, new(2022, 5, 23)),
        new("科技攻关", "示例：传感器关键工艺联合攻关", new(2022, 6, 1), "科技局", 3, ServiceStatus.Closed, new(2022, 6, 9), 3, new(2022, 6, 10)),
    ];

    public static async Task SeedChengdeAsync(GaoxinDb db, Zone zone, CancellationToken ct)
    {
        if (await db.ServiceRequests.IgnoreQueryFilters().AnyAsync(r => r.ZoneId == zone.Id, ct))
        {
            return;
        }

        var departments = await db.Departments.IgnoreQueryFilters().Where(d => d.ZoneId == zone.Id).ToDictionaryAsync(d => d.Name, d => d.Id, ct);
        var enterprises = await db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == zone.Id).OrderBy(e => e.Name).Select(e => new { e.Id, e.Name }).Take(8).ToListAsync(ct);
        var own = await db.Enterprises.IgnoreQueryFilters().Where(e => e.ZoneId == zone.Id && e.Name == InnovationDemo.ChengdeAccountEnterprise).Select(e => (Guid?)e.Id).FirstOrDefaultAsync(ct);
        if (enterprises.Count == 0)
        {
            return;
        }

        var calendar = await ScheduleCalendars.ForZoneAsync(zone.Id, db, ct);
        for (var i = 0; i < Requests.Length; i++)
        {
            var s = Requests[i];
            var enterprise = s.Status == ServiceStatus.Answered && own is { } o ? o : enterprises[i % enterprises.Count].Id;
            var request = new ServiceRequest(zone.Id, enterprise, s.Type, s.Title, "示例数据：企业提出的服务需求。", "承德管理员", s.Raised) { IsSampleData = true };
            if (s.Department is { } department)
            {
                request.Accept(departments[department], "示例承办人", s.Limit, calendar.AddWorkingDays(s.Raised, s.Limit), s.Raised);
            }

            if (s.Status == ServiceStatus.InProgress)
            {
                request.Start();
            }

            if (s.Answered is { } answered)
            {
                request.Answer("示例答复：已联系企业并提供办理指引。", answered);
            }

            if (s.Rating is { } rating)
            {
                request.Rate(rating, null);
            }

            if (s.Closed is { } closed)
            {
                request.Close(closed);
            }

            db.ServiceRequests.Add(request);
        }

        await db.SaveChangesAsync(ct);
    }
}
