using System.Net;
using DanVan.Features.Certificates;
using DanVan.Features.Contests;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Certificates;
using DanVan.Tests.Features.Work;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// Prizes and the results decision (issue 17 §4), on a one-round contest of five communes: the prize structure is data
/// with its basis; the standings propose the team prizes and say "cannot tell" at a tie across a prize's last place;
/// anything other than the proposal needs a reason; a proposed prize is given or withheld with a reason; nothing is
/// saved while the decision is refused; issued, it is in the document register, its certificates verify on the public
/// page and print with their QR code, the public sees the winners (no code), and nothing about it changes any more.
/// </summary>
public sealed class ContestResultsTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_results_decision_gives_the_prizes_the_standings_propose_and_says_why_when_it_does_not(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var guest = await app.ClientForAsync("xem");
        using var anonymous = app.CreateClient();
        var (contest, round, part, communes, teams, criteria) = await SetUpAsync(app, snv);
        var url = $"/api/v1/contests/{contest.Id}";
        var (a, b, c, d, e) = (teams[0], teams[1], teams[2], teams[3], teams[4]);

        // The structure: refused line by line, then set with its basis.
        (await (await snv.PutJsonAsync(url + "/prizes", new { basis = "Kế hoạch 1816/KH-UBND, mục IV", prizes = new[] { new { name = "Giải Nhất", subject = "Team", count = 0, amount = 5_000_000 } } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.prize_line");
        (await (await snv.PutJsonAsync(url + "/prizes", new { basis = " ", prizes = new[] { new { name = "Giải Nhất", subject = "Team", count = 1, amount = 5_000_000 } } }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("contest.prize_basis");
        (await guest.PutJsonAsync(url + "/prizes", new { basis = "x", prizes = new[] { new { name = "Giải Nhất", subject = "Team", count = 1, amount = 1 } } }))
            .StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        var set = await (await snv.PutJsonAsync(url + "/prizes", new
        {
            basis = "Kế hoạch số 1816/KH-UBND, mục IV (cơ cấu giải thưởng)",
            prizes = new object[]
            {
                new { name = "Giải Nhất", subject = "Team", count = 1, amount = 5_000_000 },
                new { name = "Giải Nhì", subject = "Team", count = 1, amount = 3_000_000 },
                new { name = "Giải Ba", subject = "Team", count = 1, amount = 2_000_000 },
                new { name = "Giải cá nhân xuất sắc", subject = "Individual", count = 1, amount = 500_000 },
            },
        })).ReadAsync<ResultsDto>();
        set.Prizes.Count.ShouldBe(4);
        set.PrizeFund.ShouldBe(10_500_000);
        set.Waiting.ShouldNotBeNull().ShouldContain(round.Name);
        var (first, second, third, best) = (set.Prizes[0].Id, set.Prizes[1].Id, set.Prizes[2].Id, set.Prizes[3].Id);
        var number = $"{Random.Shared.Next(300, 900)}/QĐ-SNV";
        var today = await app.WithDbAsync(db => Task.FromResult(VnTime.Today(db.Time)));
        object Decision(object[] awards, object[]? withheld = null, DateOnly? date = null) =>
            new { number, issueDate = date ?? today, signerTitle = "Giám đốc", signerName = "Nguyễn Văn Sở", awards, withheld = withheld ?? [] };
        (await (await snv.PostJsonAsync(url + "/results", Decision([new { prizeId = first, teamId = a }]))).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("contest.round_not_final");
        (await (await snv.GetAsync(url + "/results/decision.pdf")).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.results_not_issued");

        var resultsLink = $"/Contests/Results/{contest.Id}";
        (await WorkListTests.ReadAllAsync(snv)).ShouldNotContain(i => i.Link == resultsLink, "a round is not final yet");
        await ScoreAndFinaliseAsync(snv, guest, new Setup(contest, round, part, communes, teams, criteria));

        // The organiser's work list: the decision to issue, undated (no rule sets its deadline), until it is issued.
        var toDecide = (await WorkListTests.ReadAllAsync(snv)).Single(i => i.Link == resultsLink);
        (toDecide.Kind, toDecide.Title, toDecide.Deadline, toDecide.Note).ShouldBe((ContestsWork.Kind, $"Ban hành quyết định công bố kết quả — {contest.Name}", null,
            "Kết quả các vòng thi đã chính thức: xem đề xuất giải theo bảng xếp hạng, rồi ban hành quyết định."));
        (await WorkListTests.ReadAllAsync(guest)).ShouldNotContain(i => i.Link == resultsLink);

        var proposal = (await (await snv.GetAsync(url + "/results")).ReadAsync<ResultsDto>()).Proposal;
        proposal.Select(p => (p.TeamId, p.PrizeId, p.Decided)).ShouldBe([(a, first, true), (b, second, false), (c, second, false)], ignoreOrder: true);
        proposal.Single(p => p.TeamId == a).Explanation.ShouldContain("Hạng 1");
        var tie = proposal.Single(p => p.TeamId == b).Explanation;
        (tie.Contains("cùng hạng 2", StringComparison.Ordinal), tie.Contains("1 Giải Nhì, 1 Giải Ba", StringComparison.Ordinal)).ShouldBe((true, true), tie);
        (await (await guest.GetAsync(url + "/results")).ReadAsync<ResultsDto>()).Proposal.ShouldBeEmpty("the proposal is the organiser's");

        // Refused, each with its reason, and nothing saved.
        var captainOfA = communes[0].Vice;
        async Task<string> Refused(object decision)
        {
            var problem = await (await snv.PostJsonAsync(url + "/results", decision)).ProblemAsync(HttpStatusCode.BadRequest);
            Vietnamese.LooksVietnamese(problem.Detail).ShouldBeTrue(problem.Detail);
            return problem.Code!;
        }

        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = second, teamId = b }]))).ShouldBe("contest.award_reason");
        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = second, teamId = b, reason = "Bốc thăm" }, new { prizeId = second, teamId = c, reason = "Bốc thăm" }])))
            .ShouldBe("contest.prize_count");
        (await Refused(Decision([new { prizeId = second, teamId = b, reason = "Bốc thăm" }]))).ShouldBe("contest.award_proposed");
        (await Refused(Decision([new { prizeId = first, teamId = a }], [new { teamId = d, reason = "x" }]))).ShouldBe("contest.withheld");
        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = second, teamId = b, reason = "Bốc thăm" }]))).ShouldBe("contest.award_tie");
        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = second, teamId = b, reason = "Bốc thăm" }],
            [new { teamId = c, reason = "" }]))).ShouldBe("contest.award_reason");
        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = second, teamId = b, reason = "Bốc thăm" },
            new { prizeId = third, teamId = c, personId = communes[2].Vice, reason = "Bốc thăm" }]))).ShouldBe("contest.award_team_prize");
        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = best, teamId = a, personId = captainOfA }]))).ShouldBe("contest.award_reason");
        (await Refused(Decision([new { prizeId = first, teamId = a }, new { prizeId = best, teamId = a, personId = communes[1].Vice, reason = "Xuất sắc" }])))
            .ShouldBe("contest.award_member");
        (await Refused(Decision([new { prizeId = first, teamId = a }], date: today.AddDays(1)))).ShouldBe("contest.results_date");
        (await app.WithDbAsync(db => db.ContestAwards.CountAsync(x => x.ContestId == contest.Id))).ShouldBe(0);
        (await app.WithDbAsync(db => db.Documents.CountAsync(x => x.Number == number))).ShouldBe(0);

        // Issued: B and C by lot (the reason), A's captain the best contestant.
        const string lot = "Hai đội đồng điểm ở mọi phần thi; Ban tổ chức bốc thăm phân định giải Nhì, giải Ba (biên bản ngày chốt kết quả).";
        var issued = await (await snv.PostJsonAsync(url + "/results", Decision([
            new { prizeId = first, teamId = a }, new { prizeId = second, teamId = c, reason = lot }, new { prizeId = third, teamId = b, reason = lot },
            new { prizeId = best, teamId = a, personId = captainOfA, reason = "Phần thể hiện “Tôi là tuyên truyền viên” được cả hội đồng giám khảo đánh giá cao nhất" },
        ]))).ReadAsync<ResultsDto>();
        var results = issued.Issued.ShouldNotBeNull();
        results.Number.ShouldBe(number);
        results.TotalAmount.ShouldBe(10_500_000);
        results.Awards.Select(x => (x.PrizeName, x.TeamId, x.Reason is null)).ShouldBe(
            [("Giải Nhất", a, true), ("Giải Nhì", c, false), ("Giải Ba", b, false), ("Giải cá nhân xuất sắc", a, false)]);
        results.Awards[0].HolderName.ShouldStartWith("Đội xã");
        results.Awards.Take(3).ShouldAllBe(x => x.Certificates.Count == 3, "the team's and each of its two members'");
        results.Awards[3].Certificates.ShouldHaveSingleItem();
        var document = await app.WithDbAsync(db => db.Documents.SingleAsync(x => x.Id == results.DocumentId));
        (document.Number, document.Type, document.Body!.Contains("Giải Nhì: Đội", StringComparison.Ordinal)).ShouldBe((number, DocumentType.Decision, true));

        var history = (await (await snv.GetAsync(url)).ReadAsync<ContestDto>()).History;
        history.Select(h => h.Action).ShouldContain(ContestAction.PrizesSet);
        history.Single(h => h.Action == ContestAction.ResultsIssued).Note.ShouldNotBeNull().ShouldContain(number);

        (await WorkListTests.ReadAllAsync(snv)).ShouldNotContain(i => i.Link == resultsLink, "issued");

        // Fixed from now on.
        (await (await snv.PostJsonAsync(url + "/results", Decision([new { prizeId = first, teamId = a }]))).ProblemAsync(HttpStatusCode.Conflict))
            .Code.ShouldBe("contest.results_issued");
        (await (await snv.PutJsonAsync(url + "/prizes", new { basis = "x", prizes = new[] { new { name = "Giải Nhất", subject = "Team", count = 2, amount = 1 } } }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.results_issued");

        // A certificate verifies on the public page; the public and a viewer see the winners, never a code.
        var code = results.Awards[0].Certificates[0].Code;
        var verified = await (await anonymous.GetAsync($"/api/v1/verify/{code}")).ReadAsync<VerificationDto>();
        (verified.Status, verified.Certificate!.AwardName.StartsWith("Giải Nhất — Hội thi", StringComparison.Ordinal), verified.Certificate.DecisionNumber)
            .ShouldBe((VerificationStatus.Valid, true, number));
        var publicJson = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest.Id}/results")).Content.ReadAsStringAsync();
        publicJson.ShouldNotContain(code);
        var published = await (await anonymous.GetAsync($"/api/v1/public/contests/{contest.Id}/results")).ReadAsync<PublicResultsDto>();
        (published.Issued, published.Awards.Count, published.Number).ShouldBe((true, 4, number));
        var rules = System.Net.WebUtility.HtmlDecode(await anonymous.GetStringAsync($"/hoi-thi/{contest.Id}"));
        (rules.Contains("Cơ cấu giải thưởng", StringComparison.Ordinal), rules.Contains($"Kết quả (Quyết định số {number}", StringComparison.Ordinal)).ShouldBe((true, true));
        rules.ShouldNotContain(code);
        var viewer = await (await guest.GetAsync(url + "/results")).ReadAsync<ResultsDto>();
        viewer.Issued!.Awards.ShouldAllBe(x => x.Certificates.Count == 0);

        // The certificates print with their QR code.
        var pdf = await (await snv.GetAsync(url + "/results/certificates.pdf")).Content.ReadAsByteArrayAsync();
        var text = PdfText.Read(pdf);
        text.Pages.ShouldBe(10);
        (text.Shows("GIẤY CHỨNG NHẬN"), text.Shows("Giải Nhất"), text.Shows(number)).ShouldBe((true, true, true), text.Text);
        PdfText.SavePngs(pdf, $"contest-certificates-{provider}");
        QrReader.Decode(pdf).ShouldEndWith(VerifyLink.Path + code);
        (await guest.GetAsync(url + "/results/certificates.pdf")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);

        // The decision itself on paper (Decree 30, DOCX and PDF from the same blocks), for whoever sees the contest.
        var docx = await (await guest.GetAsync(url + "/results/decision.docx")).Content.ReadAsByteArrayAsync();
        var lines = string.Join("\n", DanVan.Infrastructure.Word.WordWriter.Lines(docx));
        foreach (var expected in new[] { $"Số: {number}", "QUYẾT ĐỊNH", $"Về việc công nhận kết quả và trao giải {contest.Name}", "Căn cứ Kế hoạch số 1816/KH-UBND",
                     "Căn cứ cơ cấu giải thưởng của Hội thi (Kế hoạch số 1816/KH-UBND, mục IV (cơ cấu giải thưởng));", "Điều 1. Công nhận kết quả và trao giải",
                     "cho 3 tập thể và 1 cá nhân", "tổng cộng 10.500.000 đồng", "GIÁM ĐỐC", "Nguyễn Văn Sở", "DANH SÁCH", "Giải cá nhân xuất sắc", "10.500.000" })
        {
            lines.ShouldContain(expected, Case.Sensitive, lines);
        }

        var decisionPdf = PdfText.Read(await (await snv.GetAsync(url + "/results/decision.pdf")).Content.ReadAsByteArrayAsync());
        (decisionPdf.Shows("QUYẾT ĐỊNH"), decisionPdf.Shows(number), decisionPdf.Shows("Tổng cộng")).ShouldBe((true, true, true), decisionPdf.Text);
        PdfText.SavePngs(await (await snv.GetAsync(url + "/results/decision.pdf")).Content.ReadAsByteArrayAsync(), $"contest-results-decision-{provider}");

        // A decision marked replaced in the register no longer vouches for the paper: "cannot check", never "valid".
        await app.WithDbAsync(db => db.Documents.Where(x => x.Id == results.DocumentId).ExecuteUpdateAsync(u => u.SetProperty(x => x.Status, DocumentStatus.Replaced)));
        (await (await anonymous.GetAsync($"/api/v1/verify/{code}")).ReadAsync<VerificationDto>()).Status.ShouldBe(VerificationStatus.CannotCheck);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_organiser_sets_the_prizes_and_issues_the_results_on_the_page_with_errors_beside_the_forms(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var judge = await app.ClientForAsync("xem");
        var s = await SetUpAsync(app, snv);
        using var page = await app.SignedInAsync("tdkt.snv");
        var url = $"/Contests/Results/{s.Contest.Id}";
        (await Html(page, url)).ShouldContain("Chưa có cơ cấu giải thưởng.");

        var bad = await PostAsync(page, url, "Prizes", new() { ["Basis"] = "Kế hoạch 1816/KH-UBND, mục IV", ["PrizeLines"] = "Giải Nhất, tập thể, 1, 5.000.000" });
        (bad.Status, bad.Html.Contains("Dòng 1 của cơ cấu giải thưởng", StringComparison.Ordinal)).ShouldBe((HttpStatusCode.OK, true));
        (await PostAsync(page, url, "Prizes", new()
        {
            ["Basis"] = "Kế hoạch 1816/KH-UBND, mục IV",
            ["PrizeLines"] = "Giải Nhất | tập thể | 1 | 5.000.000\nGiải Nhì | đội | 1 | 3.000.000\nGiải Ba | tập thể | 1 | 2.000.000\nThí sinh xuất sắc | cá nhân | 1 | 500.000",
        })).Status.ShouldBe(HttpStatusCode.Redirect);
        var prizes = await app.WithDbAsync(db => db.ContestPrizes.Where(p => p.ContestId == s.Contest.Id).OrderBy(p => p.Seq).ToListAsync());
        prizes.Select(p => (p.Name, p.Subject, p.Amount)).ShouldBe([("Giải Nhất", PrizeSubject.Team, 5_000_000L), ("Giải Nhì", PrizeSubject.Team, 3_000_000L),
            ("Giải Ba", PrizeSubject.Team, 2_000_000L), ("Thí sinh xuất sắc", PrizeSubject.Individual, 500_000L)]);
        (await Html(page, url)).ShouldContain(ContestErrors.RoundNotFinal(s.Round.Name).Message);

        await ScoreAndFinaliseAsync(snv, judge, s);
        var proposal = await Html(page, url);
        proposal.ShouldContain("Cần Ban tổ chức quyết định.");
        var (a, b, c) = (s.Teams[0], s.Teams[1], s.Teams[2]);
        Dictionary<string, string> Form(string reason) => new()
        {
            ["Decision.Number"] = "77/QĐ-SNV", ["Decision.IssueDate"] = DateTime.UtcNow.AddHours(7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ["Decision.SignerTitle"] = "Giám đốc", ["Decision.SignerName"] = "Nguyễn Văn Sở",
            ["Decision.Lines[0].TeamId"] = a.ToString(), ["Decision.Lines[0].PrizeId"] = prizes[0].Id.ToString(),
            ["Decision.Lines[1].TeamId"] = b.ToString(), ["Decision.Lines[1].PrizeId"] = prizes[1].Id.ToString(), ["Decision.Lines[1].Reason"] = reason,
            ["Decision.Lines[2].TeamId"] = c.ToString(), ["Decision.Lines[2].PrizeId"] = prizes[2].Id.ToString(), ["Decision.Lines[2].Reason"] = reason,
            ["Decision.Extras[0].PrizeId"] = prizes[3].Id.ToString(), ["Decision.Extras[0].Holder"] = $"{a}:{s.Communes[0].Vice}",
            ["Decision.Extras[0].Reason"] = "Phần thể hiện xuất sắc nhất",
        };
        var refused = await PostAsync(page, url, "Issue", Form(""));
        (refused.Status, refused.Html.Contains("khác đề xuất", StringComparison.Ordinal)).ShouldBe((HttpStatusCode.OK, true), refused.Html);
        refused.Html.ShouldContain("Phần thể hiện xuất sắc nhất"); // what was typed stays
        (await app.WithDbAsync(db => db.ContestAwards.CountAsync(x => x.ContestId == s.Contest.Id))).ShouldBe(0);

        (await PostAsync(page, url, "Issue", Form("Bốc thăm phân định hai đội đồng hạng"))).Status.ShouldBe(HttpStatusCode.Redirect);
        var issued = await Html(page, url);
        issued.ShouldContain("Quyết định số");
        issued.ShouldContain("77/QĐ-SNV");
        issued.ShouldContain("Bốc thăm phân định hai đội đồng hạng");
        issued.ShouldContain("id=\"certificates-pdf\"");
        issued.ShouldNotContain("id=\"issue-results\"");
    }

    /// <summary>
    /// Overtime (issue 17 §1, "penalties … overtime"): the final's "Tôi là tuyên truyền viên" has 7 minutes and 0,5 point
    /// per minute over in its rules; the timekeeper's 75 seconds over cost two started minutes, shown on the standings with
    /// their reason and in the history; a negative or absurd reading is refused and saves nothing.
    /// </summary>
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Overtime_on_a_timed_part_costs_each_started_minute_on_the_standings(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var snv = await app.ClientForAsync("tdkt.snv");
        using var judge = await app.ClientForAsync("xem");
        var s = await SetUpAsync(app, snv);
        (s.Part.TimeLimitMinutes, s.Part.OvertimePenaltyPerMinute).ShouldBe((7, 0.5m));
        var url = $"/api/v1/contests/{s.Contest.Id}";
        (await (await snv.GetAsync($"/api/v1/public/contests/{s.Contest.Id}/rules")).ReadAsync<RulesDto>()).Sections.SelectMany(x => x.Lines)
            .ShouldContain(l => l.Contains("thời gian trình bày tối đa 7 phút, quá giờ bị trừ 0,5 điểm mỗi phút", StringComparison.Ordinal));
        await (await judge.PutJsonAsync(url + "/sheets/mine", new { partId = s.Part.Id, teamId = s.Teams[0],
            points = s.Criteria.Select((k, i) => (object)new { criterionId = k, points = new[] { 27m, 9, 9 }[i] }).ToArray() })).ReadAsync<SheetDto>();
        foreach (var bad in new[] { -1, RecordAttendance.MaxOvertimeSeconds + 1 })
        {
            (await (await snv.PutJsonAsync($"{url}/parts/{s.Part.Id}/attendance", new { teamId = s.Teams[0], overtimeSeconds = bad })).ProblemAsync(HttpStatusCode.BadRequest))
                .Code.ShouldBe("contest.overtime_seconds");
        }

        (await app.WithDbAsync(db => db.ContestAttendance.CountAsync(a => a.PartId == s.Part.Id))).ShouldBe(0);
        var recorded = await (await snv.PutJsonAsync($"{url}/parts/{s.Part.Id}/attendance", new { teamId = s.Teams[0], overtimeSeconds = 75 })).ReadAsync<AttendanceDto>();
        recorded.OvertimeSeconds.ShouldBe(75);
        var standings = await (await snv.GetAsync($"{url}/rounds/{s.Round.Id}/standings")).ReadAsync<StandingsDto>();
        var a = standings.Rows.Single(r => r.TeamId == s.Teams[0]).Parts.Single();
        (a.Raw, a.OvertimeMinutes, a.Penalty, a.Final, a.PenaltyReason).ShouldBe((45m, 2, 1m, 44m, "quá giờ 2 phút"));
        (await app.WithDbAsync(db => db.ContestEvents.Where(e => e.ContestId == s.Contest.Id && e.Action == ContestAction.AttendanceRecorded).Select(e => e.Note).SingleAsync()))
            .ShouldBe("Vòng chung kết, phần thi 1: quá giờ 1 phút 15 giây");
    }

    private static async Task<string> Html(HttpClient client, string url) => System.Net.WebUtility.HtmlDecode(await client.GetStringAsync(url));

    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(client, page);
        using var response = await client.PostAsync(page + "?handler=" + handler, new FormUrlEncodedContent(form));
        return (response.StatusCode, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private sealed record Setup(ContestDto Contest, RoundDto Round, PartDto Part, List<ContestData.Commune> Communes, Guid[] Teams, List<Guid> Criteria);

    /// <summary>A one-round contest (the final's "Tôi là tuyên truyền viên") of five communes' teams (captain and member each), the viewer "xem" its judge.</summary>
    private static async Task<Setup> SetUpAsync(TestApp app, HttpClient snv)
    {
        var input = await ContestData.InputAsync(app);
        var final = input.Rounds![^1];
        final.Parts = [final.Parts![1]]; // "Tôi là tuyên truyền viên", 50 points: 30 + 10 + 10
        final.TieBreak = [];
        input.Rounds = [final];
        input.Clusters = [];
        var contest = await ContestData.OpenAsync(app, snv, input);
        var round = contest.Rounds.Single();
        var part = round.Parts.Single();
        var communes = new List<ContestData.Commune>();
        foreach (var commune in new[] { "XA001", "XA002", "XA003", "XA004", "XA005" })
        {
            communes.Add(await ContestData.CommuneAsync(app, commune));
        }

        var (teams, criteria) = await app.WithDbAsync(async db =>
        {
            var c = await db.Contests.SingleAsync(x => x.Id == contest.Id);
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            var ids = communes.Select(commune =>
            {
                var captain = db.People.Where(p => p.Id == commune.Vice).Select(p => new { p.Id, p.FullName, p.Position }).Single();
                var member = db.People.Where(p => p.Id == commune.Officer).Select(p => new { p.Id, p.FullName, p.Position }).Single();
                var team = ContestTeam.Register(c, commune.Unit, [new MemberChoice(captain.Id, captain.FullName, captain.Position, MemberRole.Captain),
                    new MemberChoice(member.Id, member.FullName, member.Position, MemberRole.Member)], VnTime.Today(db.Time), by);
                team.Accept(null, null, by).ShouldBeNull();
                db.ContestTeams.Add(team);
                return team.Id;
            }).ToArray();
            var user = await db.Users.Where(u => u.UserName == "xem").Select(u => u.Id).SingleAsync();
            db.ContestJudges.Add(new ContestJudge(c.TenantId, c.Id, round.Id, user, null, null, "PGS. TS. Trần Khách", "Học viện Chính trị khu vực III", false, by));
            await db.SaveChangesAsync();
            return (ids, await db.ContestCriteria.Where(k => k.PartId == part.Id).OrderBy(k => k.Seq).Select(k => k.Id).ToListAsync());
        });
        return new Setup(contest, round, part, communes, teams, criteria);
    }

    /// <summary>A 45, B and C 40 each (a tie across Giải Nhì and Giải Ba), D 30, E absent; the part closed and the round final.</summary>
    private static async Task ScoreAndFinaliseAsync(HttpClient snv, HttpClient judge, Setup s)
    {
        var url = $"/api/v1/contests/{s.Contest.Id}";
        object Sheet(Guid team, params decimal[] points) =>
            new { partId = s.Part.Id, teamId = team, points = s.Criteria.Select((k, i) => (object)new { criterionId = k, points = points[i] }).ToArray() };
        foreach (var (team, points) in new[] { (s.Teams[0], new[] { 27m, 9, 9 }), (s.Teams[1], new[] { 24m, 8, 8 }), (s.Teams[2], new[] { 24m, 8, 8 }), (s.Teams[3], new[] { 20m, 5, 5 }) })
        {
            await (await judge.PutJsonAsync(url + "/sheets/mine", Sheet(team, points))).ReadAsync<SheetDto>();
        }

        (await snv.PutJsonAsync($"{url}/parts/{s.Part.Id}/attendance", new { teamId = s.Teams[4], noShow = true })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await snv.PostAsync($"{url}/parts/{s.Part.Id}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await snv.PostAsync($"{url}/rounds/{s.Round.Id}/board/final", null)).ReadAsync<OrganiserBoardDto>();
    }
}
