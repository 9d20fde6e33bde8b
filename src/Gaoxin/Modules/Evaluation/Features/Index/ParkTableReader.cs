using System.Globalization;
using Gaoxin.Modules.Evaluation.Domain;
using MiniExcelLibs;

namespace Gaoxin.Modules.Evaluation.Features.Index;

/// <summary>A cell the import refused: its address (e.g. C7) and why.</summary>
public sealed record CellError(int Row, string Column, string Message)
{
    public string Cell => $"{Column}{Row}";
}

/// <summary>
/// Reads a park indicator table from the first sheet of an .xlsx: row 1 indicator codes (B1…), row 2 names, row 3
/// dimensions, row 4 directions (+ or −), row 5 weights, then one park per row (name in column A, an empty cell is a
/// missing value). Every cell is checked; the table is returned only when none is wrong.
/// </summary>
public static class ParkTableReader
{
    public const int HeaderRows = 5;
    public const int MaxParks = 2000;
    public const int MaxIndicators = 200;

    public static (ParkTableData? Table, List<CellError> Errors) Read(Stream xlsx)
    {
        List<IDictionary<string, object?>> rows;
        try
        {
            rows = xlsx.Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().Take(MaxParks + HeaderRows + 1).ToList();
        }
        catch (Exception e) when (e is InvalidDataException or System.Xml.XmlException or InvalidOperationException or NotSupportedException or IndexOutOfRangeException)
        {
            return (null, [new CellError(0, "", Text.Get("Eval.Import.NotExcel"))]);
        }

        var errors = new List<CellError>();
        if (rows.Count < HeaderRows + 2)
        {
            return (null, [new CellError(rows.Count, "A", Text.Get("Eval.Import.TooFewRows", HeaderRows))]);
        }

        if (rows.Count > MaxParks + HeaderRows)
        {
            return (null, [new CellError(rows.Count, "A", Text.Get("Eval.Import.TooManyRows", MaxParks))]);
        }

        var columns = rows[0].Keys.Skip(1).Where(c => !string.IsNullOrWhiteSpace(TextOf(rows[0][c]))).ToList();
        if (columns.Count == 0 || columns.Count > MaxIndicators)
        {
            return (null, [new CellError(1, "B", Text.Get("Eval.Import.NoIndicators", MaxIndicators))]);
        }

        var indicators = new List<ParkIndicator>();
        foreach (var c in columns)
        {
            var code = TextOf(rows[0][c])!;
            var name = TextOf(Cell(rows[1], c)) ?? code;
            var dimension = TextOf(Cell(rows[2], c));
            var direction = TextOf(Cell(rows[3], c)) switch
            {
                "+" or "正" or "正向" => "+",
                "-" or "−" or "负" or "负向" => "-",
                _ => null,
            };
            var weight = NumberOf(Cell(rows[4], c));
            if (indicators.Any(i => i.Code == code))
            {
                errors.Add(new CellError(1, c, Text.Get("Eval.Import.DuplicateIndicator", code)));
            }

            if (dimension is null)
            {
                errors.Add(new CellError(3, c, Text.Get("Eval.Import.NoDimension")));
            }

            if (direction is null)
            {
                errors.Add(new CellError(4, c, Text.Get("Eval.Import.Direction", TextOf(Cell(rows[3], c)))));
            }

            if (weight is not { } w || w < 0 || !double.IsFinite(w))
            {
                errors.Add(new CellError(5, c, Text.Get("Eval.Import.Weight", TextOf(Cell(rows[4], c)))));
            }

            indicators.Add(new ParkIndicator(code, name, dimension ?? string.Empty, direction ?? "+", weight ?? 0));
        }

        var parks = new List<string>();
        var values = new List<List<double?>>();
        for (var r = HeaderRows; r < rows.Count; r++)
        {
            var row = rows[r];
            var park = TextOf(Cell(row, "A"));
            if (park is null && columns.All(c => TextOf(Cell(row, c)) is null))
            {
                continue; // a blank line
            }

            if (park is null)
            {
                errors.Add(new CellError(r + 1, "A", Text.Get("Eval.Import.NoPark")));
            }
            else if (parks.Contains(park))
            {
                errors.Add(new CellError(r + 1, "A", Text.Get("Eval.Import.DuplicatePark", park)));
            }

            var line = new List<double?>();
            foreach (var c in columns)
            {
                var raw = Cell(row, c);
                if (TextOf(raw) is null)
                {
                    line.Add(null);
                }
                else if (NumberOf(raw) is { } v && double.IsFinite(v))
                {
                    line.Add(v);
                }
                else
                {
                    errors.Add(new CellError(r + 1, c, Text.Get("Eval.Import.NotNumber", TextOf(raw))));
                    line.Add(null);
                }
            }

            parks.Add(park ?? string.Empty);
            values.Add(line);
        }

        if (parks.Count < 2 && errors.Count == 0)
        {
            errors.Add(new CellError(HeaderRows + 1, "A", Text.Get("Eval.Import.TooFewRows", HeaderRows)));
        }

        return errors.Count > 0 ? (null, errors) : (new ParkTableData(parks, indicators, values, []), errors);
    }

    private static object? Cell(IDictionary<string, object?> row, string column) => row.TryGetValue(column, out var v) ? v : null;

    private static string? TextOf(object? value) => value switch
    {
        null => null,
        string s => string.IsNullOrWhiteSpace(s) ? null : s.Trim(),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };

    private static double? NumberOf(object? value) => value switch
    {
        double d => d,
        int i => i,
        long l => l,
        decimal m => (double)m,
        float f => f,
        string s when double.TryParse(s.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        _ => null,
    };
}
