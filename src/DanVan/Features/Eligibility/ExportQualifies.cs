using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Eligibility;

/// <summary>
/// "Who qualifies" as an Excel file (the list a unit attaches to its proposal): the same question and filters as the
/// page, every matching row, with the award, version, scope, counts, quota, preference and the rules checked above the
/// table. Audited like every export.
/// </summary>
public static class ExportQualifies
{
    public const string SheetName = "Ai đủ tiêu chuẩn";

    public static readonly XlsxColumn[] Columns =
    [
        new("STT", 6, Numeric: true), new("Họ và tên / Tập thể", 32), new("Đơn vị", 36), new("Kết quả", 18), new("Tiêu chuẩn quyết định", 50),
        new("Lý do", 60), new("Ưu tiên", 14),
    ];

    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, WhoQualifies.Query query, Stream output, string request,
        CancellationToken ct)
    {
        var result = await WhoQualifies.HandleAsync(db, user, query with { All = true, Page = 1 }, ct);
        if (!result.TryGet(out var v, out var error))
        {
            return error;
        }

        List<XlsxLine> above =
        [
            new([$"Danh sách đối chiếu tiêu chuẩn: {v.AwardName} — {v.SubjectLabel.ToLowerInvariant()} thuộc {v.UnitName}, năm thành tích {v.Year}"], Bold: true),
            new([$"Phiên bản số {v.VersionNumber} áp dụng từ {VnTime.Date(v.VersionFrom)} ({v.VersionCitation}); ngày đề nghị {VnTime.Date(v.Date)}"
                + (v.MovementName is { } m ? $"; theo tiêu chuẩn của phong trào “{m}”" : "")]),
            new([$"Trong phạm vi: {v.Counts.Total}; đạt: {v.Counts.Pass}; chưa xác định được: {v.Counts.CannotTell}; không đạt: {v.Counts.Fail}"
                + (v.Matching != v.Counts.Total ? $"; dòng theo bộ lọc: {v.Matching}" : "")]),
        ];
        if (v.Quota is { } quota)
        {
            above.Add(new([$"Tỷ lệ tối đa: {quota.Explanation}; căn cứ: {quota.Citation}"]));
        }

        above.Add(new([$"Ưu tiên: {v.PreferenceRule}"]));
        above.Add(new(["Tiêu chuẩn được kiểm tra: " + string.Join("; ", v.Rules.Select((r, i) => $"{i + 1}) {r}"))]));
        using var xlsx = XlsxWriter.Create(output);
        var number = 0;
        using (var sheet = xlsx.StartSheet(SheetName, Columns, above))
        {
            foreach (var row in v.Rows)
            {
                sheet.WriteRow([++number, row.Nominee.Name, row.Nominee.UnitName, row.VerdictLabel, row.DecisiveRule ?? "Đạt mọi tiêu chuẩn",
                    row.DecisiveFinding, row.Preference]);
            }
        }

        await AuditLog.RecordExportAsync(db, "Eligibility", v.UnitId, request, number, ct);
        return number;
    }
}
