using System.Net;
using DanVan.Features.Contests;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The contest's first floor through the API (issue 17 §1–2): Sở Nội vụ sets the rules from its plan and publishes
/// them (the rules page is then public); a commune's officer registers its team before the deadline; the organiser
/// returns it with a reason or accepts it into a cluster under a code name, and substitutes members with a reason kept in the history; every
/// bad input is a Vietnamese 400/403/409 and leaves nothing saved.
/// </summary>
public sealed class ContestFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_organiser_sets_the_rules_and_publishing_makes_them_public(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var commune = await app.ClientForAsync("thidua.xa001");
        using var anonymous = app.CreateClient();
        var before = await app.WithDbAsync(db => db.Contests.CountAsync());

        var bad = await ContestData.InputAsync(app);
        bad.Rounds![0].Parts![1].Criteria![0].MaxPoints = 20;
        var problem = await (await snv.PostJsonAsync("/api/v1/contests", bad)).ProblemAsync(HttpStatusCode.BadRequest);
        problem.Code.ShouldBe("contest.criteria_sum");
        problem.Detail!.ShouldBe("Vòng 1, phần thi 2: tổng điểm các tiêu chí (35) phải bằng điểm tối đa của phần thi (40).");
        bad = await ContestData.InputAsync(app);
        bad.Rounds![0].AdvanceValue = 0;
        (await (await snv.PostJsonAsync("/api/v1/contests", bad)).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.top_n");
        bad = await ContestData.InputAsync(app);
        bad.RegistrationDeadline = bad.EndsOn!.Value.AddDays(1);
        (await (await snv.PostJsonAsync("/api/v1/contests", bad)).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.deadline");
        bad = await ContestData.InputAsync(app);
        bad.PlanDocumentId = Guid.NewGuid();
        (await (await snv.PostJsonAsync("/api/v1/contests", bad)).ProblemAsync(HttpStatusCode.NotFound)).Detail!.ShouldContain("văn bản kế hoạch");
        (await (await commune.PostJsonAsync("/api/v1/contests", await ContestData.InputAsync(app))).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await app.WithDbAsync(db => db.Contests.CountAsync())).ShouldBe(before);

        var draft = await (await snv.PostJsonAsync("/api/v1/contests", await ContestData.InputAsync(app))).ReadAsync<ContestDto>(HttpStatusCode.Created);
        draft.Status.ShouldBe(ContestStatus.Draft);
        draft.Rounds.Count.ShouldBe(2);
        draft.Rounds[0].Parts[1].Criteria.Sum(c => c.MaxPoints).ShouldBe(40);
        draft.Rounds[0].TieBreakText.ShouldBe("Khi bằng tổng điểm, xếp trên đội có điểm cao hơn ở: phần 2 (Xử lý tình huống), rồi phần 3 (Tiểu phẩm “Dân vận khéo”).");
        draft.PlanText.ShouldStartWith("1816/KH-UBND ngày ");
        (await commune.GetAsync($"/api/v1/contests/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/api/v1/public/contests/{draft.Id}/rules")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await anonymous.GetAsync($"/hoi-thi/{draft.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var changed = await ContestData.InputAsync(app);
        changed.Name = draft.Name + " (sửa)";
        (await (await snv.PutJsonAsync($"/api/v1/contests/{draft.Id}", changed)).ReadAsync<ContestDto>()).Name.ShouldEndWith("(sửa)");
        (await (await commune.PostAsync($"/api/v1/contests/{draft.Id}/open", null)).ProblemAsync(HttpStatusCode.NotFound)).Code.ShouldBe("not_found");
        var open = await (await snv.PostAsync($"/api/v1/contests/{draft.Id}/open", null)).ReadAsync<ContestDto>();
        open.Status.ShouldBe(ContestStatus.Open);
        open.History.Select(h => h.Action).ShouldBe([ContestAction.Created, ContestAction.RulesChanged, ContestAction.Opened]);
        (await (await snv.PutJsonAsync($"/api/v1/contests/{draft.Id}", changed)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.rules_fixed");
        (await (await snv.PostAsync($"/api/v1/contests/{draft.Id}/open", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.open");

        (await (await commune.GetAsync($"/api/v1/contests/{draft.Id}")).ReadAsync<ContestDto>()).CanRegister.ShouldBeTrue();
        var rules = await (await anonymous.GetAsync($"/api/v1/public/contests/{draft.Id}/rules")).ReadAsync<RulesDto>();
        rules.OrganisingUnitName.ShouldBe("Sở Nội vụ");
        var text = string.Join("\n", rules.Sections.SelectMany(s => s.Lines.Prepend(s.Title)));
        text.ShouldContain("Phần thi 2 — Xử lý tình huống (Trình diễn, giám khảo chấm): tối đa 40 điểm; tiêu chí chấm: Nội dung, đúng pháp luật 25 điểm; "
            + "Sát thực tiễn địa phương 10 điểm; Phong cách trình bày 5 điểm.");
        text.ShouldContain("Mỗi cụm chọn 2 đội có tổng điểm cao nhất vào vòng sau.");
        text.ShouldContain("nộp muộn bị trừ 0,5 điểm mỗi ngày");
        text.ShouldContain("Cụm 4: Cụm số 4 (ven biển, hải đảo).");
        var page = await anonymous.GetAsync($"/hoi-thi/{draft.Id}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        var html = await page.Content.ReadAsStringAsync();
        html.ShouldContain("THỂ LỆ");
        html.ShouldContain("dv-rules-page");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_commune_registers_its_team_the_organiser_returns_it_with_a_reason_then_accepts_it_and_a_member_is_substituted(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var input = await ContestData.InputAsync(app, eligibleKind: null); // every unit of the province: a commune and its divisions
        input.TeamMin = 1;
        var contest = await ContestData.OpenAsync(app, snv, input);
        var xa = await ContestData.CommuneAsync(app, "XA001");
        var other = await ContestData.CommuneAsync(app, "XA002");
        var url = $"/api/v1/contests/{contest.Id}/teams";

        async Task Refused(object team, HttpStatusCode status, string code) =>
            (await (await officer.PostJsonAsync(url, team)).ProblemAsync(status)).Code.ShouldBe(code);
        await Refused(ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Chair, MemberRole.Reserve), (xa.Officer, MemberRole.Reserve)), HttpStatusCode.BadRequest,
            "contest.members_count");
        await Refused(ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Chair, MemberRole.Captain)), HttpStatusCode.BadRequest, "contest.captain");
        await Refused(ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Vice, MemberRole.Member)), HttpStatusCode.BadRequest, "contest.member_twice");
        await Refused(ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (other.Chair, MemberRole.Member)), HttpStatusCode.BadRequest, "contest.member_ineligible");
        var clerk = await app.PersonInUnitAsync("XA001.KT"); // a division's staff member: "Chuyên viên"…, not an allowed position
        await Refused(ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (clerk, MemberRole.Member)), HttpStatusCode.BadRequest, "contest.member_ineligible");
        (await (await snv.PostJsonAsync(url, ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain)))).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await app.WithDbAsync(db => db.ContestTeams.CountAsync(t => t.ContestId == contest.Id))).ShouldBe(0);

        var team = await (await officer.PostJsonAsync(url, ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Chair, MemberRole.Member), (xa.Officer, MemberRole.Member))))
            .ReadAsync<TeamDto>(HttpStatusCode.Created);
        team.State.ShouldBe(TeamState.Registered);
        team.Members.Count.ShouldBe(3);
        team.Members[0].Role.ShouldBe(MemberRole.Captain);
        await Refused(ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain)), HttpStatusCode.Conflict, "contest.team_exists");
        var twice = await (await officer.PostJsonAsync(url, ContestData.Team(xa.Culture, (xa.Officer, MemberRole.Captain)))).ProblemAsync(HttpStatusCode.Conflict);
        twice.Code.ShouldBe("contest.member_other_team");
        twice.Detail!.ShouldContain("đã là thành viên đội thi của UBND xã");

        var teamUrl = $"/api/v1/contests/teams/{team.Id}";
        (await (await officer.PostJsonAsync(teamUrl + "/accept", new { clusterId = contest.Clusters[0].Id })).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await (await snv.PostJsonAsync(teamUrl + "/return", new { reason = " " })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.reason");
        var returned = await (await snv.PostJsonAsync(teamUrl + "/return", new { reason = "Thiếu quyết định cử đội của Chủ tịch UBND xã." })).ReadAsync<TeamDto>();
        returned.State.ShouldBe(TeamState.Returned);
        (await (await officer.GetAsync(teamUrl)).ReadAsync<TeamDto>()).ReturnReason.ShouldBe("Thiếu quyết định cử đội của Chủ tịch UBND xã.");

        // The organiser's check came after the deadline: the returned team still registers again, until the contest starts.
        var yesterday = await app.WithDbAsync(db => Task.FromResult(DanVan.Infrastructure.Text.VnTime.Today(db.Time).AddDays(-1)));
        await app.WithDbAsync(db => db.Contests.Where(x => x.Id == contest.Id).ExecuteUpdateAsync(x => x.SetProperty(c => c.RegistrationDeadline, yesterday)));
        var again = await (await officer.PostJsonAsync(url, ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Chair, MemberRole.Member),
                (xa.Officer, MemberRole.Reserve))))
            .ReadAsync<TeamDto>(HttpStatusCode.Created);
        again.Id.ShouldBe(team.Id);
        again.State.ShouldBe(TeamState.Registered);
        again.Members.Count.ShouldBe(3);
        again.ReturnReason.ShouldBeNull(); // answered; the history keeps it

        (await (await snv.PostJsonAsync(teamUrl + "/accept", new { })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.team_cluster");
        var accepted = await (await snv.PostJsonAsync(teamUrl + "/accept", new { clusterId = contest.Clusters[2].Id, codeName = "Đội Hoa Sen" })).ReadAsync<TeamDto>();
        accepted.State.ShouldBe(TeamState.Accepted);
        accepted.ClusterName.ShouldBe("Cụm số 3 (miền núi)");
        accepted.CodeName.ShouldBe("Đội Hoa Sen");
        accepted.ReturnReason.ShouldBeNull();

        var newcomer = await ContestData.AddPersonAsync(app, xa.Culture, "Lê Văn Tới", "Công chức Tư pháp – Hộ tịch");
        var sub = teamUrl + "/substitute";
        (await (await officer.PostJsonAsync(sub, new { outPersonId = xa.Chair, inPersonId = newcomer, reason = "Ốm" })).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await (await snv.PostJsonAsync(sub, new { outPersonId = xa.Chair, inPersonId = newcomer })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.reason");
        (await (await snv.PostJsonAsync(sub, new { outPersonId = other.Chair, inPersonId = newcomer, reason = "Ốm" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.not_member");
        (await (await snv.PostJsonAsync(sub, new { outPersonId = xa.Chair, inPersonId = other.Chair, reason = "Ốm" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.member_ineligible");
        var substituted = await (await snv.PostJsonAsync(sub, new { outPersonId = xa.Chair, inPersonId = newcomer, reason = "Đi công tác dài ngày" })).ReadAsync<TeamDto>();
        substituted.Members.Where(m => m.Active).Select(m => m.PersonId).ShouldBe([xa.Vice, newcomer, xa.Officer], ignoreOrder: true);
        var left = substituted.Members.Single(m => !m.Active);
        left.PersonId.ShouldBe(xa.Chair);
        left.LeftByName.ShouldBe("tdkt.snv");
        substituted.History.Select(h => h.Action).ShouldBe([ContestAction.TeamRegistered, ContestAction.TeamReturned, ContestAction.TeamResubmitted,
            ContestAction.TeamAccepted, ContestAction.MemberSubstituted]);
        substituted.History[^1].Note.ShouldEndWith("Lê Văn Tới: Đi công tác dài ngày");

        // The reserve replaces a main member and plays in their role; a main member cannot "replace" another.
        (await (await snv.PostJsonAsync(sub, new { outPersonId = newcomer, inPersonId = xa.Vice, reason = "Ốm" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.already_in_team");
        var promoted = await (await snv.PostJsonAsync(sub, new { outPersonId = newcomer, inPersonId = xa.Officer, reason = "Ốm đột xuất" })).ReadAsync<TeamDto>();
        promoted.Members.Where(m => m.Active).Select(m => (m.PersonId, m.Role)).ShouldBe([(xa.Vice, MemberRole.Captain), (xa.Officer, MemberRole.Member)], ignoreOrder: true);
        promoted.Members.Count(m => m.PersonId == xa.Officer).ShouldBe(1);
        promoted.History[^1].Note.ShouldEndWith("(dự bị vào thay): Ốm đột xuất");
    }

    /// <summary>
    /// "A member in two teams" when both teams are registered at the same moment: the commune and its culture division
    /// (both eligible here) each name the division's officer. The check and the save run under the contest's team lock,
    /// so exactly one is registered and the other gets the Vietnamese 409 — never two teams holding the same person.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Two_teams_registered_at_once_naming_the_same_person_one_is_refused(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        using var second = await app.ClientForAsync("thidua.xa001");
        var xa = await ContestData.CommuneAsync(app, "XA001");
        for (var attempt = 0; attempt < 4; attempt++)
        {
            var input = await ContestData.InputAsync(app, eligibleKind: null);
            input.TeamMin = 1;
            input.AllowedPositions = [];
            var contest = await ContestData.OpenAsync(app, snv, input);
            var url = $"/api/v1/contests/{contest.Id}/teams";
            var commune = officer.PostJsonAsync(url, ContestData.Team(xa.Unit, (xa.Vice, MemberRole.Captain), (xa.Officer, MemberRole.Member)));
            var division = second.PostJsonAsync(url, ContestData.Team(xa.Culture, (xa.Officer, MemberRole.Captain)));
            using var a = await commune;
            using var b = await division;
            new[] { a.StatusCode, b.StatusCode }.Order().ToArray().ShouldBe(new[] { HttpStatusCode.Created, HttpStatusCode.Conflict }, $"attempt {attempt}");
            (await (a.StatusCode == HttpStatusCode.Conflict ? a : b).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.member_other_team");
            (await app.WithDbAsync(db => db.ContestTeams.CountAsync(t => t.ContestId == contest.Id))).ShouldBe(1, "the refused team left nothing");
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_late_registration_an_ineligible_unit_and_a_draft_contest_are_refused(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var xa = await ContestData.CommuneAsync(app, "XA001");
        var members = new[] { (xa.Vice, MemberRole.Captain), (xa.Chair, MemberRole.Member), (xa.Officer, MemberRole.Member) };

        var late = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app, deadlineInDays: -1));
        var problem = await (await officer.PostJsonAsync($"/api/v1/contests/{late.Id}/teams", ContestData.Team(xa.Unit, members))).ProblemAsync(HttpStatusCode.Conflict);
        problem.Code.ShouldBe("contest.late");
        problem.Detail!.ShouldStartWith("Đã hết hạn đăng ký đội thi (ngày ");

        var communesOnly = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        (await (await officer.PostJsonAsync($"/api/v1/contests/{communesOnly.Id}/teams", ContestData.Team(xa.Culture, (xa.Officer, MemberRole.Captain))))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.unit_not_eligible");

        var draft = await (await snv.PostJsonAsync("/api/v1/contests", await ContestData.InputAsync(app))).ReadAsync<ContestDto>(HttpStatusCode.Created);
        (await (await snv.PostJsonAsync($"/api/v1/contests/{draft.Id}/teams", ContestData.Team(xa.Unit, members))).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("contest.not_open");
        (await app.WithDbAsync(db => db.ContestTeams.CountAsync(t => t.ContestId == late.Id || t.ContestId == communesOnly.Id || t.ContestId == draft.Id))).ShouldBe(0);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_runs_the_seed_004_contest_with_four_clusters_and_22_teams(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var viewer = await app.ClientForAsync("xem");
        var list = await (await viewer.GetAsync("/api/v1/contests")).ReadAsync<List<ContestListItem>>();
        var item = list.ShouldHaveSingleItem();
        item.Status.ShouldBe(ContestStatus.Open);
        item.Teams.ShouldBe(21); // the returned team is not counted
        var contest = await (await viewer.GetAsync($"/api/v1/contests/{item.Id}")).ReadAsync<ContestDto>();
        contest.Clusters.Count.ShouldBe(4);
        contest.Teams.Count.ShouldBe(22);
        contest.Teams.Count(t => t.State == TeamState.Accepted).ShouldBe(20);
        contest.Teams.Where(t => t.State == TeamState.Accepted).GroupBy(t => t.ClusterId).Select(g => g.Count()).ShouldAllBe(n => n == 5);
        contest.Teams.Single(t => t.State == TeamState.Returned).ReturnReason.ShouldNotBeNull();
        contest.Teams.ShouldAllBe(t => t.Members.Count(m => m.Role == MemberRole.Captain) == 1 && t.Members.Count == 3);
        contest.CanManage.ShouldBeFalse();
        contest.CanRegister.ShouldBeFalse();
    }
}
