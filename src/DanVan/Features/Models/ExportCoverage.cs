using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

/// <summary>The model coverage report as an Excel file: one row per participating unit with its model counts, then the totals.</summary>
public static class ExportCoverage
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Mã đơn vị", 14), new("Tên đơn vị", 45), new("Loại đơn vị", 24), new("Đã đăng ký", 12, Numeric: true),
        new("Đang triển khai", 14, Numeric: true), new("Đề nghị công nhận", 16, Numeric: true), new("Đã công nhận", 14, Numeric: true),
        new("Tổng số mô hình", 14, Numeric: true), new("Có mô hình", 12),
    ];

    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, Guid movementId, Stream output, CancellationToken ct)
    {
        var result = await GetCoverage.HandleAsync(db, user, movementId, ct);
        if (result.Error is not null)
        {
            return result.Error;
        }

        var report = result.Value!;
        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet("Do bao phu mo hinh", Columns);
        foreach (var r in report.Units)
        {
            sheet.WriteRow([r.UnitCode, r.UnitName, r.KindName, r.Registered, r.Implementing, r.Proposed, r.Recognised, r.Total, r.Total > 0 ? "Có" : "Chưa có"]);
        }

        var t = report.Totals;
        sheet.WriteNote($"{report.MovementName} (năm {report.Year}): {t.Units} đơn vị tham gia; {t.WithModel} đơn vị có mô hình, "
            + $"{t.WithRecognised} đơn vị có mô hình đã được công nhận; {t.Units - t.WithModel} đơn vị chưa có mô hình; "
            + $"tỷ lệ bao phủ {t.Percent.ToString(VietnameseText.Culture)}%.");
        return sheet.RowsWritten;
    }
}
