using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>A declared conflict of interest: the member is recused for this item only, with the reason shown on it.</summary>
public static class DeclareConflict
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, ConflictInput input, int? expectedVersion,
        CancellationToken ct) =>
        ItemChange.HandleAsync(db, user, itemId, expectedVersion, (l, item) =>
        {
            var reason = VietnameseText.Clean(input.Reason);
            return Task.FromResult(
                input.MemberId is not { } memberId ? AppError.Required("MemberId", "thành viên")
                : l.Council.Members.All(m => m.Id != memberId) ? CouncilErrors.MemberNotFound
                : string.IsNullOrWhiteSpace(reason) ? CouncilErrors.ReasonRequired
                : reason.Length > AgendaItem.ReasonMax ? AppError.TooLong("Reason", "Lý do", AgendaItem.ReasonMax)
                : item.Recuse(memberId, reason, declared: true));
        }, ct);
}
