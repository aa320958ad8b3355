using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// The register (same filter and scope as <see cref="ListAwardRecords"/>) in the import's layout, with a "Hướng dẫn"
/// sheet naming the columns and every award of the province's catalogue; the template is the same file without rows.
/// Audited like every export.
/// </summary>
public static class ExportAwardRecords
{
    /// <param name="template">Only the header and the guide: the empty book to fill in.</param>
    public static async Task<Result<int>> WriteAsync(AppDbContext db, CurrentUser user, ListAwardRecords.Query query, bool template, Stream output,
        string request, CancellationToken ct)
    {
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => k.TenantId == user.TenantId).OrderBy(k => k.Position).ThenBy(k => k.Code)
            .Select(k => new { k.Code, k.Name, k.ForIndividuals, k.ForCollectives, k.ForHouseholds }).ToListAsync(ct);
        using var xlsx = XlsxWriter.Create(output);
        var number = 0;
        using (var sheet = xlsx.StartSheet(AwardRecordsExcel.SheetName, AwardRecordsExcel.Columns))
        {
            string? cursor = null;
            do
            {
                if (template)
                {
                    break;
                }

                var page = await ListAwardRecords.HandleAsync(db, user, query with { Limit = Paging.MaxLimit, Cursor = cursor }, ct);
                if (page.Error is { } error)
                {
                    return error;
                }

                foreach (var r in page.Value!.Items.Where(r => r.WithdrawnAt is null)) // the book as it stands: an entry withdrawn as a mistake is not written back
                {
                    sheet.WriteRow([++number, r.HolderName, r.UnitName, r.AwardName, r.Year, AwardRecordsExcel.ShortLabel(r.Type), r.DecisionNumber,
                        r.DecisionDate, r.Note]);
                }

                cursor = page.Value.NextCursor;
            }
            while (cursor is not null);
        }

        using (var guide = xlsx.StartSheet(AwardRecordsExcel.GuideSheetName, [new XlsxColumn("Hướng dẫn nhập sổ theo dõi khen thưởng", 70), new XlsxColumn("Mã", 30),
                   new XlsxColumn("Đối tượng", 30)]))
        {
            guide.WriteNote($"1. Mỗi dòng trên trang “{AwardRecordsExcel.SheetName}” là một danh hiệu hoặc hình thức khen thưởng đã nhận; không đổi tên, không xóa dòng tiêu đề.");
            guide.WriteNote("2. Họ và tên: người được khen thưởng, tìm theo họ tên trong đơn vị công tác hiện tại. Tập thể: ghi đúng tên đơn vị. Hộ gia đình: họ tên chủ hộ, đơn vị là xã, phường.");
            guide.WriteNote("3. Đơn vị: mã hoặc tên đầy đủ của đơn vị bạn được giao ghi sổ khen thưởng.");
            guide.WriteNote("4. Danh hiệu/Hình thức khen thưởng: đúng tên trong danh mục dưới đây (không phân biệt dấu, chữ hoa) hoặc mã.");
            guide.WriteNote($"5. Loại hình: {AwardRecordsExcel.TypeChoices}; để trống là thường xuyên. Chỉ khen thưởng thường xuyên được tính vào số năm liên tục.");
            guide.WriteNote("6. Ngày quyết định theo dạng ngày/tháng/năm (ví dụ 15/01/2025); năm thành tích không được sau năm của ngày quyết định.");
            guide.WriteNote("7. Hệ thống kiểm tra toàn bộ tệp trước khi ghi: nếu có dòng lỗi (kể cả trùng người, danh hiệu và năm đã có trong sổ) thì không dòng nào được nhập.");
            guide.WriteBoldRow(["Danh hiệu, hình thức khen thưởng trong danh mục", "Mã", "Đối tượng"]);
            foreach (var k in kinds)
            {
                var subjects = new[] { k.ForIndividuals ? "cá nhân" : null, k.ForCollectives ? "tập thể" : null, k.ForHouseholds ? "hộ gia đình" : null };
                guide.WriteRow([k.Name, k.Code, string.Join(", ", subjects.OfType<string>())]);
            }
        }

        await AuditLog.RecordExportAsync(db, nameof(AwardRecord), query.UnitId, request, number, ct);
        return number;
    }
}
