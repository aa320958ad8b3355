using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>Every expected failure of the Council feature, in Vietnamese.</summary>
public static class CouncilErrors
{
    public static readonly AppError CouncilNotFound = AppError.NotFound("Hội đồng Thi đua – Khen thưởng");
    public static readonly AppError SessionNotFound = AppError.NotFound("phiên họp Hội đồng");
    public static readonly AppError ItemNotFound = AppError.NotFound("nội dung xét của phiên họp");
    public static readonly AppError UnitNotFound = AppError.NotFound("đơn vị");
    public static readonly AppError PersonNotFound = AppError.NotFound("cán bộ, công chức");
    public static readonly AppError MemberNotFound = new("council.member", "Người này không phải thành viên của Hội đồng.", "MemberId");
    public static readonly AppError AccountNotFound = new("council.account", "Không tìm thấy tài khoản trong tỉnh.", "UserId");
    public static readonly AppError RoundNotFound = AppError.NotFound("đợt xét khen thưởng");
    public static readonly AppError Term = new("council.term", "Nhiệm kỳ phải có ngày bắt đầu và kết thúc (năm 2000–2100), ngày kết thúc không trước ngày bắt đầu.", "TermFrom");
    public static readonly AppError Quorum = new("council.quorum", "Tỷ lệ có mặt tối thiểu phải từ 1 đến dưới 100 %, tối đa 2 chữ số thập phân.", "QuorumPercent");
    public static readonly AppError TooManyMembers = new("council.members", $"Hội đồng có tối đa {Council.MaxMembers} thành viên.", "PersonId");
    public static readonly AppError AccountTwice = new("council.account_twice", "Tài khoản này đã gắn với một thành viên khác của Hội đồng.", "UserId", ErrorKind.Conflict);
    public static readonly AppError OneChair = new("council.chair", "Hội đồng chỉ có một Chủ tịch.", "Role", ErrorKind.Conflict);
    public static readonly AppError SessionClosed = new("council.session_closed", "Phiên họp đã kết thúc nên không sửa được nữa.", null, ErrorKind.Conflict);
    public static readonly AppError SessionNotDraft = new("council.session_not_draft", "Chỉ khai mạc phiên họp đang chuẩn bị.", null, ErrorKind.Conflict);
    public static readonly AppError SessionNotOpen = new("council.session_not_open", "Phiên họp chưa khai mạc hoặc đã kết thúc.", null, ErrorKind.Conflict);
    public static readonly AppError ItemStillOpen = new("council.item_open", "Còn nội dung đang biểu quyết; hãy kết thúc biểu quyết trước khi bế mạc phiên họp.", null, ErrorKind.Conflict);
    public static readonly AppError TooManyItems = new("council.items", $"Một phiên họp có tối đa {CouncilSession.MaxItems} nội dung xét.", "RoundId");
    public static readonly AppError Order = new("council.order", "Thứ tự mới phải gồm mỗi nội dung xét của phiên họp đúng một lần.", "ItemIds");
    public static readonly AppError NothingAccepted = new("council.nothing_accepted", "Đợt xét chưa có hồ sơ nào được Sở Nội vụ tiếp nhận để đưa ra Hội đồng.", "RoundId");
    /// <summary>Nothing of the round's accepted dossiers is for this council: each left-out nominee counted by its reason.</summary>
    public static AppError NothingForThisCouncil(int otherCouncil, int onDecision) => new("council.nothing_for_council",
        "Không còn người được đề nghị nào để đưa ra Hội đồng này: "
        + string.Join("; ", new[]
        {
            otherCouncil > 0 ? $"{otherCouncil} người thuộc Hội đồng cấp khác xét (Giấy khen, danh hiệu cơ sở do Hội đồng của chính đơn vị đề nghị xét; "
                + "hình thức cấp tỉnh trở lên do Hội đồng của cấp đã tiếp nhận hồ sơ xét)" : null,
            onDecision > 0 ? $"{onDecision} người đã có tên trong quyết định khen thưởng" : null,
        }.OfType<string>()) + ".", "RoundId", ErrorKind.Conflict);

    public static readonly AppError ItemClosed = new("council.item_closed", "Nội dung này đã kết thúc biểu quyết.", null, ErrorKind.Conflict);
    public static readonly AppError ItemNotPending = new("council.item_not_pending", "Nội dung này đã được mở biểu quyết trước đó.", null, ErrorKind.Conflict);
    public static readonly AppError ItemNotOpen = new("council.item_not_open", "Nội dung này không đang biểu quyết (chưa mở hoặc đã kết thúc).", null, ErrorKind.Conflict);
    public static readonly AppError AlreadyRecused = new("council.recused_twice", "Thành viên này đã không tham gia biểu quyết nội dung này.", "MemberId", ErrorKind.Conflict);
    public static readonly AppError RecuseBeforeOpening = new("council.recuse_open",
        "Nội dung đang biểu quyết; xung đột lợi ích phải được nêu trước khi mở biểu quyết.", "MemberId", ErrorKind.Conflict);
    public static readonly AppError ReasonRequired = new("council.reason", "Vui lòng nêu lý do không tham gia biểu quyết.", "Reason");
    public static readonly AppError NotAMember = new("council.not_member", "Bạn không phải thành viên của Hội đồng nên không bỏ phiếu được.", null, ErrorKind.Forbidden);
    public static readonly AppError Recused = new("council.recused",
        "Bạn không tham gia biểu quyết nội dung này (xung đột lợi ích) nên không bỏ phiếu được.", null, ErrorKind.Forbidden);
    public static readonly AppError VotedTwice = new("council.twice", "Bạn đã bỏ phiếu cho nội dung này; mỗi thành viên chỉ bỏ một phiếu.", null, ErrorKind.Conflict);
    public static readonly AppError NotPresent = new("council.not_present",
        "Thành viên không có mặt tại phiên họp; ý kiến bằng văn bản do thư ký nhập.", null, ErrorKind.Conflict);
    public static readonly AppError NoWrittenOpinion = new("council.no_opinion",
        "Chỉ nhập ý kiến bằng văn bản của thành viên vắng mặt có gửi ý kiến bằng văn bản (theo điểm danh).", "MemberId", ErrorKind.Conflict);
    public static readonly AppError PaperOnly = new("council.paper_only", "Nội dung này bỏ phiếu giấy; thư ký nhập kết quả kiểm phiếu.", null, ErrorKind.Conflict);
    public static readonly AppError ElectronicOnly = new("council.electronic_only", "Nội dung này bỏ phiếu điện tử; không nhập kết quả kiểm phiếu giấy.", null, ErrorKind.Conflict);
    public static readonly AppError SameAccountTwice = new("council.same_account",
        "Lần nhập thứ hai phải do một người khác (tài khoản khác) nhập lại; lần 1 và lần 2 đã có.", null, ErrorKind.Conflict);
    public static readonly AppError DoubleEntryMissing = new("council.double_entry",
        "Kết quả kiểm phiếu giấy cần hai lần nhập khớp nhau (hai tài khoản khác nhau) trước khi kết thúc biểu quyết.", null, ErrorKind.Conflict);
    public static readonly AppError TallyHidden = new("council.tally_hidden", "Kết quả chỉ được công bố sau khi kết thúc biểu quyết nội dung này.", null, ErrorKind.Conflict);
    public static readonly AppError ReceiptNotFound = AppError.NotFound("phiếu có mã biên nhận này");

    public static AppError MemberTwice(string name) => new("council.member_twice", $"{name} đã là thành viên của Hội đồng.", "PersonId", ErrorKind.Conflict);

    public static AppError OutsideTerm(Council council) => new("council.outside_term",
        $"Ngày họp phải trong nhiệm kỳ của Hội đồng ({VnTime.Date(council.TermFrom)} – {VnTime.Date(council.TermTo)}).", "Date");

    public static AppError NoQuorum(int present, int members, decimal quorum) => new("council.quorum_missing",
        $"Chưa đủ số thành viên có mặt để biểu quyết: {present}/{members}, cần nhiều hơn {Tally.Pct(quorum)} % tổng số thành viên.", null, ErrorKind.Conflict);

    public static AppError Counts(string detail) => new("council.counts", $"Kết quả kiểm phiếu không khớp: {detail}", "Issued");

    public static AppError Disagree(IReadOnlyList<string> fields) => new("council.disagree",
        "Lần nhập thứ hai khác lần nhập thứ nhất (không lấy trung bình; hãy kiểm lại phiếu): " + string.Join("; ", fields) + ". Chưa lưu lần nhập này.",
        "Issued", ErrorKind.Conflict);
}
