using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Gaoxin.Tests.Infrastructure;

/// <summary>
/// Builds .xlsx files for import tests with the Open XML SDK: strings as inline strings, decimals as numbers, and
/// <see cref="Formula"/> cells as real formulas (with a cached value, as Excel saves them).
/// </summary>
public static class Workbook
{
    public sealed record Formula(string Expression, decimal Cached);

    public static byte[] Build(params (string Sheet, object?[][] Rows)[] sheets)
    {
        using var stream = new MemoryStream();
        using (var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook))
        {
            var workbook = document.AddWorkbookPart();
            workbook.Workbook = new DocumentFormat.OpenXml.Spreadsheet.Workbook(new Sheets());
            uint id = 1;
            foreach (var (name, rows) in sheets)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                var data = new SheetData();
                for (var r = 0; r < rows.Length; r++)
                {
                    var row = new Row { RowIndex = (uint)(r + 1) };
                    for (var c = 0; c < rows[r].Length; c++)
                    {
                        var reference = $"{(char)('A' + c)}{r + 1}";
                        switch (rows[r][c])
                        {
                            case null:
                                break;
                            case Formula f:
                                row.Append(new Cell { CellReference = reference, CellFormula = new CellFormula(f.Expression), CellValue = new CellValue(f.Cached) });
                                break;
                            case decimal or int or long or double:
                                row.Append(new Cell { CellReference = reference, CellValue = new CellValue(Convert.ToDecimal(rows[r][c], System.Globalization.CultureInfo.InvariantCulture)) });
                                break;
                            default:
                                row.Append(new Cell { CellReference = reference, DataType = CellValues.InlineString, InlineString = new InlineString(new Text(rows[r][c]!.ToString()!)) });
                                break;
                        }
                    }

                    data.Append(row);
                }

                part.Worksheet = new Worksheet(data);
                workbook.Workbook.Sheets!.Append(new Sheet { Id = workbook.GetIdOfPart(part), SheetId = id++, Name = name });
            }
        }

        return stream.ToArray();
    }
}
