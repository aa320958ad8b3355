using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Writes the filtered list of units in tree order and in the template's layout, so an export can be edited and
/// imported again. Rows stream from the database to the sheet. A parent the user may not view is left blank.
/// </summary>
public static class ExportUnits
{
    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, ListUnits.Query query, Stream output, CancellationToken ct)
    {
        var filtered = await ListUnits.FilterAsync(db, user, query, ct);
        if (filtered.Error is not null)
        {
            return filtered.Error;
        }

        var visible = db.Units.VisibleTo(db, user, Permission.ViewUnits).Select(u => u.Id);
        var rows = filtered.Value!.OrderBy(u => u.Path)
            .Select(u => new
            {
                u.Code, u.Name, u.ShortName, KindCode = u.Kind!.Code,
                ParentCode = u.ParentId != null && visible.Contains(u.ParentId.Value) ? u.Parent!.Code : null,
                u.ValidFrom,
            })
            .AsAsyncEnumerable();

        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet(UnitsExcel.SheetName, UnitsExcel.Columns);
        await foreach (var u in rows.WithCancellation(ct))
        {
            sheet.WriteRow([u.Code, u.Name, u.ShortName, u.KindCode, u.ParentCode, u.ValidFrom]);
        }

        return sheet.RowsWritten;
    }
}
