using System.Text.Json;
using Gaoxin.Data;
using Gaoxin.Engines.Money;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Modules.Innovation.Features;

/// <summary>A year's figures as the API takes and gives them: money in yuan, counts as whole numbers.</summary>
public sealed record FiguresDto(
    int Staff = 0,
    int ScienceStaff = 0,
    decimal Revenue = 0,
    decimal MainBusinessRevenue = 0,
    decimal HighTechIncome = 0,
    decimal RdExpense = 0,
    decimal RdInChina = 0,
    decimal Assets = 0,
    decimal Tax = 0,
    decimal Output = 0,
    decimal Exports = 0,
    decimal OutwardSupply = 0,
    int InventionPatents = 0,
    int OtherClassOneIp = 0,
    int UtilityModels = 0,
    int DesignPatents = 0,
    int SoftwareCopyrights = 0,
    int? InnovationScore = null)
{
    public FigureValues ToValues()
    {
        var errors = new Dictionary<string, string[]>();
        long Fen(string field, decimal yuan)
        {
            try
            {
                return Engines.Money.Fen.FromYuan(yuan);
            }
            catch (ArgumentException)
            {
                errors[field] = [Text.Get("Err.NotWholeFen", yuan)];
                return 0;
            }
        }

        var values = new FigureValues(Staff, ScienceStaff, Fen("revenue", Revenue), Fen("mainBusinessRevenue", MainBusinessRevenue), Fen("highTechIncome", HighTechIncome),
            Fen("rdExpense", RdExpense), Fen("rdInChina", RdInChina), Fen("assets", Assets), Fen("tax", Tax), Fen("output", Output), Fen("exports", Exports),
            Fen("outwardSupply", OutwardSupply), InventionPatents, OtherClassOneIp, UtilityModels, DesignPatents, SoftwareCopyrights, InnovationScore);
        foreach (var (field, key, args) in values.Problems())
        {
            errors[field] = [Text.Get(key, args.Select(a => a is string s && key != "Ent.Err.ScienceOverStaff" ? Text.Get("Ent.Field." + s) : a).ToArray())];
        }

        return errors.Count > 0 ? throw new FieldsException(errors) : values;
    }

    public static FiguresDto From(FigureValues v) => new(v.Staff, v.ScienceStaff, Fen.ToYuan(v.RevenueFen), Fen.ToYuan(v.MainBusinessRevenueFen), Fen.ToYuan(v.HighTechIncomeFen),
        Fen.ToYuan(v.RdExpenseFen), Fen.ToYuan(v.RdInChinaFen), Fen.ToYuan(v.AssetsFen), Fen.ToYuan(v.TaxFen), Fen.ToYuan(v.OutputFen), Fen.ToYuan(v.ExportsFen),
        Fen.ToYuan(v.OutwardSupplyFen), v.InventionPatents, v.OtherClassOneIp, v.UtilityModels, v.DesignPatents, v.SoftwareCopyrights, v.InnovationScore);
}

public sealed record YearFiguresDto(int Year, FiguresDto Figures, FiguresSource Source, string ReportedBy, DateTimeOffset ReportedAt, long Version);

public sealed record RevisionDto(int Year, FiguresSource Source, string By, DateTimeOffset At, string? Reason, FiguresDto Figures);

/// <summary>
/// Reports or corrects a year's figures. The enterprise reports its own; staff may correct any, with a reason (kept in
/// the history and the audit log). Figures that contradict each other are refused naming the field. Send the version
/// you read (0 for a year not yet reported).
/// </summary>
public static class ReportFigures
{
    public sealed record Request(FiguresDto Figures, long Version = 0, string? Reason = null);

    public static async Task<EnterpriseYear> Handle(Guid zoneId, Guid id, int year, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
    {
        var enterprise = await EnterpriseAccess.FindAsync(db, zoneId, id, ct, track: false);
        EnterpriseAccess.RequireFileWriter(db, zoneId);

        if (year < 2000 || year > day.Today.Year)
        {
            throw FieldsException.One("year", Text.Get("Ent.Err.Year", 2000, day.Today.Year));
        }

        var values = (request.Figures ?? throw FieldsException.One("figures", Text.Get("Ent.Err.FiguresMissing"))).ToValues();
        var staff = !EnterpriseAccess.IsEnterpriseUser(db);
        var row = await db.EnterpriseYears.FirstOrDefaultAsync(y => y.EnterpriseId == enterprise.Id && y.Year == year, ct);
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? null : request.Reason.Trim();
        if (reason?.Length > 500)
        {
            throw FieldsException.One("reason", Text.Get("Err.CellTooLong", 500));
        }

        if (row is null)
        {
            if (request.Version != 0)
            {
                throw new DomainException(Text.Get("Err.Conflict"), StatusCodes.Status409Conflict);
            }

            row = new EnterpriseYear(zoneId, enterprise.Id, year);
            db.EnterpriseYears.Add(row);
        }
        else
        {
            row.RequireVersion(request.Version);
            if (staff && row.Source == FiguresSource.Enterprise && reason is null)
            {
                // Staff correcting what the enterprise reported say why: the correction is audited with its reason.
                throw FieldsException.One("reason", Text.Get("Ent.Err.ReasonNeeded"));
            }
        }

        var now = clock.GetUtcNow();
        var by = db.Scope.UserName ?? "?";
        var source = staff ? FiguresSource.Staff : FiguresSource.Enterprise;
        row.Set(values, source, by, now);
        db.FiguresRevisions.Add(new FiguresRevision(zoneId, enterprise.Id, year, source, by, now, reason, JsonSerializer.Serialize(values)));
        await db.SaveChangesAsync(ct);
        return row;
    }

    public static YearFiguresDto ToDto(EnterpriseYear y) => new(y.Year, FiguresDto.From(y.Values), y.Source, y.ReportedBy, y.ReportedAt, y.Version);

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapPut("/enterprises/{id:guid}/figures/{year:int}", async Task<Ok<YearFiguresDto>> (ZoneRoute zone, Guid id, int year, Request request, GaoxinDb db, BusinessDay day, TimeProvider clock, CancellationToken ct)
                => TypedResults.Ok(ToDto(await Handle(zone.Id, id, year, request, db, day, clock, ct))))
            .RequireAuthorization(Policies.ApiEnterpriseFile)
            .WithName("ReportFigures")
            .WithSummary("Reports (enterprise) or corrects (staff, with a reason) a year's figures; contradictions refused naming the field; version-checked");

        zone.MapGet("/enterprises/{id:guid}/figures", async Task<Ok<List<YearFiguresDto>>> (ZoneRoute zone, Guid id, GaoxinDb db, CancellationToken ct) =>
            {
                await EnterpriseAccess.FindAsync(db, zone.Id, id, ct, track: false);
                var years = await db.EnterpriseYears.AsNoTracking().Where(y => y.EnterpriseId == id).OrderByDescending(y => y.Year).ToListAsync(ct);
                return TypedResults.Ok(years.Select(ToDto).ToList());
            })
            .RequireAuthorization(Policies.ApiEnterpriseFile)
            .WithName("ListFigures")
            .WithSummary("An enterprise's figures by year, latest first");

        zone.MapGet("/enterprises/{id:guid}/figures/{year:int}/history", async Task<Ok<List<RevisionDto>>> (ZoneRoute zone, Guid id, int year, GaoxinDb db, CancellationToken ct) =>
                TypedResults.Ok(await HistoryAsync(zone.Id, id, year, db, ct)))
            .RequireAuthorization(Policies.ApiEnterpriseFile)
            .WithName("FiguresHistory")
            .WithSummary("Every version of a year's figures: who, when, from where and why");
    }

    public static async Task<List<RevisionDto>> HistoryAsync(Guid zoneId, Guid id, int year, GaoxinDb db, CancellationToken ct)
    {
        await EnterpriseAccess.FindAsync(db, zoneId, id, ct, track: false);
        var revisions = await db.FiguresRevisions.AsNoTracking().Where(r => r.EnterpriseId == id && r.Year == year).ToListAsync(ct);
        return revisions.OrderByDescending(r => r.At).ThenByDescending(r => r.Id)
            .Select(r => new RevisionDto(r.Year, r.Source, r.By, r.At, r.Reason, FiguresDto.From(JsonSerializer.Deserialize<FigureValues>(r.Values)!))).ToList();
    }
}
