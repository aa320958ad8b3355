using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Movements;

/// <summary>The compliance report as an Excel file: totals, then one row per unit with its plan status.</summary>
public static class ExportCompliance
{
    private static readonly XlsxColumn[] Columns =
    [
        new("Mã đơn vị", 14), new("Tên đơn vị", 45), new("Loại đơn vị", 24), new("Cấp", 6, Numeric: true), new("Hạn ban hành", 14),
        new("Tình trạng", 24), new("Ngày nộp", 14), new("Số, ký hiệu kế hoạch", 24),
    ];

    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, Guid movementId, GetCompliance.Query query, Stream output,
        CancellationToken ct)
    {
        var all = await GetCompliance.AllRowsAsync(db, user, movementId, query, ct);
        if (all.Error is not null)
        {
            return all.Error;
        }

        var (report, rows) = all.Value;
        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet("Tinh hinh ban hanh KH", Columns);
        foreach (var r in rows)
        {
            sheet.WriteRow([r.UnitCode, r.UnitName, r.KindName, r.Depth, VnTime.Date(r.DueOn), r.Status.Label(), VnTime.Date(r.FiledOn), r.PlanNumber]);
        }

        var t = report.Totals;
        sheet.WriteNote($"{report.MovementName} — tính đến ngày {VnTime.Date(report.Today)}: {t.Total} đơn vị; đúng hạn {t.OnTime}, trễ hạn {t.Late}, "
            + $"quá hạn chưa ban hành {t.Missing}, chưa đến hạn {t.Pending}, không yêu cầu {t.NotRequired}; tỷ lệ đã ban hành {t.FiledPercent.ToString(VietnameseText.Culture)}%.");
        return sheet.RowsWritten;
    }
}
