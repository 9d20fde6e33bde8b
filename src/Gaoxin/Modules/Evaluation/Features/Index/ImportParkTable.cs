using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using Gaoxin.Modules.Evaluation.Domain;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Gaoxin.Modules.Evaluation.Features.Index;

public sealed record ParkTableDto(Guid Id, string Name, int Year, int Parks, int Indicators, bool IsSampleData, string ImportedBy, DateTimeOffset ImportedAt)
{
    public static ParkTableDto From(ParkIndexTable t) => new(t.Id, t.Name, t.Year, t.ParkCount, t.IndicatorCount, t.IsSampleData, t.ImportedBy, t.ImportedAt);
}

/// <summary>The import refused the file: nothing was written; every wrong cell is listed.</summary>
public sealed class ParkTableRejectedException(IReadOnlyList<CellError> errors) : Exception(Text.Get("Eval.Import.Rejected", errors.Count))
{
    public IReadOnlyList<CellError> Errors { get; } = errors;
}

/// <summary>Imports a park indicator table from Excel (parks × indicators) for benchmarking; a file with any bad cell writes nothing.</summary>
public static class ImportParkTable
{
    public const long MaxBytes = 5 * 1024 * 1024;

    public static async Task<ParkIndexTable> Handle(ZoneRoute zone, string? name, int year, Stream xlsx, GaoxinDb db, TimeProvider clock, CancellationToken ct)
    {
        zone.RequireWritable(db);
        if (string.IsNullOrWhiteSpace(name) || name.Trim().Length > 200 || year is < 2000 or > 2100)
        {
            throw new DomainException(Text.Get("Eval.Err.TableName"));
        }

        var (data, errors) = ParkTableReader.Read(xlsx);
        if (data is null)
        {
            throw new ParkTableRejectedException(errors);
        }

        var table = new ParkIndexTable(zone.Id, name, year, data, false, db.Scope.UserName ?? "?", clock.GetUtcNow());
        db.ParkIndexTables.Add(table);
        await db.SaveChangesAsync(ct);
        return table;
    }

    public static void Map(RouteGroupBuilder zone) => zone
        .MapPost("/evaluation/indices", async Task<IResult> (ZoneRoute zone, HttpRequest http, GaoxinDb db, TimeProvider clock, CancellationToken ct) =>
        {
            var form = await http.ReadFormAsync(ct);
            var file = form.Files.Count > 0 ? form.Files[0] : null;
            if (file is null || file.Length == 0 || file.Length > MaxBytes)
            {
                return ApiResults.Refused(Text.Get("Eval.Err.TableFile", MaxBytes / 1024 / 1024));
            }

            try
            {
                await using var stream = new MemoryStream();
                await file.CopyToAsync(stream, ct);
                stream.Position = 0;
                var table = await Handle(zone, form["name"], int.TryParse(form["year"], out var y) ? y : 0, stream, db, clock, ct);
                return TypedResults.Created($"/api/v1/zones/{zone.Zone.Code}/evaluation/indices/{table.Id}", ParkTableDto.From(table));
            }
            catch (ParkTableRejectedException e)
            {
                return TypedResults.Problem(statusCode: 400, title: Text.Get("Title.Refused"), detail: e.Message + " " + string.Join("; ", e.Errors.Take(10).Select(x => $"{x.Cell}: {x.Message}")),
                    extensions: new Dictionary<string, object?> { ["errors"] = e.Errors.Select(x => new { cell = x.Cell, row = x.Row, column = x.Column, message = x.Message }).ToList() });
            }
        })
        .RequireAuthorization(Policies.ApiEvaluationEditor)
        .Accepts<IFormFile>("multipart/form-data")
        .DisableAntiforgery()
        .WithMetadata(new UploadLimit(MaxBytes + (1024 * 1024)))
        .WithName("ImportParkTable")
        .WithSummary("Imports a park indicator table (multipart: file .xlsx, name, year); a bad file writes nothing and lists every wrong cell");
}
