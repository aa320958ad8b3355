using System.Net;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// Issue 17's "Done when", through the API as a newcomer in the demo province: the seed-004 contest's final is under way
/// behind a frozen board; the jury's chair fills the sheets still to come, the organiser closes the last part, reveals the
/// teams from the bottom, finalises, and issues the results decision from the standings' proposal.
/// </summary>
public sealed class ContestDemoFinalTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_newcomer_finishes_the_demo_final_from_the_chairs_last_sheets_to_the_results_decision(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var chair = await app.ClientForAsync("thidua.stp");
        using var anonymous = app.CreateClient();
        var (contest, final) = await app.WithDbAsync(async db =>
        {
            var id = await db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            return (id, await db.ContestRounds.Where(r => r.ContestId == id).OrderByDescending(r => r.Seq).Select(r => r.Id).FirstAsync());
        });
        var url = $"/api/v1/contests/{contest}";

        // The chair's page: the final's last part open, five teams without the chair's sheet.
        var mine = await (await chair.GetAsync(url + "/sheets/mine")).ReadAsync<MyJudgingDto>();
        var last = mine.Parts.Single(p => p.RoundId == final && !p.Closed);
        var todo = last.Teams.Where(t => t.Sheet is null && t.Recused is null).ToList();
        todo.Count.ShouldBe(5);
        foreach (var team in todo)
        {
            var points = last.Criteria.Select(c => new { criterionId = c.Id, points = c.MaxPoints - 1 }).ToList();
            (await chair.PutJsonAsync(url + "/sheets/mine", new { partId = last.PartId, teamId = team.TeamId, points })).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // Until the part is closed, the public still sees the board frozen without it.
        var frozen = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest}/board?roundId={final}")).ReadAsync<BoardDto>();
        frozen.State.ShouldBe(BoardState.Frozen);
        frozen.Rows.ShouldAllBe(r => !r.Parts[2].Shown);

        (await snv.PostAsync($"{url}/parts/{last.PartId}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var truth = await (await snv.GetAsync($"{url}/rounds/{final}/standings")).ReadAsync<StandingsDto>();
        truth.RoundClosed.ShouldBeTrue();
        truth.Rows.Count.ShouldBe(8);
        truth.Rows.ShouldAllBe(r => r.Complete && r.Parts[2].Sheets.Count == 5);

        // The reveal: team by team from the bottom; the public sees each revealed line with its code name, the rest pending.
        var order = truth.Rows.OrderByDescending(r => r.Rank).ThenByDescending(r => r.Name, StringComparer.Ordinal).ToList();
        for (var i = 1; i <= 8; i++)
        {
            (await snv.PostAsync($"{url}/rounds/{final}/board/reveal", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
            var shown = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest}/board?roundId={final}")).ReadAsync<BoardDto>();
            shown.State.ShouldBe(BoardState.Revealing);
            shown.Rows.Count(r => !r.Pending).ShouldBe(i);
        }

        (await (await snv.PostAsync($"{url}/rounds/{final}/board/reveal", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_all_revealed");
        (await snv.PostAsync($"{url}/rounds/{final}/board/final", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var board = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest}/board?roundId={final}")).ReadAsync<BoardDto>();
        board.State.ShouldBe(BoardState.Final);
        board.Rows.Select(r => (r.TeamId, r.Rank, r.Total)).ShouldBe(truth.Rows.Select(r => (r.TeamId, r.Rank, r.Total)), ignoreOrder: true);
        board.Rows.ShouldAllBe(r => r.Name.Contains("(UBND xã ") && r.Parts.All(p => p.Sheets != null && p.Sheets.Count > 0)); // names and every judge's total

        // The results: the proposal from the final's standings, given as proposed (a tie across a prize's last place with its reason).
        var results = await (await snv.GetAsync(url + "/results")).ReadAsync<ResultsDto>();
        results.Waiting.ShouldBeNull();
        results.Proposal.Count.ShouldBe(8); // Nhất 1, Nhì 2, Ba 3, Khuyến khích 2: every team of the final
        results.Proposal.ShouldAllBe(p => p.Explanation.Length > 0);
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));
        var decision = new
        {
            number = "25/QĐ-SNV", issueDate = today, signerTitle = "Giám đốc", signerName = "Nguyễn Văn Sở",
            awards = results.Proposal.Select(p => new { prizeId = p.PrizeId, teamId = p.TeamId, reason = p.Decided ? null : "Đồng điểm; Ban tổ chức bốc thăm (biên bản)." }),
            withheld = Array.Empty<object>(),
        };
        var issued = (await (await snv.PostJsonAsync(url + "/results", decision)).ReadAsync<ResultsDto>()).Issued.ShouldNotBeNull();
        issued.Awards.Count.ShouldBe(8);
        issued.TotalAmount.ShouldBe(5_000_000 + 2 * 3_000_000 + 3 * 2_000_000 + 2 * 1_000_000);
        var published = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest}/results")).ReadAsync<PublicResultsDto>();
        published.Awards.Count.ShouldBe(8);
    }
}
