using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// Who sees and does what with nominations (issue 14 §5). Rounds are the province's: seen by anyone holding ViewAwards in
/// the tenant, opened and closed with ManageNominationRounds at the province's root. A dossier is seen by its own unit
/// (ProposeNominations on the proposing unit — which edits it while it is a draft or returned) and, once submitted, by
/// the levels it has reached (ReviewNominations on a level's unit). Only the level that holds it acts on it: a reviewer
/// assigned at exactly that unit (<see cref="Routing"/>).
/// </summary>
public static class NominationAccess
{
    public static readonly ObjectAccess<Dossier> Rule = new("hồ sơ đề nghị khen thưởng", Visible, db => db.Dossiers, id => d => d.Id == id, d => d.UnitId);

    public static IQueryable<Dossier> Visible(AppDbContext db, CurrentUser user)
    {
        var own = db.Units.VisibleTo(db, user, Permission.ProposeNominations).Select(u => u.Id);
        var reviewed = db.Units.VisibleTo(db, user, Permission.ReviewNominations).Select(u => u.Id);
        var tenantId = user.TenantId;
        return db.Dossiers.Where(d => d.TenantId == tenantId
            && (own.Contains(d.UnitId) || db.DossierLevels.Any(l => l.DossierId == d.Id && reviewed.Contains(l.UnitId))));
    }

    public static Task<bool> MayViewRoundsAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ViewAwards, ct);

    /// <summary>ManageNominationRounds at every root of the tenant (Sở Nội vụ's Ban Thi đua – Khen thưởng, or the administrator).</summary>
    public static async Task<bool> MayManageRoundsAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var managed = db.Units.VisibleTo(db, user, Permission.ManageNominationRounds).Select(u => u.Id);
        var roots = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => managed.Contains(u.Id)).ToListAsync(ct);
        return roots.Count > 0 && roots.All(r => r);
    }

    public static async Task<Result<NominationRound>> FindRoundAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!await MayViewRoundsAsync(db, user, ct))
        {
            return NominationErrors.RoundNotFound;
        }

        var tenantId = user.TenantId;
        return await db.NominationRounds.Include(r => r.Offers).FirstOrDefaultAsync(r => r.Id == id && r.TenantId == tenantId, ct) is { } round
            ? round
            : NominationErrors.RoundNotFound;
    }

    /// <summary>The 404 for someone who sees no round, the 403 for a viewer who may not manage them; null to go on.</summary>
    public static async Task<AppError?> CheckManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        !await MayViewRoundsAsync(db, user, ct) ? NominationErrors.RoundNotFound
        : await MayManageRoundsAsync(db, user, ct) ? null
        : AppError.Forbidden;

    public sealed record Loaded(Dossier Dossier, NominationRound Round);

    /// <summary>The whole dossier (nominees with their sheets, files, notices, levels, snapshots, history) and its round, if visible.</summary>
    public static async Task<Result<Loaded>> FindAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await Rule.FindAsync(db, user, id, ct)).TryGet(out var dossier, out var error))
        {
            return error;
        }

        await LoadPartsAsync(db, dossier, ct);
        return new Loaded(dossier, await db.NominationRounds.Include(r => r.Offers).FirstAsync(r => r.Id == dossier.RoundId, ct));
    }

    public static async Task LoadPartsAsync(AppDbContext db, Dossier dossier, CancellationToken ct)
    {
        await db.Entry(dossier).Collection(d => d.Nominees).Query().Include(n => n.Checks).ThenInclude(c => c.Facts).AsSplitQuery().LoadAsync(ct);
        await db.Entry(dossier).Collection(d => d.Attachments).LoadAsync(ct);
        await db.Entry(dossier).Collection(d => d.History).LoadAsync(ct);
        await db.Entry(dossier).Collection(d => d.ReturnItems).LoadAsync(ct);
        await db.Entry(dossier).Collection(d => d.Levels).LoadAsync(ct);
        await db.Entry(dossier).Collection(d => d.Snapshots).LoadAsync(ct);
    }

    /// <summary>
    /// A change by the proposing unit: visible (404), ProposeNominations on the unit (403), the round open, the caller's
    /// version current (409), then the entity's step; saved in one go, nothing when refused.
    /// </summary>
    public static Task<Result<DossierDto>> UnitChangeAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion,
        Func<Loaded, Task<AppError?>> step, CancellationToken ct) =>
        ChangeAsync(db, user, id, expectedVersion, async l =>
            await Rule.CanAsync(db, user, l.Dossier, Permission.ProposeNominations, ct) ? await step(l) : AppError.Forbidden, ct);

    /// <summary>
    /// A change by the level holding the dossier: the caller must be a reviewer assigned at that level's unit; a reviewer of
    /// an earlier level (the dossier has moved on) gets the 409 "no longer here", anyone else the 403.
    /// </summary>
    public static Task<Result<DossierDto>> LevelChangeAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion,
        Func<Loaded, Guid, Task<AppError?>> step, CancellationToken ct) =>
        ChangeAsync(db, user, id, expectedVersion, async l => await CheckLevelAsync(db, user, l.Dossier, ct) is { } refused
            ? refused
            : await step(l, l.Dossier.HeldByUnitId!.Value), ct);

    public static async Task<AppError?> CheckLevelAsync(AppDbContext db, CurrentUser user, Dossier dossier, CancellationToken ct)
    {
        var mine = await Routing.LevelsOfAsync(db, user, dossier.Levels.Select(l => l.UnitId).Append(dossier.HeldByUnitId ?? Guid.Empty).ToList(), ct);
        return dossier.HeldByUnitId is { } held && mine.Contains(held) ? null
            : mine.Count > 0 ? (dossier.Status == DossierStatus.Submitted ? NominationErrors.NotHeldHere : NominationErrors.NotSubmitted)
            : NominationErrors.NotALevel;
    }

    private static async Task<Result<DossierDto>> ChangeAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion,
        Func<Loaded, Task<AppError?>> step, CancellationToken ct)
    {
        if (!(await FindAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if ((loaded.Round.CheckOpen() ?? db.Expect(loaded.Dossier, expectedVersion) ?? await step(loaded)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetDossier.DtoAsync(db, user, loaded, ct);
    }
}
