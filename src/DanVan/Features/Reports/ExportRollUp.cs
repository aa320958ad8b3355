using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// A campaign's roll-up as Excel, for whoever sees it (the same units as <see cref="GetRollUp"/>): sheet "Tổng hợp" with the
/// reporting rate above each numeric indicator's total over accepted reports; sheet "Từng đơn vị" with every unit's state
/// and its value of each indicator — so every total can be checked against the units that make it (only accepted reports
/// count, as the sheet says).
/// </summary>
public static class ExportRollUp
{
    public const string TotalsSheet = "Tổng hợp";
    public const string UnitsSheet = "Từng đơn vị";

    public static readonly IReadOnlyList<XlsxColumn> TotalColumns =
    [
        new("Mã chỉ tiêu", 12), new("Phần", 28), new("Chỉ tiêu", 50), new("Đơn vị tính", 12), new("Tổng (báo cáo đã tiếp nhận)", 16, Numeric: true),
        new("Số đơn vị có số liệu", 14, Numeric: true),
    ];

    public sealed record Export(RollUpDto RollUp, IReadOnlyDictionary<Guid, Dictionary<string, long?>> Values)
    {
        public string FileName => $"tong-hop-{VietnameseText.Slug(RollUp.Campaign.Name)}.xlsx";
    }

    public static async Task<Result<Export>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await GetRollUp.HandleAsync(db, user, id, ct)).TryGet(out var rollUp, out var error))
        {
            return error;
        }

        // Only what was sent up, as the drill-down shows it (GetRollUp.DrillDownAsync).
        var ids = rollUp.Units.Where(u => ReportSubmission.IsSentUp(u.State)).Select(u => u.SubmissionId).ToList();
        var values = (await db.ReportValues.AsNoTracking().Where(v => ids.Contains(v.SubmissionId) && v.Number != null)
                .Select(v => new { v.SubmissionId, v.Code, v.Number }).ToListAsync(ct))
            .GroupBy(v => v.SubmissionId).ToDictionary(g => g.Key, g => g.ToDictionary(v => v.Code, v => v.Number, StringComparer.Ordinal));
        return new Export(rollUp, values);
    }

    public static Result<int> Write(Export export, Stream output)
    {
        var (r, values) = (export.RollUp, export.Values);
        var c = r.Campaign;
        using var xlsx = XlsxWriter.Create(output);
        using (var totals = xlsx.StartSheet(TotalsSheet, TotalColumns,
               [
                   new XlsxLine([c.Name], Bold: true),
                   new XlsxLine([XlsxLine.Labelled("Đơn vị phát động", c.UnitName)]),
                   new XlsxLine([XlsxLine.Labelled("Biểu mẫu", $"{c.FormName} (phiên bản {c.FormRevision})")]),
                   new XlsxLine([XlsxLine.Labelled("Hạn nộp", VnTime.Date(c.DueOn))]),
                   new XlsxLine([XlsxLine.Labelled("Tỷ lệ báo cáo", $"đã nộp {c.Received}/{c.Expected} (đúng hạn {c.OnTime}, trễ hạn {c.Late}); "
                       + $"quá hạn chưa nộp {c.Missing}; chưa đến hạn {c.Pending}; đã tiếp nhận {c.Accepted}")]),
                   new XlsxLine([]),
               ]))
        {
            foreach (var t in r.Totals)
            {
                totals.WriteRow([t.Code, t.Section, t.Label, t.Unit, t.Total, t.Units]);
            }
        }

        var columns = new List<XlsxColumn>
        {
            new("Đơn vị", 40), new("Trạng thái", 20), new("Tình trạng nộp", 18), new("Ngày nộp", 12), new("Người tiếp nhận", 18),
        };
        columns.AddRange(r.Totals.Select(t => new XlsxColumn(t.Code, 12, Numeric: true)));
        using (var units = xlsx.StartSheet(UnitsSheet, columns,
               [new XlsxLine(["Số liệu của từng đơn vị; chỉ báo cáo ở trạng thái “Đã tiếp nhận” được cộng vào bảng tổng hợp. Mã chỉ tiêu ở dòng tiêu đề, tên ở trang “Tổng hợp”."]),
                new XlsxLine([])]))
        {
            foreach (var u in r.Units)
            {
                var own = values.GetValueOrDefault(u.SubmissionId);
                units.WriteRow([u.UnitName, u.StateLabel, u.StatusLabel, u.FirstSubmittedOn, u.AcceptedByName,
                    .. r.Totals.Select(t => (object?)own?.GetValueOrDefault(t.Code))]);
            }
        }

        return r.Units.Count;
    }
}
