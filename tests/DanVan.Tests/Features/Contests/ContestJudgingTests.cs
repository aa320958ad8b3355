using System.Net;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// Judging through the API (issue 17 §3): the organiser seats judges (a guest, a commune's officer — recused from their
/// own commune automatically — and the chair), declares a conflict with its reason; judges score their own sheets by
/// criterion; a paper sheet is entered, re-entered by a second person (mismatch shown, same person refused, one winner
/// when two confirm at once); closing a part locks the sheets and only the chair corrects one, with a reason in the history.
/// </summary>
public sealed class ContestJudgingTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private sealed record Setup(ContestDto Contest, Guid Round, PartDto Part, Guid TeamXa1, Guid TeamXa2);

    private static async Task<Setup> SetUpAsync(TestApp app, HttpClient snv)
    {
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var (xa1, xa2) = (await ContestData.CommuneAsync(app, "XA001"), await ContestData.CommuneAsync(app, "XA002"));
        var teams = await app.WithDbAsync(async db =>
        {
            var c = await db.Contests.Include(x => x.Clusters).SingleAsync(x => x.Id == contest.Id);
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            var made = new[] { (xa1, "Đội Sen"), (xa2, "Đội Mai") }.Select(x =>
            {
                var people = db.People.Where(p => p.Id == x.Item1.Vice).Select(p => new { p.Id, p.FullName, p.Position }).Single();
                var team = ContestTeam.Register(c, x.Item1.Unit, [new MemberChoice(people.Id, people.FullName, people.Position, MemberRole.Captain)], VnTime.Today(db.Time), by);
                team.Accept(c.Clusters.OrderBy(k => k.Seq).First().Id, x.Item2, by).ShouldBeNull();
                db.ContestTeams.Add(team);
                return team.Id;
            }).ToList();
            await db.SaveChangesAsync();
            return made;
        });
        return new Setup(contest, contest.Rounds[0].Id, contest.Rounds[0].Parts[1], teams[0], teams[1]);
    }

    private static Task<Guid> UserAsync(TestApp app, string name) => app.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

    private static object Sheet(PartDto part, Guid team, params decimal[] points) => new
    {
        partId = part.Id, teamId = team, points = part.Criteria.Select((c, i) => new { criterionId = CriterionId(part, i), points = points[i] }).ToArray(),
    };

    // PartDto's criteria carry no id: the test reads them from the database once per part.
    private static readonly Dictionary<Guid, List<Guid>> Criteria = [];

    private static Guid CriterionId(PartDto part, int index) => Criteria[part.Id][index];

    private static async Task LoadCriteriaAsync(TestApp app, PartDto part) =>
        Criteria[part.Id] = await app.WithDbAsync(db => db.ContestCriteria.Where(c => c.PartId == part.Id).OrderBy(c => c.Seq).Select(c => c.Id).ToListAsync());

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Judges_score_their_own_sheets_recused_judges_are_refused_and_only_the_chair_corrects_a_closed_part(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var guest = await app.ClientForAsync("xem");
        using var local = await app.ClientForAsync("thidua.xa001");
        using var chair = await app.ClientForAsync("thidua.stp");
        using var bystander = await app.ClientForAsync("chutich.xa001");
        var s = await SetUpAsync(app, snv);
        await LoadCriteriaAsync(app, s.Part);
        var url = $"/api/v1/contests/{s.Contest.Id}";
        var xa1 = await ContestData.CommuneAsync(app, "XA001");
        var stpPerson = await app.PersonInUnitAsync("STP");

        // Seating judges: bad inputs first, nothing saved.
        (await (await snv.PostJsonAsync(url + "/judges", new { roundId = s.Round, userId = Guid.NewGuid(), name = "A", organisation = "B" }))
            .ProblemAsync(HttpStatusCode.NotFound)).Detail!.ShouldContain("tài khoản của giám khảo");
        (await (await snv.PostJsonAsync(url + "/judges", new { roundId = s.Round, userId = await UserAsync(app, "xem"), name = "PGS. TS. Trần Khách" }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.judge_name");
        (await (await local.PostJsonAsync(url + "/judges", new { roundId = s.Round, userId = await UserAsync(app, "xem"), name = "A", organisation = "B" }))
            .ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await app.WithDbAsync(db => db.ContestJudges.CountAsync(j => j.ContestId == s.Contest.Id))).ShouldBe(0);

        var guestJudge = await (await snv.PostJsonAsync(url + "/judges",
            new { roundId = s.Round, userId = await UserAsync(app, "xem"), name = "PGS. TS. Trần Khách", organisation = "Học viện Chính trị khu vực III" })).ReadAsync<JudgeDto>(HttpStatusCode.Created);
        guestJudge.IsGuest.ShouldBeTrue();
        guestJudge.Recusals.ShouldBeEmpty();
        var localJudge = await (await snv.PostJsonAsync(url + "/judges", new { roundId = s.Round, userId = await UserAsync(app, "thidua.xa001"), personId = xa1.Officer }))
            .ReadAsync<JudgeDto>(HttpStatusCode.Created);
        var recusal = localJudge.Recusals.ShouldHaveSingleItem();
        recusal.TeamId.ShouldBe(s.TeamXa1);
        recusal.Reason.ShouldContain("UBND xã");
        var chairJudge = await (await snv.PostJsonAsync(url + "/judges", new { roundId = s.Round, userId = await UserAsync(app, "thidua.stp"), personId = stpPerson, isChair = true }))
            .ReadAsync<JudgeDto>(HttpStatusCode.Created);
        (await (await snv.PostJsonAsync(url + "/judges", new { roundId = s.Round, userId = await UserAsync(app, "thidua.stp"), personId = stpPerson }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.judge_twice");

        // A declared conflict needs its reason; then it is shown with the recusal.
        (await (await snv.PostJsonAsync($"{url}/judges/{chairJudge.Id}/conflicts", new { teamId = s.TeamXa2, reason = " " })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.reason");
        var declared = await (await snv.PostJsonAsync($"{url}/judges/{chairJudge.Id}/conflicts", new { teamId = s.TeamXa2, reason = "Anh ruột của đội trưởng" })).ReadAsync<JudgeDto>();
        declared.Recusals.ShouldHaveSingleItem().Reason.ShouldContain("Anh ruột của đội trưởng");

        // The judge's desk: their parts and teams under code names, recusals with reasons.
        var desk = await (await local.GetAsync(url + "/sheets/mine")).ReadAsync<MyJudgingDto>();
        var deskPart = desk.Parts.Single(p => p.PartId == s.Part.Id);
        deskPart.Teams.Select(t => t.Name).ShouldBe(["Đội Mai", "Đội Sen"]);
        deskPart.Teams.Single(t => t.TeamId == s.TeamXa1).Recused.ShouldNotBeNull();
        (await (await bystander.GetAsync(url + "/sheets/mine")).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("contest.not_judge");

        // Bad sheets: above a criterion's maximum, missing a criterion, a recused judge (automatic and declared), not a judge.
        var above = await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa1, 26, 8, 4))).ProblemAsync(HttpStatusCode.BadRequest);
        above.Code.ShouldBe("contest.points_range");
        above.Detail.ShouldBe("Điểm tiêu chí “Nội dung, đúng pháp luật” phải từ 0 đến 25 (tối đa hai chữ số thập phân).");
        (await (await guest.PutJsonAsync(url + "/sheets/mine", new { partId = s.Part.Id, teamId = s.TeamXa1, points = new[] { new { criterionId = CriterionId(s.Part, 0), points = 20 } } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.points");
        var own = await (await local.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa1, 20, 8, 4))).ProblemAsync(HttpStatusCode.Conflict);
        own.Code.ShouldBe("contest.recused");
        own.Detail!.ShouldStartWith("Giám khảo không chấm đội này: ");
        (await (await chair.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa2, 20, 8, 4))).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("Anh ruột");
        (await (await bystander.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa2, 20, 8, 4))).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("contest.not_judge");
        (await app.WithDbAsync(db => db.ContestSheets.CountAsync(x => x.ContestId == s.Contest.Id))).ShouldBe(0);

        // Valid sheets, changed while the part is open.
        var sheet = await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa1, 20, 8, 4))).ReadAsync<SheetDto>();
        (sheet.State, sheet.Total, sheet.TeamName).ShouldBe((SheetState.Confirmed, 32m, "Đội Sen"));
        sheet = await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa1, 21.5m, 8, 4))).ReadAsync<SheetDto>();
        sheet.Total.ShouldBe(33.5m);
        await (await local.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa2, 18, 7, 5))).ReadAsync<SheetDto>();
        await (await chair.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa1, 22, 9, 4))).ReadAsync<SheetDto>();
        (await (await local.GetAsync($"{url}/sheets/{sheet.Id}")).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("contest.standings_hidden");
        (await (await guest.GetAsync($"{url}/sheets/{sheet.Id}")).ReadAsync<SheetDto>()).Total.ShouldBe(33.5m);

        // Standings: the organiser always; others once the round is closed.
        var standings = await (await snv.GetAsync($"{url}/rounds/{s.Round}/standings")).ReadAsync<StandingsDto>();
        var rowSen = standings.Rows.Single(r => r.TeamId == s.TeamXa1);
        rowSen.Parts[1].Raw.ShouldBe(34.25m); // (33.5 + 35) / 2
        rowSen.Parts[1].Sheets.Select(x => x.JudgeName).ShouldBe(["PGS. TS. Trần Khách", chairJudge.Name], ignoreOrder: true);
        (await (await guest.GetAsync($"{url}/rounds/{s.Round}/standings")).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("contest.standings_hidden");

        // Closing the part locks the sheets; the chair corrects one with a reason, kept in the history.
        (await (await guest.PostAsync($"{url}/parts/{s.Part.Id}/close", null)).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        (await (await snv.PostAsync($"{url}/parts/{s.Part.Id}/close", null)).ReadAsync<StandingsPartDto>()).Closed.ShouldBeTrue();
        (await (await snv.PostAsync($"{url}/parts/{s.Part.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.part_closed");
        (await (await guest.PutJsonAsync(url + "/sheets/mine", Sheet(s.Part, s.TeamXa1, 25, 10, 5))).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.part_closed");
        var correction = new { points = new[] { 21.5m, 8m, 5m }.Select((x, i) => new { criterionId = CriterionId(s.Part, i), points = x }).ToArray(), reason = "" };
        (await (await guest.PostJsonAsync($"{url}/sheets/{sheet.Id}/correct", correction with { reason = "Cộng sót" })).ProblemAsync(HttpStatusCode.Forbidden))
            .Code.ShouldBe("contest.not_chair");
        (await (await chair.PostJsonAsync($"{url}/sheets/{sheet.Id}/correct", correction)).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.reason");
        var corrected = await (await chair.PostJsonAsync($"{url}/sheets/{sheet.Id}/correct", correction with { reason = "Giám khảo ghi nhầm điểm đúng thời gian" }))
            .ReadAsync<SheetDto>();
        corrected.Total.ShouldBe(34.5m);
        corrected.TeamName.ShouldBe("Đội Sen"); // the chair (not an organiser) is a judge: the team under its code name
        var history = await app.WithDbAsync(db => db.ContestEvents.Where(e => e.ContestId == s.Contest.Id && e.Action == ContestAction.SheetCorrected).SingleAsync());
        history.Note.ShouldBe("Phiếu chấm của PGS. TS. Trần Khách, Đội Sen, Xử lý tình huống: 33,5 → 34,5 điểm. Lý do: Giám khảo ghi nhầm điểm đúng thời gian");
        history.PartId.ShouldBe(s.Part.Id);
        history.ByName.ShouldBe("thidua.stp");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_paper_sheet_is_confirmed_by_a_second_person_a_mismatch_is_shown_and_two_confirmations_have_one_winner(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var second = await app.ClientForAsync("qtv.tinh");
        using var third = await app.ClientForAsync("qtv.tinh");
        using var guest = await app.ClientForAsync("xem");
        var s = await SetUpAsync(app, snv);
        await LoadCriteriaAsync(app, s.Part);
        var url = $"/api/v1/contests/{s.Contest.Id}";
        var judge = await (await snv.PostJsonAsync(url + "/judges",
            new { roundId = s.Round, userId = await UserAsync(app, "xem"), name = "Nguyễn Thị Giấy", organisation = "Báo Sông Trà" })).ReadAsync<JudgeDto>(HttpStatusCode.Created);
        object Paper(Guid team, params decimal[] p) => new
        {
            partId = s.Part.Id, teamId = team, judgeId = judge.Id,
            points = p.Select((x, i) => new { criterionId = CriterionId(s.Part, i), points = x }).ToArray(),
        };
        object Points(params decimal[] p) => new { points = p.Select((x, i) => new { criterionId = CriterionId(s.Part, i), points = x }).ToArray() };

        (await (await guest.PostJsonAsync(url + "/sheets/paper", Paper(s.TeamXa1, 20, 8, 4))).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("forbidden");
        var entered = await (await snv.PostJsonAsync(url + "/sheets/paper", Paper(s.TeamXa1, 20, 8, 4))).ReadAsync<SheetDto>();
        (entered.Source, entered.State).ShouldBe((SheetSource.Paper, SheetState.Entered));
        (await (await snv.PostJsonAsync($"{url}/sheets/{entered.Id}/confirm", Points(20, 8, 4))).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.same_person");
        (await (await guest.PutJsonAsync(url + "/sheets/mine", Paper(s.TeamXa1, 20, 8, 4))).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.paper_sheet");

        var mismatch = await (await second.PostJsonAsync($"{url}/sheets/{entered.Id}/confirm", Points(20, 9, 4))).ReadAsync<SheetDto>();
        mismatch.State.ShouldBe(SheetState.Mismatch);
        mismatch.Lines.Where(l => l.Mismatch).Select(l => (l.Criterion, l.Points, l.SecondEntry)).ShouldBe([("Sát thực tiễn địa phương", 8m, 9m)]);
        mismatch.Total.ShouldBe(32m);
        var board = await (await snv.GetAsync($"{url}/rounds/{s.Round}/standings")).ReadAsync<StandingsDto>();
        board.Rows.Single(r => r.TeamId == s.TeamXa1).Parts[1].Scored.ShouldBeFalse(); // nothing counts until confirmed
        (await (await snv.PostAsync($"{url}/parts/{s.Part.Id}/close", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.unconfirmed");

        var fixedEntry = await (await snv.PostJsonAsync(url + "/sheets/paper", Paper(s.TeamXa1, 20, 9, 4))).ReadAsync<SheetDto>();
        (fixedEntry.State, fixedEntry.Total).ShouldBe((SheetState.Confirmed, 33m));
        (await (await second.PostJsonAsync($"{url}/sheets/{entered.Id}/confirm", Points(20, 9, 4))).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.sheet_confirmed");

        // Two people confirming the same sheet at once: exactly one wins.
        var other = await (await snv.PostJsonAsync(url + "/sheets/paper", Paper(s.TeamXa2, 15, 6, 3))).ReadAsync<SheetDto>();
        var answers = await Task.WhenAll(second.PostJsonAsync($"{url}/sheets/{other.Id}/confirm", Points(15, 6, 3)),
            third.PostJsonAsync($"{url}/sheets/{other.Id}/confirm", Points(15, 6, 3)));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        (await app.WithDbAsync(db => db.ContestSheetLines.CountAsync(l => l.SheetId == other.Id))).ShouldBe(6);

        // No-show and late penalty recorded by the organiser, visible in the standings.
        (await (await snv.PutJsonAsync($"{url}/parts/{s.Part.Id}/attendance", new { teamId = s.TeamXa2, daysLate = -1 })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.days_late");
        (await (await snv.PutJsonAsync($"{url}/parts/{s.Part.Id}/attendance", new { teamId = s.TeamXa2, overtimeSeconds = 30 })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.no_time_limit"); // the preliminary's parts set no time
        await (await snv.PutJsonAsync($"{url}/parts/{s.Contest.Rounds[0].Parts[2].Id}/attendance", new { teamId = s.TeamXa2, noShow = true })).ReadAsync<AttendanceDto>();
        board = await (await snv.GetAsync($"{url}/rounds/{s.Round}/standings")).ReadAsync<StandingsDto>();
        var mai = board.Rows.Single(r => r.TeamId == s.TeamXa2);
        mai.Parts[2].NoShow.ShouldBeTrue();
        mai.Parts[1].Final.ShouldBe(24m);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_has_a_finished_preliminary_with_a_tie_a_no_show_and_a_recused_judge_and_a_final_under_a_frozen_board(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var viewer = await app.ClientForAsync("hoidong1");
        var (contest, round, final) = await app.WithDbAsync(async db =>
        {
            var id = await db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync();
            var rounds = await db.ContestRounds.Where(r => r.ContestId == id).OrderBy(r => r.Seq).Select(r => r.Id).ToListAsync();
            return (id, rounds[0], rounds[^1]);
        });
        var url = $"/api/v1/contests/{contest}";

        var judges = (await (await snv.GetAsync(url + "/judges")).ReadAsync<List<JudgeDto>>()).Where(j => j.RoundId == round).ToList();
        judges.Count.ShouldBe(5);
        judges.Count(j => j.IsGuest).ShouldBe(2);
        judges.Single(j => j.IsChair).IsGuest.ShouldBeFalse();
        judges.Single(j => j.Recusals.Count > 0).Recusals.ShouldHaveSingleItem().TeamName.ShouldStartWith("Đội A1 (");

        var board = await (await snv.GetAsync($"{url}/rounds/{round}/standings")).ReadAsync<StandingsDto>();
        board.RoundClosed.ShouldBeTrue(); // its three parts closed, its results final
        board.Rows.Count.ShouldBe(20);
        StandingRow Row(string code) => board.Rows.Single(r => r.Name.StartsWith(code + " (", StringComparison.Ordinal));
        (Row("Đội B1").Total, Row("Đội B1").Rank).ShouldBe((Row("Đội B2").Total, Row("Đội B2").Rank));
        Row("Đội C2").Parts[2].NoShow.ShouldBeTrue();
        Row("Đội C2").Parts[2].Final.ShouldBe(0m);
        Row("Đội A1").Parts[1].Sheets.Count.ShouldBe(4);
        Row("Đội A1").Parts[1].Trimmed.ShouldBeFalse();
        Row("Đội B1").Parts[1].Trimmed.ShouldBeTrue();
        Row("Đội B1").Parts[1].Sheets.Count(x => x.Dropped).ShouldBe(2);
        board.Parts.Count(p => p.Closed).ShouldBe(3);
        var sentOn = board.Rows.Where(r => r.Advances).ToList();
        sentOn.Count.ShouldBe(8);
        sentOn.GroupBy(r => r.ClusterId).ShouldAllBe(g => g.Count() == 2 && g.All(r => r.ClusterRank <= 2)); // the top two of each cluster
        (await (await viewer.GetAsync($"{url}/rounds/{round}/standings")).ReadAsync<StandingsDto>()).Rows.Count.ShouldBe(20); // final: everyone may see it

        var page = WebUtility.HtmlDecode(await snv.GetStringAsync($"/Contests/Standings/{contest}?roundId={round}"));
        page.ShouldContain("Vắng mặt: 0");
        page.ShouldContain("(bỏ)");

        // The final under way: the eight teams sent on, the essay and "Tôi là tuyên truyền viên" closed with their penalties,
        // the last part open, the chair's sheets of five teams still to come.
        var live = await (await snv.GetAsync($"{url}/rounds/{final}/standings")).ReadAsync<StandingsDto>();
        live.Rows.Select(r => r.TeamId).ShouldBe(sentOn.Select(r => r.TeamId), ignoreOrder: true);
        live.Parts.Select(p => p.Closed).ShouldBe([true, true, false]);
        live.Rows.ShouldAllBe(r => r.Parts[2].Scored);
        live.Rows.Select(r => r.Parts[2].Sheets.Count).Order().ShouldBe([4, 4, 4, 4, 4, 5, 5, 5]); // the chair's last five sheets to come
        live.Rows.SelectMany(r => r.Parts).Where(p => p.PenaltyReason.Length > 0).Select(p => (p.Seq, p.PenaltyReason, p.Penalty))
            .ShouldBe([(1, "nộp muộn 2 ngày", 1m), (2, "quá giờ 2 phút", 1m)], ignoreOrder: true);
        (await (await viewer.GetAsync($"{url}/rounds/{final}/standings")).ProblemAsync(HttpStatusCode.Forbidden)).Code.ShouldBe("contest.standings_hidden");

        // The public board of the final is frozen before its last part: the organiser's truth has the last part's sheets, the public's none.
        var organiser = await (await snv.GetAsync($"{url}/rounds/{final}/board")).ReadAsync<OrganiserBoardDto>();
        organiser.Live.State.ShouldBe(BoardState.Frozen);
        organiser.Live.Rows.ShouldAllBe(r => r.Parts[2].SheetsIn > 0);
        using var anonymous = app.CreateClient();
        var shown = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest}/board")).ReadAsync<BoardDto>();
        (shown.RoundId, shown.State, shown.Rows.Count).ShouldBe((final, BoardState.Frozen, 8));
        shown.Rows.ShouldAllBe(r => r.Parts[0].Shown && r.Parts[1].Shown && !r.Parts[2].Shown && r.Parts[2].SheetsIn == 0);
        shown.Rows.Select(r => r.Name).ShouldAllBe(n => n.StartsWith("Đội ", StringComparison.Ordinal) && !n.Contains('(')); // code names until the reveal
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_judge_scores_on_the_scoring_page_and_a_bad_point_is_shown_on_the_form(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var s = await SetUpAsync(app, snv);
        await LoadCriteriaAsync(app, s.Part);
        var xa1 = await ContestData.CommuneAsync(app, "XA001");
        await (await snv.PostJsonAsync($"/api/v1/contests/{s.Contest.Id}/judges", new { roundId = s.Round, userId = await UserAsync(app, "thidua.xa001"), personId = xa1.Officer }))
            .ReadAsync<JudgeDto>(HttpStatusCode.Created);
        using var judgePage = await app.SignedInAsync("thidua.xa001");
        var url = $"/Contests/Judge/{s.Contest.Id}";
        var html = WebUtility.HtmlDecode(await (await judgePage.GetAsync(url)).Content.ReadAsStringAsync());
        html.ShouldContain("Đội Mai");
        html.ShouldContain("Không chấm đội này: ");

        Dictionary<string, string> Form(params decimal[] points)
        {
            var form = new Dictionary<string, string> { ["Input.PartId"] = s.Part.Id.ToString(), ["Input.TeamId"] = s.TeamXa2.ToString() };
            for (var i = 0; i < points.Length; i++)
            {
                form[$"Input.Points[{i}].CriterionId"] = CriterionId(s.Part, i).ToString();
                form[$"Input.Points[{i}].Points"] = points[i].ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return form;
        }

        var bad = Form(20, 11, 4);
        bad["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(judgePage, url);
        using (var refused = await judgePage.PostAsync(url, new FormUrlEncodedContent(bad)))
        {
            refused.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync()).ShouldContain("Điểm tiêu chí “Sát thực tiễn địa phương” phải từ 0 đến 10");
        }

        var good = Form(20.5m, 9, 4);
        good["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(judgePage, url);
        using (var saved = await judgePage.PostAsync(url, new FormUrlEncodedContent(good)))
        {
            saved.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        (await app.WithDbAsync(db => db.ContestSheetLines.Where(l => db.ContestSheets.Any(x => x.Id == l.SheetId && x.TeamId == s.TeamXa2)).Select(l => l.Points).ToListAsync()))
            .Sum().ShouldBe(33.5m);
    }
}
