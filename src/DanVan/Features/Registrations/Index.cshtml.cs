using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Registrations;

public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public RegistrationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool? Missing { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public string MovementName { get; private set; } = "";
    public Page<RegistrationRow> Rows { get; private set; } = new([], null);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var movement = (await MovementAccess.FindAsync(db, me, Id, ct)).Value;
        if (movement is null)
        {
            return NotFound();
        }

        MovementName = movement.Name;
        var result = await ListRegistrations.HandleAsync(db, me, Id, new(Status, Missing, 100, Cursor), ct);
        if (result.Error is { } error)
        {
            return BadRequest(error.Message);
        }

        Rows = result.Value!;
        return Page();
    }
}
