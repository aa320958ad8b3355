using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using System.Globalization;
using System.Text.Json;

namespace DanVan.Features.Ratings;

/// <summary>
/// The ratings list of a year (same filter and scope as <see cref="ListRatings"/>) in the import's layout: unrated
/// people come with an empty "Xếp loại" for the unit to fill in. Audited like every export.
/// </summary>
public static class ExportRatings
{
    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, ListRatings.Query query, Stream output, string request,
        CancellationToken ct)
    {
        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet(RatingsExcel.SheetName, RatingsExcel.Columns);
        string? cursor = null;
        var number = 0;
        do
        {
            var page = await ListRatings.HandleAsync(db, user, query with { Limit = Paging.MaxLimit, Cursor = cursor }, ct);
            if (page.Error is { } error)
            {
                return error;
            }

            foreach (var r in page.Value!.Items)
            {
                sheet.WriteRow([++number, r.FullName, r.Position, r.UnitName, r.Year, r.LevelLabel, r.Note, null]);
            }

            cursor = page.Value.NextCursor;
        }
        while (cursor is not null);

        await AuditLog.RecordAboutAsync(db, db.Actor, AuditActions.Exported, nameof(PersonRating), query.UnitId, JsonSerializer.Serialize(new[]
        {
            new AuditTrail.FieldChange("Request", null, request[..Math.Min(request.Length, 300)]),
            new AuditTrail.FieldChange("Rows", null, number.ToString(CultureInfo.InvariantCulture)),
        }), ct);
        return number;
    }
}
