using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>Why an entry leaves the register (required: a negative step says why, and the register shows it).</summary>
public sealed record WithdrawAwardRecordInput(string? Reason);

/// <summary>
/// Takes an entry entered by mistake out of the award register (POST /award-records/{id}/withdrawal, /Awards/Withdraw).
/// Who may, stated once for every correction (<see cref="AwardRecordScope.Correctable"/>); otherwise
/// <see cref="AwardRecordScope.CorrectionRefusalAsync"/> says why: 404 unseen, 403 naming the holder, 409 for a decision's
/// entry, a revoked one or one already withdrawn (who and when). The entry stays listed, struck through with
/// the reason and who withdrew it, and counts toward nothing from then on; the correct entry is written anew.
/// </summary>
public static class WithdrawAwardRecord
{
    /// <summary>The step's name in the refusals.</summary>
    public const string Step = "rút khỏi sổ";

    public static async Task<Result<AwardRecordDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, WithdrawAwardRecordInput input,
        CancellationToken ct)
    {
        if (!(await AwardRecordScope.CorrectionReasonAsync(db, user, id, Step, input.Reason, AwardRecordErrors.WithdrawReasonRequired, "Lý do rút khỏi sổ", ct))
            .TryGet(out var reason, out var refused))
        {
            return refused;
        }

        var record = await db.AwardRecords.FirstAsync(r => r.Id == id, ct);
        if (record.Withdraw(reason, Actor.Of(user, db.Time)) is { } changed)
        {
            return changed; // withdrawn or revoked since the check
        }

        await db.SaveChangesAsync(ct); // WithdrawnAt is a concurrency token: a withdrawal saved meanwhile makes this one a 409
        return (await db.AwardRecords.Where(r => r.Id == id).ToDtosAsync(db, ct))[0];
    }
}
