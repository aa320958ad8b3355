using DanVan.Infrastructure.Web;

namespace DanVan.Features.Certificates;

public static class CertificateErrors
{
    public static readonly AppError NotFound = AppError.NotFound("giấy khen, bằng khen");

    public static readonly AppError NotIssued = new("certificate.not_issued", "Quyết định chưa ban hành: chưa có bằng khen, giấy khen để in.", null, ErrorKind.Conflict);

    public static readonly AppError RevokedCannotReissue = new("certificate.revoked", "Khen thưởng đã bị thu hồi: không cấp lại được.", null, ErrorKind.Conflict);

    public static readonly AppError AlreadySuperseded = new("certificate.superseded", "Bản này đã được cấp lại; hãy dùng bản mới.", null, ErrorKind.Conflict);

    public static readonly AppError ReissueReasonRequired = new("certificate.reason", "Vui lòng nêu lý do cấp lại (ví dụ: bị mất, in sai tên).", "Reason");

    public static readonly AppError GroundRequired = new("revocation.ground", "Vui lòng chọn căn cứ thu hồi (điểm a–d, Chương VII Luật Thi đua, khen thưởng).", "Ground");

    public static readonly AppError ReasonRequired = new("revocation.reason", "Vui lòng nêu lý do hủy bỏ, thu hồi khen thưởng.", "Reason");

    public static readonly AppError SignerRequired = new("revocation.signer", "Vui lòng nhập người ký quyết định thu hồi.", "SignerName");

    public static readonly AppError AwardsRequired = new("revocation.awards", "Vui lòng chọn ít nhất một khen thưởng cần thu hồi.", "AwardRecordIds");

    public static readonly AppError TooManyAwards = new("revocation.too_many", $"Một quyết định thu hồi nêu tối đa {Revocation.MaxAwards} khen thưởng.", "AwardRecordIds");

    public static readonly AppError AwardNotFound = AppError.NotFound("khen thưởng cần thu hồi");

    public static AppError NotOfIssuer(string holder) => new("revocation.issuer",
        $"Khen thưởng của “{holder}” không do đơn vị này quyết định; chỉ cấp đã quyết định khen thưởng mới hủy bỏ được.", "AwardRecordIds", ErrorKind.Conflict);

    public static AppError AlreadyRevoked(string holder) => new("revocation.already",
        $"Khen thưởng của “{holder}” đã bị thu hồi trước đó; không thu hồi lại. Chưa có gì được lưu.", "AwardRecordIds", ErrorKind.Conflict);

    public static AppError DateBeforeAward(string holder) => new("revocation.date_before",
        $"Ngày quyết định thu hồi không được trước ngày quyết định khen thưởng của “{holder}”.", "Date");

    public static readonly AppError DateInFuture = new("revocation.date", "Ngày ký quyết định thu hồi không được sau ngày hôm nay.", "Date");

    public static readonly AppError RecoveryNotFound = AppError.NotFound("khoản cần thu hồi");

    public static AppError AlreadyRecovered(DateOnly on) => new("revocation.recovered",
        $"Đã ghi nhận thu hồi ngày {on:dd/MM/yyyy}; không ghi lại.", null, ErrorKind.Conflict);

    public static readonly AppError RecoveryDate = new("revocation.recovery_date",
        "Ngày thu hồi phải từ ngày quyết định thu hồi đến hôm nay.", "Date");

    public static readonly AppError RecoveryNoteRequired = new("revocation.note", "Vui lòng ghi chú đã thu hồi những gì (số tiền, hiện vật, chứng từ).", "Note");

    public static readonly AppError ArtworkNotFound = AppError.NotFound("ảnh dùng cho bằng khen, giấy khen");
    public static readonly AppError ArtworkKind = new("artwork.kind", "Chọn loại ảnh: ảnh nền hoặc chữ ký.", "Kind");
    public static readonly AppError ArtworkLayout = new("artwork.layout", "Chọn mẫu dùng ảnh nền này: Bằng khen, Giấy khen hoặc Giấy chứng nhận danh hiệu.", "Layout");
    public static readonly AppError ArtworkSigner = new("artwork.signer",
        $"Nhập họ tên người ký đúng như trên quyết định (tối đa {CertificateArtwork.SignerMax} ký tự).", "SignerName");

    public static AppError ArtworkTooLarge(string fileName) => new("artwork.too_large",
        $"Ảnh “{Infrastructure.Files.FileCheck.SafeName(fileName)}” quá lớn; tối đa {CertificateArtwork.MaxKilobytes / 1024} MB.", "file");

    public static AppError ArtworkTooManyPixels(int width, int height) => new("artwork.dimensions",
        $"Ảnh {width} × {height} điểm ảnh quá lớn để in; tối đa {CertificateArtwork.MaxPixels} × {CertificateArtwork.MaxPixels} (khổ A4 ở 300 dpi là 3508 × 2480).", "file");
}
