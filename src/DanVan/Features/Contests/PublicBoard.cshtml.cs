using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>The public scoreboard of an open contest (projector and phone: large type, no menu), kept up to date by contest-board.js over server-sent events.</summary>
[AllowAnonymous]
[Microsoft.AspNetCore.OutputCaching.OutputCache(PolicyName = Public.PublicOutput.BoardPolicy)]
public sealed class PublicBoardModel(PublicBoards boards) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? RoundId { get; set; }

    public BoardDto Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    /// <summary>The board alone, which the script swaps in when the stream says it changed.</summary>
    public async Task<IActionResult> OnGetFragmentAsync(CancellationToken ct) => await LoadAsync(ct) ? Partial("_Board", Board) : NotFound();

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        var board = await boards.GetAsync(Id, RoundId, ct);
        Board = board.Value!;
        return board.Error is null;
    }
}
