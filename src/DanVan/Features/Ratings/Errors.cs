using DanVan.Infrastructure.Web;

namespace DanVan.Features.Ratings;

public static class RatingErrors
{
    public static AppError ReasonRequired(RatingLevel current) => new("rating.reason_required",
        $"Người này đã được xếp loại “{current.Label()}”; vui lòng nhập lý do thay đổi xếp loại.", "Reason");

    public static AppError YearOutOfRange(int max) => new("rating.year", $"Năm xếp loại phải từ {PersonRating.MinYear} đến {max}.", "Year");

    /// <summary>The person is visible but not in the units the user rates (names the person, ADR 0003: they may see them).</summary>
    public static AppError OutOfScope(string fullName, string unitName) => new("rating.out_of_scope",
        $"Bạn không có quyền xếp loại “{fullName}” ({unitName}): người này không thuộc đơn vị bạn được giao quản lý xếp loại.", null, ErrorKind.Forbidden);

    public static readonly AppError DisciplineDates = new("discipline.dates", "Ngày kết thúc kỷ luật không được trước ngày bắt đầu.", "To");
    public static readonly AppError DisciplineBeforeDecision = new("discipline.before_decision", "Ngày bắt đầu kỷ luật không được trước ngày quyết định.", "From");
}
