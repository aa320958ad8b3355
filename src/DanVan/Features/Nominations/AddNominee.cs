using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// The unit adds a nominee to its dossier: a person or a unit in its own subtree, an award on offer in the round that
/// accepts the subject, in force (and active) on the proposal date, an achievement year; never twice for the same award
/// and year in the province's live dossiers, nor twice for the same award in one round (a unique index holds the latter
/// against races: the loser gets a 409). The proof sheet is evaluated now and stored with the nominee, and the
/// report is pre-filled from its facts.
/// </summary>
public static class AddNominee
{
    public static async Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, NomineeInput input, int? expectedVersion,
        CancellationToken ct)
    {
        try
        {
            return await AddAsync(db, user, id, input, expectedVersion, ct);
        }
        catch (DbUpdateException e) when (e is not DbUpdateConcurrencyException)
        {
            // Checked above, so only a race gets here: the same nominee added to another dossier of the round at the same time.
            return NominationErrors.NomineeTakenMeanwhile;
        }
    }

    private static Task<Result<DossierDto>> AddAsync(AppDbContext db, CurrentUser user, Guid id, NomineeInput input, int? expectedVersion,
        CancellationToken ct) =>
        NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, async l =>
        {
            var d = l.Dossier;
            if (d.CheckEditable() is { } closed)
            {
                return closed;
            }

            if (input.PersonId is null == input.UnitId is null)
            {
                return NominationErrors.SubjectRequired;
            }

            if (input.AwardKindId is not { } kindId)
            {
                return AppError.Required("AwardKindId", "danh hiệu, hình thức khen thưởng");
            }

            var tenantId = user.TenantId;
            if (await db.AwardKinds.WithVersions().FirstOrDefaultAsync(k => k.Id == kindId && k.TenantId == tenantId, ct) is not { } kind)
            {
                return NominationErrors.UnknownAward;
            }

            if (!l.Round.IsOnOffer(kindId))
            {
                return NominationErrors.NotOffered(kind.Name);
            }

            var today = VnTime.Today(db.Time);
            if (kind.VersionOn(today) is not { Active: true } version)
            {
                return NominationErrors.Inactive(kind.Name);
            }

            var subject = input.PersonId is not null ? AwardSubject.Individual : AwardSubject.Collective;
            if (!kind.Accepts(subject))
            {
                return NominationErrors.SubjectNotAccepted(kind.Name, subject.Label().ToLowerInvariant());
            }

            var year = input.Year ?? l.Round.Year;
            if (year < 2000 || year > l.Round.Year)
            {
                return NominationErrors.BadYear;
            }

            var subjectId = (input.PersonId ?? input.UnitId)!.Value;
            if (await CheckScopeAsync(db, user, d.UnitId, subject, subjectId, ct) is { } outside)
            {
                return outside;
            }

            var roundId = l.Round.Id;
            if (await db.DossierNominees.Where(n => n.AwardKindId == kindId && n.TenantId == tenantId && n.WithdrawnAt == null
                        && (n.Year == year || n.RoundId == roundId) && (n.PersonId == subjectId || n.SubjectUnitId == subjectId))
                    .Select(n => new { n.Year }).FirstOrDefaultAsync(ct) is { } taken)
            {
                var name = await NameAsync(db, subject, subjectId, ct);
                return taken.Year == year ? NominationErrors.DuplicateNominee(name) : NominationErrors.DuplicateInRound(name);
            }

            var sheets = await Eligibility.Eligibility.EvaluateAsync(db, kind, version, subject, [subjectId], year, today, ct);
            if (sheets.Count == 0)
            {
                return NominationErrors.SubjectNotFound;
            }

            var nominee = new DossierNominee(tenantId, d.Id, kind, version, sheets[0], db.Time.GetUtcNow().UtcDateTime);
            return d.AddNominee(nominee, Actor.Of(user, db.Time));
        }, ct);

    /// <summary>Not visible to the caller: 404; visible but outside the proposing unit's subtree: 403.</summary>
    private static async Task<AppError?> CheckScopeAsync(AppDbContext db, CurrentUser user, Guid dossierUnitId, AwardSubject subject, Guid subjectId,
        CancellationToken ct)
    {
        var unitPath = await db.Units.Where(u => u.Id == dossierUnitId).Select(u => u.Path).FirstAsync(ct);
        string? path = subject == AwardSubject.Individual
            ? await db.People.VisibleTo(db, user, Permission.ViewPeople).Where(p => p.Id == subjectId)
                .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => u.Path).FirstOrDefaultAsync(ct)
            : await db.Units.VisibleTo(db, user, Permission.ViewUnits).Where(u => u.Id == subjectId).Select(u => u.Path).FirstOrDefaultAsync(ct);
        return path is null ? NominationErrors.SubjectNotFound
            : !path.StartsWith(unitPath, StringComparison.Ordinal) ? NominationErrors.OutsideUnit
            : null;
    }

    private static async Task<string> NameAsync(AppDbContext db, AwardSubject subject, Guid id, CancellationToken ct) =>
        subject == AwardSubject.Individual
            ? await db.People.Where(p => p.Id == id).Select(p => p.FullName).FirstAsync(ct)
            : await db.Units.Where(u => u.Id == id).Select(u => u.Name).FirstAsync(ct);
}
