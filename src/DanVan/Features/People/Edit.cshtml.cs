using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.People;

public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public PersonInput Input { get; set; } = new();

    /// <summary>Editing: the version the form was opened at; a save based on an older one is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public bool SensitiveVisible { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid? unitId, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (Id is { } id)
        {
            var result = await GetPerson.HandleAsync(db, me, id, ct);
            if (result.Error is not null)
            {
                return NotFound();
            }

            if (!result.Value!.CanManage)
            {
                return Forbid();
            }

            var p = result.Value.Person;
            Version = p.Version;
            Input = new PersonInput
            {
                FullName = p.FullName, Gender = p.Gender, BirthYear = p.BirthYear, Position = p.Position,
                StaffCategory = p.StaffCategory, UnitId = p.UnitId, Ethnicity = p.Ethnicity, IsPartyMember = p.IsPartyMember,
            };
        }
        else
        {
            Input.UnitId = unitId;
        }

        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = Id is { } id
                ? await UpdatePerson.HandleAsync(db, me, id, Input, Version, ct)
                : await CreatePerson.HandleAsync(db, me, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = Id is null ? "Đã thêm người." : "Đã lưu thay đổi.";
                return Redirect($"/People/Details/{result.Value!.Id}");
            }

            return await this.ToPageAsync(result.Error, () => RedisplayAsync(me, ct), aboutPageObject: Id is not null);
        }

        return await RedisplayAsync(me, ct);
    }

    private async Task<IActionResult> RedisplayAsync(CurrentUser me, CancellationToken ct)
    {
        await LoadAsync(me, ct);
        return Page();
    }

    private async Task LoadAsync(CurrentUser me, CancellationToken ct)
    {
        Units = await UnitOptions.ForAsync(db, me, Permission.ManagePeople, ct);
        var unitId = Id is { } id ? await db.People.Where(p => p.Id == id).Select(p => (Guid?)p.UnitId).FirstOrDefaultAsync(ct) : Input.UnitId;
        SensitiveVisible = unitId is { } u
            ? await Scope.CanAsync(db, me, Permission.ViewSensitive, u, ct)
            : await Scope.HoldsAnywhereAsync(db, me, Permission.ViewSensitive, ct);
    }
}
