using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>Adds a person of the province to the council with a role and, optionally, the account they vote with.</summary>
public static class AddMember
{
    public static async Task<Result<CouncilDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid councilId, MemberInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await CouncilAccess.LoadToManageAsync(db, user, councilId, ct)).TryGet(out var council, out var error))
        {
            return error;
        }

        if (input.PersonId is not { } personId)
        {
            return AppError.Required("PersonId", "cán bộ là thành viên");
        }

        if (input.Role is not { } role)
        {
            return AppError.Required("Role", "vai trò trong Hội đồng");
        }

        var tenantId = council.TenantId;
        var person = await db.People.Where(p => p.Id == personId && p.TenantId == tenantId)
            .Select(p => new { p.Id, p.FullName, p.UnitId, Unit = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First() }).FirstOrDefaultAsync(ct);
        if (person is null)
        {
            return CouncilErrors.PersonNotFound;
        }

        if (input.UserId is { } userId && !await db.Users.AnyAsync(u => u.Id == userId && u.TenantId == tenantId, ct))
        {
            return CouncilErrors.AccountNotFound;
        }

        var member = new CouncilMember(council, person.Id, person.FullName, person.UnitId, person.Unit, input.UserId, role);
        if ((db.Expect(council, expectedVersion) ?? council.AddMember(member)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetCouncil.DtoAsync(db, user, council, ct);
    }
}
