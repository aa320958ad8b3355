using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

/// <summary>
/// Writes the filtered list of people in the template's layout, so an export can be edited and imported again.
/// Rows stream from the database to the sheet; sensitive columns are blanked by the same rule as the list
/// (<see cref="ListPeople"/>: one grant read, one scope predicate). Every export is audited (who, the request with its
/// filter, how many rows, when), under the filter's unit when there is one.
/// </summary>
public static class ExportPeople
{
    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, ListPeople.Query query, Stream output, string request,
        CancellationToken ct)
    {
        var grants = await Scope.GrantsAsync(db, user, ct);
        var filtered = await ListPeople.FilterAsync(db, user, grants, query, ct);
        if (filtered.Error is not null)
        {
            return filtered.Error;
        }

        var people = filtered.Value!;
        var unitIds = people.Select(p => p.UnitId);
        var unitCodes = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Code, ct);
        var rows = people.OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Project(grants).AsAsyncEnumerable();

        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet(PeopleExcel.SheetName, PeopleExcel.Columns);
        await foreach (var p in rows.WithCancellation(ct))
        {
            sheet.WriteRow([p.FullName, p.Gender.Label(), p.BirthYear, p.Position, p.StaffCategory.Label(),
                unitCodes.GetValueOrDefault(p.UnitId), p.Ethnicity, PeopleExcel.PartyLabel(p.IsPartyMember)]);
        }

        var written = sheet.RowsWritten;
        await AuditLog.RecordExportAsync(db, nameof(Person), query.UnitId, request, written, ct);
        return written;
    }
}
