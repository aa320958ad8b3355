using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// The "Khen thưởng" card of a person's or unit's page and GET /people/{id}/awards, /units/{id}/awards: the holder's
/// <see cref="AwardHistory"/>, newest first. The holder must be visible (else 404); reading needs ViewAwards on its
/// unit (else 403); <see cref="Card.CanAdd"/> when the user keeps the register there.
/// </summary>
public static class GetAwardHistory
{
    /// <param name="Predecessors">Names of the merged units whose awards the unit's card shows.</param>
    public sealed record Card(Guid? PersonId, Guid UnitId, IReadOnlyList<AwardHistory.AwardFact> Awards, bool CanAdd,
        IReadOnlyDictionary<Guid, string>? Predecessors = null);

    public static async Task<Result<Card>> ForPersonAsync(AppDbContext db, CurrentUser user, Guid personId, CancellationToken ct)
    {
        if (!(await PersonAccess.Rule.FindAsync(db, user, personId, ct)).TryGet(out var person, out var notFound))
        {
            return notFound;
        }

        if (!await Scope.CanAsync(db, user, Permission.ViewAwards, person.UnitId, ct))
        {
            return AppError.Forbidden;
        }

        var awards = await AwardHistory.ForPeopleAsync(db, user.TenantId, [personId], ct: ct);
        return new Card(personId, person.UnitId, awards[personId].ToList(), await Scope.CanAsync(db, user, Permission.ManageAwardRecords, person.UnitId, ct));
    }

    public static async Task<Result<Card>> ForUnitAsync(AppDbContext db, CurrentUser user, Guid unitId, CancellationToken ct)
    {
        if (await Access.CheckAsync(db, user, unitId, Permission.ViewAwards, Permission.ViewUnits, "đơn vị", ct) is { } refused)
        {
            return refused;
        }

        var awards = (await AwardHistory.ForUnitsAsync(db, user.TenantId, [unitId], ct: ct))[unitId].ToList();
        var via = awards.Where(a => a.ViaPredecessor is not null).Select(a => a.ViaPredecessor!.Value).Distinct().ToList();
        var names = via.Count == 0 ? new Dictionary<Guid, string>()
            : await db.Units.AsNoTracking().Where(u => via.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        return new Card(null, unitId, awards, await Scope.CanAsync(db, user, Permission.ManageAwardRecords, unitId, ct), names);
    }
}
