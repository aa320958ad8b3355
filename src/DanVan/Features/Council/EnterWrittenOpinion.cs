using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>
/// The secretary enters an absent member's written opinion as a ballot marked as such (for an electronic item; on paper
/// the written opinions are in the paper counts).
/// </summary>
public static class EnterWrittenOpinion
{
    public static async Task<Result<BallotReceipt>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, WrittenOpinionInput input, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemToManageAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (loaded, item) = found;
        if (input.MemberId is not { } memberId)
        {
            return AppError.Required("MemberId", "thành viên vắng mặt");
        }

        if (input.Choice is not { } choice)
        {
            return AppError.Required("Choice", "ý kiến (đồng ý, không đồng ý, không biểu quyết)");
        }

        var refused = loaded.Council.Members.All(m => m.Id != memberId) ? CouncilErrors.MemberNotFound
            : item.State != ItemState.Open ? CouncilErrors.ItemNotOpen
            : item.Method == VoteMethod.Paper ? CouncilErrors.PaperOnly
            : item.IsRecused(memberId) ? CouncilErrors.Recused
            : loaded.Session.StatusOf(memberId) != AttendanceStatus.AbsentWithOpinion ? CouncilErrors.NoWrittenOpinion
            : null;
        if (refused is not null)
        {
            return refused;
        }

        if (!(await BallotBox.RecordAsync(db, item, memberId, choice, writtenOpinion: true, ct)).TryGet(out var ballot, out error))
        {
            return error;
        }

        return new BallotReceipt(item.Id, ballot.Receipt, $"Đã nhập ý kiến bằng văn bản. Mã biên nhận: {ballot.Receipt}.");
    }
}
