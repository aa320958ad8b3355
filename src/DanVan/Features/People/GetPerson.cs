using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

public static class GetPerson
{
    public sealed record Transfer(DateOnly EffectiveOn, string FromUnit, string ToUnit, string? Note);

    public sealed record Detail(PersonDto Person, IReadOnlyList<Transfer> Transfers, bool CanManage);

    public static async Task<Result<Detail>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var person = await PersonAccess.Rule.Visible(db, user).AsNoTracking().Where(p => p.Id == id).Project(db, user).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return await PersonAccess.Rule.NotVisibleAsync(db, id, ct);
        }

        var transfers = await db.PersonTransfers.AsNoTracking().Where(t => t.TenantId == user.TenantId && t.PersonId == id)
            .OrderByDescending(t => t.EffectiveOn)
            .Select(t => new Transfer(t.EffectiveOn,
                db.Units.Where(u => u.Id == t.FromUnitId).Select(u => u.Name).First(),
                db.Units.Where(u => u.Id == t.ToUnitId).Select(u => u.Name).First(), t.Note))
            .ToListAsync(ct);
        return new Detail(person, transfers, await Scope.CanAsync(db, user, Permission.ManagePeople, person.UnitId, ct));
    }
}
