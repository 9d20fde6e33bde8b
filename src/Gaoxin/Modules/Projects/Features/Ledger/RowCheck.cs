using System.Globalization;

namespace Gaoxin.Modules.Projects.Features.Ledger;

/// <summary>Reads the cells of one row by column key, adding an <see cref="ImportError"/> for each cell that is not what its column expects.</summary>
internal sealed class RowCheck(LedgerSheet sheet, LedgerRow row, List<ImportError> errors)
{
    private readonly int _before = errors.Count;

    public bool Ok => errors.Count == _before;

    public bool Has(string key) => row[key] is not null;

    public void Fail(string key, string? problem = null)
    {
        var column = sheet.Columns.Single(c => c.Key == key);
        var cell = row[key];
        errors.Add(new ImportError(sheet.Name, row.Number, column.Header,
            problem ?? (cell is null ? Hosting.Text.Get("Err.CellEmpty") : Hosting.Text.Get("Err.CellValue", cell.Text)), column.Expected));
    }

    private LedgerCell? Cell(string key)
    {
        var cell = row[key];
        var column = sheet.Columns.Single(c => c.Key == key);
        if (cell is null)
        {
            if (column.Required)
            {
                Fail(key);
            }

            return null;
        }

        if (cell.IsFormula)
        {
            Fail(key, Hosting.Text.Get("Err.CellFormula"));
            return null;
        }

        return cell;
    }

    public string? Text(string key, int max)
    {
        if (Cell(key) is not { } cell)
        {
            return null;
        }

        if (!cell.IsNumeric && cell.Text.Length > 0 && cell.Text[0] is '=' or '+' or '-' or '@')
        {
            Fail(key, Hosting.Text.Get("Err.CellFormulaText", cell.Text));
            return null;
        }

        if (cell.Text.Length > max)
        {
            Fail(key, Hosting.Text.Get("Err.CellTooLong", max));
            return null;
        }

        return cell.Text;
    }

    public decimal? Number(string key, decimal min, decimal max)
    {
        if (Cell(key) is not { } cell)
        {
            return null;
        }

        var number = cell.Number ?? (decimal.TryParse(cell.Text.Replace(",", string.Empty, StringComparison.Ordinal), NumberStyles.Float, CultureInfo.InvariantCulture, out var n) ? n : null);
        if (number is null || number < min || number > max)
        {
            Fail(key);
            return null;
        }

        return number;
    }

    /// <summary>An amount in 万元 with at most six decimals (whole fen).</summary>
    public decimal? Wan(string key)
    {
        var wan = Number(key, 0, 10_000_000_000m);
        if (wan is { } w && decimal.Round(w, 6) != w)
        {
            Fail(key);
            return null;
        }

        return wan;
    }

    public int? Integer(string key, int min, int max)
    {
        var number = Number(key, min, max);
        if (number is { } n && n != decimal.Truncate(n))
        {
            Fail(key);
            return null;
        }

        return number is { } v ? (int)v : null;
    }

    public bool YesNo(string key)
    {
        var text = Text(key, 10);
        switch (text?.ToLowerInvariant())
        {
            case null or "" or "否" or "no" or "false" or "0":
                return false;
            case "是" or "yes" or "true" or "1":
                return true;
            default:
                Fail(key);
                return false;
        }
    }

    public T Enum<T>(string key, string prefix, T fallback) where T : struct, Enum
    {
        var text = Text(key, 40);
        if (string.IsNullOrEmpty(text))
        {
            return fallback;
        }

        if (!Hosting.Text.TryParseLabel<T>(prefix, text, out var value))
        {
            Fail(key);
        }

        return value;
    }

    public DateOnly? Date(string key, DateOnly today)
    {
        if (Cell(key) is not { } cell)
        {
            return null;
        }

        DateOnly? date = cell.Number is { } serial && serial is > 0 and < 2_958_466 ? DateOnly.FromDateTime(DateTime.FromOADate((double)serial))
            : DateOnly.TryParseExact(cell.Text, ["yyyy-MM-dd", "yyyy/MM/dd", "yyyy/M/d", "yyyy-M-d"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
        if (date is null || date > today || date.Value.Year < 1990)
        {
            Fail(key);
            return null;
        }

        return date;
    }

    public DateOnly? Month(string key)
    {
        if (Cell(key) is not { } cell)
        {
            return null;
        }

        if (cell.Number is { } serial && serial is > 0 and < 2_958_466)
        {
            var d = DateOnly.FromDateTime(DateTime.FromOADate((double)serial));
            return new DateOnly(d.Year, d.Month, 1);
        }

        if (DateOnly.TryParseExact(cell.Text, ["yyyy-MM", "yyyy-MM-dd", "yyyy/MM", "yyyy/M"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var month))
        {
            return new DateOnly(month.Year, month.Month, 1);
        }

        Fail(key);
        return null;
    }
}
