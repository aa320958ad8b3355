namespace DanVan.Features.Notices;

/// <summary>A new notice: a round (its accepted nominees whose award requires notice are pre-selected) and/or chosen nominees.</summary>
public sealed record NoticeInput(Guid? UnitId, Guid? RoundId, IReadOnlyList<Guid>? NomineeIds, string? Title, DateOnly? StartsOn);

public sealed record DispositionInput(Disposition? Disposition, string? Result, string? Reason);

/// <summary>A comment from the public. <c>Website</c> is the honeypot: a field people never see and leave empty.</summary>
public sealed record CommentInput(string? Name, string? Contact, Guid? EntryId, string? Content, string? Website);

public sealed record NoticeSummary(Guid Id, string Title, string UnitName, DateOnly StartsOn, DateOnly EndsOn, NoticePhase Phase, string PhaseLabel,
    int Entries, int Comments, int Waiting);

public sealed record EntryDto(Guid Id, Guid NomineeId, int Position, string Name, string UnitName, string AwardName, string? Summary, int Comments, int Waiting);

public sealed record NoticeDto(Guid Id, Guid UnitId, string UnitName, Guid? RoundId, string Title, DateOnly StartsOn, int WorkingDays, DateOnly EndsOn,
    bool EndsProvisional, NoticeState State, NoticePhase Phase, string PhaseLabel, DateTime? PublishedAt, int Version, bool CanManage,
    IReadOnlyList<EntryDto> Entries);

public sealed record DispositionDto(Disposition Disposition, string Label, string? Result, string Reason, DateTime At, string By);

public sealed record CommentDto(Guid Id, string Receipt, Guid? EntryId, string? NomineeName, string Name, string Contact, string Content, DateTime ReceivedAt,
    Disposition? Disposition, string? DispositionLabel, string? Result, string? Reason, int Version, IReadOnlyList<DispositionDto> History);

/// <summary>A candidate for a new notice: an accepted nominee of the round, and whether its award requires notice.</summary>
public sealed record CandidateDto(Guid NomineeId, string Name, string UnitName, string AwardName, bool NoticeRequired);

public sealed record PublicEntryDto(Guid Id, int Position, string Name, string UnitName, string AwardName, string? Summary);

public sealed record PublicNoticeSummary(Guid Id, string Title, string Province, DateOnly StartsOn, DateOnly EndsOn, NoticePhase Phase, string PhaseLabel, int Entries);

public sealed record PublicNoticeDto(Guid Id, string Title, string Province, string Issuer, DateOnly StartsOn, int WorkingDays, DateOnly EndsOn, NoticePhase Phase,
    string PhaseLabel, IReadOnlyList<PublicEntryDto> Entries);

/// <summary>What the sender gets back: the receipt code (shown once, to keep) and when the comment was received.</summary>
public sealed record CommentReceipt(string Receipt, DateTime ReceivedAt, string Message);

/// <summary>A comment's state for its sender: received or handled, and how — never who handled it or the internal reason.</summary>
public sealed record ReceiptState(string Receipt, string NoticeTitle, DateTime ReceivedAt, bool Handled, string State, string? DispositionLabel, DateOnly? HandledOn);

public static class NoticeLabels
{
    public static string Label(this NoticePhase p) => p switch
    {
        NoticePhase.Draft => "Dự thảo (chưa công bố)",
        NoticePhase.Upcoming => "Đã công bố, chưa đến ngày lấy ý kiến",
        NoticePhase.Open => "Đang lấy ý kiến",
        NoticePhase.Ended => "Đã kết thúc lấy ý kiến",
        _ => p.ToString(),
    };
}
