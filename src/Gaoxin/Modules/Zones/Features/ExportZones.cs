using Gaoxin.Data;
using Gaoxin.Hosting;
using MiniExcelLibs;

namespace Gaoxin.Modules.Zones.Features;

/// <summary>The zones list as an Excel file, for the signed-in pages.</summary>
public static class ExportZones
{
    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/zones.xlsx", async (GaoxinDb db, HttpContext http, CancellationToken ct) =>
        {
            var zh = System.Globalization.CultureInfo.CurrentUICulture.Name.StartsWith("zh", StringComparison.Ordinal);
            var rows = (await ListZones.Handle(db, ct)).Select(z => zh
                ? new Dictionary<string, object?> { ["代码"] = z.Code, ["名称"] = z.Name, ["英文名称"] = z.NameEn, ["省份"] = z.Province, ["城市"] = z.City, ["级别"] = z.Level == Domain.ZoneLevel.National ? "国家级" : "省级", ["设立日期"] = z.EstablishedOn.ToString("yyyy-MM-dd") }
                : new Dictionary<string, object?> { ["Code"] = z.Code, ["Name"] = z.Name, ["English name"] = z.NameEn, ["Province"] = z.Province, ["City"] = z.City, ["Level"] = z.Level.ToString(), ["Established"] = z.EstablishedOn.ToString("yyyy-MM-dd") });
            var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, "zones.xlsx");
        })
        .RequireAuthorization(Policies.AuditReader)
        .ExcludeFromDescription();
}
