using System.Net;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// Advancement narrows the next round (issue 17): the final has no team until the preliminary's results are final; then
/// exactly the teams the preliminary sends on (top 2 of the cluster) compete in it — its standings, its board, its judge's
/// desk — and a sheet or an attendance line for a team that did not go on is refused with the Vietnamese reason.
/// </summary>
public sealed class ContestAdvancementTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Only_the_teams_the_preliminary_sends_on_compete_in_the_final_and_only_once_its_results_are_final(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var guest = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var (preliminary, final) = (contest.Rounds[0], contest.Rounds[1]);
        var communes = new[] { await ContestData.CommuneAsync(app, "XA001"), await ContestData.CommuneAsync(app, "XA002"), await ContestData.CommuneAsync(app, "XA003") };
        var (teams, criteria) = await app.WithDbAsync(async db =>
        {
            var c = await db.Contests.Include(x => x.Clusters).SingleAsync(x => x.Id == contest.Id);
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            var ids = communes.Zip(["Đội Sen", "Đội Mai", "Đội Cúc"]).Select(x =>
            {
                var person = db.People.Where(p => p.Id == x.First.Vice).Select(p => new { p.Id, p.FullName, p.Position }).Single();
                var team = ContestTeam.Register(c, x.First.Unit, [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], VnTime.Today(db.Time), by);
                team.Accept(c.Clusters.OrderBy(k => k.Seq).First().Id, x.Second, by).ShouldBeNull();
                db.ContestTeams.Add(team);
                return team.Id;
            }).ToArray();
            var user = await db.Users.Where(u => u.UserName == "xem").Select(u => u.Id).SingleAsync();
            foreach (var round in new[] { preliminary.Id, final.Id })
            {
                db.ContestJudges.Add(new ContestJudge(c.TenantId, c.Id, round, user, null, null, "PGS. TS. Trần Khách", "Học viện Chính trị khu vực III", false, by));
            }

            await db.SaveChangesAsync();
            var parts = contest.Rounds.SelectMany(r => r.Parts).Select(p => p.Id).ToList();
            var lines = await db.ContestCriteria.Where(k => parts.Contains(k.PartId)).OrderBy(k => k.Seq).ToListAsync();
            return (ids, lines.GroupBy(k => k.PartId).ToDictionary(g => g.Key, g => g.Select(k => k.Id).ToList()));
        });
        var (sen, mai, cuc) = (teams[0], teams[1], teams[2]);
        object Sheet(Guid part, Guid team, params decimal[] points) =>
            new { partId = part, teamId = team, points = criteria[part].Select((c, i) => (object)new { criterionId = c, points = points[i] }).ToArray() };
        var url = $"/api/v1/contests/{contest.Id}";

        // The preliminary: Sen 32, Mai 30, Cúc 20 on the sketch; every part closed (the quiz unscored).
        var sketch = preliminary.Parts[1].Id;
        foreach (var (team, points) in new[] { (sen, new[] { 20m, 8, 4 }), (mai, new[] { 18m, 7, 5 }), (cuc, new[] { 10m, 5, 5 }) })
        {
            await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(sketch, team, points))).ReadAsync<SheetDto>();
        }

        foreach (var part in preliminary.Parts)
        {
            (await snv.PostAsync($"{url}/parts/{part.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var written = final.Parts[0].Id;

        // Until the preliminary's results are final, the final has no team, and says why.
        var waiting = await (await snv.GetAsync($"{url}/rounds/{final.Id}/standings")).ReadAsync<StandingsDto>();
        waiting.Rows.ShouldBeEmpty();
        waiting.TeamsWaiting.ShouldNotBeNull().ShouldContain(preliminary.Name);
        var desk = await (await guest.GetAsync(url + "/sheets/mine")).ReadAsync<MyJudgingDto>();
        var finalParts = desk.Parts.Where(p => p.RoundId == final.Id).ToList();
        finalParts.Count.ShouldBe(3);
        finalParts.ShouldAllBe(p => p.Teams.Count == 0 && p.TeamsWaiting != null);
        (await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(written, sen, 15, 8))).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.team_not_in_round");
        var refused = await (await snv.PostAsync($"{url}/rounds/{final.Id}/board/freeze", null)).ProblemAsync(HttpStatusCode.Conflict);
        (refused.Code, refused.Detail!.Contains(preliminary.Name, StringComparison.Ordinal)).ShouldBe(("contest.board_no_teams", true));
        var empty = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest.Id}/board?roundId={final.Id}")).ReadAsync<BoardDto>();
        (empty.Rows.Count, empty.Note.Contains(preliminary.Name, StringComparison.Ordinal)).ShouldBe((0, true));

        // The preliminary's results final: the top 2 of the cluster go on, Cúc does not; no team is accepted after that.
        await (await snv.PostAsync($"{url}/rounds/{preliminary.Id}/board/final", null)).ReadAsync<OrganiserBoardDto>();
        var late = await app.WithDbAsync(async db =>
        {
            var c = await db.Contests.SingleAsync(x => x.Id == contest.Id);
            var person = await db.People.Where(p => p.Id == communes[0].Chair).Select(p => new { p.Id, p.FullName, p.Position }).SingleAsync();
            var team = ContestTeam.Register(c, (await ContestData.CommuneAsync(app, "XA004")).Unit,
                [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], VnTime.Today(db.Time), new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow));
            db.ContestTeams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        var cluster = await app.WithDbAsync(db => db.ContestClusters.Where(k => k.ContestId == contest.Id).OrderBy(k => k.Seq).Select(k => k.Id).FirstAsync());
        (await (await snv.PostJsonAsync($"/api/v1/contests/teams/{late}/accept", new { clusterId = cluster, codeName = "Đội Muộn" })).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("contest.accept_after_results");
        var standings = await (await snv.GetAsync($"{url}/rounds/{final.Id}/standings")).ReadAsync<StandingsDto>();
        standings.Rows.Select(r => r.TeamId).ShouldBe([sen, mai], ignoreOrder: true);
        standings.TeamsWaiting.ShouldBeNull();
        desk = await (await guest.GetAsync(url + "/sheets/mine")).ReadAsync<MyJudgingDto>();
        desk.Parts.Single(p => p.PartId == written).Teams.Select(t => t.TeamId).ShouldBe([sen, mai], ignoreOrder: true);
        desk.Parts.Single(p => p.PartId == sketch).Teams.Count.ShouldBe(3);

        var notIn = await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(written, cuc, 15, 8))).ProblemAsync(HttpStatusCode.BadRequest);
        (notIn.Code, Vietnamese.LooksVietnamese(notIn.Detail)).ShouldBe(("contest.team_not_in_round", true));
        (await (await snv.PutJsonAsync($"{url}/parts/{written}/attendance", new { teamId = cuc, noShow = true })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.team_not_in_round");
        var sheet = await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(written, sen, 15, 8))).ReadAsync<SheetDto>();
        sheet.Total.ShouldBe(23m);
        (await (await snv.PutJsonAsync($"{url}/parts/{written}/attendance", new { teamId = mai, daysLate = 1 })).ReadAsync<AttendanceDto>()).DaysLate.ShouldBe(1);

        var board = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest.Id}/board?roundId={final.Id}")).ReadAsync<BoardDto>();
        board.Rows.Select(r => r.TeamId).ShouldBe([sen, mai], ignoreOrder: true);
        (await (await snv.PostAsync($"{url}/rounds/{final.Id}/board/freeze", null)).ReadAsync<OrganiserBoardDto>()).TeamCount.ShouldBe(2);
    }
}
