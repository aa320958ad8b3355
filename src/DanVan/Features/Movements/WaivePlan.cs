using System.ComponentModel.DataAnnotations;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// The movement's managers release a unit from issuing its plan (waive), or take the release back (lift), each with a
/// reason that the unit sees on its plan page. The obligation decides and writes the history row.
/// </summary>
public static class WaivePlan
{
    public sealed class Input
    {
        [Required(ErrorMessage = "Vui lòng nhập lý do (lý do được gửi tới đơn vị).")]
        [StringLength(PlanObligation.NoteMax, ErrorMessage = "Lý do không được dài quá {1} ký tự.")]
        public string? Reason { get; set; }
    }

    public static Task<Result<MyObligationDto>> WaiveAsync(AppDbContext db, CurrentUser user, Guid movementId, Guid unitId, Input input,
        int? expectedVersion, CancellationToken ct) =>
        OneAsync(db, user, movementId, unitId, true, input, expectedVersion, ct);

    public static Task<Result<MyObligationDto>> LiftAsync(AppDbContext db, CurrentUser user, Guid movementId, Guid unitId, Input input,
        int? expectedVersion, CancellationToken ct) =>
        OneAsync(db, user, movementId, unitId, false, input, expectedVersion, ct);

    /// <summary>Waives (or lifts the waiver of) every chosen unit's obligation, all or nothing; returns how many changed.</summary>
    public static async Task<Result<int>> ManyAsync(AppDbContext db, CurrentUser user, Guid movementId, IReadOnlyCollection<Guid> unitIds, bool waive,
        Input input, CancellationToken ct)
    {
        var reason = VietnameseText.Clean(input.Reason);
        var result = await ActAsync(db, user, movementId, unitIds, (o, by) => waive ? o.Waive(reason, by) : o.LiftWaiver(reason, by), null, ct);
        return result.Error is { } error ? error : result.Value!.Count;
    }

    private static async Task<Result<MyObligationDto>> OneAsync(AppDbContext db, CurrentUser user, Guid movementId, Guid unitId, bool waive, Input input,
        int? expectedVersion, CancellationToken ct)
    {
        var reason = VietnameseText.Clean(input.Reason);
        var result = await ActAsync(db, user, movementId, [unitId], (o, by) => waive ? o.Waive(reason, by) : o.LiftWaiver(reason, by), expectedVersion, ct);
        return result.Error is { } error ? error : await FilePlan.MyObligationAsync(db, result.Value![0].Id, VnTime.Today(db.Time), ct);
    }

    private static async Task<Result<List<PlanObligation>>> ActAsync(AppDbContext db, CurrentUser user, Guid movementId, IReadOnlyCollection<Guid> unitIds,
        Func<PlanObligation, Actor, AppError?> transition, int? expectedVersion, CancellationToken ct)
    {
        if (!(await MovementAccess.LoadToManageAsync(db, user, movementId, ct)).TryGet(out var movement, out var refused))
        {
            return refused;
        }

        if (movement.CheckRunning() is { } notRunning)
        {
            return notRunning;
        }

        if (unitIds.Count == 0)
        {
            return MovementErrors.NoUnitsChosen;
        }

        var obligations = await db.PlanObligations.Where(o => o.MovementId == movementId && unitIds.Contains(o.UnitId)).ToListAsync(ct);
        if (obligations.Count < unitIds.Distinct().Count())
        {
            return MovementErrors.NoObligation;
        }

        var by = Actor.Of(user, db.Time);
        foreach (var obligation in obligations)
        {
            // One unit: the version its caller read (If-Match); several: each obligation's state is the check.
            if (db.Expect(obligation, expectedVersion) is { } stale)
            {
                return stale;
            }

            if (transition(obligation, by) is { } error)
            {
                return error;
            }
        }

        Notifications.Notify.PlanObligationsChanged(db, user, obligations, obligations[0].History is [.., var last] ? last.Note : null);
        await db.SaveChangesAsync(ct);
        return obligations;
    }
}
