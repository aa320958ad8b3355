using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>Why an entry leaves the register (required: a negative step says why, and the register shows it).</summary>
public sealed record WithdrawAwardRecordInput(string? Reason);

/// <summary>
/// Takes an entry entered by mistake out of the award register (POST /award-records/{id}/withdrawal, /Awards/Withdraw).
/// Who may, stated once (<see cref="Withdrawable"/>): an entry the user sees, in the register and in force, that no DanVan
/// decision wrote (only another decision changes those), whose unit — or whose person's unit now — is one where the user
/// holds ManageAwardRecords. Otherwise <see cref="RefusalAsync"/> says why: 404 unseen, 403 naming the holder, 409 for a
/// decision's entry, a revoked one or one already withdrawn (who and when). The entry stays listed, struck through with
/// the reason and who withdrew it, and counts toward nothing from then on; the correct entry is written anew.
/// </summary>
public static class WithdrawAwardRecord
{
    /// <summary>The entries the user may withdraw (one SQL predicate: the register's links and the page's form follow it).</summary>
    public static IQueryable<AwardRecord> Withdrawable(AppDbContext db, CurrentUser user)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ManageAwardRecords).Select(u => u.Id);
        return AwardRecordScope.Visible(db, user).Where(AwardRecord.InForce)
            .Where(r => (units.Contains(r.UnitId) || (r.PersonId != null && db.People.Any(p => p.Id == r.PersonId && units.Contains(p.UnitId))))
                && !db.DecisionAwardees.Any(a => a.AwardRecordId == r.Id));
    }

    /// <summary>Why the user may not withdraw the entry, or null when they may (the reason is asked for next).</summary>
    public static async Task<AppError?> RefusalAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (await Withdrawable(db, user).AnyAsync(r => r.Id == id, ct))
        {
            return null;
        }

        var record = await AwardRecordScope.Visible(db, user).FirstOrDefaultAsync(r => r.Id == id, ct);
        if (record is null)
        {
            return await Access.NotVisibleAsync(db, db.AwardRecords.Where(r => r.Id == id), "mục sổ khen thưởng", ct);
        }

        return record.WithdrawRefusal()
               ?? (await db.DecisionAwardees.AnyAsync(a => a.AwardRecordId == id, ct) ? AwardRecordErrors.WrittenByDecision(record.DecisionNumber) : null)
               ?? AwardRecordErrors.OutOfScope(record.HolderName, await db.Units.Where(u => u.Id == record.UnitId).Select(u => u.Name).FirstAsync(ct));
    }

    public static async Task<Result<AwardRecordDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, WithdrawAwardRecordInput input,
        CancellationToken ct)
    {
        if (await RefusalAsync(db, user, id, ct) is { } refused)
        {
            return refused;
        }

        var reason = VietnameseText.Clean(input.Reason);
        if (string.IsNullOrEmpty(reason))
        {
            return AwardRecordErrors.WithdrawReasonRequired;
        }

        if (reason.Length > AwardRecord.ReasonMax)
        {
            return AppError.TooLong("Reason", "Lý do rút khỏi sổ", AwardRecord.ReasonMax);
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
