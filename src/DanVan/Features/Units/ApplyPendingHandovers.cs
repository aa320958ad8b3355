using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// Passes the open work of every <see cref="PendingHandover"/> whose date has come (Vietnam date from the clock), each in
/// its own transaction under the tenant's tree lock, through the same <see cref="ReassignOpenWork.PassAsync"/> an
/// immediate change uses, in the name of the one who recorded the change. Run by <see cref="PendingHandoverService"/>
/// and by the <c>apply-handovers</c> verb. Two instances may run it at once: the row is read again under the lock and
/// its version token makes a late second writer fail, so a handover is applied once. A refusal (e.g. the recorder no
/// longer reaches the role assignments) rolls back and is written on the row, which stays pending for the next run.
/// </summary>
public static class ApplyPendingHandovers
{
    /// <summary>Skipped: a transfer of part applied without some of its sub-units or people, which had left the unit (and which).</summary>
    public sealed record Outcome(int Applied, IReadOnlyList<string> Refused, IReadOnlyList<string> Skipped);

    public static async Task<Outcome> RunAsync(IServiceProvider services, CancellationToken ct)
    {
        List<Guid> due;
        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            due = await db.PendingHandovers.AsNoTracking().Where(PendingHandover.DueOn(VnTime.Today(db.Time)))
                .OrderBy(p => p.EffectiveOn).ThenBy(p => p.Id).Select(p => p.Id).ToListAsync(ct);
        }

        var applied = 0;
        var refused = new List<string>();
        var skipped = new List<string>();
        foreach (var id in due)
        {
            var (done, error, left) = await ApplyAsync(services, id, ct);
            if (error is not null)
            {
                refused.Add(error);
            }
            else if (done)
            {
                applied++;
                if (left is not null)
                {
                    skipped.Add(left);
                }
            }
        }

        return new Outcome(applied, refused, skipped);
    }

    /// <summary>The verb: prints what was applied and what was refused; exit code 0, or 1 when something was refused.</summary>
    public static async Task<int> RunVerbAsync(IServiceProvider services, TextWriter output, CancellationToken ct)
    {
        var outcome = await RunAsync(services, ct);
        await output.WriteLineAsync($"Đã chuyển giao công việc đang dở của {outcome.Applied} đơn vị đến ngày sắp xếp có hiệu lực; {outcome.Refused.Count} bị từ chối.");
        foreach (var line in outcome.Refused)
        {
            await output.WriteLineAsync("  " + line);
        }

        foreach (var line in outcome.Skipped)
        {
            await output.WriteLineAsync("  " + line);
        }

        return outcome.Refused.Count == 0 ? 0 : 1;
    }

    /// <summary>Applied (and what of a transfer of part was skipped); or not, because no longer due (another instance was first, or it
    /// was cancelled); or refused, and why.</summary>
    private static async Task<(bool Applied, string? Refused, string? Skipped)> ApplyAsync(IServiceProvider services, Guid id, CancellationToken ct)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var tenantId = await db.PendingHandovers.Where(p => p.Id == id).Select(p => p.TenantId).FirstAsync(ct);
        AppError? error;
        string unitName;
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            await db.LockUnitTreeAsync(tenantId, ct);
            var pending = await db.PendingHandovers.FirstAsync(p => p.Id == id, ct);
            if (pending.Apply(VnTime.Today(db.Time), db.Time.GetUtcNow().UtcDateTime) is not null)
            {
                return (false, null, null);
            }

            var actor = scope.ServiceProvider.GetRequiredService<AuditActor>();
            (actor.TenantId, actor.UserId, actor.UserName) = (pending.TenantId, pending.RecordedBy, pending.RecordedByName);
            var user = new CurrentUser(pending.RecordedBy, pending.TenantId, pending.RecordedByName);
            var unit = await db.Units.FirstAsync(u => u.Id == pending.UnitId, ct);
            unitName = unit.Name;
            try
            {
                string? skipped = null;
                AppError? passed;
                if (pending.Kind == SuccessionKind.Transfer)
                {
                    (passed, skipped) = await TransferAsync(db, user, unit, pending, ct);
                }
                else
                {
                    var successions = await db.UnitSuccessions
                        .Where(s => s.TenantId == tenantId && s.PredecessorId == unit.Id && s.Kind == pending.Kind && s.EffectiveOn == pending.EffectiveOn)
                        .ToDictionaryAsync(s => s.SuccessorId, ct);
                    passed = successions.Count == 0
                        ? UnitErrors.HandoverNotSuccessor
                        : (await ReassignOpenWork.PassAsync(db, user, unit, pending.Choice(), successions, pending.Basis, pending.EffectiveOn, ct, onItsDate: true)).Error;
                }

                if (passed is null)
                {
                    if (skipped is not null)
                    {
                        pending.Skipped(skipped);
                    }

                    await db.SaveChangesAsync(ct);
                    await tx.CommitAsync(ct);
                    return (true, null, skipped is null ? null : $"{unitName}: {skipped}");
                }

                error = passed;
            }
            catch (DbUpdateConcurrencyException)
            {
                return (false, null, null); // another instance applied or cancelled it between our read and our write
            }
        }

        // Refused: nothing passed (rolled back); the reason is kept on the row for the unit's page, and it stays pending.
        db.ChangeTracker.Clear();
        await using (var tx = await db.Database.BeginTransactionAsync(ct))
        {
            var pending = await db.PendingHandovers.FirstAsync(p => p.Id == id, ct);
            if (pending.Refused(error.Message) is null)
            {
                await db.SaveChangesAsync(ct);
                await tx.CommitAsync(ct);
            }
        }

        return (false, $"{unitName}: {error.Message}", null);
    }

    /// <summary>
    /// A transfer of part on its date: the chosen sub-units (still active) and people still directly in the unit move through
    /// <see cref="TransferUnitPart.MoveAsync"/>, as an immediate transfer would; those that left (moved, closed) are skipped and named.
    /// </summary>
    private static async Task<(AppError? Error, string? Skipped)> TransferAsync(AppDbContext db, CurrentUser user, Unit unit, PendingHandover pending,
        CancellationToken ct)
    {
        var link = await db.UnitSuccessions.FirstOrDefaultAsync(s => s.Id == pending.SuccessionId && s.TenantId == pending.TenantId, ct);
        var to = link is null ? null : await db.Units.FirstOrDefaultAsync(u => u.Id == link.SuccessorId, ct);
        if (link is null || to is null || !to.IsActiveOn(pending.EffectiveOn))
        {
            return (UnitErrors.HandoverNotSuccessor, null);
        }

        var (subUnits, people) = await TransferUnitPart.LoadPartAsync(db, pending.TenantId, unit.Id, pending.SubUnitIds, pending.PersonIds, ct);
        subUnits.RemoveAll(u => !u.IsActiveOn(pending.EffectiveOn));
        var movedIds = subUnits.Select(u => u.Id).Concat(people.Select(p => p.Id)).ToHashSet();
        var leftUnits = pending.SubUnitIds.Where(i => !movedIds.Contains(i)).ToList();
        var leftPeople = pending.PersonIds.Where(i => !movedIds.Contains(i)).ToList();
        var left = (await db.Units.Where(u => leftUnits.Contains(u.Id)).Select(u => u.Name).ToListAsync(ct))
            .Concat(await db.People.Where(p => leftPeople.Contains(p.Id)).Select(p => p.FullName).ToListAsync(ct)).ToList();
        var error = await TransferUnitPart.MoveAsync(db, user, unit, to, link, subUnits, people, onItsDate: true, ct);
        return (error, left.Count == 0 ? null : $"Không chuyển {string.Join(", ", left.Order(StringComparer.Ordinal))}: đã rời đơn vị (chuyển đi hoặc ngừng hoạt động) trước ngày {VnTime.Date(pending.EffectiveOn)}.");
    }
}
