namespace Gaoxin.Hosting;

public static class ExcelFiles
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    /// <summary>Text starting with = + - @ would become a formula in Excel: prefix it with an apostrophe.</summary>
    public static string Cell(string text) => text.Length > 0 && text[0] is '=' or '+' or '-' or '@' ? "'" + text : text;
}
