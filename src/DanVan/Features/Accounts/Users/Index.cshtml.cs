using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts.Users;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    public sealed record Row(Guid Id, string UserName, string FullName, bool TwoFactorEnabled, bool IsDisabled, bool LockedOut, IReadOnlyList<Role> Roles);

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public IReadOnlyList<Row> Users { get; private set; } = [];
    public bool More { get; private set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var now = db.Time.GetUtcNow();
        var users = db.Users.AsNoTracking().Where(u => u.TenantId == me.TenantId);
        if (!string.IsNullOrWhiteSpace(Q))
        {
            var upper = Q.ToUpperInvariant();
            users = users.Where(u => u.NormalizedUserName!.Contains(upper) || u.FullName.Contains(Q));
        }

        var rows = await users.OrderBy(u => u.UserName).Take(201)
            .Select(u => new Row(u.Id, u.UserName!, u.FullName, u.TwoFactorEnabled, u.IsDisabled, u.LockoutEnd != null && u.LockoutEnd > now,
                db.RoleAssignments.Where(a => a.UserId == u.Id).Select(a => a.Role).ToList()))
            .ToListAsync(ct);
        More = rows.Count > 200;
        Users = rows.Take(200).ToList();
    }
}
