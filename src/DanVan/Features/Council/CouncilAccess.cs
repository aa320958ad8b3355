using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// Who sees and does what with a council (issue 15 §1). A council, its sessions and items are seen by those holding
/// ManageCouncil on the council's unit (Sở Nội vụ's Ban Thi đua – Khen thưởng at the province's root) and by the
/// council's own members (through the account linked to their member row). Managing — members, sessions, agenda,
/// attendance, conflicts, opening and closing items, paper counts, written opinions — needs ManageCouncil on the
/// unit, or being the council's secretary. Voting is granted by membership, never by a role.
/// </summary>
public static class CouncilAccess
{
    public static readonly ObjectAccess<Council> Rule = new("Hội đồng Thi đua – Khen thưởng", Visible, db => db.Councils, id => c => c.Id == id, c => c.UnitId);

    public static IQueryable<Council> Visible(AppDbContext db, CurrentUser user)
    {
        var managed = db.Units.VisibleTo(db, user, Permission.ManageCouncil).Select(u => u.Id);
        var tenantId = user.TenantId;
        var userId = user.UserId;
        return db.Councils.Where(c => c.TenantId == tenantId && (managed.Contains(c.UnitId) || c.Members.Any(m => m.UserId == userId)));
    }

    /// <summary>A council the caller sees, with its members; the 404 otherwise.</summary>
    public static async Task<Result<Council>> FindAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var found = await Visible(db, user).Include(c => c.Members).FirstOrDefaultAsync(c => c.Id == id, ct);
        return found is not null ? found : await Rule.NotVisibleAsync(db, id, ct);
    }

    public static async Task<bool> MayManageAsync(AppDbContext db, CurrentUser user, Council council, CancellationToken ct) =>
        council.Members.Any(m => m.UserId == user.UserId && m.Role == MemberRole.Secretary)
        || await Scope.CanAsync(db, user, Permission.ManageCouncil, council.UnitId, ct);

    /// <summary>A visible council the caller may manage; the 404 or the 403 otherwise.</summary>
    public static async Task<Result<Council>> LoadToManageAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await FindAsync(db, user, id, ct)).TryGet(out var council, out var error))
        {
            return error;
        }

        return await MayManageAsync(db, user, council, ct) ? council : AppError.Forbidden;
    }

    /// <summary>A session with its council (members), attendance, items and recusals; whether the caller manages it; the caller's member row.</summary>
    public sealed record Loaded(Council Council, CouncilSession Session, bool Manage, CouncilMember? Me);

    public static async Task<Result<Loaded>> SessionAsync(AppDbContext db, CurrentUser user, Guid sessionId, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var councilId = await db.CouncilSessions.Where(s => s.Id == sessionId && s.TenantId == tenantId).Select(s => (Guid?)s.CouncilId).FirstOrDefaultAsync(ct);
        if (councilId is null || !(await FindAsync(db, user, councilId.Value, ct)).TryGet(out var council, out _))
        {
            return await Access.NotVisibleAsync(db, db.CouncilSessions.Where(s => s.Id == sessionId), "phiên họp Hội đồng", ct);
        }

        var session = await db.CouncilSessions.Include(s => s.Attendance).Include(s => s.Items).ThenInclude(i => i.Recusals).AsSplitQuery()
            .FirstAsync(s => s.Id == sessionId, ct);
        return new Loaded(council, session, await MayManageAsync(db, user, council, ct), council.Members.FirstOrDefault(m => m.UserId == user.UserId));
    }

    /// <summary>The session holding an item, loaded as <see cref="SessionAsync"/> does, and the item.</summary>
    public static async Task<Result<(Loaded Loaded, AgendaItem Item)>> ItemAsync(AppDbContext db, CurrentUser user, Guid itemId, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var sessionId = await db.AgendaItems.Where(i => i.Id == itemId && i.TenantId == tenantId).Select(i => (Guid?)i.SessionId).FirstOrDefaultAsync(ct);
        if (sessionId is null || !(await SessionAsync(db, user, sessionId.Value, ct)).TryGet(out var loaded, out _))
        {
            return await Access.NotVisibleAsync(db, db.AgendaItems.Where(i => i.Id == itemId), "nội dung xét của phiên họp", ct);
        }

        return (loaded, loaded.Session.Items.First(i => i.Id == itemId));
    }

    /// <summary>An item the caller manages (404 / 403 otherwise).</summary>
    public static async Task<Result<(Loaded Loaded, AgendaItem Item)>> ItemToManageAsync(AppDbContext db, CurrentUser user, Guid itemId, CancellationToken ct)
    {
        var found = await ItemAsync(db, user, itemId, ct);
        return found.Error is null && !found.Value.Loaded.Manage ? AppError.Forbidden : found;
    }
}
