using System.Globalization;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gaoxin.Modules.Projects.Features.Ledger;

/// <summary>A cell as read: its text, its number when it holds one, and whether it is a formula.</summary>
public sealed record LedgerCell(string Text, decimal? Number, bool IsFormula, bool IsNumeric);

/// <summary>A data row of a sheet (row number as Excel shows it) with its cells by column key.</summary>
public sealed record LedgerRow(int Number, IReadOnlyDictionary<string, LedgerCell> Cells)
{
    public LedgerCell? this[string key] => Cells.GetValueOrDefault(key);
}

/// <summary>
/// Reads a ledger workbook with the Open XML SDK, so formulas are seen as formulas (not as their cached values). The
/// headers are matched in either language; unknown columns are reported, not ignored silently.
/// </summary>
public static class LedgerWorkbook
{
    public const long MaxBytes = 20L * 1024 * 1024;

    public sealed record Sheets(IReadOnlyDictionary<string, List<LedgerRow>> Rows, IReadOnlyList<ImportError> Errors);

    public static Sheets Read(Stream stream) => Read(stream, LedgerColumns.Sheets);

    /// <summary>Reads the sheets of another workbook laid out the same way (e.g. the enterprise figures import).</summary>
    public static Sheets Read(Stream stream, IReadOnlyList<LedgerSheet> definitions)
    {
        var head = new byte[4];
        var read = stream.Read(head, 0, 4);
        stream.Position = 0;
        if (read < 4 || head[0] != 'P' || head[1] != 'K')
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.NotExcel"), StatusCodes.Status415UnsupportedMediaType);
        }

        try
        {
            return ReadPackage(stream, definitions);
        }
        catch (Exception e) when (e is DocumentFormat.OpenXml.Packaging.OpenXmlPackageException or InvalidDataException or System.Xml.XmlException or FormatException or IOException
            or InvalidOperationException or ArgumentException or KeyNotFoundException)
        {
            throw new Hosting.DomainException(Hosting.Text.Get("Err.ExcelDamaged"), StatusCodes.Status415UnsupportedMediaType);
        }
    }

    private static Sheets ReadPackage(Stream stream, IReadOnlyList<LedgerSheet> definitions)
    {
        using var document = SpreadsheetDocument.Open(stream, false);
        var workbook = document.WorkbookPart ?? throw new InvalidDataException("no workbook");
        var shared = workbook.SharedStringTablePart?.SharedStringTable?.Elements<SharedStringItem>().Select(i => i.InnerText).ToArray() ?? [];
        var rows = new Dictionary<string, List<LedgerRow>>();
        var errors = new List<ImportError>();
        foreach (var sheet in workbook.Workbook?.Sheets?.Elements<Sheet>() ?? [])
        {
            var name = sheet.Name?.Value ?? string.Empty;
            var definition = definitions.FirstOrDefault(s => s.Matches(name));
            if (definition is null || sheet.Id?.Value is not { } id)
            {
                continue; // a guide sheet or the user's own notes
            }

            var part = (WorksheetPart)workbook.GetPartById(id);
            var sheetRows = part.Worksheet?.Descendants<Row>().ToList() ?? [];
            var list = new List<LedgerRow>();
            rows[definition.Key] = list;
            var header = sheetRows.FirstOrDefault(r => r.Elements<Cell>().Any(c => Value(c, shared).Text.Length > 0));
            if (header is null)
            {
                continue;
            }

            var columns = new Dictionary<int, string>();
            foreach (var cell in header.Elements<Cell>())
            {
                var text = Value(cell, shared).Text;
                if (text.Length == 0)
                {
                    continue;
                }

                var column = definition.Columns.FirstOrDefault(c => c.Matches(text));
                if (column is null)
                {
                    errors.Add(new ImportError(definition.Name, (int)(header.RowIndex?.Value ?? 1), text, Hosting.Text.Get("Err.UnknownColumn", text),
                        string.Join(", ", definition.Columns.Select(c => c.Header))));
                    continue;
                }

                columns[ColumnIndex(cell.CellReference?.Value)] = column.Key;
            }

            foreach (var missing in definition.Columns.Where(c => c.Required && !columns.ContainsValue(c.Key)))
            {
                errors.Add(new ImportError(definition.Name, (int)(header.RowIndex?.Value ?? 1), missing.Header, Hosting.Text.Get("Err.MissingColumn", missing.Header), missing.Expected));
            }

            foreach (var row in sheetRows.Where(r => (r.RowIndex?.Value ?? 0) > (header.RowIndex?.Value ?? 0)))
            {
                var cells = new Dictionary<string, LedgerCell>();
                foreach (var cell in row.Elements<Cell>())
                {
                    if (columns.TryGetValue(ColumnIndex(cell.CellReference?.Value), out var key))
                    {
                        var value = Value(cell, shared);
                        if (value.Text.Length > 0 || value.IsFormula)
                        {
                            cells[key] = value;
                        }
                    }
                }

                if (cells.Count > 0)
                {
                    list.Add(new LedgerRow((int)(row.RowIndex?.Value ?? 0), cells));
                }
            }
        }

        return new Sheets(rows, errors);
    }

    private static LedgerCell Value(Cell cell, string[] shared)
    {
        var formula = cell.CellFormula is not null;
        var raw = cell.CellValue?.Text ?? string.Empty;
        var type = cell.DataType?.Value;
        if (type == CellValues.SharedString)
        {
            var text = int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) && i >= 0 && i < shared.Length ? shared[i] : string.Empty;
            return new LedgerCell(text.Trim(), null, formula, false);
        }

        if (type == CellValues.InlineString)
        {
            return new LedgerCell((cell.InlineString?.InnerText ?? string.Empty).Trim(), null, formula, false);
        }

        if (type == CellValues.String || type == CellValues.Boolean || type == CellValues.Error)
        {
            return new LedgerCell(raw.Trim(), null, formula, false);
        }

        return decimal.TryParse(raw, NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? new LedgerCell(number.ToString(CultureInfo.InvariantCulture), number, formula, true)
            : new LedgerCell(raw.Trim(), null, formula, false);
    }

    private static int ColumnIndex(string? reference)
    {
        var index = 0;
        foreach (var ch in reference ?? "A")
        {
            if (!char.IsAsciiLetter(ch))
            {
                break;
            }

            index = index * 26 + (char.ToUpperInvariant(ch) - 'A' + 1);
        }

        return index;
    }
}
