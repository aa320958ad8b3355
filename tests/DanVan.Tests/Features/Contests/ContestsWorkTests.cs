using DanVan.Features.Contests;
using DanVan.Features.Demo;
using DanVan.Features.Work;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Work;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The home work list for contests: a commune registers its team by the deadline (the organiser's staff never get that
/// item), the organiser checks a registered team before the contest starts, a returned team goes back to its commune with
/// the reason, and a seated judge scores while a part of their round is open during the contest.
/// </summary>
public sealed class ContestsWorkTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Registering_checking_returning_and_judging_reach_the_right_people_with_their_deadlines(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var xa2 = await ContestData.CommuneAsync(app, "XA002");
        var judgeUser = await app.CreateUserAsync("thidua.xa002", DanVan.Features.Accounts.Role.UnitOfficer, xa2.Unit);
        using var other = await app.ClientForAsync("thidua.xa002");
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));

        // The demo contest: registration closed, one team still waiting for the organiser's check since before the start.
        var demo = await app.WithDbAsync(db => db.Contests
            .Where(c => db.Documents.Any(d => d.Id == c.PlanDocumentId && d.Number == DemoContests.PlanNumber)).Select(c => new { c.Id, c.Name, c.StartsOn }).SingleAsync());
        var waiting = await app.WithDbAsync(db => db.ContestTeams.Where(t => t.ContestId == demo.Id && t.State == TeamState.Registered)
            .Select(t => db.Units.Where(u => u.Id == t.UnitId).Select(u => u.Name).First()).SingleAsync());
        var xa001Judge = await app.WithDbAsync(db => db.ContestJudges.Where(j => j.ContestId == demo.Id && j.UnitId != null
            && db.Users.Any(u => u.Id == j.UserId && u.UserName == "thidua.xa001")).Select(j => j.UnitId!.Value).FirstAsync());
        var check = (await WorkListTests.ReadAllAsync(snv)).Single(i => i.Link == $"/Contests/Details/{demo.Id}");
        (check.Kind, check.Title, check.Deadline, check.State).ShouldBe((ContestsWork.Kind, $"Kiểm tra đội dự thi của {waiting} — {demo.Name}",
            demo.StartsOn.AddDays(-1), WorkState.Overdue));
        (await WorkListTests.ReadAllAsync(officer)).Where(i => i.Kind == ContestsWork.Kind).Select(i => (i.Title, i.UnitId))
            .ShouldBe([($"Chấm điểm Vòng chung kết — {demo.Name}", xa001Judge)]); // the demo's judge from their commune: no organiser's check

        // A new contest: every eligible commune registers by the deadline; the organiser does not.
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app, deadlineInDays: 5));
        var register = (await WorkListTests.ReadAllAsync(officer)).Single(i => i.Link == $"/Contests/Register/{contest.Id}");
        var xa = await ContestData.CommuneAsync(app, "XA001");
        (register.Title, register.UnitId, register.Deadline, register.State).ShouldBe(($"Đăng ký đội dự thi {contest.Name}", xa.Unit, today.AddDays(5), WorkState.DueSoon));
        (await WorkListTests.ReadAllAsync(other)).ShouldContain(i => i.Link == $"/Contests/Register/{contest.Id}");
        (await WorkListTests.ReadAllAsync(snv)).ShouldNotContain(i => i.Link == $"/Contests/Register/{contest.Id}");

        var team = await (await officer.PostJsonAsync($"/api/v1/contests/{contest.Id}/teams", ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Chair, MemberRole.Member),
            (xa.Officer, MemberRole.Member)))).ReadAsync<TeamDto>(System.Net.HttpStatusCode.Created);
        (await WorkListTests.ReadAllAsync(officer)).ShouldNotContain(i => i.Link == $"/Contests/Register/{contest.Id}");
        (await WorkListTests.ReadAllAsync(other)).ShouldContain(i => i.Link == $"/Contests/Register/{contest.Id}");
        var toCheck = (await WorkListTests.ReadAllAsync(snv)).Single(i => i.Link == $"/Contests/Details/{contest.Id}");
        (toCheck.UnitId, toCheck.Deadline).ShouldBe((xa.Unit, contest.StartsOn.AddDays(-1)));

        await (await snv.PostJsonAsync($"/api/v1/contests/teams/{team.Id}/return", new { reason = "Thiếu quyết định cử đội của Chủ tịch UBND xã." })).ReadAsync<TeamDto>();
        (await WorkListTests.ReadAllAsync(snv)).ShouldNotContain(i => i.Link == $"/Contests/Details/{contest.Id}");
        var again = (await WorkListTests.ReadAllAsync(officer)).Single(i => i.Link == $"/Contests/Register/{contest.Id}");
        again.Title.ShouldBe($"Bổ sung và đăng ký lại đội dự thi {contest.Name}");
        again.Note!.ShouldContain("Thiếu quyết định cử đội của Chủ tịch UBND xã.");
        again.Deadline.ShouldBe(contest.StartsOn.AddDays(-1));

        // A judge seated on a final round: while the preliminary's results are not final the final has no team, so nothing
        // to score (the new contest); the demo's final has its eight teams and an open part, so the judge has sheets to fill.
        var fresh = await app.WithDbAsync(db => db.ContestRounds.Where(r => r.ContestId == contest.Id).OrderByDescending(r => r.Seq).Select(r => r.Id).FirstAsync());
        (await snv.PostJsonAsync($"/api/v1/contests/{contest.Id}/judges", new { roundId = fresh, userId = judgeUser, personId = xa2.Officer })).EnsureSuccessStatusCode();
        (await WorkListTests.ReadAllAsync(other)).ShouldNotContain(i => i.Kind == ContestsWork.Kind && i.Title.StartsWith("Chấm điểm", StringComparison.Ordinal));
        var final = await app.WithDbAsync(db => db.ContestRounds.Where(r => r.ContestId == demo.Id).OrderByDescending(r => r.Seq).Select(r => new { r.Id, r.Name }).FirstAsync());
        (await snv.PostJsonAsync($"/api/v1/contests/{demo.Id}/judges", new { roundId = final.Id, userId = judgeUser, personId = xa2.Officer })).EnsureSuccessStatusCode();
        var score = (await WorkListTests.ReadAllAsync(other)).Single(i => i.Link == $"/Contests/Judge/{demo.Id}");
        score.Title.ShouldBe($"Chấm điểm {final.Name} — {demo.Name}");
    }
}
