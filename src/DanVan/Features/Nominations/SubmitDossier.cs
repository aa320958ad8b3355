using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// The unit sends its dossier up: every nominee's proof sheet is evaluated again and stored, the dossier must be complete
/// and on time, the Tờ trình takes the next number of the unit's document book (the first time; kept through returns),
/// and the dossier goes to its first level (<see cref="Routing"/>). One transaction: a refusal gives the number back.
/// </summary>
public static class SubmitDossier
{
    public static async Task<Result<DossierDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var result = await NominationAccess.UnitChangeAsync(db, user, id, expectedVersion, async l =>
        {
            var d = l.Dossier;
            var today = VnTime.Today(db.Time);
            await ReevaluateAsync(db, d, today, ct);
            var missing = d.Missing(await GetDossier.RequiredAsync(db, d, ct));
            if (d.CheckSubmit(missing, today, l.Round.UnitDue) is { } refused)
            {
                return refused;
            }

            if (d.SubmissionNumber is null)
            {
                var n = await DocumentNumbering.NextAsync(db, d.TenantId, NumberSeries.State(Document.KeyOf(d.UnitId, ""), l.Round.Year), ct);
                var shortName = await db.Units.Where(u => u.Id == d.UnitId).Select(u => u.ShortName).FirstAsync(ct);
                d.Number(n, $"{n:D2}/TTr-{(string.IsNullOrWhiteSpace(shortName) ? "ĐV" : shortName)}");
            }

            var first = await Routing.FirstLevelAsync(db, d.TenantId, d.UnitId, ct);
            return d.Submit(first, missing, today, l.Round.UnitDue, Actor.Of(user, db.Time));
        }, ct);
        if (result.Error is null)
        {
            await tx.CommitAsync(ct);
        }

        return result;
    }

    /// <summary>Every nominee's sheet again (one evaluation per award version and subject kind, set-based), stored in place of the old one.</summary>
    public static async Task ReevaluateAsync(AppDbContext db, Dossier d, DateOnly today, CancellationToken ct)
    {
        var kindIds = d.Nominees.Select(n => n.AwardKindId).Distinct().ToList();
        var kinds = await db.AwardKinds.WithVersions().Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, ct);
        var now = db.Time.GetUtcNow().UtcDateTime;
        foreach (var group in d.Nominees.GroupBy(n => (n.AwardKindId, n.VersionId, n.Subject, n.Year)))
        {
            var kind = kinds[group.Key.AwardKindId];
            var version = kind.Versions.First(v => v.Id == group.Key.VersionId);
            var sheets = await Eligibility.Eligibility.EvaluateAsync(db, kind, version, group.Key.Subject, group.Select(n => n.SubjectId).ToList(),
                group.Key.Year, today, ct);
            foreach (var sheet in sheets)
            {
                group.First(n => n.SubjectId == sheet.Nominee.Id).Store(sheet, now);
            }
        }
    }
}
