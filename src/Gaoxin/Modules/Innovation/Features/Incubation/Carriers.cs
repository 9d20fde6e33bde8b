using System.Data;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Innovation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.EntityFrameworkCore;
using MiniExcelLibs;

namespace Gaoxin.Modules.Innovation.Features.Incubation;

public sealed record CarrierDto(Guid Id, string Name, CarrierKind Kind, CarrierLevel Level, decimal AreaSquareMeters, string? Operator, bool IsSampleData, long Version, CarrierStatistics.Stats Statistics);

public sealed record IncubateeDto(Guid Id, Guid CarrierId, Guid? EnterpriseId, string Name, DateOnly MovedInOn, decimal AreaSquareMeters, DateOnly? GraduatedOn,
    GraduationBasis? GraduationBasis, DateOnly? ExitedOn, string? ExitReason, bool InIncubation, bool IsSampleData, long Version)
{
    public static IncubateeDto From(Incubatee i, DateOnly today) => new(i.Id, i.CarrierId, i.EnterpriseId, i.Name, i.MovedInOn, i.AreaSquareMeters, i.GraduatedOn, i.GraduationBasis,
        i.ExitedOn, i.ExitReason, i.InIncubationOn(today), i.IsSampleData, i.Version);
}

public sealed record CarrierDetail(CarrierDto Carrier, IReadOnlyList<IncubateeDto> Incubatees);

/// <summary>The zone's incubation carriers (众创空间, 孵化器, 加速器, 特色园区): list with each one's statistics, add, correct (version-checked), one with its incubatees, Excel.</summary>
public static class Carriers
{
    public sealed record Request(string? Name, CarrierKind Kind, CarrierLevel Level, decimal AreaSquareMeters, string? Operator, long Version = 0);

    public sealed record Query(string? Search = null, CarrierKind? Kind = null, CarrierLevel? Level = null, string? Sort = null, bool Descending = false, int Page = 1, int PageSize = 50);

    private static void Check(Request request)
    {
        var errors = new Dictionary<string, string[]>();
        if ((request.Name?.Trim().Length ?? 0) is < 2 or > 200)
        {
            errors["name"] = [Text.Get("Svc.Err.Title", 2, 200)];
        }

        if (request.AreaSquareMeters is <= 0 or > 10_000_000 || decimal.Round(request.AreaSquareMeters, 2) != request.AreaSquareMeters)
        {
            errors["areaSquareMeters"] = [Text.Get("Inc.Err.Area")];
        }

        if (request.Operator?.Trim().Length > 200)
        {
            errors["operator"] = [Text.Get("Err.CellTooLong", 200)];
        }

        if (!Enum.IsDefined(request.Kind) || !Enum.IsDefined(request.Level))
        {
            errors[Enum.IsDefined(request.Kind) ? "level" : "kind"] = [Text.Get("Inc.Err.Kind")];
        }

        if (errors.Count > 0)
        {
            throw new FieldsException(errors);
        }
    }

    public static async Task<Carrier> CreateAsync(ZoneRoute zone, Request request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        Check(request);
        zone.RequireWritable(db);
        var name = request.Name!.Trim();
        if (await db.Carriers.AnyAsync(c => c.ZoneId == zone.Id && c.Name == name, ct))
        {
            throw new DomainException(Text.Get("Inc.Err.Duplicate", name), StatusCodes.Status409Conflict);
        }

        var carrier = new Carrier(zone.Id, name, request.Kind, request.Level, request.AreaSquareMeters) { Operator = request.Operator?.Trim() };
        db.Carriers.Add(carrier);
        await db.SaveChangesAsync(ct);
        return carrier;
    }

    public static async Task<Carrier> UpdateAsync(ZoneRoute zone, Guid id, Request request, GaoxinDb db, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        Check(request);
        zone.RequireWritable(db);
        var carrier = await FindAsync(db, zone.Id, id, ct);
        carrier.RequireVersion(request.Version);
        var name = request.Name!.Trim();
        if (await db.Carriers.AnyAsync(c => c.ZoneId == zone.Id && c.Name == name && c.Id != id, ct))
        {
            throw new DomainException(Text.Get("Inc.Err.Duplicate", name), StatusCodes.Status409Conflict);
        }

        carrier.Name = name;
        carrier.Kind = request.Kind;
        carrier.Level = request.Level;
        carrier.AreaSquareMeters = request.AreaSquareMeters;
        carrier.Operator = request.Operator?.Trim();
        await db.SaveChangesAsync(ct);
        return carrier;
    }

    public static async Task<Carrier> FindAsync(GaoxinDb db, Guid zoneId, Guid id, CancellationToken ct, bool track = true)
        => await (track ? db.Carriers : db.Carriers.AsNoTracking()).FirstOrDefaultAsync(c => c.Id == id && c.ZoneId == zoneId, ct)
            ?? throw new DomainException(Text.Get("Err.NoSuchRecord", Text.Get("Thing.carrier")), StatusCodes.Status404NotFound);

    public static async Task<List<CarrierDto>> AllAsync(Guid zoneId, Query query, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var carriers = db.Carriers.AsNoTracking().Where(c => c.ZoneId == zoneId);
        if (!string.IsNullOrWhiteSpace(query.Search))
        {
            var s = query.Search.Trim();
            carriers = carriers.Where(c => c.Name.Contains(s) || (c.Operator != null && c.Operator.Contains(s)));
        }

        if (query.Kind is { } kind)
        {
            carriers = carriers.Where(c => c.Kind == kind);
        }

        if (query.Level is { } level)
        {
            carriers = carriers.Where(c => c.Level == level);
        }

        var list = await carriers.ToListAsync(ct);
        var ids = list.Select(c => c.Id).ToList();
        var incubatees = await db.Incubatees.AsNoTracking().Where(i => i.ZoneId == zoneId).ToListAsync(ct);
        var rows = list.Select(c => new CarrierDto(c.Id, c.Name, c.Kind, c.Level, c.AreaSquareMeters, c.Operator, c.IsSampleData, c.Version, CarrierStatistics.Of(c, incubatees, today)));
        // Sorted in memory: the statistics are computed, and a zone has tens of carriers, not thousands.
        rows = (query.Sort?.ToLowerInvariant()) switch
        {
            "area" => rows.OrderBy(r => r.AreaSquareMeters),
            "incubatees" => rows.OrderBy(r => r.Statistics.Incubatees),
            "graduates" => rows.OrderBy(r => r.Statistics.Graduates),
            "kind" => rows.OrderBy(r => r.Kind).ThenBy(r => r.Name, StringComparer.Ordinal),
            "level" => rows.OrderBy(r => r.Level).ThenBy(r => r.Name, StringComparer.Ordinal),
            "share" => rows.OrderBy(r => r.Statistics.UsedSharePercent ?? -1).ThenBy(r => r.Name, StringComparer.Ordinal),
            _ => rows.OrderBy(r => r.Name, StringComparer.Ordinal),
        };
        var ordered = query.Descending ? rows.Reverse().ToList() : rows.ToList();
        return ordered;
    }

    public static async Task<Paged<CarrierDto>> ListAsync(Guid zoneId, Query query, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        var all = await AllAsync(zoneId, query, db, today, ct);
        var size = Paging.Clamp(query.PageSize);
        var page = Math.Max(1, query.Page);
        return new Paged<CarrierDto>(all.Skip((page - 1) * size).Take(size).ToList(), all.Count, page, size);
    }

    public static async Task<CarrierDetail> DetailAsync(Guid zoneId, Guid id, GaoxinDb db, DateOnly today, CancellationToken ct)
    {
        EnterpriseAccess.RequireStaff(db);
        var c = await FindAsync(db, zoneId, id, ct, track: false);
        var incubatees = await db.Incubatees.AsNoTracking().Where(i => i.ZoneId == zoneId && i.CarrierId == id).OrderBy(i => i.MovedInOn).ThenBy(i => i.Name).ToListAsync(ct);
        return new CarrierDetail(new CarrierDto(c.Id, c.Name, c.Kind, c.Level, c.AreaSquareMeters, c.Operator, c.IsSampleData, c.Version, CarrierStatistics.Of(c, incubatees, today)),
            incubatees.Select(i => IncubateeDto.From(i, today)).ToList());
    }

    public static async Task WriteAsync(Stream stream, Guid zoneId, Query query, DateOnly today, GaoxinDb db, CancellationToken ct)
    {
        var table = new DataTable("carriers");
        foreach (var header in new[] { "载体 Carrier", "类型 Kind", "级别 Level", "面积（m²） Area (m²)", "在孵企业使用面积（m²） Used by incubatees (m²)", "占比（%） Share (%)",
                     "在孵企业 Incubatees", "毕业企业 Graduates", "达到国家级孵化器条件 Meets national thresholds", "运营单位 Operator" })
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var c in await AllAsync(zoneId, query, db, today, ct))
        {
            table.Rows.Add(new object?[]
                {
                    c.Name, Text.Get("Inc.Kind." + c.Kind), Text.Get("Inc.Level." + c.Level), c.AreaSquareMeters, c.Statistics.AreaUsedByIncubatees, c.Statistics.UsedSharePercent,
                    c.Statistics.Incubatees, c.Statistics.Graduates, c.Statistics.MeetsNational ? "是" : "否", c.Operator,
                }
                .Select(v => v is string s ? ExcelFiles.Cell(s) : v ?? DBNull.Value).ToArray());
        }

        await stream.SaveAsAsync(new Dictionary<string, object> { ["载体 Carriers"] = table }, cancellationToken: ct);
    }

    public static void Map(RouteGroupBuilder zone)
    {
        zone.MapGet("/carriers", async Task<Ok<Paged<CarrierDto>>> (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await ListAsync(zone.Id, query, db, day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationReader).WithName("ListCarriers")
            .WithSummary("Incubation carriers with area used by incubatees, counts and graduates against the national-incubator thresholds");
        zone.MapPost("/carriers", async Task<Created<CarrierDetail>> (ZoneRoute zone, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                var carrier = await CreateAsync(zone, request, db, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/carriers/{carrier.Id}", await DetailAsync(zone.Id, carrier.Id, db, day.Today, ct));
            })
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("CreateCarrier").WithSummary("Adds a carrier (name unique in the zone, kind, level, area m²)");
        zone.MapGet("/carriers/{id:guid}", async Task<Ok<CarrierDetail>> (ZoneRoute zone, Guid id, GaoxinDb db, BusinessDay day, CancellationToken ct)
                => TypedResults.Ok(await DetailAsync(zone.Id, id, db, day.Today, ct)))
            .RequireAuthorization(Policies.ApiInnovationReader).WithName("GetCarrier").WithSummary("A carrier with its statistics and incubatees");
        zone.MapPut("/carriers/{id:guid}", async Task<Ok<CarrierDetail>> (ZoneRoute zone, Guid id, Request request, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
            {
                await UpdateAsync(zone, id, request, db, ct);
                return TypedResults.Ok(await DetailAsync(zone.Id, id, db, day.Today, ct));
            })
            .RequireAuthorization(Policies.ApiInnovationEditor).WithName("UpdateCarrier").WithSummary("Corrects a carrier (version-checked)");
    }

    public static void MapExport(IEndpointRouteBuilder app) => app
        .MapGet("/export/carriers.xlsx", async (ZoneRoute zone, [AsParameters] Query query, GaoxinDb db, BusinessDay day, CancellationToken ct) =>
        {
            var stream = new MemoryStream();
            await WriteAsync(stream, zone.Id, query, day.Today, db, ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"carriers-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(Policies.InnovationReader)
        .ExcludeFromDescription();
}
