using Gaoxin.Hosting.Auth;
using Gaoxin.Modules.Accounts.Domain;
using Gaoxin.Modules.Accounts.Features;
using Gaoxin.Modules.Zones.Domain;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Data.Demo;

/// <summary>
/// The five zones of the source page and their demo accounts. Idempotent: what exists is left alone.
/// Dates of establishment: Xianyang 2012 and Liudong 2010-09 are from the page (DOMAIN.md §1); Chengde (2012-08),
/// Qingdao (1992-11) and Guiyang (1992-11) are the State Council approvals of national status.
/// </summary>
public sealed class DemoSeeder(GaoxinDb db, UserManager<User> users, RoleManager<Role> roles, TimeProvider clock, ILogger<DemoSeeder> log)
{
    public static readonly IReadOnlyList<Zone> Zones =
    [
        new("chengde", "承德高新技术产业开发区", "Chengde High-tech Industrial Development Zone", "河北省", "承德市", ZoneLevel.National, new DateOnly(2012, 8, 19)),
        new("xianyang", "咸阳高新技术产业开发区", "Xianyang High-tech Industrial Development Zone", "陕西省", "咸阳市", ZoneLevel.National, new DateOnly(2012, 8, 19)),
        new("liudong", "柳州高新技术产业开发区（柳东新区）", "Liuzhou High-tech Zone (Liudong New Area)", "广西壮族自治区", "柳州市", ZoneLevel.National, new DateOnly(2010, 9, 26)),
        new("qingdao", "青岛高新技术产业开发区", "Qingdao High-tech Industrial Development Zone", "山东省", "青岛市", ZoneLevel.National, new DateOnly(1992, 11, 9)),
        new("guiyang", "贵阳国家高新技术产业开发区", "Guiyang National High-tech Industrial Development Zone", "贵州省", "贵阳市", ZoneLevel.National, new DateOnly(1992, 11, 9)),
    ];

    private static readonly string[] DepartmentNames = ["招商局", "项目办", "科技局", "人社局", "财政局", "审批局"];

    public static readonly IReadOnlyDictionary<string, string> ZoneAdminNames = new Dictionary<string, string>
    {
        ["chengde"] = "承德管理员", ["xianyang"] = "咸阳管理员", ["liudong"] = "柳东管理员", ["qingdao"] = "青岛管理员", ["guiyang"] = "贵阳管理员",
    };

    public async Task SeedAsync(CancellationToken ct = default)
    {
        await EnsureRolesAsync(roles);
        foreach (var template in Zones)
        {
            var zone = await db.Zones.IgnoreQueryFilters().FirstOrDefaultAsync(z => z.Code == template.Code, ct);
            if (zone is null)
            {
                zone = new Zone(template.Code, template.Name, template.NameEn, template.Province, template.City, template.Level, template.EstablishedOn);
                db.Zones.Add(zone);
                foreach (var name in DepartmentNames)
                {
                    db.Departments.Add(new Department(zone.Id, name));
                }

                await db.SaveChangesAsync(ct);
                log.LogInformation("Demo zone {Code} added", zone.Code);
            }

            await EnsureUserAsync(new AddUser.Request(zone.Code, ZoneAdminNames[zone.Code], DemoSettings.Password, Roles.ZoneAdmin, zone.Code, IsDemo: true), ct);
            if (zone.Code == "chengde")
            {
                var projectOffice = await db.Departments.Where(d => d.ZoneId == zone.Id && d.Name == "项目办").Select(d => (Guid?)d.Id).FirstOrDefaultAsync(ct);
                await ChengdeProjects.SeedAsync(db, zone, projectOffice, ct);
                await DemoSignings.SeedChengdeAsync(db, zone, ct);
                await DemoDispatch.SeedChengdeAsync(db, zone, ct);
            }
            else if (zone.Code == "qingdao")
            {
                await DemoSignings.SeedQingdaoAsync(db, zone, ct);
            }

            await EvaluationDemo.SeedAsync(db, zone, clock.GetUtcNow(), ct);
            await ScheduleDemo.SeedAsync(db, zone, clock.GetUtcNow(), ct);
            await InnovationDemo.SeedAsync(db, zone, clock.GetUtcNow(), ct);
            await EnterpriseEventsDemo.SeedAsync(db, zone, clock.GetUtcNow(), ct);
            await IncubationDemo.SeedAsync(db, zone, ct);
            if (zone.Code == "chengde")
            {
                // An enterprise account that keeps one file (its own): reads and reports only that enterprise.
                await EnsureUserAsync(new AddUser.Request("chengde-ent", "承德示例企业", DemoSettings.Password, Roles.Enterprise, zone.Code, IsDemo: true), ct);
                var account = await users.FindByNameAsync("chengde-ent");
                await InnovationDemo.BindAccountAsync(db, zone, account!.Id, ct);
            }

            await TalentDemo.SeedAsync(db, zone, clock.GetUtcNow(), ct);
        }

        var allZones = await db.Zones.IgnoreQueryFilters().ToListAsync(ct);
        await DemoEnclave.SeedAsync(db, allZones, ct);
        await DemoPolicies.SeedAsync(db, allZones, ct);
        await ChainDemo.SeedAsync(db, allZones, clock.GetUtcNow(), ct);
        await EnsureUserAsync(new AddUser.Request("admin", "平台管理员", DemoSettings.Password, Roles.PlatformAdmin, IsDemo: true), ct);
        await EnsureUserAsync(new AddUser.Request("supervisor", "省级督导", DemoSettings.Password, Roles.Supervisor,
            SupervisedZones: Zones.Select(z => z.Code).ToList(), IsDemo: true), ct);
    }

    public static async Task EnsureRolesAsync(RoleManager<Role> roles)
    {
        foreach (var name in Roles.All)
        {
            if (!await roles.RoleExistsAsync(name))
            {
                AddUser.Check(await roles.CreateAsync(new Role(name)));
            }
        }
    }

    private async Task EnsureUserAsync(AddUser.Request request, CancellationToken ct)
    {
        if (await users.FindByNameAsync(request.UserName) is null)
        {
            await AddUser.Handle(request, db, users, clock, ct);
        }
    }
}
