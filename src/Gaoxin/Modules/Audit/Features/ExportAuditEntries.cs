using Gaoxin.Data;
using Gaoxin.Hosting;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Audit.Features;

public static class ExportAuditEntries
{
    public const int MaxRows = 100_000;

    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/audit.xlsx", async ([AsParameters] ListAuditEntries.Query query, GaoxinDb db, CancellationToken ct) =>
        {
            var zh = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
            var entries = await (await ListAuditEntries.FilterAsync(query, db, ct)).Take(MaxRows).ToListAsync(ct);
            var china = TimeSpan.FromHours(8);
            var rows = (await ListAuditEntries.ToDtos(entries, db, ct)).Select(e => new Dictionary<string, object?>
            {
                [zh ? "时间" : "Time"] = e.At.ToOffset(china).ToString("yyyy-MM-dd HH:mm:ss"),
                [zh ? "用户" : "User"] = e.UserName,
                [zh ? "园区" : "Zone"] = e.Zone,
                [zh ? "对象" : "Record type"] = e.EntityType,
                [zh ? "对象标识" : "Record id"] = e.EntityId,
                [zh ? "操作" : "Action"] = e.Action.ToString(),
                [zh ? "修改前" : "Before"] = e.Before,
                [zh ? "修改后" : "After"] = e.After,
            });
            var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, "audit.xlsx");
        })
        .RequireAuthorization(Policies.AuditReader)
        .ExcludeFromDescription();
}
