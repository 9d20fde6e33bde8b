using System.Globalization;
using Gaoxin.Data;
using Gaoxin.Modules.Projects.Features;
using Gaoxin.Modules.Projects.Features.Ledger;
using Microsoft.EntityFrameworkCore;

namespace Gaoxin.Hosting.Cli;

/// <summary><c>gaoxin import projects FILE.xlsx --zone CODE</c> and <c>gaoxin export projects --zone CODE --year YYYY -o FILE.xlsx</c>.</summary>
public static class LedgerVerbs
{
    public static async Task<int> ImportAsync(IServiceProvider sp, GaoxinCli.Options options, string file, TextWriter stdout, TextWriter stderr)
    {
        var db = sp.GetRequiredService<GaoxinDb>();
        var zone = await FindZoneAsync(db, options.Required("zone"));
        if (!File.Exists(file))
        {
            throw new DomainException($"No file {file}.");
        }

        await using var stream = new MemoryStream(await File.ReadAllBytesAsync(file));
        var report = await ImportLedger.Handle(zone.Id, stream, db, sp.GetRequiredService<BusinessDay>(), sp.GetRequiredService<TimeProvider>(), CancellationToken.None);
        if (!report.Imported)
        {
            await stderr.WriteLineAsync(Text.Get("Err.ImportRows", report.Errors.Count));
            foreach (var e in report.Errors)
            {
                await stderr.WriteLineAsync($"{e.Sheet} row {e.Row}, {e.Column}: {e.Problem} Expected: {e.Expected}");
            }

            return 2;
        }

        await stdout.WriteLineAsync($"Imported into {zone.Code}: {report.ProjectsCreated} projects added, {report.ProjectsUpdated} updated, {report.MonthlyReports} monthly reports.");
        return 0;
    }

    public static async Task<int> ExportAsync(IServiceProvider sp, GaoxinCli.Options options, TextWriter stdout)
    {
        var db = sp.GetRequiredService<GaoxinDb>();
        var zone = await FindZoneAsync(db, options.Required("zone"));
        var output = options.Required("output");
        var year = options.Get("year") is { } y ? int.TryParse(y, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed is >= 2000 and <= 2100
            ? parsed : throw new DomainException($"--year {y} is not a year from 2000 to 2100.") : sp.GetRequiredService<BusinessDay>().Today.Year;
        await using (var stream = File.Create(output))
        {
            await LedgerExport.WriteAsync(stream, zone, new ListProjects.Query(Year: options.Get("year") is null ? null : year), year, db, CancellationToken.None);
        }

        await stdout.WriteLineAsync($"Wrote {output}.");
        return 0;
    }

    private static async Task<Modules.Zones.Domain.Zone> FindZoneAsync(GaoxinDb db, string code)
    {
        var normalised = Modules.Zones.Domain.Zone.NormaliseCode(code);
        return await db.Zones.FirstOrDefaultAsync(z => z.Code == normalised) ?? throw new DomainException($"No zone {code}. Run 'gaoxin seed-demo' or add the zone first.");
    }
}
