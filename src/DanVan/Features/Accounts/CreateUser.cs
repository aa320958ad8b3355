using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>Creates an account in the administrator's tenant with its first role assignment, in one transaction.</summary>
public static class CreateUser
{
    public static async Task<Result<Guid>> HandleAsync(AppDbContext db, UserManager<AppUser> users, CurrentUser me, UserInput input, CancellationToken ct)
    {
        await using var tx = await db.Database.BeginTransactionAsync(ct);
        var user = new AppUser
        {
            Id = Guid.CreateVersion7(),
            UserName = input.UserName,
            FullName = input.FullName!,
            TenantId = me.TenantId,
            CreatedAt = db.Time.GetUtcNow().UtcDateTime,
        };
        var created = await users.CreateAsync(user, input.Password!);
        if (!created.Succeeded)
        {
            return new AppError("account.invalid", string.Join(" ", created.Errors.Select(e => e.Description)), "Password");
        }

        var assigned = await AssignRole.HandleAsync(db, me, user.Id,
            new AssignmentInput { Role = input.Role, UnitId = input.UnitId, IncludeDescendants = input.IncludeDescendants }, ct);
        if (assigned.Error is not null)
        {
            return assigned.Error; // the transaction rolls back: no account without a role
        }

        await tx.CommitAsync(ct);
        return user.Id;
    }
}
