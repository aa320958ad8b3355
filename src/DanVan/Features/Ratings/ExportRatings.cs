using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;

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
        var number = 0;
        using (var sheet = xlsx.StartSheet(RatingsExcel.SheetName, RatingsExcel.Columns))
        {
            string? cursor = null;
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
        }

        using (var guide = xlsx.StartSheet("Hướng dẫn", [new XlsxColumn("Hướng dẫn nhập xếp loại chất lượng cán bộ, công chức, viên chức", 110)]))
        {
            guide.WriteNote($"1. Điền cột “Xếp loại” trên trang “{RatingsExcel.SheetName}”, mỗi người một dòng; không đổi tên, không xóa dòng tiêu đề.");
            guide.WriteNote($"2. Xếp loại: một trong {RatingLevels.Choices} (có thể viết gọn: xuất sắc, tốt, hoàn thành, không hoàn thành). Dòng để trống cột Xếp loại được bỏ qua.");
            guide.WriteNote("3. Họ và tên và Đơn vị (mã hoặc tên đầy đủ) phải khớp với danh sách cán bộ của đơn vị mà bạn được giao xếp loại.");
            guide.WriteNote("4. Sửa một xếp loại đã nhập: ghi lý do ở cột “Lý do thay đổi”; mọi thay đổi được lưu lịch sử.");
            guide.WriteNote("5. Hệ thống kiểm tra toàn bộ tệp trước khi ghi: nếu có dòng lỗi thì không dòng nào được nhập, và bạn nhận danh sách lỗi theo số dòng và cột.");
        }

        await AuditLog.RecordExportAsync(db, nameof(PersonRating), query.UnitId, request, number, ct);
        return number;
    }
}
