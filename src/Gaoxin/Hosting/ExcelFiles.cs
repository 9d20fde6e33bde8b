namespace Gaoxin.Hosting;

public static class ExcelFiles
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
}
