using Gaoxin.Data;
using Gaoxin.Hosting;
using MiniExcelLibs;

namespace Gaoxin.Modules.Accounts.Features;

public static class ExportUsers
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/users.xlsx", async ([AsParameters] ListUsers.Query query, GaoxinDb db, CancellationToken ct) =>
        {
            var zh = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
            var page = await ListUsers.Handle(query with { Page = 1, PageSize = 500 }, db, ct);
            var rows = page.Items.Select(u => new Dictionary<string, object?>
            {
                [zh ? "用户名" : "User name"] = u.UserName,
                [zh ? "姓名" : "Name"] = u.DisplayName,
                [zh ? "角色" : "Roles"] = string.Join(", ", u.Roles),
                [zh ? "园区" : "Zone"] = u.Zone,
                [zh ? "部门" : "Department"] = u.Department,
                [zh ? "锁定至" : "Locked until"] = u.LockedUntil?.ToString("yyyy-MM-dd HH:mm"),
                [zh ? "创建时间" : "Created"] = u.CreatedAt.ToString("yyyy-MM-dd HH:mm"),
            });
            var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, "users.xlsx");
        })
        .RequireAuthorization(Policies.ZoneAdmin)
        .ExcludeFromDescription();
}
