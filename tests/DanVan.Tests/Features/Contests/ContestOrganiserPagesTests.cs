using System.Globalization;
using System.Net;
using DanVan.Features.Accounts;
using DanVan.Features.Contests;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Contests;

/// <summary>
/// The organiser's judging pages (issue 17 §2–3) over the same handlers as the API: seating judges and declaring a
/// conflict on the judges page; a paper sheet double-entered on the paper sheets page (the same person refused, a
/// mismatch shown side by side, then corrected and confirmed), attendance, closing refused while a sheet is unconfirmed,
/// a correction with its reason; and a guest judge whose account holds no role reaching their judge's page and nothing else.
/// </summary>
public sealed class ContestOrganiserPagesTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private sealed record Setup(Guid Contest, Guid Round, Guid Part, List<Guid> Criteria, Guid TeamSen, Guid TeamMai);

    private static async Task<Setup> SetUpAsync(TestApp app)
    {
        using var snv = await app.ClientForAsync("tdkt.snv");
        var contest = await ContestData.OpenAsync(app, snv, await ContestData.InputAsync(app));
        var (xa1, xa2) = (await ContestData.CommuneAsync(app, "XA001"), await ContestData.CommuneAsync(app, "XA002"));
        var part = contest.Rounds[0].Parts[1];
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
            await db.SaveChangesAsync();
            var criteria = await db.ContestCriteria.Where(k => k.PartId == part.Id).OrderBy(k => k.Seq).Select(k => k.Id).ToListAsync();
            return new Setup(contest.Id, contest.Rounds[0].Id, part.Id, criteria, teams[0], teams[1]);
        });
    }

    /// <summary>An account of the demo province holding no role at all (a guest judge).</summary>
    private static async Task<Guid> GuestAsync(TestApp app, string name)
    {
        var tenantId = await app.WithDbAsync(async db => await db.Units.Where(u => u.Code == "SNV").Select(u => u.TenantId).SingleAsync());
        await using var scope = app.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var user = new AppUser { Id = Guid.CreateVersion7(), UserName = name, FullName = "Khách mời " + name, TenantId = tenantId, CreatedAt = DateTime.UtcNow };
        (await users.CreateAsync(user, TestApp.DemoPassword)).Succeeded.ShouldBeTrue();
        return user.Id;
    }

    private static Task<Guid> UserAsync(TestApp app, string name) => app.WithDbAsync(db => db.Users.Where(u => u.UserName == name).Select(u => u.Id).SingleAsync());

    /// <summary>Posts a page form with the page's anti-forgery token; answers the status and the decoded HTML.</summary>
    private static async Task<(HttpStatusCode Status, string Html)> PostAsync(HttpClient client, string page, string handler, Dictionary<string, string> form,
        string? tokenFrom = null)
    {
        form["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(client, tokenFrom ?? page);
        using var response = await client.PostAsync(page + (page.Contains('?', StringComparison.Ordinal) ? "&" : "?") + "handler=" + handler, new FormUrlEncodedContent(form));
        return (response.StatusCode, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()));
    }

    private static Dictionary<string, string> Sheet(Setup s, Guid judge, Guid team, Guid? sheet, params decimal[] points)
    {
        var form = new Dictionary<string, string> { ["Form.JudgeId"] = judge.ToString(), ["Form.TeamId"] = team.ToString() };
        if (sheet is { } id)
        {
            form["Form.SheetId"] = id.ToString();
        }

        for (var i = 0; i < points.Length; i++)
        {
            form[$"Form.Points[{i}].CriterionId"] = s.Criteria[i].ToString();
            form[$"Form.Points[{i}].Points"] = points[i].ToString(CultureInfo.InvariantCulture);
        }

        return form;
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_organiser_seats_judges_declares_a_conflict_and_cannot_remove_a_judge_with_sheets(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var s = await SetUpAsync(app);
        var xa1 = await ContestData.CommuneAsync(app, "XA001");
        var officer = await app.WithDbAsync(db => db.People.Where(p => p.Id == xa1.Officer).Select(p => p.FullName).SingleAsync());
        using var page = await app.SignedInAsync("tdkt.snv");
        var url = $"/Contests/Judges/{s.Contest}?roundId={s.Round}";

        var found = WebUtility.HtmlDecode(await page.GetStringAsync(url + "&q=" + Uri.EscapeDataString(officer)));
        found.ShouldContain(officer);
        found.ShouldContain("Vòng thi chưa có giám khảo.");

        // A person of the province (the commune's officer) as chair: recused from their own commune's team automatically.
        var (status, _) = await PostAsync(page, url, "Add", new()
        {
            ["Input.PersonId"] = xa1.Officer.ToString(), ["Input.UserId"] = (await UserAsync(app, "thidua.xa001")).ToString(), ["Input.IsChair"] = "true",
        });
        status.ShouldBe(HttpStatusCode.Redirect);

        // A guest without an organisation is refused on the form, nothing saved; with it, seated.
        var guestUser = (await UserAsync(app, "xem")).ToString();
        var refused = await PostAsync(page, url, "Add", new() { ["Input.UserId"] = guestUser, ["Input.Name"] = "PGS. TS. Trần Khách" });
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain(ContestErrors.JudgeName.Message);
        (await app.WithDbAsync(db => db.ContestJudges.CountAsync(j => j.ContestId == s.Contest))).ShouldBe(1);
        (await PostAsync(page, url, "Add", new() { ["Input.UserId"] = guestUser, ["Input.Name"] = "PGS. TS. Trần Khách", ["Input.Organisation"] = "Học viện Hành chính" }))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var judges = await app.WithDbAsync(db => db.ContestJudges.Where(j => j.ContestId == s.Contest).ToListAsync());
        var (chair, guest) = (judges.Single(j => j.IsChair), judges.Single(j => j.IsGuest));
        chair.PersonId.ShouldBe(xa1.Officer);

        // A conflict needs its reason; then it is listed with it.
        var noReason = await PostAsync(page, url, "Conflict", new() { ["JudgeId"] = guest.Id.ToString(), ["Conflict.TeamId"] = s.TeamMai.ToString(), ["Conflict.Reason"] = " " });
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.Html.ShouldContain(ContestErrors.ReasonRequired.Message);
        (await PostAsync(page, url, "Conflict", new() { ["JudgeId"] = guest.Id.ToString(), ["Conflict.TeamId"] = s.TeamMai.ToString(), ["Conflict.Reason"] = "Anh ruột của đội trưởng" }))
            .Status.ShouldBe(HttpStatusCode.Redirect);
        var html = WebUtility.HtmlDecode(await page.GetStringAsync(url));
        html.ShouldContain("Trưởng ban giám khảo");
        html.ShouldContain("Đội Sen");
        // The commune's officer is recused from their commune's team (the list may hold others: the former district).
        var recusals = html[html.IndexOf($"id=\"recusals-{chair.Id}\"", StringComparison.Ordinal)..];
        recusals[..recusals.IndexOf("</ul>", StringComparison.Ordinal)].ShouldContain("Đội Sen (");
        html.ShouldContain("xung đột lợi ích đã khai báo — Anh ruột của đội trưởng");

        // A judge with a sheet stays, with the handler's message; one without goes.
        await app.WithDbAsync(async db =>
        {
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            db.ContestSheets.Add(ContestSheet.Start(guest.TenantId, s.Contest, s.Part, guest.Id, s.TeamSen, SheetSource.Paper, [.. s.Criteria.Select(c => new SheetPoints(c, 1))], by));
            return await db.SaveChangesAsync();
        });
        var kept = await PostAsync(page, url, "Remove", new() { ["JudgeId"] = guest.Id.ToString() });
        kept.Status.ShouldBe(HttpStatusCode.OK);
        kept.Html.ShouldContain(ContestErrors.JudgeHasSheets.Message);
        (await PostAsync(page, url, "Remove", new() { ["JudgeId"] = chair.Id.ToString() })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ContestJudges.Where(j => j.ContestId == s.Contest).Select(j => j.Id).ToListAsync())).ShouldBe([guest.Id]);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_paper_sheet_is_double_entered_on_the_page_and_the_part_closes_only_once_every_sheet_is_confirmed(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var s = await SetUpAsync(app);
        using (var snvApi = await app.ClientForAsync("tdkt.snv"))
        {
            await (await snvApi.PostJsonAsync($"/api/v1/contests/{s.Contest}/judges",
                new { roundId = s.Round, userId = await UserAsync(app, "xem"), name = "Nguyễn Thị Giấy", organisation = "Báo Sông Trà" })).ReadAsync<JudgeDto>(HttpStatusCode.Created);
        }

        var judge = await app.WithDbAsync(db => db.ContestJudges.Where(j => j.ContestId == s.Contest).Select(j => j.Id).SingleAsync());
        using var first = await app.SignedInAsync("tdkt.snv");
        using var second = await app.SignedInAsync("qtv.tinh");
        var url = $"/Contests/PaperSheets/{s.Contest}?partId={s.Part}&judge={judge}";
        WebUtility.HtmlDecode(await first.GetStringAsync(url)).ShouldContain("Chưa nhập");
        Task<SheetState> StateAsync() => app.WithDbAsync(db => db.ContestSheets.Where(x => x.PartId == s.Part && x.TeamId == s.TeamSen).Select(x => x.State).SingleAsync());
        Task<Guid> SheetAsync() => app.WithDbAsync(db => db.ContestSheets.Where(x => x.PartId == s.Part && x.TeamId == s.TeamSen).Select(x => x.Id).SingleAsync());

        (await PostAsync(first, url, "Enter", Sheet(s, judge, s.TeamSen, null, 20, 8, 4))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync()).ShouldBe(SheetState.Entered);
        var sheet = await SheetAsync();
        var html = WebUtility.HtmlDecode(await first.GetStringAsync(url));
        html.ShouldContain("Đã nhập lần 1");
        html.ShouldContain("Điểm lần 1 được ẩn");

        // The same person cannot confirm their own entry: the handler's message, in place.
        var same = await PostAsync(first, url, "Confirm", Sheet(s, judge, s.TeamSen, sheet, 20, 8, 4));
        same.Status.ShouldBe(HttpStatusCode.OK);
        same.Html.ShouldContain(ContestErrors.SamePerson.Message);
        (await StateAsync()).ShouldBe(SheetState.Entered);

        // A second person types a different point: a mismatch, both entries side by side, nothing merged.
        (await PostAsync(second, url, "Confirm", Sheet(s, judge, s.TeamSen, sheet, 20, 9, 4))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync()).ShouldBe(SheetState.Mismatch);
        html = WebUtility.HtmlDecode(await first.GetStringAsync(url));
        html.ShouldContain("Hai lần nhập lệch nhau (chưa gộp, chưa tính điểm)");
        html.ShouldContain("Sát thực tiễn địa phương — lệch");

        // Closing is refused while it is unconfirmed, naming the sheet.
        var refused = await PostAsync(first, url, "Close", new() { ["Sure"] = "true" });
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain(ContestErrors.UnconfirmedSheets(1).Message);
        refused.Html.ShouldContain("Nguyễn Thị Giấy — Đội Sen");

        // The first entrant corrects their entry to match: confirmed.
        (await PostAsync(first, url, "Enter", Sheet(s, judge, s.TeamSen, null, 20, 9, 4))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await StateAsync()).ShouldBe(SheetState.Confirmed);

        // Attendance: a bad number is shown on the form; a no-show is recorded.
        var late = await PostAsync(first, url, "Attendance", new() { ["Attendance.TeamId"] = s.TeamMai.ToString(), ["Attendance.DaysLate"] = "-1" });
        late.Status.ShouldBe(HttpStatusCode.OK);
        late.Html.ShouldContain(ContestErrors.DaysLate.Message);
        (await PostAsync(first, url, "Attendance", new() { ["Attendance.TeamId"] = s.TeamMai.ToString(), ["Attendance.NoShow"] = "true" })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ContestAttendance.SingleAsync(a => a.PartId == s.Part && a.TeamId == s.TeamMai))).NoShow.ShouldBeTrue();

        // Closing needs the explicit confirmation, then locks the part.
        (await PostAsync(first, url, "Close", new())).Html.ShouldContain(ContestErrors.CloseNotConfirmed.Message);
        (await PostAsync(first, url, "Close", new() { ["Sure"] = "true" })).Status.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ContestParts.Where(p => p.Id == s.Part).Select(p => p.ClosedAt).SingleAsync())).ShouldNotBeNull();

        // After closing: a correction needs a reason, and the history keeps old → new and the reason.
        var noReason = await PostAsync(first, url, "Correct", Sheet(s, judge, s.TeamSen, sheet, 20, 10, 4));
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.Html.ShouldContain(ContestErrors.ReasonRequired.Message);
        var correction = Sheet(s, judge, s.TeamSen, sheet, 20, 10, 4);
        correction["Form.Reason"] = "Cộng nhầm điểm tiêu chí 2";
        (await PostAsync(first, url, "Correct", correction)).Status.ShouldBe(HttpStatusCode.Redirect);
        html = WebUtility.HtmlDecode(await first.GetStringAsync(url));
        html.ShouldContain("33 → 34 điểm. Lý do: Cộng nhầm điểm tiêu chí 2");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_organiser_substitutes_a_member_on_the_contest_page_with_a_reason(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var s = await SetUpAsync(app);
        var xa1 = await ContestData.CommuneAsync(app, "XA001");
        var chairName = await app.WithDbAsync(db => db.People.Where(p => p.Id == xa1.Chair).Select(p => p.FullName).SingleAsync());
        using var page = await app.SignedInAsync("tdkt.snv");
        var url = $"/Contests/Details/{s.Contest}?substitute={s.TeamSen}";
        var html = WebUtility.HtmlDecode(await page.GetStringAsync(url));
        html.ShouldContain($"id=\"substitute-{s.TeamSen}\"");
        html.ShouldContain(chairName); // a free person of the commune holding an allowed position

        var version = await app.WithDbAsync(db => db.ContestTeams.Where(t => t.Id == s.TeamSen).Select(t => t.Version).SingleAsync());
        Dictionary<string, string> Form(string reason) => new()
        {
            ["Decision.TeamId"] = s.TeamSen.ToString(), ["Decision.Version"] = version.ToString(CultureInfo.InvariantCulture),
            ["Swap.OutPersonId"] = xa1.Vice.ToString(), ["Swap.InPersonId"] = xa1.Chair.ToString(), ["Swap.Reason"] = reason,
        };
        var refused = await PostAsync(page, url, "Substitute", Form(" "));
        refused.Status.ShouldBe(HttpStatusCode.OK);
        refused.Html.ShouldContain(ContestErrors.ReasonRequired.Message);
        (await PostAsync(page, url, "Substitute", Form("Đồng chí Phó Chủ tịch đi học dài hạn"))).Status.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.ContestMembers.Where(m => m.TeamId == s.TeamSen && m.Active).Select(m => m.PersonId).ToListAsync())).ShouldBe([xa1.Chair]);
        WebUtility.HtmlDecode(await page.GetStringAsync($"/Contests/Details/{s.Contest}")).ShouldContain("Đồng chí Phó Chủ tịch đi học dài hạn");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_guest_judge_without_a_role_opens_the_judge_page_of_their_contest_and_nothing_else(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var s = await SetUpAsync(app);
        var other = await SetUpAsync(app);
        var guestId = await GuestAsync(app, "khach.giamkhao");

        using var guest = await app.ClientForAsync("khach.giamkhao");
        (await guest.GetAsync($"/Contests/Judge/{s.Contest}")).StatusCode.ShouldBe(HttpStatusCode.Forbidden); // not seated yet: no role, no seat

        using (var snv = await app.ClientForAsync("tdkt.snv"))
        {
            await (await snv.PostJsonAsync($"/api/v1/contests/{s.Contest}/judges", new { roundId = s.Round, userId = guestId, name = "TS. Khách", organisation = "Trường Chính trị" }))
                .ReadAsync<JudgeDto>(HttpStatusCode.Created);
        }

        using (var page = await guest.GetAsync($"/Contests/Judge/{s.Contest}"))
        {
            page.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain("Đội Sen");
        }

        foreach (var url in new[]
                 {
                     $"/Contests/Judge/{other.Contest}", "/Contests", $"/Contests/Details/{s.Contest}", $"/Contests/Standings/{s.Contest}",
                     $"/Contests/Judges/{s.Contest}", $"/Contests/PaperSheets/{s.Contest}?partId={s.Part}",
                 })
        {
            (await guest.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden, url);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_rounds_chair_who_is_not_an_organiser_corrects_a_closed_sheet_on_the_desk_and_changes_nothing_else_there(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var s = await SetUpAsync(app);
        var chairUser = await GuestAsync(app, "khach.truongban");
        Guid judge;
        using (var snv = await app.ClientForAsync("tdkt.snv"))
        {
            await (await snv.PostJsonAsync($"/api/v1/contests/{s.Contest}/judges",
                new { roundId = s.Round, userId = chairUser, name = "TS. Trưởng Ban", organisation = "Trường Chính trị tỉnh", isChair = true })).ReadAsync<JudgeDto>(HttpStatusCode.Created);
            judge = (await (await snv.PostJsonAsync($"/api/v1/contests/{s.Contest}/judges",
                new { roundId = s.Round, userId = await UserAsync(app, "xem"), name = "Nguyễn Thị Giấy", organisation = "Báo Sông Trà" })).ReadAsync<JudgeDto>(HttpStatusCode.Created)).Id;
            (await snv.PostJsonAsync($"/api/v1/contests/{s.Contest}/judges/{judge}/conflicts", new { teamId = s.TeamMai, reason = "Chồng của đội trưởng xã Ba Tơ" }))
                .StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        // The other judge's own sheet for Đội Sen; Đội Mai did not show.
        var sheet = await app.WithDbAsync(async db =>
        {
            var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
            var made = ContestSheet.Start(await db.Contests.Where(c => c.Id == s.Contest).Select(c => c.TenantId).SingleAsync(), s.Contest, s.Part, judge, s.TeamSen,
                SheetSource.Judge, [new SheetPoints(s.Criteria[0], 20), new SheetPoints(s.Criteria[1], 8), new SheetPoints(s.Criteria[2], 4)], by);
            db.ContestSheets.Add(made);
            await db.SaveChangesAsync();
            return made.Id;
        });
        using var chair = await app.SignedInAsync("khach.truongban");
        var url = $"/Contests/PaperSheets/{s.Contest}?partId={s.Part}&judge={judge}";

        // While the part is judged, the chair — a judge — sees only their own sheets: the desk is refused, on the page and through the API.
        using var api = await app.ClientForAsync("khach.truongban");
        using (var open = await chair.GetAsync(url))
        {
            open.StatusCode.ShouldBe(HttpStatusCode.BadRequest);
            WebUtility.HtmlDecode(await open.Content.ReadAsStringAsync()).ShouldContain(ContestErrors.ChairPartOpen.Message);
        }

        (await (await api.GetAsync($"/api/v1/contests/{s.Contest}/parts/{s.Part}/sheets")).ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("contest.part_open");

        // The organiser's handlers refuse a guest, who sees no contest otherwise (404), and save nothing.
        // (the session's form token from the judge's page: the desk itself is refused while the part is open)
        var judgePage = $"/Contests/Judge/{s.Contest}";
        (await PostAsync(chair, url, "Attendance", new() { ["Attendance.TeamId"] = s.TeamMai.ToString(), ["Attendance.NoShow"] = "true" }, judgePage))
            .Status.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(chair, url, "Close", new() { ["Sure"] = "true" }, judgePage)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await PostAsync(chair, url, "Enter", Sheet(s, judge, s.TeamMai, null, 1, 1, 1), judgePage)).Status.ShouldBe(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.ContestAttendance.CountAsync(a => a.PartId == s.Part))).ShouldBe(0);
        (await app.WithDbAsync(db => db.ContestSheets.CountAsync(x => x.PartId == s.Part))).ShouldBe(1);

        // The organiser closes the part; the chair's judge page links to the desk, where the correction needs its reason.
        using (var snv = await app.ClientForAsync("tdkt.snv"))
        {
            (await snv.PutJsonAsync($"/api/v1/contests/{s.Contest}/parts/{s.Part}/attendance", new { teamId = s.TeamMai, noShow = true, note = "UBND xã Ba Tơ báo vắng" })).StatusCode.ShouldBe(HttpStatusCode.OK);
            (await snv.PostAsync($"/api/v1/contests/{s.Contest}/parts/{s.Part}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        WebUtility.HtmlDecode(await chair.GetStringAsync($"/Contests/Judge/{s.Contest}")).ShouldContain($"href=\"/Contests/PaperSheets/{s.Contest}?partId={s.Part}\"");

        // Once closed: every judge's sheets under the teams' code names, a recusal without its reason (it names a commune), only the correction forms.
        var html = WebUtility.HtmlDecode(await chair.GetStringAsync(url));
        html.ShouldContain("Anh/chị là trưởng ban giám khảo của vòng thi");
        html.ShouldContain("Đã xác nhận (giám khảo tự nhập)");
        html.ShouldContain("Đội Sen");
        html.ShouldNotContain("Đội Sen (");
        html.ShouldContain(GetPartSheets.HiddenRecusal);
        html.ShouldNotContain("Ba Tơ");
        html.ShouldNotContain("handler=Enter");
        html.ShouldNotContain("handler=Attendance");
        html.ShouldNotContain("handler=Close");
        html.ShouldContain("handler=Correct");
        var noReason = await PostAsync(chair, url, "Correct", Sheet(s, judge, s.TeamSen, sheet, 20, 9, 4));
        noReason.Status.ShouldBe(HttpStatusCode.OK);
        noReason.Html.ShouldContain(ContestErrors.ReasonRequired.Message);
        var correction = Sheet(s, judge, s.TeamSen, sheet, 20, 9, 4);
        correction["Form.Reason"] = "Giám khảo ghi nhầm cột tiêu chí 2";
        (await PostAsync(chair, url, "Correct", correction)).Status.ShouldBe(HttpStatusCode.Redirect);
        html = WebUtility.HtmlDecode(await chair.GetStringAsync(url));
        html.ShouldContain("— khach.truongban: Phiếu chấm của Nguyễn Thị Giấy, Đội Sen, ");
        html.ShouldContain("32 → 33 điểm. Lý do: Giám khảo ghi nhầm cột tiêu chí 2");

        // The same desk through the API, for the chair; another part's desk lists only its own corrections (once that part is closed).
        var desk = await (await api.GetAsync($"/api/v1/contests/{s.Contest}/parts/{s.Part}/sheets")).ReadAsync<PartSheetsDto>();
        desk.Organiser.ShouldBeFalse();
        desk.Corrections.Single().Note!.ShouldContain("Giám khảo ghi nhầm cột tiêu chí 2");
        desk.Cells.Single(c => c.JudgeId == judge && c.TeamId == s.TeamSen).Sheet!.Total.ShouldBe(33);
        desk.Teams.Select(t => t.Name).ShouldBe(["Đội Mai", "Đội Sen"], ignoreOrder: true);
        desk.Teams.ShouldAllBe(t => t.AttendanceNote == null);
        desk.Judges.ShouldAllBe(j => j.Recusals.Count == 0);
        var otherPart = await app.WithDbAsync(db => db.ContestParts.Where(p => p.RoundId == s.Round && p.Id != s.Part).OrderBy(p => p.Seq).Select(p => p.Id).FirstAsync());
        using (var snv = await app.ClientForAsync("tdkt.snv"))
        {
            (await snv.PostAsync($"/api/v1/contests/{s.Contest}/parts/{otherPart}/close", null)).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await (await api.GetAsync($"/api/v1/contests/{s.Contest}/parts/{otherPart}/sheets")).ReadAsync<PartSheetsDto>()).Corrections.ShouldBeEmpty();

        // The organiser's desk names the communes; a judge who is not the chair is refused, on the page and through the API.
        using (var organiser = await app.SignedInAsync("tdkt.snv"))
        {
            WebUtility.HtmlDecode(await organiser.GetStringAsync(url)).ShouldContain("Đội Sen (");
        }

        using var plain = await app.ClientForAsync("xem");
        (await plain.GetAsync($"/api/v1/contests/{s.Contest}/parts/{s.Part}/sheets")).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
        (await plain.GetAsync(url)).StatusCode.ShouldBe(HttpStatusCode.Forbidden);
    }
}
