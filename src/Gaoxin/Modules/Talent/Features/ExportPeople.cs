using System.Data;
using Gaoxin.Data;
using Gaoxin.Hosting.Api;
using MiniExcelLibs;

namespace Gaoxin.Modules.Talent.Features;

/// <summary>The pool as Excel, filtered like the list: contact and ID number masked, and only for admins and talent staff.</summary>
public static class ExportPeople
{
    public static async Task WriteAsync(Stream stream, Guid zoneId, ListPeople.Query query, GaoxinDb db, CancellationToken ct)
    {
        var view = await TalentAccess.RequireStaffViewAsync(db, ct);
        var rows = await ListPeople.RowsAsync(ListPeople.Filter(query, zoneId, db), db, view, ct);
        var table = new DataTable("people");
        foreach (var header in new[] { "姓名 Name", "性别 Gender", "出生年份 Birth year", "学历 Degree", "职称 Title", "领域 Fields", "工作单位 Employer", "电话 Phone", "邮箱 E-mail", "身份证号 ID number", "示例数据 Sample" })
        {
            table.Columns.Add(header, typeof(object));
        }

        foreach (var p in rows)
        {
            table.Rows.Add(new object?[]
                {
                    p.Name, Text.Get("Talent.Gender." + p.Gender), p.BirthYear, Text.Get("Talent.Degree." + p.Degree), Text.Get("Talent.Title." + p.Title), string.Join("、", p.Fields),
                    p.Employer, p.Phone, p.Email, p.IdNumber, p.IsSampleData ? "是" : "否",
                }
                .Select(v => v is string s ? ExcelFiles.Cell(s) : v ?? DBNull.Value).ToArray());
        }

        await stream.SaveAsAsync(new Dictionary<string, object> { ["人才 Talent"] = table }, cancellationToken: ct);
    }

    public static void Map(IEndpointRouteBuilder app) => app
        .MapGet("/export/talent-people.xlsx", async (ZoneRoute zone, [AsParameters] ListPeople.Query query, GaoxinDb db, CancellationToken ct) =>
        {
            var stream = new MemoryStream();
            await WriteAsync(stream, zone.Id, query, db, ct);
            stream.Position = 0;
            return Results.File(stream, ExcelFiles.ContentType, $"talent-{zone.Zone.Code}.xlsx");
        })
        .RequireAuthorization(TalentPolicies.TalentReader)
        .ExcludeFromDescription();
}
