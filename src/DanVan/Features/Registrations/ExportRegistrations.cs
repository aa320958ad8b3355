using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Registrations;

/// <summary>The registrations of every participating unit the caller may see, one row per unit, as an Excel file.</summary>
public static class ExportRegistrations
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Mã đơn vị", 14), new("Tên đơn vị", 45), new("Tình trạng", 16), new("Danh hiệu đăng ký", 45), new("Mô hình dự kiến", 60),
        new("Số người đăng ký", 10, Numeric: true), new("Cam kết", 60),
    ];

    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, RegistrationTitles titles, Guid movementId, Stream output,
        CancellationToken ct)
    {
        if ((await Movements.MovementAccess.FindAsync(db, user, movementId, ct)).Error is { } refused)
        {
            return refused;
        }

        var rows = await ListRegistrations.Rows(db, user, movementId).OrderBy(r => r.UnitCode).ToListAsync(ct);
        var ids = rows.Where(r => r.RegistrationId != null).Select(r => r.RegistrationId!.Value).ToList();
        var registrations = await db.Registrations.AsNoTracking().Where(r => ids.Contains(r.Id))
            .ToDictionaryAsync(r => r.Id, r => new { r.TitleCodes, r.Commitments }, ct);
        var models = (await db.PlannedModels.AsNoTracking().Where(m => ids.Contains(m.RegistrationId)).OrderBy(m => m.Seq).ToListAsync(ct))
            .ToLookup(m => m.RegistrationId);

        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet("Dang ky thi dua", Columns);
        foreach (var r in rows)
        {
            var detail = r.RegistrationId is { } id ? registrations[id] : null;
            sheet.WriteRow([r.UnitCode, r.UnitName, r.Status?.Label() ?? "Chưa đăng ký",
                detail is null ? null : string.Join("; ", detail.TitleCodes.Select(c => titles.Collective.GetValueOrDefault(c, c))),
                r.RegistrationId is { } rid ? string.Join("; ", models[rid].Select(m => $"{m.Name} ({m.Field.Label()})")) : null,
                r.People, detail?.Commitments]);
        }

        return sheet.RowsWritten;
    }
}
