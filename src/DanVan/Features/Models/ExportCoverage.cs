using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Models;

/// <summary>The model coverage report as an Excel file: one row per participating unit with its model counts, then the totals; a second sheet with the trend across years.</summary>
public static class ExportCoverage
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Mã đơn vị", 14), new("Tên đơn vị", 45), new("Loại đơn vị", 24), new("Đã đăng ký", 12, Numeric: true),
        new("Đang triển khai", 14, Numeric: true), new("Đề nghị công nhận", 16, Numeric: true), new("Đã công nhận", 14, Numeric: true),
        new("Tổng số mô hình", 14, Numeric: true), new("Có mô hình", 12),
    ];

    private static readonly XlsxColumn[] TrendColumns =
    [
        new("Năm", 8, Numeric: true), new("Phong trào", 60), new("Đơn vị tham gia", 14, Numeric: true), new("Có mô hình", 12, Numeric: true),
        new("Có mô hình đã công nhận", 20, Numeric: true), new("Tỷ lệ bao phủ (%)", 16, Numeric: true), new("Mô hình đăng ký", 14, Numeric: true),
        new("Mô hình được công nhận", 20, Numeric: true),
    ];

    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, ModelSettings settings, Guid movementId, Stream output, CancellationToken ct)
    {
        var result = await GetCoverage.HandleAsync(db, user, settings, movementId, ct);
        if (result.Error is not null)
        {
            return result.Error;
        }

        var report = result.Value!;
        using var xlsx = XlsxWriter.Create(output);
        int written;
        using (var sheet = xlsx.StartSheet("Do bao phu mo hinh", Columns))
        {
            foreach (var r in report.Units)
            {
                sheet.WriteRow([r.UnitCode, r.UnitName, r.KindName, r.Registered, r.Implementing, r.Proposed, r.Recognised, r.Total, r.Total > 0 ? "Có" : "Chưa có"]);
            }

            var t = report.Totals;
            sheet.WriteNote($"{report.MovementName} (năm {report.Year}): {t.Units} đơn vị tham gia; {t.WithModel} đơn vị có mô hình, "
                + $"{t.WithRecognised} đơn vị có mô hình đã được công nhận; {t.Units - t.WithModel} đơn vị chưa có mô hình; "
                + $"tỷ lệ bao phủ {t.Percent.ToString(VietnameseText.Culture)}%.");
            written = sheet.RowsWritten;
        }

        using var trend = xlsx.StartSheet("Xu huong qua cac nam", TrendColumns);
        foreach (var y in report.Trend)
        {
            trend.WriteRow([y.Year, y.MovementName, y.Units, y.WithModel, y.WithRecognised, y.Percent, y.Models, y.RecognisedModels]);
        }

        trend.WriteNote("Cùng phong trào các năm: phong trào của cùng đơn vị phát động, cùng hình thức, đã có mô hình. Mô hình đăng ký không tính "
            + "dự thảo và mô hình đã rút; mô hình được công nhận tính cả mô hình sau đó không còn hiệu quả.");
        return written;
    }
}
