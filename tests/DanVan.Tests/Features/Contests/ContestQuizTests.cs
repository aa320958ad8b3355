using System.Net;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Features.Work;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The quiz part (issue 17 §3): a bank of multiple-choice questions, each with its answer's legal source; a paper drawn
/// by lot for every team; each team's answer sheet entered from paper and scored automatically; the score on the
/// standings with its source; and every refusal (bad question, bad count, answers that do not fit the paper, a team not
/// in the round, a redraw after answers, a stale re-entry, a closed part) saving nothing. The demo's preliminary quiz.
/// </summary>
public sealed class ContestQuizTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static object Question(string text, string correct, string? source, params string?[] options) => new { text, options, correct, source };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_organiser_builds_a_bank_draws_a_paper_and_each_teams_answers_are_scored_on_the_standings(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var round = contest.Rounds[0];
        var quiz = round.Parts.Single(p => p.Kind == PartKind.Quiz);
        var (sen, mai) = await ContestData.TwoTeamsAsync(app, contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        int Saved() => app.WithDbAsync(db => db.ContestQuestions.CountAsync(q => q.ContestId == contest.Id)).GetAwaiter().GetResult();

        // Refused questions, each with its reason: no source, a gap in the options, a right answer that is not an option.
        (await (await snv.PostJsonAsync($"{url}/questions", Question("Câu hỏi?", "A", null, "Có", "Không"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.question_source");
        (await (await snv.PostJsonAsync($"{url}/questions", Question("Câu hỏi?", "A", "Luật", "Có", null, "Không"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.question_options");
        (await (await snv.PostJsonAsync($"{url}/questions", Question("Câu hỏi?", "C", "Luật", "Có", "Không"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("contest.question_correct");
        Saved().ShouldBe(0);

        // The paper cannot be drawn from an empty bank; then four questions, one with only two options.
        (await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 1 })).ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("chưa có câu nào");
        var two = await (await snv.PostJsonAsync($"{url}/questions", Question("Luật Thi đua, khen thưởng 2022 có hiệu lực từ năm 2024?", "a", "Luật số 06/2022/QH15",
            "Đúng", "Sai"))).ReadAsync<QuestionDto>(HttpStatusCode.Created);
        (two.Seq, two.Correct, two.Options.Count).ShouldBe((1, "A", 2));
        foreach (var n in new[] { 2, 3, 4 })
        {
            await (await snv.PostJsonAsync($"{url}/questions", Question($"Câu hỏi số {n}?", "C", $"Nghị định 152/2025/NĐ-CP, Điều {n}", "Một", "Hai", "Ba", "Bốn")))
                .ReadAsync<QuestionDto>(HttpStatusCode.Created);
        }

        (await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 5 })).ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("ngân hàng có 4 câu");
        (await (await snv.PostJsonAsync($"{url}/parts/{round.Parts.First(p => p.Kind != PartKind.Quiz).Id}/paper", new { count = 2 }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.not_quiz");

        // All four on the paper (a random order: the test reads it back), the same for both teams.
        var drawn = await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 4 })).ReadAsync<QuizDto>();
        drawn.Paper.Select(p => p.QuestionId).Order().ShouldBe(drawn.Bank.Select(b => b.Id).Order());
        drawn.Teams.Select(t => t.Name[..7]).ShouldBe(["Đội Sen", "Đội Mai"], ignoreOrder: true);
        var right = new string(drawn.Paper.Select(p => p.Correct[0]).ToArray());
        var twoAt = drawn.Paper.Single(p => p.QuestionId == two.Id).Seq - 1;

        // Answers that do not fit the paper: too short, a letter the two-option question does not have, a stranger's team.
        async Task<Api.Problem> Refused(object body, HttpStatusCode status = HttpStatusCode.BadRequest) =>
            await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", body)).ProblemAsync(status);
        (await Refused(new { teamId = sen, answers = "AB" })).Detail!.ShouldContain("Nhập đủ 4 ký tự");
        var wrongLetter = right.ToCharArray();
        wrongLetter[twoAt] = 'D';
        (await Refused(new { teamId = sen, answers = new string(wrongLetter) })).Detail.ShouldBe($"Câu {twoAt + 1} không có phương án D.");
        (await Refused(new { teamId = Guid.NewGuid(), answers = right })).Code.ShouldBe("contest.team_not_in_round");
        (await app.WithDbAsync(db => db.ContestQuizAnswers.CountAsync(a => a.PartId == quiz.Id))).ShouldBe(0);

        // Sen: all right, typed in lower case with spaces; Mai: one left blank and one wrong → 2 of 4.
        var senScore = await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = sen, answers = string.Join(' ', right.ToLowerInvariant().ToCharArray()) }))
            .ReadAsync<QuizTeamDto>();
        (senScore.Answers, senScore.Right, senScore.Points).ShouldBe((right, 4, 30m));
        var maiAnswers = right.ToCharArray();
        maiAnswers[0] = '_';
        maiAnswers[1] = maiAnswers[1] == 'A' ? 'B' : 'A';
        var maiScore = await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = mai, answers = new string(maiAnswers) })).ReadAsync<QuizTeamDto>();
        (maiScore.Answers![0], maiScore.Right, maiScore.Points).ShouldBe(('-', 2, 15m));

        // The standings trace the score to its source.
        var standings = await (await snv.GetAsync($"{url}/rounds/{round.Id}/standings")).ReadAsync<StandingsDto>();
        var maiQuiz = standings.Rows.Single(r => r.TeamId == mai).Parts.Single(p => p.PartId == quiz.Id);
        (maiQuiz.Scored, maiQuiz.Final).ShouldBe((true, 15m));
        maiQuiz.Sheets.ShouldHaveSingleItem().JudgeName.ShouldBe("Chấm tự động: 2/4 câu đúng");

        // Once answers are in: no redraw, no removing a question on the paper; a stale re-entry is refused, a current one replaces.
        (await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 2 })).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.paper_answered");
        (await (await snv.DeleteAsync($"{url}/questions/{two.Id}")).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.question_on_paper");
        (await Refused(new { teamId = mai, answers = right, version = maiScore.Version!.Value - 1 }, HttpStatusCode.Conflict)).Code.ShouldBe("stale");
        (await Refused(new { teamId = mai, answers = right }, HttpStatusCode.Conflict)).Code.ShouldBe("stale", "a second 'first' sheet does not write over the first one");
        var corrected = await (await snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = mai, answers = right, version = maiScore.Version })).ReadAsync<QuizTeamDto>();
        (corrected.Right, corrected.Points).ShouldBe((4, 30m));
        var fifth = await (await snv.PostJsonAsync($"{url}/questions", Question("Câu dự phòng?", "B", "Luật", "Có", "Không"))).ReadAsync<QuestionDto>(HttpStatusCode.Created);
        (await snv.DeleteAsync($"{url}/questions/{fifth.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        // Closed: nothing more is entered; the history tells the story.
        (await snv.PostAsync($"{url}/parts/{quiz.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await Refused(new { teamId = sen, answers = right, version = senScore.Version }, HttpStatusCode.Conflict)).Code.ShouldBe("contest.part_closed");
        var history = await app.WithDbAsync(db => db.ContestEvents.Where(e => e.ContestId == contest.Id).Select(e => e.Action).ToListAsync());
        history.Count(a => a == ContestAction.QuizAnswersEntered).ShouldBe(3);
        history.ShouldContain(ContestAction.PaperDrawn);
        history.ShouldContain(ContestAction.QuestionRemoved);
    }

    /// <summary>
    /// The bank from a spreadsheet (the export's layout): every bad row is reported at its row and column — an option
    /// missing in the middle, an answer that is not one of the options, no source, a question already in the bank or twice
    /// in the file — and nothing is saved; the corrected file adds its questions after the bank's, with one history line;
    /// the export reads back the whole bank and, imported again, is refused as duplicates. Only the organiser.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_organiser_imports_the_bank_from_excel_all_or_nothing_and_exports_it_in_the_same_layout(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var officer = await app.ClientForAsync("thidua.xa001");
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var url = $"/api/v1/contests/{contest.Id}";
        (await snv.PostJsonAsync($"{url}/questions", Question("Luật Thi đua, khen thưởng năm 2022 có hiệu lực từ ngày nào?", "B", "Luật Thi đua, khen thưởng 2022, Điều 96",
            "01/7/2023", "01/01/2024", "15/6/2022"))).StatusCode.ShouldBe(HttpStatusCode.Created);
        const string Law = "Luật Thi đua, khen thưởng 2022";
        (await (await snv.PostJsonAsync($"{url}/questions", Question("  LUẬT THI ĐUA, khen thưởng năm 2022 có hiệu lực từ ngày nào? ", "A", Law, "Một", "Hai")))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe("Câu hỏi này đã có trong ngân hàng (câu 1).");

        var bad = Features.Excel.XlsxFiles.Sheet(ContestBankExcel.Columns,
            [1, "Danh hiệu Chiến sĩ thi đua cơ sở xét tặng cho ai?", "Cá nhân", "Tập thể", null, null, "A", Law + ", Điều 23"],
            [2, "Câu hỏi thiếu phương án giữa?", "Một", null, "Ba", null, "A", Law],
            [3, "Đáp án không có trong phương án?", "Có", "Không", null, null, "C", Law],
            [4, "Câu hỏi không ghi căn cứ?", "Có", "Không", null, null, "a", null],
            [5, "luật thi đua, khen thưởng năm 2022 có hiệu lực từ ngày nào?", "Một", "Hai", null, null, "A", Law],
            [6, "Danh hiệu Chiến sĩ thi đua cơ sở xét tặng cho ai?", "Cá nhân", "Tập thể", null, null, "A", Law]);
        var refused = await (await snv.UploadAsync($"{url}/questions/import", bad, "ngan-hang.xlsx")).RejectedAsync();
        refused.Errors.Select(e => (e.Row, e.Column)).ShouldBe([(3, "Phương án B"), (4, "Đáp án đúng"), (5, "Căn cứ của đáp án"), (6, "Câu hỏi"), (7, "Câu hỏi")]);
        refused.Errors[3].Message.ShouldBe("Câu hỏi trùng với câu 1 đã có trong ngân hàng.");
        refused.Errors[4].Message.ShouldBe("Câu hỏi trùng với dòng 2 của tệp.");
        (await app.WithDbAsync(db => db.ContestQuestions.CountAsync(q => q.ContestId == contest.Id))).ShouldBe(1, "nothing saved");
        (await officer.UploadAsync($"{url}/questions/import", bad)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await snv.UploadAsync($"/api/v1/contests/{Guid.NewGuid()}/questions/import", bad)).StatusCode.ShouldBe(HttpStatusCode.NotFound);

        var good = Features.Excel.XlsxFiles.Sheet(ContestBankExcel.Columns,
            [null, "Danh hiệu Chiến sĩ thi đua cơ sở xét tặng cho ai?", "Cá nhân", "Tập thể", null, null, "A", Law + ", Điều 23"],
            [null, "Hình thức nào không phải là hình thức khen thưởng?", "Huân chương", "Bằng khen", "Giấy khen", "Giấy chứng nhận tham dự", "d", Law + ", Điều 8"]);
        var imported = await (await snv.UploadAsync($"{url}/questions/import", good)).ImportedAsync();
        (imported.RowsRead, imported.Imported).ShouldBe((2, 2));
        var bank = (await (await snv.GetAsync($"{url}/quiz")).ReadAsync<QuizDto>()).Bank;
        bank.Select(q => (q.Seq, q.Correct, q.Options.Count)).ShouldBe([(1, "B", 3), (2, "A", 2), (3, "D", 4)]);
        (await (await snv.GetAsync(url)).ReadAsync<ContestDto>()).History.ShouldContain(h => h.Action == ContestAction.QuestionAdded && h.Note == "Nhập từ Excel 2 câu (câu 2–3)");

        var exported = await snv.DownloadAsync($"{url}/questions.xlsx", "ngan-hang-cau-hoi-");
        var rows = Features.Excel.XlsxFiles.ReadSheet(exported, ContestBankExcel.Sheet);
        rows.ShouldContain(r => r.Length > 7 && r[1] == "Hình thức nào không phải là hình thức khen thưởng?" && r[5] == "Giấy chứng nhận tham dự" && r[6] == "D" && r[7] == Law + ", Điều 8");
        (await officer.GetAsync($"{url}/questions.xlsx")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var again = await (await snv.UploadAsync($"{url}/questions/import", exported)).RejectedAsync();
        again.Errors.Count.ShouldBe(3);
        again.Errors.ShouldAllBe(e => e.Message.StartsWith("Câu hỏi trùng với câu "));

        // On the quiz desk: the refused file's rows beside the form, then a good one added (the page's multipart form, its token).
        using var page = await app.SignedInAsync("tdkt.snv");
        var desk = $"/Contests/Quiz/{contest.Id}";
        async Task<HttpResponseMessage> PostFileAsync(byte[] file)
        {
            using var form = new MultipartFormDataContent();
            var part = new ByteArrayContent(file);
            part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue(DanVan.Infrastructure.Excel.ExcelHttp.ContentType);
            form.Add(part, "file", "ngan-hang.xlsx");
            form.Add(new StringContent(await CookieSession.FormTokenAsync(page, desk)), "__RequestVerificationToken");
            return await page.PostAsync(desk + "?handler=Import", form);
        }

        using (var shown = await PostFileAsync(exported))
        {
            shown.StatusCode.ShouldBe(HttpStatusCode.OK);
            var html = WebUtility.HtmlDecode(await shown.Content.ReadAsStringAsync());
            html.ShouldContain("id=\"import-errors\"");
            html.ShouldContain("Câu hỏi trùng với câu 3 đã có trong ngân hàng.");
        }

        using (var added = await PostFileAsync(XlsxFiles.Sheet(ContestBankExcel.Columns, [null, "Câu hỏi thêm trên trang?", "Có", "Không", null, null, "B", Law])))
        {
            added.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        WebUtility.HtmlDecode(await page.GetStringAsync(desk)).ShouldContain("Đã nhập 1 câu hỏi vào ngân hàng.");
        (await app.WithDbAsync(db => db.ContestQuestions.CountAsync(q => q.ContestId == contest.Id))).ShouldBe(4);
    }

    /// <summary>
    /// A redraw and a team's first sheet at the same moment run one after the other: either the redraw is refused (the
    /// sheet came first) or the sheet is scored against the new paper — never a score computed on a paper that was replaced.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_redraw_racing_a_first_sheet_never_leaves_a_score_computed_on_a_replaced_paper(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        for (var attempt = 0; attempt < 6; attempt++)
        {
            var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
            var quiz = contest.Rounds[0].Parts.Single(p => p.Kind == PartKind.Quiz);
            var team = await app.WithDbAsync(async db =>
            {
                var c = await db.Contests.Include(x => x.Clusters).SingleAsync(x => x.Id == contest.Id);
                var unit = await db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync();
                var person = await db.People.Where(p => p.UnitId == unit).OrderBy(p => p.Id).Select(p => new { p.Id, p.FullName, p.Position }).FirstAsync();
                var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
                var t = ContestTeam.Register(c, unit, [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], VnTime.Today(db.Time), by);
                t.Accept(c.Clusters.OrderBy(k => k.Seq).First().Id, "Đội Sen", by).ShouldBeNull();
                db.ContestTeams.Add(t);
                await db.SaveChangesAsync();
                return t.Id;
            });
            var url = $"/api/v1/contests/{contest.Id}";
            foreach (var (correct, n) in "ABCDAB".Select((c, n) => (c, n)))
            {
                (await snv.PostJsonAsync($"{url}/questions", Question($"Câu hỏi {n + 1}: {correct}?", correct.ToString(), "Luật Thi đua, khen thưởng 2022", "Một", "Hai", "Ba", "Bốn")))
                    .StatusCode.ShouldBe(HttpStatusCode.Created);
            }

            await (await snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 6 })).ReadAsync<QuizDto>();
            var redraw = snv.PostJsonAsync($"{url}/parts/{quiz.Id}/paper", new { count = 6 });
            var sheet = snv.PutJsonAsync($"{url}/parts/{quiz.Id}/answers", new { teamId = team, answers = "ABCDAB" });
            using var redrawn = await redraw;
            using var entered = await sheet;
            entered.StatusCode.ShouldBe(HttpStatusCode.OK);
            redrawn.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.Conflict);

            var state = await (await snv.GetAsync($"{url}/quiz?partId={quiz.Id}")).ReadAsync<QuizDto>();
            var row = state.Teams.Single(t => t.TeamId == team);
            row.Right.ShouldBe(state.Paper.Select((q, i) => q.Correct[0] == row.Answers![i] ? 1 : 0).Sum(), $"attempt {attempt}: the score is the current paper's");
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_demo_preliminary_quiz_is_drawn_scored_and_closed(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        var contest = await app.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var quiz = await (await snv.GetAsync($"/api/v1/contests/{contest}/quiz")).ReadAsync<QuizDto>();
        quiz.Bank.Count.ShouldBe(12);
        quiz.Bank.ShouldAllBe(q => q.Source.Length > 0);
        quiz.Paper.Count.ShouldBe(10);
        quiz.Teams.Count.ShouldBe(20);
        quiz.Teams.ShouldAllBe(t => t.Answers != null && t.Answers.Length == 10 && t.Points == 30m * t.Right!.Value / 10);
        var b1 = quiz.Teams.Single(t => t.Name.StartsWith("Đội B1", StringComparison.Ordinal));
        quiz.Teams.Single(t => t.Name.StartsWith("Đội B2", StringComparison.Ordinal)).Answers.ShouldBe(b1.Answers, "the twins stay tied");

        // Closed, the round's results final: no sheet typed again, no quiz desk on the organiser's work list, the round's standings complete for everyone.
        (await (await snv.PutJsonAsync($"/api/v1/contests/{contest}/parts/{quiz.Part!.PartId}/answers", new { teamId = b1.TeamId, answers = b1.Answers }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.results_locked");
        (await WorkListTests.ReadAllAsync(snv)).ShouldNotContain(i => i.Link.StartsWith($"/Contests/Quiz/{contest}", StringComparison.Ordinal));
        using var viewer = await app.ClientForAsync("thidua.xa001");
        var standings = await (await viewer.GetAsync($"/api/v1/contests/{contest}/rounds/{quiz.Part.RoundId}/standings")).ReadAsync<StandingsDto>();
        standings.Rows.Count.ShouldBe(20);
        standings.Rows.Where(r => !r.NoShow).ShouldAllBe(r => r.Complete);
    }
}
