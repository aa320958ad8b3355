using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// The checks every reorganisation shares (dissolve, split, transfer part; merge keeps its own older shape): the
/// caller manages the unit and every successor, the date is plausible, the legal basis is given (and its registered
/// document, if chosen, is the tenant's), and — read under the tree lock — each successor is active on the effective
/// date and lies outside the unit being reorganised.
/// </summary>
internal static class Reorganisation
{
    public static async Task<AppError?> CheckAsync(AppDbContext db, CurrentUser user, Guid unitId, IReadOnlyCollection<Guid> successorIds,
        DateOnly effectiveOn, string? basis, Guid? basisDocumentId, CancellationToken ct)
    {
        if (successorIds.Contains(unitId))
        {
            return UnitErrors.SuccessorIsSelf;
        }

        if (await Access.CheckAllAsync(db, user, [.. successorIds, unitId], Permission.ManageUnits, Permission.ViewUnits, "đơn vị", ct) is { } denied)
        {
            return denied;
        }

        if (effectiveOn.Year is < 1945 or > 2100)
        {
            return UnitErrors.DateOutOfRange;
        }

        if (string.IsNullOrWhiteSpace(basis))
        {
            return UnitErrors.BasisRequired;
        }

        return basisDocumentId is { } docId && !await db.Documents.AnyAsync(d => d.Id == docId && d.TenantId == user.TenantId, ct)
            ? UnitErrors.BasisDocumentNotFound
            : null;
    }

    /// <summary>Loads the unit and its successors for change; call under <see cref="AppDbContext.LockUnitTreeAsync"/>.</summary>
    public static async Task<Result<(Unit Unit, Dictionary<Guid, Unit> Successors)>> LoadAsync(AppDbContext db, Guid unitId,
        IReadOnlyCollection<Guid> successorIds, DateOnly effectiveOn, CancellationToken ct)
    {
        var unit = await db.Units.FirstAsync(u => u.Id == unitId, ct);
        var successors = await db.Units.Where(u => successorIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        if (successors.Values.Any(s => unit.IsAncestorOrSelfOf(s)))
        {
            return UnitErrors.SuccessorInside;
        }

        if (successors.Values.Any(s => !s.IsActiveOn(effectiveOn)))
        {
            return UnitErrors.SuccessorClosed;
        }

        return (unit, successors);
    }
}
