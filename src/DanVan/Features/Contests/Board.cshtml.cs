using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>The organiser's board of a round: the live truth, what the public sees, and the freeze / reveal-next / final steps (each confirmed, each in the history).</summary>
public sealed class BoardModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? RoundId { get; set; }

    public OrganiserBoardDto Board { get; private set; } = null!;

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostFreezeAsync(CancellationToken ct) =>
        await DoneAsync(await FreezeBoard.HandleAsync(db, Me, Id, await RoundAsync(ct), ct), "Đã đóng băng bảng điểm công khai.", ct);

    public async Task<IActionResult> OnPostRevealAsync(CancellationToken ct) =>
        await DoneAsync(await RevealNextTeam.HandleAsync(db, Me, Id, await RoundAsync(ct), ct), "Đã công bố thêm một đội.", ct);

    public async Task<IActionResult> OnPostFinalAsync(CancellationToken ct) =>
        await DoneAsync(await FinaliseResults.HandleAsync(db, Me, Id, await RoundAsync(ct), ct), "Đã chốt kết quả vòng thi.", ct);

    private async Task<Guid> RoundAsync(CancellationToken ct) =>
        RoundId ?? (await GetContest.HandleAsync(db, Me, Id, ct)).Value?.CurrentRound.Id ?? Guid.Empty;

    private async Task<IActionResult> DoneAsync(Result<OrganiserBoardDto> result, string message, CancellationToken ct)
    {
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = message;
        return Redirect($"/Contests/Board/{Id}?roundId={result.Value!.Live.RoundId}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var board = await GetOrganiserBoard.HandleAsync(db, Me, Id, await RoundAsync(ct), ct);
        if (board.Error is { } error)
        {
            return this.ToPage(error);
        }

        Board = board.Value!;
        return null;
    }
}
