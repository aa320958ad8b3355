using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>A unit with its ancestors, history links, counts and its handover awaiting the effective date (if any).</summary>
public static class GetUnit
{
    public sealed record Link(Guid Id, string Code, string Name, DateOnly EffectiveOn, SuccessionKind Kind);

    public sealed record Detail(UnitDto Unit, IReadOnlyList<UnitDto> Ancestors, int ChildCount, int PeopleCount,
        int PeopleInSubtree, IReadOnlyList<Link> Predecessors, IReadOnlyList<Link> Successors, bool CanManage, bool CanManagePeople,
        PendingHandoverView? PendingHandover = null);

    public static async Task<Result<Detail>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var today = VnTime.Today(db.Time);
        var visible = db.Units.AsNoTracking().VisibleTo(db, user, Permission.ViewUnits);
        var unit = await visible.Where(u => u.Id == id).Select(u => new { u.Path, Dto = new UnitDto(u.Id, u.Code, u.Name,
            u.ShortName, u.Kind!.Code, u.Kind.Name, u.ParentId, u.Depth, Unit.IsActiveOn(u.ValidFrom, u.ValidTo, today), u.ValidFrom, u.ValidTo) }).FirstOrDefaultAsync(ct);
        if (unit is null)
        {
            return await Access.NotVisibleAsync(db, db.Units.Where(u => u.Id == id), "đơn vị", ct);
        }

        var ancestorIds = unit.Path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N")).Where(g => g != id).ToList();
        var ancestors = await visible.Where(u => ancestorIds.Contains(u.Id)).OrderBy(u => u.Depth).ToDto(today).ToListAsync(ct);
        var predecessors = await db.UnitSuccessions.AsNoTracking().Where(s => s.TenantId == user.TenantId && s.SuccessorId == id)
            .Join(visible, s => s.PredecessorId, u => u.Id, (s, u) => new { s, u }).OrderBy(x => x.u.Code)
            .Select(x => new Link(x.u.Id, x.u.Code, x.u.Name, x.s.EffectiveOn, x.s.Kind)).ToListAsync(ct);
        var successors = await db.UnitSuccessions.AsNoTracking().Where(s => s.TenantId == user.TenantId && s.PredecessorId == id)
            .Join(visible, s => s.SuccessorId, u => u.Id, (s, u) => new { s, u }).OrderBy(x => x.u.Code)
            .Select(x => new Link(x.u.Id, x.u.Code, x.u.Name, x.s.EffectiveOn, x.s.Kind)).ToListAsync(ct);
        return new Detail(unit.Dto, ancestors,
            await db.Units.CountAsync(u => u.ParentId == id, ct),
            await db.People.CountAsync(p => p.UnitId == id, ct),
            await db.People.CountAsync(p => p.Unit!.Path.StartsWith(unit.Path), ct),
            predecessors, successors,
            await Scope.CanAsync(db, user, Permission.ManageUnits, id, ct),
            await Scope.CanAsync(db, user, Permission.ManagePeople, id, ct),
            await PendingHandoverView.ForUnitAsync(db, user, id, ct));
    }
}
