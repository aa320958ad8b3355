using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Council;

/// <summary>A member's ballot for one item, made for a phone: the nominee, the rule, three choices; then the receipt code, and a check by code.</summary>
public sealed class VoteModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public BallotChoice? Choice { get; set; }

    [BindProperty]
    public string? Receipt { get; set; }

    public ItemDto Item { get; private set; } = null!;
    public SessionDto Session { get; private set; } = null!;
    public ParticipationDto? Mine { get; private set; }
    public ReceiptCheck? Checked { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await CastBallot.HandleAsync(db, Me, Id, new BallotInput(Choice), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix: "");
        }

        TempData["Receipt"] = result.Value!.Receipt;
        return Redirect($"/Council/Vote/{Id}");
    }

    public async Task<IActionResult> OnPostCheckAsync(CancellationToken ct)
    {
        var result = await CheckReceipt.HandleAsync(db, Me, Id, Receipt ?? "", ct);
        if (result.Error is { } error)
        {
            ModelState.AddModelError("Receipt", error.Message);
        }
        else
        {
            Checked = result.Value;
        }

        return await LoadAsync(ct) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var found = await CouncilAccess.ItemAsync(db, Me, Id, ct);
        if (found.Error is { } error)
        {
            return this.ToPage(error);
        }

        Session = await GetSession.DtoAsync(db, found.Value.Loaded, ct);
        Item = Session.Items.First(i => i.Id == Id);
        Mine = (await GetParticipation.HandleAsync(db, Me, Id, ct)).Value;
        return null;
    }
}
