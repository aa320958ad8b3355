using DanVan.Features.Awards;

namespace DanVan.Features.Council;

public sealed record CouncilInput(Guid? UnitId, string? Name, DateOnly? TermFrom, DateOnly? TermTo, decimal? QuorumPercent);

public sealed record MemberInput(Guid? PersonId, MemberRole? Role, Guid? UserId);

public sealed record SessionInput(DateOnly? Date, string? Place);

public sealed record AgendaInput(Guid? RoundId);

public sealed record OrderInput(IReadOnlyList<Guid>? ItemIds);

public sealed record AttendanceInput(Guid? MemberId, AttendanceStatus? Status);

public sealed record ConflictInput(Guid? MemberId, string? Reason);

public sealed record OpenItemInput(VoteMethod? Method);

public sealed record BallotInput(BallotChoice? Choice);

public sealed record WrittenOpinionInput(Guid? MemberId, BallotChoice? Choice);

public sealed record PaperCountInput(int? Issued, int? Returned, int? Valid, int? Yes, int? No, int? Abstain);

public sealed record CouncilSummary(Guid Id, string Name, string UnitName, DateOnly TermFrom, DateOnly TermTo, int Members, bool IAmMember);

public sealed record MemberDto(Guid Id, Guid PersonId, string Name, string UnitName, MemberRole Role, string RoleLabel, bool HasAccount);

public sealed record SessionSummary(Guid Id, DateOnly Date, string Place, SessionState State, string StateLabel);

public sealed record CouncilDto(Guid Id, Guid UnitId, string UnitName, string Name, DateOnly TermFrom, DateOnly TermTo, decimal QuorumPercent, string QuorumRule,
    int Version, bool CanManage, IReadOnlyList<MemberDto> Members, IReadOnlyList<SessionSummary> Sessions);

public sealed record AttendanceDto(Guid MemberId, string Name, MemberRole Role, string RoleLabel, AttendanceStatus Status, string StatusLabel);

public sealed record RecusalDto(Guid MemberId, string Name, string Reason, bool Declared);

public sealed record TallyDto(int Issued, int Returned, int Valid, int Yes, int No, int Abstain, int WrittenOpinions, int Base, VoteBase BaseKind,
    string BaseLabel, decimal Percent, bool Passed, string Requirement, string Sentence, string Citation);

public sealed record ItemDto(Guid Id, int Position, string Name, string UnitName, Guid AwardKindId, string AwardName, Guid DossierId, ItemState State,
    string StateLabel, VoteMethod? Method, string Requirement, bool Secret, string Citation, IReadOnlyList<RecusalDto> Recusals, int Participants,
    TallyDto? Tally, bool MeRecused, bool IVoted, int Version);

public sealed record SessionDto(Guid Id, Guid CouncilId, string CouncilName, DateOnly Date, string Place, SessionState State, string StateLabel, int Version,
    bool CanManage, Guid? MyMemberId, int Members, int Present, bool Quorum, string QuorumRule, IReadOnlyList<AttendanceDto> Attendance,
    IReadOnlyList<ItemDto> Items);

/// <summary>What a member sees of their own participation: that they voted, never how (the receipt was shown once).</summary>
public sealed record ParticipationDto(Guid ItemId, Guid MemberId, bool Voted, bool WrittenOpinion, bool Recused);

public sealed record BallotReceipt(Guid ItemId, string Receipt, string Message);

public sealed record ReceiptCheck(Guid ItemId, string Receipt, bool Counted, BallotChoice Choice, string ChoiceLabel, bool WrittenOpinion, bool ItemClosed);

public sealed record PaperEntryDto(int Entry, string UserName, int Issued, int Returned, int Valid, int Yes, int No, int Abstain);

public sealed record PaperCountsDto(Guid ItemId, IReadOnlyList<PaperEntryDto> Entries, bool Agreed, IReadOnlyList<string> Differences);

/// <summary>The Vietnamese labels, stated once.</summary>
public static class CouncilLabels
{
    public static string Label(this MemberRole r) => r switch
    {
        MemberRole.Chair => "Chủ tịch Hội đồng",
        MemberRole.ViceChair => "Phó Chủ tịch Hội đồng",
        MemberRole.StandingMember => "Ủy viên thường trực",
        MemberRole.Secretary => "Thư ký Hội đồng",
        MemberRole.Member => "Ủy viên",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    public static string Label(this SessionState s) => s switch
    {
        SessionState.Draft => "Đang chuẩn bị",
        SessionState.Open => "Đang họp",
        SessionState.Closed => "Đã kết thúc",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this AttendanceStatus s) => s switch
    {
        AttendanceStatus.Present => "Có mặt",
        AttendanceStatus.Absent => "Vắng mặt",
        AttendanceStatus.AbsentWithOpinion => "Vắng mặt, có ý kiến bằng văn bản",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this ItemState s) => s switch
    {
        ItemState.Pending => "Chưa biểu quyết",
        ItemState.Open => "Đang biểu quyết",
        ItemState.Closed => "Đã kết thúc biểu quyết",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this VoteMethod m) => m switch
    {
        VoteMethod.Electronic => "Bỏ phiếu điện tử",
        VoteMethod.Paper => "Bỏ phiếu giấy",
        _ => throw new ArgumentOutOfRangeException(nameof(m)),
    };

    public static string Label(this BallotChoice c) => c switch
    {
        BallotChoice.Yes => "Đồng ý",
        BallotChoice.No => "Không đồng ý",
        BallotChoice.Abstain => "Không biểu quyết",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string QuorumRule(Council council) =>
        $"Biểu quyết khi có mặt nhiều hơn {Tally.Pct(council.QuorumPercent)} % tổng số thành viên ({council.Members.Count})";
}
