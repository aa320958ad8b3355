using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts.Users;

public sealed class DetailsModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    public sealed record AssignmentRow(Guid Id, string RoleName, string UnitName, bool IncludeDescendants);

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public AssignmentInput Assign { get; set; } = new();

    public string UserName { get; private set; } = "";
    public string FullName { get; private set; } = "";
    public bool IsDisabled { get; private set; }
    public bool TwoFactorEnabled { get; private set; }
    public IReadOnlyList<AssignmentRow> Assignments { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAssignAsync(CancellationToken ct) =>
        await Done(ModelState.IsValid ? (await AssignRole.HandleAsync(db, CurrentUser.Require(User), Id, Assign, ct)).Error : null, "Đã thêm phân quyền.", ct);

    public async Task<IActionResult> OnPostRemoveAsync(Guid assignmentId, CancellationToken ct) =>
        await Done((await RemoveAssignment.HandleAsync(db, CurrentUser.Require(User), assignmentId, ct)).Error, "Đã gỡ phân quyền.", ct);

    public async Task<IActionResult> OnPostDisableAsync(bool disabled, CancellationToken ct) =>
        await Done((await SetUserDisabled.HandleAsync(db, users, CurrentUser.Require(User), Id, disabled, ct)).Error,
            disabled ? "Đã vô hiệu hóa tài khoản." : "Đã kích hoạt lại tài khoản.", ct);

    private async Task<IActionResult> Done(AppError? error, string message, CancellationToken ct)
    {
        if (ModelState.IsValid && error is null)
        {
            TempData["Message"] = message;
            return RedirectToPage(new { Id });
        }

        if (error is not null)
        {
            ModelState.AddModelError(string.Empty, error.Message);
        }

        return await LoadAsync(ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var user = await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == Id && u.TenantId == me.TenantId, ct);
        if (user is null)
        {
            return false;
        }

        (UserName, FullName, IsDisabled, TwoFactorEnabled) = (user.UserName ?? "", user.FullName, user.IsDisabled, user.TwoFactorEnabled);
        var rows = await db.RoleAssignments.AsNoTracking().Where(a => a.UserId == Id)
            .Select(a => new { a.Id, a.Role, UnitName = a.Unit!.Name, a.IncludeDescendants }).ToListAsync(ct);
        Assignments = rows.Select(a => new AssignmentRow(a.Id, RolePermissions.Label(a.Role), a.UnitName, a.IncludeDescendants)).ToList();
        Units = await UnitOptions.ForAsync(db, me, Permission.ManageUsers, ct);
        return true;
    }
}
