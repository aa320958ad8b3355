using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>One kind of open work and the successor it passes to on the date (a successor the caller cannot see: no name).</summary>
public sealed record PendingHandoverPart(WorkKind Kind, string Label, Guid UnitId, string? UnitName);

/// <summary>A sub-unit or person a transfer of part moves on its date.</summary>
public sealed record PendingHandoverItem(WorkKind Kind, Guid Id, string Name);

/// <summary>A unit's latest handover recorded before its date (<see cref="PendingHandover"/>), as the page and the API show it.</summary>
public sealed record PendingHandoverView(Guid Id, PendingHandoverState State, DateOnly EffectiveOn, string Basis, IReadOnlyList<PendingHandoverPart> Parts,
    string RecordedBy, DateTime RecordedAt, DateTime? AppliedAt, DateTime? CancelledAt, string? CancelReason, string? LastError,
    SuccessionKind Kind, IReadOnlyList<PendingHandoverItem> Items)
{
    public static async Task<PendingHandoverView?> ForUnitAsync(AppDbContext db, CurrentUser user, Guid unitId, CancellationToken ct)
    {
        var p = await db.PendingHandovers.AsNoTracking().Where(p => p.TenantId == user.TenantId && p.UnitId == unitId)
            .OrderByDescending(p => p.RecordedAt).FirstOrDefaultAsync(ct);
        if (p is null)
        {
            return null;
        }

        var choice = p.Choice();
        var kinds = Enum.GetValues<WorkKind>().Where(k => choice.For(k) is not null).ToList();
        var ids = kinds.Select(k => choice.For(k)!.Value).Distinct().ToList();
        var names = await db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewUnits).Where(u => ids.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var parts = kinds.Select(k => new PendingHandoverPart(k, Label(k), choice.For(k)!.Value, names.GetValueOrDefault(choice.For(k)!.Value))).ToList();
        // A transfer of part names what it moves: sub-units and people directly in (or, once applied, from) this unit the caller sees.
        var items = (await db.Units.AsNoTracking().Where(u => p.SubUnitIds.Contains(u.Id) && u.TenantId == user.TenantId).OrderBy(u => u.Name)
                .Select(u => new PendingHandoverItem(WorkKind.SubUnit, u.Id, u.Name)).ToListAsync(ct))
            .Concat(await db.People.AsNoTracking().Where(x => p.PersonIds.Contains(x.Id) && x.TenantId == user.TenantId).OrderBy(x => x.FullName)
                .Select(x => new PendingHandoverItem(WorkKind.Person, x.Id, x.FullName)).ToListAsync(ct)).ToList();
        return new PendingHandoverView(p.Id, p.State, p.EffectiveOn, p.Basis, parts, p.RecordedByName, p.RecordedAt, p.AppliedAt, p.CancelledAt,
            p.CancelReason, p.LastError, p.Kind, items);
    }

    private static string Label(WorkKind kind) => HandoverForm.Fields.Single(f => f.Name == kind switch
    {
        WorkKind.PlanObligation => nameof(ReassignOpenWork.Choice.PlanObligationsTo),
        WorkKind.Registration => nameof(ReassignOpenWork.Choice.RegistrationsTo),
        WorkKind.Model => nameof(ReassignOpenWork.Choice.ModelsTo),
        WorkKind.RoleAssignment => nameof(ReassignOpenWork.Choice.RoleAssignmentsTo),
        WorkKind.Person => nameof(ReassignOpenWork.Choice.PeopleTo),
        WorkKind.SubUnit => nameof(ReassignOpenWork.Choice.SubUnitsTo),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    }).Label;
}
