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
        var check = (await WorkListTests.ReadAllAsync(snv)).Single(i => i.Link == $"/Contests/Details/{demo.Id}");
        (check.Kind, check.Title, check.Deadline, check.State).ShouldBe((ContestsWork.Kind, $"Kiểm tra đội dự thi của {waiting} — {demo.Name}",
            demo.StartsOn.AddDays(-1), WorkState.Overdue));
        (await WorkListTests.ReadAllAsync(officer)).ShouldNotContain(i => i.Kind == ContestsWork.Kind);

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

        // A judge seated on the demo's final round: its parts are open and the contest is running, but the final has no
        // team until the preliminary's results are final; then the judge has sheets to fill.
        var rounds = await app.WithDbAsync(db => db.ContestRounds.Where(r => r.ContestId == demo.Id).OrderBy(r => r.Seq)
            .Select(r => new { r.Id, r.Name, Open = r.Parts.Where(p => p.ClosedAt == null).Select(p => p.Id).ToList() }).ToListAsync());
        var (preliminary, final) = (rounds[0], rounds[^1]);
        (await WorkListTests.ReadAllAsync(other)).ShouldNotContain(i => i.Link == $"/Contests/Judge/{demo.Id}");
        (await snv.PostJsonAsync($"/api/v1/contests/{demo.Id}/judges", new { roundId = final.Id, userId = judgeUser, personId = xa2.Officer })).EnsureSuccessStatusCode();
        (await WorkListTests.ReadAllAsync(other)).ShouldNotContain(i => i.Link == $"/Contests/Judge/{demo.Id}");
        foreach (var part in preliminary.Open)
        {
            (await snv.PostAsync($"/api/v1/contests/{demo.Id}/parts/{part}/close", null)).EnsureSuccessStatusCode();
        }

        (await snv.PostAsync($"/api/v1/contests/{demo.Id}/rounds/{preliminary.Id}/board/final", null)).EnsureSuccessStatusCode();
        var score = (await WorkListTests.ReadAllAsync(other)).Single(i => i.Link == $"/Contests/Judge/{demo.Id}");
        score.Title.ShouldBe($"Chấm điểm {final.Name} — {demo.Name}");
    }
}
