using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Audit;

/// <summary>
/// Who reads which audit entries, and which values in them (ADR 0004, amendment 2026-12-04):
/// <list type="bullet">
/// <item>An entry with a unit (<see cref="AuditUnit"/>) is read by those whose ViewAudit grants reach that unit: one
/// SQL predicate on the entry's unit, like every other scoped list.</item>
/// <item>An entry without a unit (tenant-level rows, sign-ins, denials) only by tenant-wide readers: ViewAudit on the
/// tenant's root with its sub-units.</item>
/// <item>Sensitive values (<see cref="Person.SensitiveFields"/>) are shown only to readers whose ViewAudit and
/// ViewSensitive grants both cover the whole tenant; others see "(ẩn)". The log keeps past values of people who may
/// since have left the reader's units, so a unit-level reader gets the record of the change, not the data.
/// Masking is on display only: stored entries (and so the hash chain) are never changed.</item>
/// </list>
/// </summary>
internal sealed record AuditScope(IQueryable<AuditEntry> Entries, bool SensitiveInClear)
{
    public const string Hidden = "(ẩn)";

    public static async Task<AuditScope> ForAsync(AppDbContext db, CurrentUser me, CancellationToken ct)
    {
        var grants = await Scope.GrantsAsync(db, me, ct);
        var tenantId = me.TenantId;
        var roots = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => u.Id).ToListAsync(ct);
        var entries = db.AuditEntries.AsNoTracking().Where(a => a.TenantId == tenantId);
        var reading = grants.Giving(Permission.ViewAudit);
        var tenantWide = WholeTenant(reading, roots);
        if (!tenantWide)
        {
            var units = db.Units.Where(u => u.TenantId == tenantId).Where(Scope.Reaching<Unit>(reading, u => u.Id, u => u.Path))
                .Select(u => (Guid?)u.Id);
            entries = entries.Where(a => units.Contains(a.UnitId));
        }

        return new AuditScope(entries, tenantWide && WholeTenant(grants.Giving(Permission.ViewSensitive), roots));
    }

    /// <summary>The entry's changes as this reader may see them: sensitive values replaced by <see cref="Hidden"/>.</summary>
    public string? Show(string? entityType, string? changes)
    {
        if (SensitiveInClear || entityType != nameof(Person) || IndexModel.Fields(changes) is not { } fields
            || !fields.Any(f => Person.SensitiveFields.Contains(f.F)))
        {
            return changes;
        }

        return JsonSerializer.Serialize(fields.Select(f => Person.SensitiveFields.Contains(f.F)
            ? f with { O = f.O is null ? null : Hidden, N = f.N is null ? null : Hidden }
            : f).ToList());
    }

    private static bool WholeTenant(IReadOnlyList<Scope.Grant> grants, List<Guid> roots) =>
        roots.Count > 0 && roots.All(r => grants.Any(g => g.UnitId == r && g.IncludeDescendants));
}
