using System.Net;
using DanVan.E2E.Infrastructure;
using DanVan.Features.Contests;
using DanVan.Features.Demo;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// Issue 17 in the browser, as its "Browser test" asks: a commune registers its team on a phone; judges score on phones
/// (390 × 844) and a judge from that commune finds it recused; a paper sheet is double-entered and the mismatch is caught,
/// then settled; the public projector page updates live without a reload; the freeze hides the last part's scores from the
/// public while the organiser sees them; the reveal goes team by team from the bottom on the projector, then the final
/// board names the teams. Screenshots of the projector at each stage.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ContestFlowTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    private static readonly ViewportSize Phone = new() { Width = 390, Height = 844 };

    [BrowserFact]
    public async Task A_team_registers_judges_score_on_phones_a_paper_sheet_is_double_entered_and_the_projector_follows_live_through_the_freeze_and_reveal()
    {
        var app = fixture.App;
        using var snv = await app.ClientForAsync("tdkt.snv");
        var (contestId, roundId, talk, situation) = await CreateAsync(snv);
        var url = $"/api/v1/contests/{contestId}";

        // A commune officer registers the commune's team on a phone: a captain and a member among the people the rules allow.
        await using (var officer = await browser.NewSessionAsync(app.BaseAddress, Phone))
        {
            var page = officer.Page;
            await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
            await page.GotoAsync($"/Contests/Register/{contestId}");
            await Assertions.Expect(page.Locator("#register-form caption")).ToContainTextAsync("UBND xã Ba Hải");
            var (vice, officerName) = await fixture.App.WithDbAsync(async db =>
            {
                var people = await db.People.Where(p => p.Unit!.Path.StartsWith(db.Units.Where(u => u.Code == "XA001").Select(u => u.Path).First()))
                    .Select(p => new { p.FullName, p.Position }).ToListAsync();
                return (people.First(p => p.Position?.StartsWith("Phó Chủ tịch", StringComparison.Ordinal) == true).FullName,
                    people.First(p => p.Position?.StartsWith("Công chức Văn hóa", StringComparison.Ordinal) == true).FullName);
            });
            var rows = page.Locator("#register-form tbody tr");
            await rows.Filter(new() { HasText = vice }).Locator("select").SelectOptionAsync(nameof(MemberRole.Captain));
            await rows.Filter(new() { HasText = officerName }).Locator("select").SelectOptionAsync(nameof(MemberRole.Member));
            await page.Locator("#register-team").ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new System.Text.RegularExpressions.Regex($"/Contests/Details/{contestId}"));
            await Assertions.Expect(page.GetByText("Đã đăng ký đội thi; chờ ban tổ chức tiếp nhận.").First).ToBeVisibleAsync();
            await Screenshots.SaveAsync(page, "95-contest-team-registered-phone");
        }

        var sen = await app.WithDbAsync(db => db.ContestTeams.Where(t => t.ContestId == contestId).Select(t => t.Id).SingleAsync());
        await (await snv.PostJsonAsync($"/api/v1/contests/teams/{sen}/accept", new { codeName = "Đội Sen" })).ReadAsync<TeamDto>();
        var (mai, dao, cuc) = await OtherTeamsAsync(contestId);

        // Judges: a guest, the chairman of Ba Hải (recused from its team), and a judge whose sheets come on paper.
        var guest = await SeatAsync(snv, url, roundId, new { userId = await UserAsync("xem"), name = "PGS. TS. Trần Khách", organisation = "Học viện Chính trị khu vực III" });
        var local = await SeatAsync(snv, url, roundId, new { userId = await UserAsync("chutich.xa001"), personId = await ChairOfBaHaiAsync() });
        var paper = await SeatAsync(snv, url, roundId, new { userId = await UserAsync("hoidong1"), name = "Nguyễn Thị Giấy", organisation = "Báo Sông Trà" });
        local.Recusals.ShouldHaveSingleItem().TeamId.ShouldBe(sen);

        // The public projector page, open from the start; a marker on the window proves nothing reloads it.
        await using var projectorSession = await browser.NewSessionAsync(app.BaseAddress);
        var projector = projectorSession.Page;
        await projector.GotoAsync($"/hoi-thi/{contestId}/bang-diem");
        await Assertions.Expect(projector.Locator("#board-state")).ToHaveTextAsync("Trực tiếp");
        await projector.EvaluateAsync("() => { window.dvStay = 42; }");
        ILocator Cell(Guid team, int part) => projector.Locator($"tr[data-team='{team}'] td[data-label='Phần {part}']");
        ILocator Total(Guid team) => projector.Locator($"tr[data-team='{team}'] td[data-label='Tổng']");
        await Assertions.Expect(Cell(sen, 1)).ToHaveTextAsync("—");

        // The guest judge scores Ba Hải's team on a phone; the projector shows a sheet is in, not its points (the part is open).
        await using (var judge = await browser.NewSessionAsync(app.BaseAddress, Phone))
        {
            var page = judge.Page;
            await Ui.LoginAsync(page, "xem", TestApp.DemoPassword);
            await page.GotoAsync($"/Contests/Judge/{contestId}");
            var sheet = page.Locator($"#sheet-{talk}-{sen}");
            await Assertions.Expect(sheet.Locator("h3")).ToContainTextAsync("Đội Sen");
            await FillAsync(sheet.Locator("input[type=number]"), 27, 9, 9);
            await sheet.Locator("button[type=submit]").ClickAsync();
            await Assertions.Expect(page.GetByText("Đã lưu phiếu chấm cho Đội Sen: 45 điểm.").First).ToBeVisibleAsync();
            await Assertions.Expect(page.Locator($"#sheet-{talk}-{sen} h3 .badge")).ToHaveTextAsync("45 điểm");
            await Screenshots.SaveAsync(page, "96-contest-judge-phone");
        }

        await Assertions.Expect(Cell(sen, 1)).ToHaveTextAsync("đang chấm (1 phiếu)");
        await Screenshots.SaveAsync(projector, "97-contest-projector-live");

        // The judge from Ba Hải sees its team recused, with the reason and no form; the other teams have theirs.
        await using (var recused = await browser.NewSessionAsync(app.BaseAddress, Phone))
        {
            var page = recused.Page;
            await Ui.LoginAsync(page, "chutich.xa001", TestApp.DemoPassword);
            await page.GotoAsync($"/Contests/Judge/{contestId}");
            await Assertions.Expect(page.Locator($"#sheet-{talk}-{sen}")).ToContainTextAsync("Không chấm đội này:");
            await Assertions.Expect(page.Locator($"#sheet-{talk}-{sen} form")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator($"#sheet-{talk}-{mai} form")).ToHaveCountAsync(1);
        }

        // The paper judge's sheet for Ba Hải: typed by Sở Nội vụ's officer, typed again by a second person with one point
        // different — the mismatch is shown side by side and nothing counts; the first entrant corrects theirs and it is confirmed.
        var paperUrl = $"/Contests/PaperSheets/{contestId}?partId={talk}&judge={paper.Id}";
        var key = $"cell-{paper.Id:N}-{sen:N}";
        await using var organiserSession = await browser.NewSessionAsync(app.BaseAddress);
        var organiser = organiserSession.Page;
        await Ui.LoginAsync(organiser, "tdkt.snv", TestApp.DemoPassword);
        await organiser.GotoAsync(paperUrl);
        await FillAsync(organiser.Locator($"[id^='enter-{key}-']"), 26, 9, 9);
        await organiser.Locator($"#enter-{key}").ClickAsync();
        await Assertions.Expect(organiser.Locator($"#title-{key}")).ToContainTextAsync("Đã nhập lần 1");
        await using (var secondSession = await browser.NewSessionAsync(app.BaseAddress))
        {
            var second = secondSession.Page;
            await Ui.SubmitLoginAsync(second, "qtv.tinh", TestApp.DemoPassword); // the province's administrator: two-factor first
            await Assertions.Expect(second).ToHaveURLAsync(new System.Text.RegularExpressions.Regex("/Account/Mfa"));
            var totpKey = (await second.Locator("#mfa-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            await second.Locator("#Password").FillAsync(TestApp.DemoPassword);
            await second.Locator("#Code").FillAsync(Totp.Compute(totpKey, DateTimeOffset.UtcNow));
            await second.Locator("#mfa-enable").ClickAsync();
            await Assertions.Expect(second.Locator("#main .alert-success")).ToContainTextAsync("Đã bật xác thực hai lớp");
            await second.GotoAsync(paperUrl);
            await FillAsync(second.Locator($"[id^='confirm-{key}-']"), 26, 8, 9);
            await second.Locator($"#confirm-{key}").ClickAsync();
            await Assertions.Expect(second.Locator($"#mismatch-{key}")).ToContainTextAsync("Hai lần nhập lệch nhau (chưa gộp, chưa tính điểm)");
            await Assertions.Expect(second.Locator($"#mismatch-{key} tr.table-danger")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex("Sát thực tiễn địa phương — lệch"));
            await Screenshots.SaveAsync(second, "98-contest-paper-mismatch");
        }

        // The mismatched sheet does not count: the public board (read after the mismatch was saved) still has one sheet in.
        using (var anonymous = app.CreateClient())
        {
            using var board = System.Text.Json.JsonDocument.Parse(await anonymous.GetStringAsync($"/api/v1/public/contests/{contestId}/board"));
            board.RootElement.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("teamId").GetGuid() == sen)
                .GetProperty("parts")[0].GetProperty("sheetsIn").GetInt32().ShouldBe(1);
        }

        await Assertions.Expect(Cell(sen, 1)).ToHaveTextAsync("đang chấm (1 phiếu)");
        await organiser.ReloadAsync();
        await FillAsync(organiser.Locator($"[id^='enter-{key}-']"), 26, 8, 9);
        await organiser.Locator($"#reenter-{key}").ClickAsync();
        await Assertions.Expect(organiser.Locator($"#title-{key}")).ToContainTextAsync("43 điểm");
        await Assertions.Expect(Cell(sen, 1)).ToHaveTextAsync("đang chấm (2 phiếu)");

        // The other sheets of the first part through the API; closing it shows its scores on the projector, still no reload.
        using (var xem = await app.ClientForAsync("xem"))
        using (var chutich = await app.ClientForAsync("chutich.xa001"))
        {
            foreach (var (client, team, points) in new[]
            {
                (xem, mai, new[] { 24m, 8, 8 }), (xem, dao, new[] { 20m, 7, 7 }), (xem, cuc, new[] { 18m, 6, 6 }),
                (chutich, mai, new[] { 25m, 8, 8 }), (chutich, dao, new[] { 21m, 7, 7 }), (chutich, cuc, new[] { 19m, 6, 6 }),
            })
            {
                await SheetAsync(client, url, talk, team, points);
            }
        }

        (await snv.PostAsync($"{url}/parts/{talk}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Assertions.Expect(Cell(sen, 1)).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^\s*44\b")); // (45 + 43) / 2
        await Assertions.Expect(Total(mai)).ToHaveTextAsync("40,5");
        (await projector.EvaluateAsync<int>("() => window.dvStay")).ShouldBe(42);

        // The organiser freezes the board before the last part; its sheets and closing reach the organiser's board, not the public's.
        var boardUrl = $"/Contests/Board/{contestId}?roundId={roundId}";
        await organiser.GotoAsync(boardUrl);
        await organiser.Locator("#freeze-open").ClickAsync();
        await organiser.Locator("#freeze").ClickAsync();
        await Assertions.Expect(organiser.Locator("#frozen-banner")).ToBeVisibleAsync();
        await Assertions.Expect(projector.Locator("#board-state")).ToHaveTextAsync("Đóng băng");
        using (var xem = await app.ClientForAsync("xem"))
        {
            foreach (var (team, points) in new[] { (sen, new[] { 12m, 4 }), (mai, new[] { 14m, 5 }), (dao, new[] { 10m, 3 }), (cuc, new[] { 9m, 3 }) })
            {
                await SheetAsync(xem, url, situation, team, points);
            }
        }

        (await snv.PostAsync($"{url}/parts/{situation}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await organiser.ReloadAsync();
        await Assertions.Expect(organiser.Locator($"tr[data-team='{mai}'] td[data-label='Tổng']").First).ToHaveTextAsync("59,5"); // the live truth: 40.5 + 19
        await Assertions.Expect(Cell(mai, 2)).ToHaveTextAsync("—"); // the public still sees the board as it was frozen
        await Assertions.Expect(Total(mai)).ToHaveTextAsync("40,5");
        await Screenshots.SaveAsync(projector, "99-contest-projector-frozen");

        // The reveal, from the bottom: each step shows one more team's final line on the projector.
        foreach (var (team, total, left) in new[] { (cuc, "42,5", 3), (dao, "47,5", 2), (mai, "59,5", 1), (sen, "60", 0) })
        {
            await organiser.Locator("#reveal-open").ClickAsync();
            await organiser.Locator("#reveal").ClickAsync();
            await Assertions.Expect(organiser.Locator("p:has(#public-board-link)")).ToContainTextAsync($"đã công bố {4 - left}/4 đội"); // the organiser's page is back
            await Assertions.Expect(Total(team)).ToHaveTextAsync(total);
            await Assertions.Expect(projector.Locator("tr.dv-board-pending")).ToHaveCountAsync(left);
            if (left == 2)
            {
                await Screenshots.SaveAsync(projector, "100-contest-projector-reveal");
            }
        }

        await Assertions.Expect(projector.Locator("#board-state")).ToHaveTextAsync("Đang công bố");
        await organiser.Locator("#final-open").ClickAsync();
        await organiser.Locator("#final").ClickAsync();
        await Assertions.Expect(projector.Locator("#board-state")).ToHaveTextAsync("Kết quả chính thức");
        await Assertions.Expect(projector.Locator($"tr[data-team='{sen}'] td").Nth(1)).ToContainTextAsync("Ba Hải"); // names with units, no more code names
        await Assertions.Expect(projector.Locator($"tr[data-team='{sen}'] td[data-label='Hạng']")).ToHaveTextAsync("1");
        (await projector.EvaluateAsync<int>("() => window.dvStay")).ShouldBe(42);
        await Screenshots.SaveAsync(projector, "101-contest-projector-final");
    }

    /// <summary>
    /// The quiz on devices (issue 17 §3): a team types its code on a phone, waits, and the paper appears by itself when the
    /// organiser starts the timer; each choice is saved at once (the status says how many), the countdown runs from the
    /// server's time left, the page passes axe; the organiser's desk shows the codes, the timer and the device's sheet.
    /// </summary>
    [BrowserFact]
    public async Task A_team_answers_the_quiz_on_a_phone_against_the_timer_and_each_choice_is_saved_at_once()
    {
        var app = fixture.App;
        using var snv = await app.ClientForAsync("tdkt.snv");
        var input = await fixture.App.WithDbAsync(async db =>
        {
            var today = VnTime.Today(db.Time);
            var plan = await db.Documents.Where(d => d.Number == DemoContests.PlanNumber).Select(d => d.Id).SingleAsync();
            var organiser = await db.Units.Where(u => u.Code == "SNV").Select(u => u.Id).SingleAsync();
            var ppc = await db.Units.Where(u => u.Code == "UBND").Select(u => u.Id).SingleAsync();
            var made = DemoContests.Input(plan, organiser, [new ParticipantInput { UnitId = ppc, IncludeDescendants = true }], today);
            made.Name = "Hội thi trắc nghiệm trên thiết bị";
            var round = made.Rounds![^1];
            round.Parts = [made.Rounds[0].Parts!.Single(p => p.Kind == PartKind.Quiz)];
            round.TieBreak = [];
            made.Rounds = [round];
            made.Clusters = [];
            return made;
        });
        var created = await (await snv.PostJsonAsync("/api/v1/contests", input)).ReadAsync<ContestDto>(HttpStatusCode.Created);
        var contest = await (await snv.PostAsync($"/api/v1/contests/{created.Id}/open", null)).ReadAsync<ContestDto>();
        var part = contest.Rounds.Single().Parts.Single();
        var (mai, _, _) = await OtherTeamsAsync(contest.Id);
        var url = $"/api/v1/contests/{contest.Id}";
        foreach (var n in Enumerable.Range(1, 3))
        {
            (await snv.PostJsonAsync($"{url}/questions", new { text = $"Theo Luật Thi đua, khen thưởng 2022, câu hỏi thử số {n}?", options = new[] { "Phương án một", "Phương án hai", "Phương án ba" },
                correct = "B", source = $"Luật số 06/2022/QH15, Điều {n}" })).StatusCode.ShouldBe(HttpStatusCode.Created);
        }

        (await snv.PostJsonAsync($"{url}/parts/{part.Id}/paper", new { count = 3 })).StatusCode.ShouldBe(HttpStatusCode.OK);
        var codes = await (await snv.PostAsync($"{url}/parts/{part.Id}/quiz/seats", null)).ReadAsync<QuizDto>();
        var code = codes.Teams.Single(t => t.TeamId == mai).Code!;

        await using var phone = await browser.NewSessionAsync(app.BaseAddress, Phone);
        var page = phone.Page;
        await page.GotoAsync("/hoi-thi/lam-bai");
        await page.Locator("#code").FillAsync(ContestQuizSeat.Shown(code).ToUpperInvariant());
        await page.Locator("#enter-code").ClickAsync();
        await Assertions.Expect(page.Locator("#sitting-state")).ToContainTextAsync("Chờ ban tổ chức bắt đầu tính giờ");
        await Assertions.Expect(page.Locator("#sitting-team")).ToHaveTextAsync("Đội Mai");
        (await Axe.CheckAsync(page, "/hoi-thi/lam-bai (chờ)")).ShouldBeEmpty();

        // The organiser's signal: the phone shows the paper by itself (it asks every 3 s), the clock counting down.
        (await snv.PostAsync($"{url}/parts/{part.Id}/quiz/start", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await Assertions.Expect(page.Locator("#clock")).ToBeVisibleAsync(new() { Timeout = 15_000 });
        var first = await page.Locator("#clock").TextContentAsync();
        first.ShouldNotBeNull().ShouldMatch(@"^1[45]:\d\d$");
        await page.Locator("label[for='q1-B']").ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"^Đã lưu 1/3 câu lúc \d\d:\d\d:\d\d\.$"));
        await page.Locator("label[for='q2-C']").ClickAsync();
        await page.Locator("label[for='q3-A']").ClickAsync(); // two choices in quick succession: both reach the server, in order
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Đã lưu 3/3 câu");
        await Assertions.Expect(page.Locator("#clock")).Not.ToHaveTextAsync(first!);
        (await app.WithDbAsync(db => db.ContestQuizAnswers.SingleAsync(a => a.TeamId == mai))).Answers.ShouldBe("BCA");
        (await Axe.CheckAsync(page, "/hoi-thi/lam-bai (đang làm bài)")).ShouldBeEmpty();
        (await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth")).ShouldBeTrue();
        await Screenshots.SaveAsync(page, "102-contest-quiz-phone");

        // The organiser's desk: the timer, the codes, the sheet from the device.
        await using var desk = await browser.NewSessionAsync(app.BaseAddress);
        await Ui.LoginAsync(desk.Page, "tdkt.snv", TestApp.DemoPassword);
        await desk.Page.GotoAsync($"/Contests/Quiz/{contest.Id}");
        await Assertions.Expect(desk.Page.Locator("#quiz-timer")).ToContainTextAsync("đang làm bài");
        await Assertions.Expect(desk.Page.Locator("#answers")).ToContainTextAsync(ContestQuizSeat.Shown(code));
        await Assertions.Expect(desk.Page.Locator("#answers")).ToContainTextAsync("Đội Mai (trên thiết bị)");
        await Screenshots.SaveAsync(desk.Page, "103-contest-quiz-desk");

        // A power cut: the desk pauses the timer with its reason; the phone learns it by itself (it asks every 5 s), keeps
        // the paper, takes no choice; resumed, it carries on with its time, and the next choice is saved.
        await desk.Page.Locator("#pause-quiz summary").ClickAsync();
        await desk.Page.Locator("#pause-reason").FillAsync("Mất điện hội trường");
        await desk.Page.Locator("#pause-quiz-confirm").ClickAsync();
        await Assertions.Expect(desk.Page.Locator("#quiz-timer")).ToContainTextAsync("tạm dừng từ");
        await Assertions.Expect(page.Locator("#sitting-state")).ToContainTextAsync("Ban tổ chức tạm dừng tính giờ", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#sitting-state")).ToContainTextAsync("Mất điện hội trường");
        await Assertions.Expect(page.Locator("#q1-A")).ToBeDisabledAsync();
        (await Axe.CheckAsync(page, "/hoi-thi/lam-bai (tạm dừng)")).ShouldBeEmpty();
        await Screenshots.SaveAsync(page, "104-contest-quiz-paused");
        await desk.Page.Locator("#resume-quiz").ClickAsync();
        await Assertions.Expect(desk.Page.Locator("#quiz-timer")).ToContainTextAsync("đang làm bài");
        await Assertions.Expect(page.Locator("#save-answers")).ToBeEnabledAsync(new() { Timeout = 15_000 });
        await page.Locator("label[for='q1-A']").ClickAsync();
        await Assertions.Expect(page.Locator("#save-status")).ToContainTextAsync("Đã lưu 3/3 câu");
        (await app.WithDbAsync(db => db.ContestQuizAnswers.SingleAsync(a => a.TeamId == mai))).Answers.ShouldBe("ACA");

        // Extra time for every team, with the jury's reason: the desk says the new end.
        await desk.Page.Locator("#extend-quiz summary").ClickAsync();
        await desk.Page.Locator("#extend-minutes").FillAsync("2");
        await desk.Page.Locator("#extend-reason").FillAsync("Bù thời gian mất điện theo quyết định của Ban Giám khảo");
        await desk.Page.Locator("#extend-quiz-confirm").ClickAsync();
        await Assertions.Expect(desk.Page.Locator("#message")).ToContainTextAsync("Đã cộng thêm 2 phút");
        (await Axe.CheckAsync(desk.Page, "/Contests/Quiz (tạm dừng, cộng giờ)")).ShouldBeEmpty();
    }

    /// <summary>A one-round contest of seed 004's final ("Tôi là tuyên truyền viên", then "Xử lý tình huống"), no clusters, teams of two.</summary>
    private async Task<(Guid Contest, Guid Round, Guid Talk, Guid Situation)> CreateAsync(HttpClient snv)
    {
        var input = await fixture.App.WithDbAsync(async db =>
        {
            var today = VnTime.Today(db.Time);
            var plan = await db.Documents.Where(d => d.Number == DemoContests.PlanNumber).Select(d => d.Id).SingleAsync();
            var organiser = await db.Units.Where(u => u.Code == "SNV").Select(u => u.Id).SingleAsync();
            var ppc = await db.Units.Where(u => u.Code == "UBND").Select(u => u.Id).SingleAsync();
            var commune = await db.UnitKinds.Where(k => k.Code == "COMMUNE").Select(k => k.Id).FirstAsync();
            var made = DemoContests.Input(plan, organiser, [new ParticipantInput { UnitId = ppc, IncludeDescendants = true, KindId = commune }], today);
            made.Name = "Hội thi thử trên trình duyệt";
            made.RegistrationDeadline = today.AddDays(5);
            made.StartsOn = today.AddDays(10);
            made.EndsOn = today.AddDays(12);
            made.TeamMin = 2;
            var final = made.Rounds![^1];
            final.Parts = [final.Parts![1], final.Parts[2]];
            final.TieBreak = [];
            made.Rounds = [final];
            made.Clusters = [];
            return made;
        });
        var created = await (await snv.PostJsonAsync("/api/v1/contests", input)).ReadAsync<ContestDto>(HttpStatusCode.Created);
        var opened = await (await snv.PostAsync($"/api/v1/contests/{created.Id}/open", null)).ReadAsync<ContestDto>();
        var round = opened.Rounds.Single();
        return (opened.Id, round.Id, round.Parts[0].Id, round.Parts[1].Id);
    }

    /// <summary>Three more communes' teams (vice-chairman and culture officer each), accepted under code names.</summary>
    private Task<(Guid Mai, Guid Dao, Guid Cuc)> OtherTeamsAsync(Guid contestId) => fixture.App.WithDbAsync(async db =>
    {
        var contest = await db.Contests.SingleAsync(c => c.Id == contestId);
        var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
        var ids = new List<Guid>();
        foreach (var (code, name) in new[] { ("XA002", "Đội Mai"), ("XA003", "Đội Đào"), ("XA004", "Đội Cúc") })
        {
            var unit = await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
            var culture = await db.Units.Where(u => u.Code == code + ".VHXH").Select(u => u.Id).SingleAsync();
            var people = await db.People.Where(p => p.UnitId == unit || p.UnitId == culture).Select(p => new { p.Id, p.FullName, p.Position }).ToListAsync();
            var vice = people.First(p => p.Position?.StartsWith("Phó Chủ tịch", StringComparison.Ordinal) == true);
            var officer = people.First(p => p.Position?.StartsWith("Công chức Văn hóa", StringComparison.Ordinal) == true);
            var team = ContestTeam.Register(contest, unit, [new MemberChoice(vice.Id, vice.FullName, vice.Position, MemberRole.Captain),
                new MemberChoice(officer.Id, officer.FullName, officer.Position, MemberRole.Member)], VnTime.Today(db.Time), by);
            team.Accept(null, name, by).ShouldBeNull();
            db.ContestTeams.Add(team);
            ids.Add(team.Id);
        }

        await db.SaveChangesAsync();
        return (ids[0], ids[1], ids[2]);
    });

    private Task<Guid> UserAsync(string name) => fixture.App.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

    private Task<Guid> ChairOfBaHaiAsync() => fixture.App.WithDbAsync(async db =>
    {
        var unit = await db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync();
        return await db.People.Where(p => p.UnitId == unit && p.Position != null && p.Position.StartsWith("Chủ tịch")).Select(p => p.Id).FirstAsync();
    });

    private static async Task<JudgeDto> SeatAsync(HttpClient snv, string url, Guid roundId, object judge)
    {
        var body = System.Text.Json.JsonSerializer.SerializeToNode(judge)!.AsObject();
        body["roundId"] = roundId;
        return await (await snv.PostJsonAsync(url + "/judges", body)).ReadAsync<JudgeDto>(HttpStatusCode.Created);
    }

    private async Task SheetAsync(HttpClient judge, string url, Guid partId, Guid teamId, decimal[] points)
    {
        var criteria = await fixture.App.WithDbAsync(db => db.ContestCriteria.Where(c => c.PartId == partId).OrderBy(c => c.Seq).Select(c => c.Id).ToListAsync());
        await (await judge.PutJsonAsync(url + "/sheets/mine",
            new { partId, teamId, points = criteria.Select((c, i) => new { criterionId = c, points = points[i] }).ToArray() })).ReadAsync<SheetDto>();
    }

    private static async Task FillAsync(ILocator fields, params decimal[] points)
    {
        await Assertions.Expect(fields).ToHaveCountAsync(points.Length);
        for (var i = 0; i < points.Length; i++)
        {
            await fields.Nth(i).FillAsync(points[i].ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
