using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>A round's standings: per-part scores (raw, penalty, final), total, rank, advancement, and for each part score the judges' sheets that made it.</summary>
public sealed class StandingsModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? RoundId { get; set; }

    public ContestDto Contest { get; private set; } = null!;
    public StandingsDto Board { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var contest = await GetContest.HandleAsync(db, me, Id, ct);
        if (contest.Error is { } error)
        {
            return this.ToPage(error);
        }

        Contest = contest.Value!;
        var roundId = RoundId ?? Contest.CurrentRound.Id;
        var board = await GetStandings.HandleAsync(db, me, Id, roundId, ct);
        if (board.Error is { } hidden)
        {
            return this.ToPage(hidden);
        }

        Board = board.Value!;
        return Page();
    }
}
