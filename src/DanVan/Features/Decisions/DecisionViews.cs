using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Decisions;

/// <summary>One awardee as the page and the API show it; <see cref="Number"/> is the STT of the annex (0 for a removed one).</summary>
public sealed record AwardeeDto(Guid Id, int Number, AwardSubject Subject, string SubjectLabel, Guid? PersonId, Guid UnitId, string Name, string UnitName,
    string? Position, Guid AwardKindId, string AwardName, int Year, long? Amount, string AmountText, string Explanation, string? RemovedReason,
    Guid? AwardRecordId);

public sealed record DecisionDto(Guid Id, int Version, Guid RoundId, string RoundName, Guid UnitId, string IssuerName, DecidingAuthority Authority,
    string AuthorityLabel, DecisionState State, string StateLabel, string NumberLine, string? Number, DateOnly DecisionDate, string Title,
    SignPrefix SignPrefix, string SignerTitle, string SignerName, Guid SubmitterUnitId, string SubmitterName, Guid? SessionId, Guid? DocumentId,
    string? SignedFileName, string? SignedSha256, DateTime? IssuedAt, string? IssuedByName, long Total, string TotalText, IReadOnlyList<string> Grounds,
    IReadOnlyList<AwardeeDto> Awardees, IReadOnlyList<AwardeeDto> Removed);

public sealed record DecisionSummaryDto(Guid Id, string Title, string RoundName, string IssuerName, DecisionState State, string StateLabel, string? Number,
    DateOnly DecisionDate, int Awardees, long Total, string TotalText);

public sealed record DecisionPageDto(IReadOnlyList<DecisionSummaryDto> Items, string? NextCursor);

public sealed record RemoveAwardeeInput
{
    [System.ComponentModel.DataAnnotations.Required(ErrorMessage = "Vui lòng nêu lý do đưa ra khỏi danh sách.")]
    [System.ComponentModel.DataAnnotations.StringLength(DecisionAwardee.ReasonMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
    public string? Reason { get; init; }
}

public static class DecisionViews
{
    public static string Label(this DecisionState s) => s switch
    {
        DecisionState.Draft => "Dự thảo",
        DecisionState.Issued => "Đã ban hành",
        DecisionState.Revoked => "Đã bị hủy bỏ",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this SignPrefix p) => p switch
    {
        SignPrefix.None => "Không (người đứng đầu ký)",
        SignPrefix.OnBehalf => "TM. (thay mặt tập thể)",
        SignPrefix.ForHead => "KT. (ký thay người đứng đầu)",
        _ => throw new ArgumentOutOfRangeException(nameof(p)),
    };

    public static string Amount(long? amount) => amount is { } a ? AwardLabels.Money(a) : "Không kèm tiền thưởng";

    public static AwardeeDto ToDto(DecisionAwardee a, int number) => new(a.Id, number, a.Subject, a.Subject.Label(), a.PersonId, a.UnitId, a.Name, a.UnitName,
        a.Position, a.AwardKindId, a.AwardName, a.Year, a.Amount, Amount(a.Amount), a.Explanation, a.RemovedReason, a.AwardRecordId);

    public static async Task<DecisionDto> ToDtoAsync(AppDbContext db, Decision d, CancellationToken ct)
    {
        var p = await DecisionPaper.LoadAsync(db, d, ct);
        return new DecisionDto(d.Id, d.Version, d.RoundId, p.RoundName, d.UnitId, p.IssuerName, d.Authority, d.Authority.Label(), d.State, d.State.Label(),
            p.NumberLine, d.Number, d.DecisionDate, d.Title, d.SignPrefix, d.SignerTitle, d.SignerName, d.SubmitterUnitId, p.SubmitterName, d.SessionId,
            d.DocumentId, d.SignedFileName, d.SignedSha256, d.IssuedAt, d.IssuedByName, d.Total, AwardLabels.Money(d.Total), p.Grounds(),
            d.Listed.Select((a, i) => ToDto(a, i + 1)).ToList(),
            d.Awardees.Where(a => a.RemovedReason is not null).OrderBy(a => a.Name, StringComparer.Ordinal).Select(a => ToDto(a, 0)).ToList());
    }
}
