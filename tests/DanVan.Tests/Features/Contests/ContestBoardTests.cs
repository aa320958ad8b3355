using System.Net;
using System.Text.Json;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The scoreboard (issue 17 §4): the public board shows a part once it is closed; a freeze keeps the public board as it
/// stood while the organiser sees the live truth; the reveal goes team by team from the bottom; the final board names
/// the units, who goes on and every judge's total; from the reveal on no score changes (409). The stream sends the
/// board again after a judge's sheet; a draft's board is a 404.
/// </summary>
public sealed class ContestBoardTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private sealed record Setup(ContestDto Contest, Guid Round, Guid[] Parts, Guid Sen, Guid Mai, Dictionary<Guid, List<Guid>> Criteria);

    private static async Task<Setup> SetUpAsync(TestApp app, HttpClient snv)
    {
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var (xa1, xa2) = (await ContestData.CommuneAsync(app, "XA001"), await ContestData.CommuneAsync(app, "XA002"));
        return await app.WithDbAsync(async db =>
        {
            var c = await db.Contests.Include(x => x.Clusters).SingleAsync(x => x.Id == contest.Id);
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            var teams = new[] { (xa1, "Đội Sen"), (xa2, "Đội Mai") }.Select(x =>
            {
                var person = db.People.Where(p => p.Id == x.Item1.Vice).Select(p => new { p.Id, p.FullName, p.Position }).Single();
                var team = ContestTeam.Register(c, x.Item1.Unit, [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], VnTime.Today(db.Time), by);
                team.Accept(c.Clusters.OrderBy(k => k.Seq).First().Id, x.Item2, by).ShouldBeNull();
                db.ContestTeams.Add(team);
                return team.Id;
            }).ToList();
            var round = contest.Rounds[0].Id;
            var guest = await db.Users.Where(u => u.UserName == "xem").Select(u => u.Id).SingleAsync();
            db.ContestJudges.Add(new ContestJudge(c.TenantId, c.Id, round, guest, null, null, "PGS. TS. Trần Khách", "Học viện Chính trị khu vực III", false, by));
            await db.SaveChangesAsync();
            var parts = contest.Rounds[0].Parts.Select(p => p.Id).ToArray();
            var criteria = await db.ContestCriteria.Where(k => parts.Contains(k.PartId)).OrderBy(k => k.Seq).ToListAsync();
            return new Setup(contest, round, parts, teams[0], teams[1], criteria.GroupBy(k => k.PartId).ToDictionary(g => g.Key, g => g.Select(k => k.Id).ToList()));
        });
    }

    private static object Sheet(Setup s, int part, Guid team, params decimal[] points) => new { partId = s.Parts[part], teamId = team, points = Points(s, part, points) };

    private static object[] Points(Setup s, int part, params decimal[] points) =>
        [.. s.Criteria[s.Parts[part]].Select((c, i) => (object)new { criterionId = c, points = points[i] })];

    private static async Task<BoardDto> PublicAsync(HttpClient anonymous, Setup s) =>
        await (await anonymous.GetAsync($"/api/v1/public/contests/{s.Contest.Id}/board?roundId={s.Round}")).ReadAsync<BoardDto>();

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_frozen_board_hides_later_scores_from_the_public_the_reveal_goes_from_the_bottom_and_final_results_are_locked(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var guest = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();
        var s = await SetUpAsync(app, snv);
        var url = $"/api/v1/contests/{s.Contest.Id}";
        var board = $"{url}/rounds/{s.Round}/board";

        // Live: a part's scores are public once it is closed; before, only the number of sheets in.
        var senSheet = await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s, 1, s.Sen, 20, 8, 4))).ReadAsync<SheetDto>();
        await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s, 1, s.Mai, 18, 7, 5))).ReadAsync<SheetDto>();
        var live = await PublicAsync(anonymous, s);
        live.State.ShouldBe(BoardState.Live);
        var sen = live.Rows.Single(r => r.TeamId == s.Sen);
        (sen.Name, sen.Parts[1].Shown, sen.Parts[1].Value, sen.Parts[1].SheetsIn, sen.Total).ShouldBe(("Đội Sen", false, (decimal?)null, 1, 0m));
        live.Clusters.ShouldHaveSingleItem().Rows.Count.ShouldBe(2);

        // Steps out of order or by someone else are refused.
        (await (await snv.PostAsync(board + "/reveal", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_not_frozen");
        (await (await snv.PostAsync(board + "/final", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_parts_open");
        (await (await guest.PostAsync(board + "/freeze", null)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await anonymous.PostAsync(board + "/freeze", null)).StatusCode.ShouldBe(HttpStatusCode.Unauthorized);

        foreach (var part in s.Parts[..2])
        {
            (await snv.PostAsync($"{url}/parts/{part}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        live = await PublicAsync(anonymous, s);
        sen = live.Rows[0];
        (sen.TeamId, sen.Rank, sen.Total, sen.Parts[1].Value, sen.Advances).ShouldBe((s.Sen, 1, 32m, (decimal?)32m, (bool?)null));

        // Frozen: the public keeps the board as it stood; the organiser sees the live truth with a banner.
        var organiser = await (await snv.PostAsync(board + "/freeze", null)).ReadAsync<OrganiserBoardDto>();
        (organiser.Public.State, organiser.CanFreeze, organiser.CanReveal).ShouldBe((BoardState.Frozen, false, false));
        (await (await snv.PostAsync(board + "/freeze", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_not_live");
        await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s, 2, s.Sen, 10, 5, 5))).ReadAsync<SheetDto>();
        await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s, 2, s.Mai, 15, 10, 5))).ReadAsync<SheetDto>();
        (await (await snv.PostAsync(board + "/reveal", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_parts_open");
        (await snv.PostAsync($"{url}/parts/{s.Parts[2]}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var frozen = await PublicAsync(anonymous, s);
        frozen.State.ShouldBe(BoardState.Frozen);
        frozen.Note.ShouldStartWith("Bảng điểm đã đóng băng");
        (frozen.Rows[0].TeamId, frozen.Rows[0].Total, frozen.Rows[0].Parts[2].Shown).ShouldBe((s.Sen, 32m, false));
        organiser = await (await snv.GetAsync(board)).ReadAsync<OrganiserBoardDto>();
        organiser.Live.Note.ShouldStartWith("Bảng điểm đang đóng băng");
        (organiser.Live.Rows[0].TeamId, organiser.Live.Rows[0].Total).ShouldBe((s.Mai, 60m));
        organiser.NextReveal!.ShouldStartWith("Đội Sen (");

        // The reveal: the bottom team first with its final line; the others keep the frozen one, marked pending.
        organiser = await (await snv.PostAsync(board + "/reveal", null)).ReadAsync<OrganiserBoardDto>();
        (organiser.RevealedCount, organiser.NextReveal!.StartsWith("Đội Mai (", StringComparison.Ordinal)).ShouldBe((1, true));
        var revealing = await PublicAsync(anonymous, s);
        revealing.State.ShouldBe(BoardState.Revealing);
        revealing.Rows.Select(r => (r.TeamId, r.Pending, r.Total, r.Rank)).ShouldBe([(s.Mai, true, 30m, 2), (s.Sen, false, 52m, 2)]);

        // From the reveal on, nothing that makes a score changes.
        (await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s, 2, s.Sen, 15, 10, 5))).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.results_locked");
        (await (await snv.PostJsonAsync($"{url}/sheets/{senSheet.Id}/correct", new { points = Points(s, 1, 25, 10, 5), reason = "Cộng nhầm" }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.results_locked");
        (await (await snv.PutJsonAsync($"{url}/parts/{s.Parts[2]}/attendance", new { teamId = s.Sen, noShow = true })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldStartWith("Kết quả vòng thi đã công bố");

        await (await snv.PostAsync(board + "/reveal", null)).ReadAsync<OrganiserBoardDto>();
        (await (await snv.PostAsync(board + "/reveal", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_all_revealed");
        organiser = await (await snv.PostAsync(board + "/final", null)).ReadAsync<OrganiserBoardDto>();
        organiser.CanFinalise.ShouldBeFalse();
        (await (await snv.PostAsync(board + "/final", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.board_final");

        // Final: unit names, ranks, who goes on (top 2 of the cluster), every judge's total under a number.
        var final = await PublicAsync(anonymous, s);
        final.State.ShouldBe(BoardState.Final);
        var mai = final.Rows[0];
        (mai.TeamId, mai.Rank, mai.Total, mai.Pending, mai.Advances).ShouldBe((s.Mai, 1, 60m, false, (bool?)true));
        mai.Name.ShouldStartWith("Đội Mai (");
        mai.Parts[1].Sheets!.ShouldHaveSingleItem().ShouldBe(new BoardSheet("Giám khảo 1", 30m, false));
        (await app.WithDbAsync(db => db.ContestEvents.Where(e => e.ContestId == s.Contest.Id && e.TeamId == null).Select(e => e.Action).ToListAsync()))
            .Where(a => a is ContestAction.BoardFrozen or ContestAction.TeamRevealed or ContestAction.ResultsFinal)
            .ShouldBe([ContestAction.BoardFrozen, ContestAction.TeamRevealed, ContestAction.TeamRevealed, ContestAction.ResultsFinal], ignoreOrder: true);
        (await (await snv.PostAsync($"{url}/parts/{s.Parts[0]}/close", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.results_locked");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_stream_sends_the_board_again_after_a_judge_saves_a_sheet_and_a_drafts_board_is_not_found(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var guest = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();
        var s = await SetUpAsync(app, snv);

        using var request = new HttpRequestMessage(HttpMethod.Get, $"/api/v1/public/contests/{s.Contest.Id}/board/stream?roundId={s.Round}");
        using var response = await anonymous.SendAsync(request, HttpCompletionOption.ResponseHeadersRead);
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("text/event-stream");
        using var reader = new StreamReader(await response.Content.ReadAsStreamAsync());
        var first = await NextBoardAsync(reader);
        first.Rows.Single(r => r.TeamId == s.Sen).Parts[1].SheetsIn.ShouldBe(0);

        await (await guest.PutJsonAsync($"/api/v1/contests/{s.Contest.Id}/sheets/mine", Sheet(s, 1, s.Sen, 20, 8, 4))).ReadAsync<SheetDto>();
        var second = await NextBoardAsync(reader);
        second.Rows.Single(r => r.TeamId == s.Sen).Parts[1].SheetsIn.ShouldBe(1);

        // A draft (or an unknown id) has no public board.
        var draft = await (await snv.PostJsonAsync("/api/v1/contests", await ContestData.InputAsync(app))).ReadAsync<ContestDto>(HttpStatusCode.Created);
        foreach (var id in new[] { draft.Id, Guid.NewGuid() })
        {
            (await anonymous.GetAsync($"/api/v1/public/contests/{id}/board")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
            (await anonymous.GetAsync($"/api/v1/public/contests/{id}/board/stream")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        }

        var once = await (await anonymous.GetAsync($"/api/v1/public/contests/{s.Contest.Id}/board/stream?once=true")).Content.ReadAsStringAsync();
        once.ShouldStartWith("event: board\ndata: {");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Viewers_woken_by_one_change_share_one_computation_of_the_public_board(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var guest = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();
        var s = await SetUpAsync(app, snv);
        var url = $"/api/v1/public/contests/{s.Contest.Id}/board?roundId={s.Round}";
        using var counter = new DanVan.Tests.Infrastructure.Data.SqlCommandCounter(app);

        var one = await counter.DuringAsync(async () => (await anonymous.GetAsync(url)).EnsureSuccessStatusCode());
        one.Count.ShouldBeGreaterThan(3, "a board is computed from several queries");
        (await counter.DuringAsync(async () => (await anonymous.GetAsync(url)).EnsureSuccessStatusCode())).ShouldBeEmpty("nothing changed: the board computed before");

        // A judge's sheet changes the contest: thirty viewers asking at once (the projector, phones, their pages) cost one board.
        await (await guest.PutJsonAsync($"/api/v1/contests/{s.Contest.Id}/sheets/mine", Sheet(s, 1, s.Sen, 20, 8, 4))).ReadAsync<SheetDto>();
        var viewers = Enumerable.Range(0, 30).Select(_ => app.CreateClient()).ToList();
        var boards = new List<BoardDto>();
        var after = await counter.DuringAsync(async () =>
            boards.AddRange(await Task.WhenAll(viewers.Select(async v => await (await v.GetAsync(url)).ReadAsync<BoardDto>()))));
        after.Count.ShouldBe(one.Count, string.Join(Environment.NewLine, after));
        boards.ShouldAllBe(b => b.Rows.Single(r => r.TeamId == s.Sen).Parts[1].SheetsIn == 1);
        viewers.ForEach(v => v.Dispose());
    }

    /// <summary>The next "board" event of the stream (heartbeat comments skipped), within 20 seconds.</summary>
    private static async Task<BoardDto> NextBoardAsync(StreamReader reader)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var eventName = "";
        while (await reader.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.StartsWith("event: ", StringComparison.Ordinal))
            {
                eventName = line[7..];
            }
            else if (line.StartsWith("data: ", StringComparison.Ordinal) && eventName == "board")
            {
                return JsonSerializer.Deserialize<BoardDto>(line[6..], Api.Json)!;
            }
        }

        throw new InvalidOperationException("The stream ended.");
    }
}
