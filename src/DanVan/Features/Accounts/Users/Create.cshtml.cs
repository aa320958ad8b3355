using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace DanVan.Features.Accounts.Users;

public sealed class CreateModel(AppDbContext db, UserManager<AppUser> users) : PageModel
{
    [BindProperty]
    public UserInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) =>
        Units = await UnitOptions.ForAsync(db, CurrentUser.Require(User), Permission.ManageUsers, ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = await CreateUser.HandleAsync(db, users, me, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = $"Đã tạo tài khoản {Input.UserName}.";
                return Redirect($"/Admin/Users/Details/{result.Value}");
            }

            ModelState.AddError(result.Error);
        }

        Units = await UnitOptions.ForAsync(db, me, Permission.ManageUsers, ct);
        return Page();
    }
}
