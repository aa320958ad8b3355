using System.Net;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The quiz answered on devices against a timer (issue 17 §3; "a quiz answer after the timer" of its bad input): the
/// rules give the part its minutes; the organiser issues each team a code and starts the timer; a team's device, with no
/// account, waits, then sees the paper without its answers and saves as it goes; the server's clock refuses what arrives
/// after the end, saying when it ended and which save counts; a sheet typed from the team's paper is not overwritten
/// from the device; the paper cannot be redrawn once seen; the score reaches the standings like a typed sheet.
/// </summary>
public sealed class ContestQuizDeviceTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Teams_answer_on_their_devices_until_the_servers_timer_ends_and_a_late_answer_is_refused_with_the_save_that_counts(Provider provider)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var device = app.CreateClient(); // a tablet in the hall: no account
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var round = contest.Rounds[0];
        var quiz = round.Parts.Single(p => p.Kind == PartKind.Quiz);
        quiz.QuizMinutes.ShouldBe(15);
        (await (await device.GetAsync($"/api/v1/public/contests/{contest.Id}/rules")).ReadAsync<RulesDto>()).Sections.SelectMany(s => s.Lines)
            .ShouldContain(l => l.Contains("làm bài trên thiết bị trong 15 phút", StringComparison.Ordinal));
        var (sen, mai) = await ContestData.TwoTeamsAsync(app, contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        foreach (var n in Enumerable.Range(1, 4))
        {
            (await snv.PostJsonAsync($"{url}/questions", new { text = $"Câu hỏi số {n}?", options = new[] { "Một", "Hai", "Ba" }, correct = "B", source = $"Luật số 06/2022/QH15, Điều {n}" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        // No code yet: the timer cannot start; the codes, one per team, are kept when issued again.
        (await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 4 })).ReadAsync<QuizDto>()).Paper.Count.ShouldBe(4);
        (await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/start", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_no_seats");
        var issued = await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/seats", null)).ReadAsync<QuizDto>();
        issued.Teams.ShouldAllBe(t => t.Code != null && t.Code.Length == ContestQuizSeat.CodeLength);
        var again = await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/seats", null)).ReadAsync<QuizDto>();
        again.Teams.Select(t => t.Code).ShouldBe(issued.Teams.Select(t => t.Code));
        var senCode = issued.Teams.Single(t => t.TeamId == sen).Code!;
        var maiCode = issued.Teams.Single(t => t.TeamId == mai).Code!;

        // The cards to hand out: each team with its code and the page's address (a QR code opens the team's own sitting).
        using var cards = await snv.GetAsync($"{url}/parts/{quiz.Id}/quiz/cards.pdf");
        cards.StatusCode.ShouldBe(HttpStatusCode.OK);
        var pdf = await cards.Content.ReadAsByteArrayAsync();
        DanVan.Tests.Infrastructure.Pdf.PdfText.SavePngs(pdf, $"quiz-cards-{provider}");
        var printed = DanVan.Tests.Infrastructure.Pdf.PdfText.Read(pdf);
        printed.Pages.ShouldBe(1);
        foreach (var (team, code) in new[] { ("Đội Sen", senCode), ("Đội Mai", maiCode) })
        {
            printed.Shows(team).ShouldBeTrue(team);
            printed.Shows(ContestQuizSeat.Shown(code)).ShouldBeTrue(code);
        }

        printed.Shows("http://localhost/hoi-thi/lam-bai").ShouldBeTrue();
        printed.Shows("15 phút").ShouldBeTrue();
        (await (await snv.PostAsync($"{url}/parts/{round.Parts.First(p => p.Kind != PartKind.Quiz).Id}/quiz/seats", null)).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.not_quiz");

        // Before the signal: the team sees its name and waits; no paper; an answer is refused. An unknown code opens nothing.
        var open = $"/api/v1/public/contests/quiz";
        var waiting = await (await device.GetAsync($"{open}/{ContestQuizSeat.Shown(senCode).ToUpperInvariant()}")).ReadAsync<QuizSittingDto>();
        (waiting.State, waiting.TeamName, waiting.Minutes, waiting.Questions.Count).ShouldBe((SittingState.Waiting, "Đội Sen", 15, 0));
        (await (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "B---" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_not_started");
        (await (await device.GetAsync($"{open}/0000000000")).ProblemAsync(HttpStatusCode.NotFound)).Code.ShouldBe("contest.quiz_code");
        (await (await device.GetAsync($"{open}/khong-phai-ma")).ProblemAsync(HttpStatusCode.NotFound)).Code.ShouldBe("contest.quiz_code");

        // The signal: fifteen minutes by the server's clock; once only; the paper is fixed from now on.
        var started = await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/start", null)).ReadAsync<QuizDto>();
        var ends = started.Part!.EndsAt!.Value;
        (ends - started.Part.StartedAt!.Value).ShouldBe(TimeSpan.FromMinutes(15));
        started.Part.TimerRunning.ShouldBeTrue();
        (await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/start", null)).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain($"hết giờ lúc {VnTime.Clock(ends)}");
        (await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 2 })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_started_paper");
        (await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/seats", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_seats_started");

        // The paper on the device: questions and options, never the right answer or its source.
        using var raw = await device.GetAsync($"{open}/{senCode}");
        var json = await raw.Content.ReadAsStringAsync();
        json.ShouldNotContain("\"correct\"");
        json.ShouldNotContain("Luật số 06/2022/QH15");
        var running = await raw.ReadAsync<QuizSittingDto>();
        (running.State, running.Questions.Count, running.SecondsLeft).ShouldBe((SittingState.Running, 4, 900));
        running.Questions[0].Options.ShouldBe(["Một", "Hai", "Ba"]);

        // Sen saves as it goes: one answer, then three (the last save counts); a letter a question lacks is refused; the same sheet again writes nothing.
        clock.Advance(TimeSpan.FromMinutes(2));
        (await (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "B---" })).ReadAsync<QuizSittingDto>()).Answered.ShouldBe(1);
        (await (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "BBD-" })).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe("Câu 3 không có phương án D.");
        clock.Advance(TimeSpan.FromMinutes(10));
        var saved = await (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "BBA-" })).ReadAsync<QuizSittingDto>();
        var savedAt = clock.GetUtcNow().UtcDateTime;
        (saved.Answered, saved.Answers).ShouldBe((3, "BBA-"));
        saved.SavedAt!.Value.ShouldBe(savedAt, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        var events = await app.WithDbAsync(db => db.ContestEvents.CountAsync(e => e.ContestId == contest.Id && e.Action == ContestAction.QuizAnswersEntered));
        (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "B B A -" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await app.WithDbAsync(db => db.ContestEvents.CountAsync(e => e.ContestId == contest.Id && e.Action == ContestAction.QuizAnswersEntered))).ShouldBe(events);

        // Mai lost its tablet and answered on paper: the secretary's sheet stands, the device cannot overwrite it.
        (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = mai, answers = "BBBB" })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await device.PutJsonAsync($"{open}/{maiCode}/answers", new { answers = "A---" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_on_paper");
        (await (await device.GetAsync($"{open}/{maiCode}")).ReadAsync<QuizSittingDto>()).OnPaper.ShouldBeTrue();

        // One second after the end: refused, saying when the time ended, when this arrived and which save counts; nothing changed.
        clock.Advance(ends - clock.GetUtcNow().UtcDateTime + TimeSpan.FromSeconds(1));
        var late = await (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "BBBB" })).ProblemAsync(HttpStatusCode.Conflict);
        late.Code.ShouldBe("contest.quiz_time_over");
        late.Detail.ShouldBe($"Đã hết giờ làm bài lúc {VnTime.Clock(ends)} (giờ máy chủ); bài gửi lúc {VnTime.Clock(ends.AddSeconds(1))} không được nhận. "
            + $"Bài của đội được tính theo lần lưu cuối lúc {VnTime.Clock(savedAt)}.");
        var over = await (await device.GetAsync($"{open}/{senCode}")).ReadAsync<QuizSittingDto>();
        (over.State, over.Answers, over.Questions.Count).ShouldBe((SittingState.TimeUp, "BBA-", 4));

        // The desk and the standings: Sen 2 of 4 from its device, Mai 4 of 4 from paper.
        var desk = await (await snv.GetAsync($"{url}/quiz?partId={quiz.Id}")).ReadAsync<QuizDto>();
        desk.Part!.TimerRunning.ShouldBeFalse();
        var senRow = desk.Teams.Single(t => t.TeamId == sen);
        (senRow.OnDevice, senRow.Right, senRow.Points, senRow.EnteredByName).ShouldBe((true, 2, 15m, "Đội Sen (trên thiết bị)"));
        desk.Teams.Single(t => t.TeamId == mai).OnDevice.ShouldBeFalse();
        var standings = await (await snv.GetAsync($"{url}/rounds/{round.Id}/standings")).ReadAsync<StandingsDto>();
        standings.Rows.Single(r => r.TeamId == sen).Parts.Single(p => p.PartId == quiz.Id).Sheets.ShouldHaveSingleItem().JudgeName.ShouldBe("Chấm tự động: 2/4 câu đúng");

        // The desk replaces a device's answers only with a reason, said in the history.
        var senVersion = desk.Teams.Single(t => t.TeamId == sen).Version;
        (await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = sen, answers = "BBBB", version = senVersion })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.replace_device_reason");
        var replaced = await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers",
            new { teamId = sen, answers = "BBBB", version = senVersion, reason = "Máy tính bảng hết pin, đội nộp phiếu giấy trước giờ" })).ReadAsync<QuizTeamDto>();
        (replaced.OnDevice, replaced.Right).ShouldBe((false, 4));
        (await (await device.PutJsonAsync($"{open}/{senCode}/answers", new { answers = "BBBB" })).ProblemAsync(HttpStatusCode.Conflict)).Detail!
            .ShouldEndWith("Bài của đội được tính theo phiếu giấy ban tổ chức đã nhập (tdkt.snv).");

        // Closed: the code shows only that the part is over.
        (await snv.PostAsync($"{url}/parts/{quiz.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        var closed = await (await device.GetAsync($"{open}/{senCode}")).ReadAsync<QuizSittingDto>();
        (closed.State, closed.Questions.Count).ShouldBe((SittingState.Closed, 0));
        var history = await app.WithDbAsync(db => db.ContestEvents.Where(e => e.ContestId == contest.Id).Select(e => new { e.Action, e.Note }).ToListAsync());
        history.ShouldContain(e => e.Action == ContestAction.QuizSeatsIssued && e.Note!.EndsWith("cho 2 đội", StringComparison.Ordinal));
        history.Single(e => e.Action == ContestAction.QuizStarted).Note!.ShouldContain("4 câu, 15 phút");
        history.ShouldContain(e => e.Action == ContestAction.QuizAnswersEntered && e.Note!.EndsWith("(trên thiết bị)", StringComparison.Ordinal));
        history.ShouldContain(e => e.Action == ContestAction.QuizAnswersEntered
            && e.Note!.EndsWith("thay bài làm trên thiết bị (BBA-, lưu lúc " + VnTime.Clock(savedAt) + "). Lý do: Máy tính bảng hết pin, đội nộp phiếu giấy trước giờ", StringComparison.Ordinal));
    }

    /// <summary>
    /// "A paper drawn per team by lot": each team of the round gets its own paper from the bank; a team's sheet, typed or
    /// from its device, is scored against its own paper; a team accepted after the draw has none, so the timer waits for a
    /// new draw; the history says how it was drawn.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Each_team_draws_its_own_paper_and_its_answers_are_scored_against_it(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var device = app.CreateClient();
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var quiz = contest.Rounds[0].Parts.Single(p => p.Kind == PartKind.Quiz);
        var (sen, mai) = await ContestData.TwoTeamsAsync(app, contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        foreach (var n in Enumerable.Range(0, 8))
        {
            (await snv.PostJsonAsync($"{url}/questions", new { text = $"Câu hỏi riêng {n}?", options = new[] { "Một", "Hai", "Ba" }, correct = "ABC"[n % 3].ToString(), source = "Luật" }))
                .StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        var drawn = await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 5, perTeam = true })).ReadAsync<QuizDto>();
        (drawn.PerTeam, drawn.Paper.Count).ShouldBe((true, 0));
        var senPaper = drawn.Teams.Single(t => t.TeamId == sen).Paper!;
        var maiPaper = drawn.Teams.Single(t => t.TeamId == mai).Paper!;
        senPaper.Count.ShouldBe(5);
        senPaper.Select(q => q.QuestionId).Distinct().Count().ShouldBe(5);
        maiPaper.Count.ShouldBe(5);
        maiPaper.Select(q => q.QuestionId).Distinct().Count().ShouldBe(5);
        (await app.WithDbAsync(db => db.ContestPaperQuestions.Where(p => p.PartId == quiz.Id).Select(p => p.TeamId).ToListAsync()))
            .GroupBy(t => t).Select(g => (g.Key, g.Count())).ShouldBe([(sen, 5), (mai, 5)], ignoreOrder: true); // a paper of its own each, none shared

        // A third team accepted after the draw has no paper: the timer waits for a new draw.
        var cuc = await app.WithDbAsync(async db =>
        {
            var c = await db.Contests.Include(x => x.Clusters).SingleAsync(x => x.Id == contest.Id);
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            var unit = await db.Units.Where(u => u.Code == "XA003").Select(u => u.Id).SingleAsync();
            var person = await db.People.Where(p => p.UnitId == unit || p.Unit!.ParentId == unit).OrderBy(p => p.Id).Select(p => new { p.Id, p.FullName, p.Position }).FirstAsync();
            var team = ContestTeam.Register(c, unit, [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], VnTime.Today(db.Time), by);
            team.Accept(c.Clusters.OrderBy(k => k.Seq).First().Id, "Đội Cúc", by).ShouldBeNull();
            db.ContestTeams.Add(team);
            await db.SaveChangesAsync();
            return team.Id;
        });
        var seats = await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/seats", null)).ReadAsync<QuizDto>();
        seats.Teams.Single(t => t.TeamId == cuc).Paper.ShouldBeEmpty();
        (await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/start", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.teams_without_paper");
        drawn = await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 5, perTeam = true })).ReadAsync<QuizDto>();
        drawn.Teams.ShouldAllBe(t => t.Paper!.Count == 5);
        (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/start", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        senPaper = drawn.Teams.Single(t => t.TeamId == sen).Paper!;
        maiPaper = drawn.Teams.Single(t => t.TeamId == mai).Paper!;

        // Sen's device shows Sen's paper; its own right answers score 5 of 5.
        var senCode = seats.Teams.Single(t => t.TeamId == sen).Code!;
        var sitting = await (await device.GetAsync($"/api/v1/public/contests/quiz/{senCode}")).ReadAsync<QuizSittingDto>();
        sitting.Questions.Select(q => q.Text).ShouldBe(senPaper.Select(q => q.Text));
        var senRight = string.Concat(senPaper.Select(q => q.Correct));
        (await device.PutJsonAsync($"/api/v1/public/contests/quiz/{senCode}/answers", new { answers = senRight })).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Mai's sheet, typed with Sen's letters, is scored against Mai's own paper.
        var maiScore = await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = mai, answers = senRight })).ReadAsync<QuizTeamDto>();
        maiScore.Right.ShouldBe(maiPaper.Where((q, i) => q.Correct[0] == senRight[i]).Count());
        var desk = await (await snv.GetAsync($"{url}/quiz?partId={quiz.Id}")).ReadAsync<QuizDto>();
        (desk.Teams.Single(t => t.TeamId == sen).Right, desk.Teams.Single(t => t.TeamId == sen).Points).ShouldBe((5, 30m));
        var notes = await app.WithDbAsync(db => db.ContestEvents.Where(e => e.ContestId == contest.Id && e.Action == ContestAction.PaperDrawn).Select(e => e.Note!).ToListAsync());
        notes.ShouldAllBe(n => n.Contains("mỗi đội một đề 5 câu từ ngân hàng 8 câu", StringComparison.Ordinal));
        notes.ShouldContain(n => n.EndsWith("(2 đội)", StringComparison.Ordinal));
        notes.ShouldContain(n => n.EndsWith("(3 đội)", StringComparison.Ordinal));
    }

    /// <summary>
    /// A part whose rules give no device time is answered on paper only: no codes, no timer, and the rule of the minutes
    /// (1 to 180, quiz parts only) is checked with the rest of the configuration.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_quiz_without_device_time_in_its_rules_has_no_codes_and_the_minutes_are_checked_with_the_rules(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var input = await ContestData.InputAsync(app);
        input.Rounds![0].Parts!.Single(p => p.Kind == PartKind.Quiz).QuizMinutes = 181;
        (await (await snv.PostJsonAsync("/api/v1/contests", input)).ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("từ 1 đến 180 phút");
        input.Rounds![0].Parts!.Single(p => p.Kind == PartKind.Quiz).QuizMinutes = null;
        var contest = await ContestData.OpenAsync(app, snv, input);
        var quiz = contest.Rounds[0].Parts.Single(p => p.Kind == PartKind.Quiz);
        quiz.QuizMinutes.ShouldBeNull();
        await ContestData.TwoTeamsAsync(app, contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        (await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/seats", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_no_time");
        (await (await snv.PostAsync($"{url}/parts/{quiz.Id}/quiz/start", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.no_paper");
        (await app.WithDbAsync(db => db.ContestQuizSeats.CountAsync(s => s.ContestId == contest.Id))).ShouldBe(0);
        (await (await snv.GetAsync($"{url}/parts/{quiz.Id}/quiz/cards.pdf")).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_no_time");
    }

    /// <summary>
    /// The pages: the organiser issues codes and starts the timer from the quiz desk; the team types its code on the
    /// device page (any case, with its dash) and lands on the page's own address, waits, then answers by the form without
    /// script; a wrong code is said in place; after the end the form's save is refused in place and the saved sheet stands.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_desk_starts_the_timer_and_the_team_answers_on_the_device_page_without_script(Provider provider)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var organiser = await app.SignedInAsync("tdkt.snv");
        using var device = app.CreateClient();
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var quiz = contest.Rounds[0].Parts.Single(p => p.Kind == PartKind.Quiz);
        var (sen, _) = await ContestData.TwoTeamsAsync(app, contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        foreach (var n in Enumerable.Range(1, 2))
        {
            (await snv.PostJsonAsync($"{url}/questions", new { text = $"Câu hỏi {n}?", options = new[] { "Đúng", "Sai" }, correct = "A", source = "Luật" })).StatusCode
                .ShouldBe(HttpStatusCode.Created);
        }

        (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 2 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var desk = $"/Contests/Quiz/{contest.Id}?partId={quiz.Id}";
        async Task<HttpResponseMessage> Post(HttpClient client, string page, string handler, Dictionary<string, string>? fields = null)
        {
            var form = new Dictionary<string, string>(fields ?? []) { ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(client, page) };
            return await client.PostAsync(page + (handler.Length > 0 ? (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + $"handler={handler}" : ""), new FormUrlEncodedContent(form));
        }

        (await Post(organiser, desk, "Seats")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var html = await organiser.GetStringAsync(desk);
        html.ShouldContain("Mã làm bài");
        var code = await app.WithDbAsync(db => db.ContestQuizSeats.Where(s => s.TeamId == sen).Select(s => s.Code).SingleAsync());
        html.ShouldContain(ContestQuizSeat.Shown(code));

        // The code's form: a wrong code said in place; the right one, typed in capitals with its dash, lands on the page's address.
        (await device.GetStringAsync("/hoi-thi/lam-bai")).ShouldContain("id=\"code-form\"");
        System.Net.WebUtility.HtmlDecode(await device.GetStringAsync("/hoi-thi/lam-bai?code=abcde-fghjk")).ShouldContain("Mã làm bài không đúng");
        using var entered = await device.GetAsync($"/hoi-thi/lam-bai?code={ContestQuizSeat.Shown(code).ToUpperInvariant()}");
        entered.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var page = entered.Headers.Location!.OriginalString;
        page.ShouldBe($"/hoi-thi/lam-bai/{code}");
        System.Net.WebUtility.HtmlDecode(await device.GetStringAsync(page)).ShouldContain("Chờ ban tổ chức bắt đầu tính giờ");

        // The desk's signal, then the form.
        (await Post(organiser, desk, "Start")).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        System.Net.WebUtility.HtmlDecode(await organiser.GetStringAsync(desk)).ShouldContain("đang làm bài");
        var running = System.Net.WebUtility.HtmlDecode(await device.GetStringAsync(page));
        running.ShouldContain("Còn lại <strong id=\"clock\">15:00</strong>");
        running.ShouldContain("Câu 2. Câu hỏi");
        clock.Advance(TimeSpan.FromMinutes(1));
        using var save = await Post(device, page, "", new() { ["Answer[1]"] = "B" }); // the first left blank: the second still counts
        save.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        System.Net.WebUtility.HtmlDecode(await device.GetStringAsync(page)).ShouldContain("Đã lưu bài: 1/2 câu đã trả lời");
        (await app.WithDbAsync(db => db.ContestQuizAnswers.SingleAsync(a => a.TeamId == sen))).Answers.ShouldBe("-B");
        using var both = await Post(device, page, "", new() { ["Answer[0]"] = "A", ["Answer[1]"] = "B" });
        (await app.WithDbAsync(db => db.ContestQuizAnswers.SingleAsync(a => a.TeamId == sen))).Answers.ShouldBe("AB");

        // A hall tablet still signed in to an account saves through the API like any page of ours: with the page's token (as contest-quiz.js sends it).
        async Task<HttpResponseMessage> SignedInSave(string? token)
        {
            using var request = new HttpRequestMessage(HttpMethod.Put, $"/api/v1/public/contests/quiz/{code}/answers")
            {
                Content = System.Net.Http.Json.JsonContent.Create(new { answers = "AB" }),
            };
            if (token is not null)
            {
                request.Headers.Add("RequestVerificationToken", token);
            }

            return await organiser.SendAsync(request);
        }

        (await (await SignedInSave(null)).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("antiforgery");
        (await SignedInSave(await CookieSession.FormTokenAsync(organiser, page))).StatusCode.ShouldBe(HttpStatusCode.OK);

        // After the end: the form's save is refused in place; the sheet saved before stands.
        var token = await CookieSession.FormTokenAsync(device, page);
        clock.Advance(TimeSpan.FromMinutes(15));
        using var late = await device.PostAsync(page, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["Answer[0]"] = "A", ["Answer[1]"] = "A",
        }));
        late.StatusCode.ShouldBe(HttpStatusCode.OK);
        var refused = System.Net.WebUtility.HtmlDecode(await late.Content.ReadAsStringAsync());
        refused.ShouldContain("không được nhận. Bài của đội được tính theo lần lưu cuối lúc");
        (await app.WithDbAsync(db => db.ContestQuizAnswers.SingleAsync(a => a.TeamId == sen))).Answers.ShouldBe("AB");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_organiser_pauses_the_timer_with_a_reason_resumes_it_with_the_time_kept_and_gives_extra_time_even_after_the_end(Provider provider)
    {
        var clock = new ManualClock(DateTimeOffset.UtcNow);
        await using var app = await TestApp.StartAsync(provider, pg, services: s => s.AddSingleton<TimeProvider>(clock));
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var device = app.CreateClient();
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var quiz = contest.Rounds[0].Parts.Single(p => p.Kind == PartKind.Quiz);
        var (sen, _) = await ContestData.TwoTeamsAsync(app, contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        var timer = $"{url}/parts/{quiz.Id}/quiz";
        foreach (var n in Enumerable.Range(1, 2))
        {
            (await snv.PostJsonAsync($"{url}/questions", new { text = $"Câu hỏi {n}?", options = new[] { "Đúng", "Sai" }, correct = "A", source = "Luật" })).StatusCode
                .ShouldBe(HttpStatusCode.Created);
        }

        (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 2 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var code = (await (await snv.PostAsync($"{timer}/seats", null)).ReadAsync<QuizDto>()).Teams.Single(t => t.TeamId == sen).Code!;
        var open = $"/api/v1/public/contests/quiz/{code}";

        // Nothing to pause, resume or extend before the signal.
        (await (await snv.PostJsonAsync($"{timer}/pause", new { reason = "Mất điện" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_not_started");
        (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = 5, reason = "Bù giờ" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_not_started");
        var started = (await (await snv.PostAsync($"{timer}/start", null)).ReadAsync<QuizDto>()).Part!;
        var ends = started.EndsAt!.Value;

        // Five minutes in, the hall's power goes: a pause needs its reason; the devices then show it with the time left standing still.
        clock.Advance(TimeSpan.FromMinutes(5));
        (await (await device.PutJsonAsync($"{open}/answers", new { answers = "A-" })).ReadAsync<QuizSittingDto>()).Answered.ShouldBe(1);
        (await (await snv.PostJsonAsync($"{timer}/pause", new { reason = "  " })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.quiz_timer_reason");
        (await (await snv.PostJsonAsync($"{timer}/pause", new { reason = new string('x', ContestPart.QuizReasonMax + 1) })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.quiz_timer_reason");
        var paused = (await (await snv.PostJsonAsync($"{timer}/pause", new { reason = "Mất điện hội trường" })).ReadAsync<QuizDto>()).Part!;
        paused.PausedAt!.Value.ShouldBe(clock.GetUtcNow().UtcDateTime, TimeSpan.FromMilliseconds(1)); // PostgreSQL keeps microseconds
        (paused.PauseReason, paused.SecondsLeft, paused.TimerRunning).ShouldBe(("Mất điện hội trường", 600, true));
        (await (await snv.PostJsonAsync($"{timer}/pause", new { reason = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_paused");
        clock.Advance(TimeSpan.FromMinutes(12)); // past the first end: a paused timer does not run out
        var sitting = await (await device.GetAsync(open)).ReadAsync<QuizSittingDto>();
        (sitting.State, sitting.SecondsLeft, sitting.PauseReason, sitting.Questions.Count, sitting.Answers).ShouldBe((SittingState.Paused, 600, "Mất điện hội trường", 2, "A-"));
        var refused = await (await device.PutJsonAsync($"{open}/answers", new { answers = "AA" })).ProblemAsync(HttpStatusCode.Conflict);
        refused.Code.ShouldBe("contest.quiz_paused");
        refused.Detail!.ShouldContain("Mất điện hội trường");
        (await app.WithDbAsync(db => db.ContestQuizAnswers.SingleAsync(a => a.TeamId == sen))).Answers.ShouldBe("A-");
        var page = System.Net.WebUtility.HtmlDecode(await device.GetStringAsync($"/hoi-thi/lam-bai/{code}"));
        page.ShouldContain("Ban tổ chức tạm dừng tính giờ lúc");
        page.ShouldContain("Còn lại <strong id=\"clock\">10:00</strong>");

        // Resumed (on the desk's form): the end moves later by the twelve minutes, the team has its ten minutes again.
        var desk = $"/Contests/Quiz/{contest.Id}?partId={quiz.Id}";
        using var organiser = await app.SignedInAsync("tdkt.snv"); // signed in now: the test's clock has moved past a session's idle time
        System.Net.WebUtility.HtmlDecode(await organiser.GetStringAsync(desk)).ShouldContain("tạm dừng từ");
        var form = new Dictionary<string, string> { ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(organiser, desk) };
        (await organiser.PostAsync(desk + "&handler=Resume", new FormUrlEncodedContent(form))).StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await (await snv.PostAsync($"{timer}/resume", null)).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_not_paused");
        var resumed = (await (await snv.GetAsync($"{url}/quiz?partId={quiz.Id}")).ReadAsync<QuizDto>()).Part!;
        (resumed.EndsAt, resumed.PausedAt, resumed.SecondsLeft).ShouldBe((ends.AddMinutes(12), null, 600));
        (await (await device.PutJsonAsync($"{open}/answers", new { answers = "AA" })).ReadAsync<QuizSittingDto>()).Answered.ShouldBe(2);

        // The jury adds two minutes for the lost concentration (reason and minutes checked); then the time runs out.
        (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = 0, reason = "Bù giờ" })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.quiz_extra_minutes");
        (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = ExtendQuiz.MaxMinutes + 1, reason = "Bù giờ" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.quiz_extra_minutes");
        (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = 2 })).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.quiz_timer_reason");
        var extended = (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = 2, reason = "Ban Giám khảo quyết định bù 2 phút sau sự cố mất điện" }))
            .ReadAsync<QuizDto>()).Part!;
        extended.EndsAt.ShouldBe(ends.AddMinutes(14));
        clock.Advance(TimeSpan.FromMinutes(13));
        (await (await snv.PostJsonAsync($"{timer}/pause", new { reason = "Mất điện" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_time_up");
        using (var late = await app.SignedInAsync("tdkt.snv")) // the desk's pause form of a page opened before the end: the refusal shown at the section's top
        {
            var pauseForm = new Dictionary<string, string> { ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(late, desk), ["Timer.Reason"] = "Mất điện" };
            var shown = System.Net.WebUtility.HtmlDecode(await (await late.PostAsync(desk + "&handler=Pause", new FormUrlEncodedContent(pauseForm))).Content.ReadAsStringAsync());
            shown.ShouldContain("không tạm dừng được; nếu cần, cộng thêm thời gian cho các đội.");
        }

        (await (await device.PutJsonAsync($"{open}/answers", new { answers = "AB" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.quiz_time_over");

        // After the end, extra time counts from now: the device takes answers again until the new end.
        var now = clock.GetUtcNow().UtcDateTime;
        (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = 3, reason = "Thiết bị của hai đội mất mạng trong 3 phút cuối" })).ReadAsync<QuizDto>())
            .Part!.EndsAt!.Value.ShouldBe(now.AddMinutes(3), TimeSpan.FromMilliseconds(1));
        (await (await device.GetAsync(open)).ReadAsync<QuizSittingDto>()).State.ShouldBe(SittingState.Running);
        (await (await device.PutJsonAsync($"{open}/answers", new { answers = "AB" })).ReadAsync<QuizSittingDto>()).Answers.ShouldBe("AB");

        // Every move in the history with its reason; a closed part's timer does not move.
        var notes = (await (await snv.GetAsync(url)).ReadAsync<ContestDto>()).History
            .Where(h => h.Action is ContestAction.QuizPaused or ContestAction.QuizResumed or ContestAction.QuizExtended).Select(h => (h.Action, h.Note!)).ToList();
        notes.Select(n => n.Action).ShouldBe([ContestAction.QuizExtended, ContestAction.QuizExtended, ContestAction.QuizResumed, ContestAction.QuizPaused], ignoreOrder: true);
        notes.Single(n => n.Action == ContestAction.QuizPaused).Item2.ShouldEndWith("còn 10 phút 00 giây. Lý do: Mất điện hội trường");
        notes.Single(n => n.Action == ContestAction.QuizResumed).Item2.ShouldContain("sau 12 phút 00 giây tạm dừng");
        (await snv.PostAsync($"{url}/parts/{quiz.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await snv.PostJsonAsync($"{timer}/extend", new { minutes = 1, reason = "Bù giờ" })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.part_closed");
    }
}
