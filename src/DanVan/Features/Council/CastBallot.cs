using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>
/// A member votes yes / no / abstain on an open item from their phone or PC. Refused: a non-member, a recused member, a
/// member not present, a second ballot, an item not open (or on paper). The answer is the receipt code, shown once.
/// </summary>
public static class CastBallot
{
    public static async Task<Result<BallotReceipt>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, BallotInput input, CancellationToken ct)
    {
        if (!(await CouncilAccess.ItemAsync(db, user, itemId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var (loaded, item) = found;
        if (loaded.Me is not { } me)
        {
            return CouncilErrors.NotAMember;
        }

        if (input.Choice is not { } choice)
        {
            return AppError.Required("Choice", "lựa chọn (đồng ý, không đồng ý, không biểu quyết)");
        }

        var refused = item.State != ItemState.Open ? CouncilErrors.ItemNotOpen
            : item.Method == VoteMethod.Paper ? CouncilErrors.PaperOnly
            : item.IsRecused(me.Id) ? CouncilErrors.Recused
            : loaded.Session.StatusOf(me.Id) != AttendanceStatus.Present ? CouncilErrors.NotPresent
            : null;
        if (refused is not null)
        {
            return refused;
        }

        if (!(await BallotBox.RecordAsync(db, item, me.Id, choice, writtenOpinion: false, ct)).TryGet(out var ballot, out error))
        {
            return error;
        }

        return new BallotReceipt(item.Id, ballot.Receipt,
            $"Đã ghi nhận phiếu của bạn. Mã biên nhận: {ballot.Receipt} — hãy ghi lại để kiểm tra phiếu đã được kiểm; mã chỉ hiện một lần.");
    }
}
