using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Innovation.Features.Events;

/// <summary>
/// Listing and financing events as Excel, newest first: one enterprise's (<c>?enterprise=</c>, its own account may
/// download it) or the whole zone's (staff). Amounts in 万元; text that would run as a formula is neutralised.
/// </summary>
public static class ExportEnterpriseEvents
{
    public static async Task<List<Dictionary<string, object?>>> RowsAsync(Guid zoneId, Guid? enterpriseId, GaoxinDb db, CancellationToken ct)
    {
        if (enterpriseId is { } id)
        {
            await EnterpriseAccess.FindAsync(db, zoneId, id, ct, track: false);
        }
        else
        {
            EnterpriseAccess.RequireStaff(db);
        }

        var rows = await (from x in db.EnterpriseEvents.AsNoTracking()
                          join e in db.Enterprises.AsNoTracking() on x.EnterpriseId equals e.Id
                          where x.ZoneId == zoneId && (enterpriseId == null || x.EnterpriseId == enterpriseId)
                          orderby x.Date descending, e.Name
                          select new { Enterprise = e.Name, Event = x }).ToListAsync(ct);
        return rows.Select(r => new Dictionary<string, object?>
        {
            [Text.Get("Evt.Enterprise")] = ExcelFiles.Cell(r.Enterprise),
            [Text.Get("Evt.Date")] = r.Event.Date.ToString("yyyy-MM-dd"),
            [Text.Get("Evt.Kind")] = Text.Get("EvtKind." + r.Event.Kind),
            [Text.Get("Evt.BoardOrRound")] = r.Event.Board is { } b ? Text.Get("EvtBoard." + b) : r.Event.Round is { } round ? Text.Get("EvtRound." + round) : string.Empty,
            [Text.Get("Evt.StockCode")] = ExcelFiles.Cell(r.Event.StockCode),
            [Text.Get("Evt.AmountWan")] = r.Event.AmountFen is { } fen ? Engines.Money.Fen.ToYuan(fen) / 10_000m : null,
            [Text.Get("Evt.Investors")] = ExcelFiles.Cell(r.Event.Investors),
            [Text.Get("Evt.Note")] = ExcelFiles.Cell(r.Event.Note),
            [Text.Get("Evt.RecordedBy")] = ExcelFiles.Cell(r.Event.RecordedBy),
        }).ToList();
    }

    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/enterprise-events.xlsx", async (ZoneRoute zone, Guid? enterprise, GaoxinDb db, CancellationToken ct) =>
        {
            var rows = await RowsAsync(zone.Id, enterprise, db, ct);
            var stream = new MemoryStream();
            await stream.SaveAsAsync(rows, cancellationToken: ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"enterprise-events-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.EnterpriseFile)
        .ExcludeFromDescription();
}
