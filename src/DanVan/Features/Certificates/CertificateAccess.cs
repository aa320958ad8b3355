using DanVan.Features.Accounts;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Who sees a certificate: whoever sees its decision (ViewAwards on the issuing unit, <see cref="DecisionAccess"/>);
/// re-issuing needs ManageAwardRecords there. A revocation: ViewAwards on its issuing unit to see it, ManageAwardRecords
/// there to make one or to record what was recovered. Everyone else: the 404 (ADR 0003), or 403 when seen but not allowed.
/// </summary>
public static class CertificateAccess
{
    public static IQueryable<Certificate> Visible(AppDbContext db, CurrentUser user)
    {
        var decisions = DecisionAccess.Visible(db, user).Select(d => d.Id);
        return db.Certificates.Where(c => decisions.Contains(c.DecisionId));
    }

    public static IQueryable<Revocation> VisibleRevocations(AppDbContext db, CurrentUser user)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ViewAwards).Select(u => u.Id);
        var tenantId = user.TenantId;
        return db.Revocations.Where(r => r.TenantId == tenantId && units.Contains(r.UnitId));
    }

    /// <summary>A certificate the caller sees and may act on with <paramref name="action"/> (on its decision's issuing unit).</summary>
    public static async Task<Result<Certificate>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, Permission action, CancellationToken ct)
    {
        var row = await Visible(db, user).Where(c => c.Id == id)
            .Select(c => new { Certificate = c, Unit = db.Decisions.Where(d => d.Id == c.DecisionId).Select(d => d.UnitId).First() }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return await Access.NotVisibleAsync(db, db.Certificates.Where(c => c.Id == id), "giấy khen, bằng khen", ct);
        }

        return await Scope.CanAsync(db, user, action, row.Unit, ct) ? row.Certificate : AppError.Forbidden;
    }

    /// <summary>An annulled award (with its revocation) the caller sees and may act on with <paramref name="action"/>.</summary>
    public static async Task<Result<(RevokedAward Award, Revocation Revocation)>> LoadRecoveryAsync(AppDbContext db, CurrentUser user, Guid id, Permission action,
        CancellationToken ct)
    {
        var revocations = VisibleRevocations(db, user);
        var row = await db.RevokedAwards.Where(a => a.Id == id).Join(revocations, a => a.RevocationId, r => r.Id, (a, r) => new { a, r }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return await Access.NotVisibleAsync(db, db.RevokedAwards.Where(a => a.Id == id), "khoản cần thu hồi", ct);
        }

        return await Scope.CanAsync(db, user, action, row.r.UnitId, ct) ? (row.a, row.r) : AppError.Forbidden;
    }
}
