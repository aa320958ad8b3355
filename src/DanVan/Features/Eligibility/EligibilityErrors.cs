using DanVan.Features.Awards;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Eligibility;

public static class EligibilityErrors
{
    public static readonly AppError NomineeRequired = new("eligibility.nominee", "Vui lòng chọn một cá nhân hoặc một tập thể để kiểm tra.", "PersonId");
    public static readonly AppError Households = new("eligibility.household",
        "DanVan chưa có danh sách hộ gia đình: tiêu chuẩn của hộ gia đình do cán bộ đối chiếu trên hồ sơ.", "Subject");

    public static AppError Year(int max) => new("eligibility.year", $"Năm thành tích phải từ {MinYear} đến {max}.", "Year");

    public static AppError TooMany(int count) => new("eligibility.too_many",
        $"Phạm vi đã chọn có {count.ToString("N0", Infrastructure.Text.VietnameseText.Culture)} đối tượng, quá {WhoQualifies.MaxCandidates.ToString("N0", Infrastructure.Text.VietnameseText.Culture)}: vui lòng chọn đơn vị nhỏ hơn.",
        "UnitId");

    public static AppError WrongSubject(AwardKind kind, AwardSubject subject) => AwardErrors.WrongSubject(kind, subject);

    public const int MinYear = 2000;
}
