using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// Every page of the app, anonymous and signed in (province officer, commune officer, administrator), checked by
/// axe-core with the WCAG 2.1 A and AA rules: zero violations, on the pages as they first load, with a form in its
/// error state and with the dropdowns opened. Each page is listed once and checked at two widths: desktop (1280 px)
/// and phone (390 px, where it must also fit the screen, see AccessibilityTests.Phone.cs). One browser session per
/// role; the violations of all pages of a role are reported together.
/// </summary>
[Collection(AxeCollection.Name)]
public sealed partial class AccessibilityTests(BrowserFixture browser, AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly List<AxeViolation> violations = [];
    private readonly List<string> wrongStatuses = [];
    private readonly List<string> overflows = [];

    [BrowserFact]
    public async Task Anonymous_pages_have_no_axe_violations()
    {
        Role = "anonymous";
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;

        await VisitAsync(page, "/Account/Login");
        await page.Locator("#login-submit").ClickAsync(); // empty: the browser's own check stops it…
        await SubmitWithoutBrowserValidationAsync(page, "#login-submit"); // …and the server's messages are shown
        await Assertions.Expect(page.Locator("#main .text-danger, #main .alert-danger").First).ToBeVisibleAsync();
        await CheckAsync(page, "login, empty submit");
        await Ui.SubmitLoginAsync(page, "tdkt.snv", "Sai-Mat-Khau-2026");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToBeVisibleAsync();
        await CheckAsync(page, "login, wrong password");

        await VisitAsync(page, "/Public/Models");
        await page.Locator("#public-models a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Public/Models/Details/"));
        await CheckAsync(page, "public model details");
        await VisitAsync(page, "/Public/Models?q=" + Uri.EscapeDataString("không có mô hình nào như thế"));

        // Public notice and comment: the list, the open notice's form (empty submit: the server's messages), a receipt lookup.
        await VisitAsync(page, "/thong-bao");
        var openNotice = await fixture.App.WithDbAsync(db => db.PublicNotices.OrderByDescending(n => n.StartsOn).Select(n => n.Id).FirstAsync());
        await VisitAsync(page, $"/thong-bao/{openNotice}");
        await SubmitWithoutBrowserValidationAsync(page, "#send-comment");
        await Assertions.Expect(page.Locator("#errors li").First).ToBeVisibleAsync();
        await CheckAsync(page, "public notice, empty comment");
        await VisitAsync(page, "/thong-bao/bien-nhan?ma=ABCDE-FGHJK");

        // Certificate verification (issue 15 §4): the form, a known code, an unknown one.
        await VisitAsync(page, "/xac-minh");
        var code = await fixture.App.WithDbAsync(db => db.Certificates.OrderBy(c => c.Id).Select(c => c.Code).FirstOrDefaultAsync());
        if (code is not null)
        {
            await VisitAsync(page, $"/xac-minh/{code}");
        }

        await VisitAsync(page, "/xac-minh/khongcomanaynhuvaytrongdulieu");

        // The contest's rules (issue 17): public and printable, written from the demo contest's configuration.
        var contest = await fixture.App.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        await VisitAsync(page, $"/hoi-thi/{contest}");
        await VisitAsync(page, $"/hoi-thi/{contest}/bang-diem"); // the public scoreboard (projector and phone)

        await VisitAsync(page, "/Account/AccessDenied", expectedStatus: 403);
        await VisitAsync(page, "/Account/Logout");

        AssertClean(session);
    }

    [BrowserFact]
    public async Task Every_page_of_a_province_officer_has_no_axe_violations()
    {
        Role = "province";
        var app = fixture.App;
        var snv = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "SNV").Select(u => u.Id).SingleAsync());
        var person = await app.WithDbAsync(db => db.People.OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var document = await app.WithDbAsync(db => db.Documents.OrderBy(d => d.Id).Select(d => d.Id).FirstAsync());
        var proposed = await app.WithDbAsync(db => db.DvkModels.Where(m => m.Status == ModelStatus.Proposed).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var recognised = await app.WithDbAsync(db => db.DvkModels.Where(m => m.Status == ModelStatus.Recognised).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());

        await using var session = await browser.NewSessionAsync(app.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await CheckAsync(page, "home");
        await page.Locator("#account-menu").ClickAsync();
        await Assertions.Expect(page.Locator("#logout")).ToBeVisibleAsync();
        await CheckAsync(page, "home, account menu open");
        // The menu's groups (organisation, assessment, awards, system) open as lists of links.
        await page.Locator("#menu-awards").ClickAsync();
        await Assertions.Expect(page.Locator("#nav a[href='/Awards/Register']")).ToBeVisibleAsync();
        await CheckAsync(page, "home, awards menu open");
        await AtPhoneWidthAsync(page, async () =>
        {
            // On a phone the menu collapses behind its button; opened, it is checked like any page.
            await page.Locator(".navbar-toggler").ClickAsync();
            await Assertions.Expect(page.Locator("#nav a[href='/Movements']")).ToBeVisibleAsync();
            await page.Locator("#menu-awards").ClickAsync();
            await Assertions.Expect(page.Locator("#nav a[href='/Eligibility/Qualifies']")).ToBeVisibleAsync();
            violations.AddRange(await Axe.CheckAsync(page, $"home, menu and its awards group open ({PhoneWidth} px)"));
            await Screenshots.SaveAsync(page, "phone-menu-open", fullPage: false);
            await page.Locator(".navbar-toggler").ClickAsync();
            await Assertions.Expect(page.Locator("#nav a[href='/Movements']")).ToBeHiddenAsync();
        });

        // Units
        await VisitAsync(page, "/Units");
        await Assertions.Expect(page.Locator("li[data-unit-code='UBND']")).ToBeVisibleAsync(); // children loaded
        await CheckAsync(page, "/Units (tree)");
        await VisitAsync(page, "/Units?q=" + Uri.EscapeDataString("so noi vu"));
        await VisitAsync(page, $"/Units/Details/{snv}");

        // People
        await VisitAsync(page, "/People");
        await AtPhoneWidthAsync(page, async () =>
        {
            // On a phone the list is cards, and still a table with column headers to a screen reader.
            var header = await page.Locator("#people-table thead").BoundingBoxAsync();
            header.ShouldNotBeNull("the header row stays in the page, only visually hidden");
            header.Height.ShouldBeLessThanOrEqualTo(1, "the header row is visually hidden on a phone");
            var roles = await ChromiumRolesAsync(page);
            roles.ShouldContain("table");
            roles.ShouldContain("columnheader");
            roles.ShouldContain("cell");
        });
        await VisitAsync(page, $"/People/Details/{person}");

        // Documents
        await VisitAsync(page, "/Documents");
        await VisitAsync(page, $"/Documents/Details/{document}");
        await VisitAsync(page, $"/Documents/Edit/{document}");
        await VisitAsync(page, "/Documents/Create");
        await SubmitWithoutBrowserValidationAsync(page, "#extract-submit");
        await CheckAsync(page, "/Documents/Create, empty extract");

        // Movements, compliance, registrations, coverage
        await VisitAsync(page, "/Movements");
        await VisitAsync(page, "/Movements?status=Launched");
        await page.Locator("#movements-table a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements/Details/"));
        var movementUrl = page.Url;
        var movement = movementUrl[(movementUrl.LastIndexOf('/') + 1)..];
        await CheckAsync(page, "/Movements/Details (launched)");
        // The history of every unit's filing folds away: on a phone the page stays a few screens tall, not ~10,000 px.
        await AtPhoneWidthAsync(page, async () =>
            (await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight")).ShouldBeLessThan(6000, "movement details at phone width"));
        if (await app.WithDbAsync(db => db.Movements.Where(m => m.Status == MovementStatus.Draft).Select(m => (Guid?)m.Id).FirstOrDefaultAsync()) is { } draft)
        {
            await VisitAsync(page, $"/Movements/Edit/{draft}"); // only a draft is edited
        }

        await VisitAsync(page, $"/Movements/Compliance/{movement}");
        await VisitAsync(page, $"/Movements/Obligations/{movement}");
        await VisitAsync(page, "/Work");
        await VisitAsync(page, "/Notifications"); // the demo's read and unread notifications, and the e-mail preferences
        await VisitAsync(page, "/Notifications?unread=true");
        await VisitAsync(page, "/Notifications/Unsubscribe?t=gia-mao"); // a forged link: the refusal
        await VisitAsync(page, $"/Registrations/Index/{movement}");
        await VisitAsync(page, $"/Models/Coverage/{movement}");
        await VisitAsync(page, "/Movements/Edit");
        await SubmitWithoutBrowserValidationAsync(page, "#m-save");
        await CheckAsync(page, "/Movements/Edit, empty submit");

        // Models
        await VisitAsync(page, "/Models");
        await VisitAsync(page, $"/Models/Details/{proposed}");
        await VisitAsync(page, $"/Models/Details/{recognised}");
        await VisitAsync(page, "/Models/Recognition");
        await VisitAsync(page, "/Models/Rubric");
        await VisitAsync(page, "/Admin/Calendar?year=2026&from=2026-04-28&days=5"); // Calendar: read-only, with the count helper's answer

        // Assessment: the rounds, this year's ranking (by disagreement too), a unit waiting for appraisal (the appraisal form)
        await VisitAsync(page, "/Assessments");
        var round = await app.WithDbAsync(db =>
        {
            var year = DanVan.Infrastructure.Text.VnTime.Today(db.Time).Year; // the demo's round (other tests open rounds of far years)
            return db.AssessmentRounds.Where(r => r.Year == year).Select(r => r.Id).FirstAsync();
        });
        await VisitAsync(page, $"/Assessments/Round/{round}");
        await VisitAsync(page, $"/Assessments/Round/{round}?sort=disagreement");
        await VisitAsync(page, $"/Assessments/Results/{round}"); // charts with their tables, last year's decided ranks next to this year's proposal
        // Criteria sets: a frozen one (read-only, the reason and the copy form), the editor of a new one, the Excel upload
        var frozenSet = await app.WithDbAsync(db => db.AssessmentRounds.Where(r => r.Id == round).Select(r => r.CriteriaSetId).FirstAsync());
        await VisitAsync(page, $"/Assessments/CriteriaSet/{frozenSet}");
        await VisitAsync(page, "/Assessments/CriteriaSet?year=2098");
        await VisitAsync(page, "/Assessments/CriteriaSet/Import");
        foreach (var state in new[] { DanVan.Features.Assessments.AssessmentStatus.Submitted, DanVan.Features.Assessments.AssessmentStatus.Appealed })
        {
            var waiting = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.RoundId == round && a.Status == state).Select(a => a.Id).FirstAsync());
            await VisitAsync(page, $"/Assessments/Unit/{waiting}");
        }

        // The account's own pages
        await VisitAsync(page, "/Account/Mfa");
        await VisitAsync(page, "/Account/Manage/Tokens");
        await VisitAsync(page, "/Account/Manage/ChangePassword");
        await SubmitWithoutBrowserValidationAsync(page, "#main button[type='submit']");
        await CheckAsync(page, "/Account/Manage/ChangePassword, empty submit");

        // Staff ratings (read) and the province's emulation clusters (issue 13 §6).
        await VisitAsync(page, "/Ratings?year=2025");
        // The award register: the list, its empty search, the import, the cards on a person's and on a merged commune's page
        await VisitAsync(page, "/Awards/Register");
        await VisitAsync(page, "/Awards/Register?q=" + Uri.EscapeDataString("khong co ai nhu the"));
        await VisitAsync(page, "/Awards/RegisterImport");
        var imported = await app.WithDbAsync(db => db.AwardRecords.Where(r => r.SourceFile != null && !db.DecisionAwardees.Any(a => a.AwardRecordId == r.Id))
            .OrderBy(r => r.Id).Select(r => r.Id).FirstAsync());
        await VisitAsync(page, $"/Awards/Withdraw/{imported}");
        await SubmitWithoutBrowserValidationAsync(page, "#withdraw-submit");
        await Assertions.Expect(page.Locator("#withdraw-reason-error")).ToContainTextAsync("Vui lòng nêu lý do rút mục này khỏi sổ");
        await CheckAsync(page, "/Awards/Withdraw, empty submit");
        await VisitAsync(page, $"/Awards/Correct/{imported}");
        await SubmitWithoutBrowserValidationAsync(page, "#correct-submit");
        await Assertions.Expect(page.Locator("#correct-reason-error")).ToContainTextAsync("Vui lòng nêu lý do sửa mục này");
        await CheckAsync(page, "/Awards/Correct, empty submit");
        await VisitAsync(page, "/Certificates/Artwork"); // the province's certificate images: none yet, the upload form
        var awarded = await app.WithDbAsync(db => db.AwardRecords.Where(r => r.PersonId != null).OrderBy(r => r.Id).Select(r => r.PersonId!.Value).FirstAsync());
        await VisitAsync(page, $"/People/Details/{awarded}");
        var heir = await app.WithDbAsync(db => db.UnitSuccessions.Where(link => db.Units.Any(old => old.Id == link.PredecessorId && old.Code == "XA-CU-01"))
            .Select(link => link.SuccessorId).FirstAsync());
        await VisitAsync(page, $"/Units/Details/{heir}");
        // Eligibility: "who qualifies" for people (a commune's subtree) and for units, and a proof sheet with facts and citations
        var worker = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "lao-dong-tien-tien").Select(k => k.Id).FirstAsync());
        var exemplary = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "tap-the-lao-dong-tien-tien").Select(k => k.Id).FirstAsync());
        await VisitAsync(page, "/Awards/New"); // a new award with its first version
        await VisitAsync(page, "/Eligibility/Qualifies");
        await VisitAsync(page, $"/Eligibility/Qualifies?awardKindId={worker}&year=2025");
        await VisitAsync(page, $"/Eligibility/Qualifies?awardKindId={exemplary}&year=2025&subject=Collective");
        await VisitAsync(page, $"/Eligibility/Proof?awardKindId={worker}&personId={awarded}&year=2025");
        await VisitAsync(page, $"/Eligibility/Proof?awardKindId={exemplary}&unitId={heir}&year=2025");
        await VisitAsync(page, "/Clusters?year=2026");
        await VisitAsync(page, "/Clusters?year=2020"); // empty year: the copy offer
        var cluster = await app.WithDbAsync(db => db.EmulationClusters.Where(c => c.Year == 2025).OrderBy(c => c.Name).Select(c => c.Id).FirstAsync());
        await VisitAsync(page, $"/Clusters/Details/{cluster}");

        // Nominations (issue 14 §3): the rounds with the opening form, the demo's 2025 round, its dossiers held, returned and accepted
        await VisitAsync(page, "/Nominations");
        var nominationRound = await app.WithDbAsync(db => db.NominationRounds.Where(r => r.Year == 2025).Select(r => r.Id).FirstAsync());
        await VisitAsync(page, $"/Nominations/Round/{nominationRound}");
        await VisitAsync(page, $"/Nominations/Round/{nominationRound}?status=Submitted"); // where the level's work item leads
        foreach (var state in new[] { DanVan.Features.Nominations.DossierStatus.Submitted, DanVan.Features.Nominations.DossierStatus.Returned,
                     DanVan.Features.Nominations.DossierStatus.Accepted })
        {
            var dossier = await app.WithDbAsync(db => db.Dossiers.Where(d => d.RoundId == nominationRound && d.Status == state).Select(d => d.Id).FirstAsync());
            await VisitAsync(page, $"/Nominations/Dossier/{dossier}");
        }

        // Contests (issue 17): the list and the demo contest (rules, 22 teams, the waiting team's accept and return forms).
        await VisitAsync(page, "/Contests");
        await VisitAsync(page, $"/Contests/Details/{await app.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())}");
        // The standings of the round under way (the final: the organiser sees them while its last part is open) and of the
        // finished preliminary: per-part scores with the judges' sheets, penalties said, who goes on.
        var demoContest = await app.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var preliminary = await app.WithDbAsync(db => db.ContestRounds.Where(r => r.ContestId == demoContest).OrderBy(r => r.Seq).Select(r => r.Id).FirstAsync());
        await VisitAsync(page, $"/Contests/Standings/{demoContest}");
        await VisitAsync(page, $"/Contests/Standings/{demoContest}?roundId={preliminary}");
        // The organiser's judging pages: the round's judges (chair, guests, a recusal) with the seating form after a search; the
        // paper sheets of the final's open part (the entry and attendance forms, the close form), of the preliminary's first
        // judged part (closed: the correction forms) and of its quiz part; a team's substitution form on the contest's page.
        await VisitAsync(page, $"/Contests/Judges/{demoContest}?q=nguyen&roundId={preliminary}");
        await VisitAsync(page, $"/Contests/PaperSheets/{demoContest}");
        var judgedPart = await app.WithDbAsync(db => db.ContestParts.Where(p => p.RoundId == preliminary && p.Kind == DanVan.Features.Contests.PartKind.Judged)
            .OrderBy(p => p.Seq).Select(p => p.Id).FirstAsync());
        await VisitAsync(page, $"/Contests/PaperSheets/{demoContest}?partId={judgedPart}");
        var quizPart = await app.WithDbAsync(db => db.ContestParts.Where(p => p.Kind == DanVan.Features.Contests.PartKind.Quiz
            && db.ContestRounds.Any(r => r.Id == p.RoundId && r.ContestId == demoContest)).OrderBy(p => p.Seq).Select(p => p.Id).FirstAsync());
        await VisitAsync(page, $"/Contests/PaperSheets/{demoContest}?partId={quizPart}");
        var acceptedTeam = await app.WithDbAsync(db => db.ContestTeams.Where(t => t.ContestId == demoContest && t.State == DanVan.Features.Contests.TeamState.Accepted)
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());
        await VisitAsync(page, $"/Contests/Details/{demoContest}?substitute={acceptedTeam}");
        await VisitAsync(page, $"/Contests/Board/{demoContest}"); // the organiser's board: the final, frozen for the public
        await VisitAsync(page, $"/Contests/Board/{demoContest}?roundId={preliminary}"); // the preliminary's, final: who goes on
        await VisitAsync(page, "/Contests/Edit"); // a new contest's form: seed 004's two rounds and six parts
        await VisitAsync(page, $"/Contests/Quiz/{demoContest}"); // the quiz desk: the paper of ten, twenty teams' answers, the bank of twelve
        await VisitAsync(page, $"/Contests/Results/{demoContest}"); // prizes and results: the demo's structure, the form, why there is no proposal yet
        // A team's device: the code's form, a wrong code said in place, and a code issued on the demo's quiz part (closed: the sitting is over).
        await VisitAsync(page, "/hoi-thi/lam-bai");
        await VisitAsync(page, "/hoi-thi/lam-bai?code=0000000000");
        var seat = await app.WithDbAsync(async db =>
        {
            var contest = await db.Contests.SingleAsync(c => c.Id == demoContest);
            var s = new DanVan.Features.Contests.ContestQuizSeat(contest.TenantId, demoContest, quizPart, acceptedTeam, DateTime.UtcNow);
            db.ContestQuizSeats.Add(s);
            await db.SaveChangesAsync();
            return s.Code;
        });
        await VisitAsync(page, $"/hoi-thi/lam-bai/{seat}");

        // Consultations (issue 14 §3): the accepted dossier's answered request, the appraised one's waiting request with the forms.
        foreach (var dossier in await app.WithDbAsync(db => db.Consultations.OrderBy(c => c.SentOn).Select(c => c.DossierId).Distinct().ToListAsync()))
        {
            await VisitAsync(page, $"/Consultations/{dossier}");
        }

        // The council (issue 15 §1): the list, the demo council with its members, its session (a closed secret ballot, an open
        // item, recusals), and the ballot page of the open item (at phone width too, as every page here).
        await VisitAsync(page, "/Notices");
        var round2025 = await app.WithDbAsync(db => db.NominationRounds.Where(r => r.Year == 2025).Select(r => r.Id).FirstAsync());
        await VisitAsync(page, $"/Notices?roundId={round2025}");
        var endedNotice = await app.WithDbAsync(db => db.PublicNotices.OrderBy(n => n.StartsOn).Select(n => n.Id).FirstAsync());
        await VisitAsync(page, $"/Notices/Details/{endedNotice}");
        await VisitAsync(page, "/Council");
        var council = await app.WithDbAsync(db => db.Councils.Select(c => c.Id).FirstAsync());
        await VisitAsync(page, $"/Council?id={council}");
        var councilSession = await app.WithDbAsync(db => db.CouncilSessions.Where(s => s.CouncilId == council).Select(s => s.Id).FirstAsync());
        await VisitAsync(page, $"/Council/Session/{councilSession}");
        var openItem = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.SessionId == councilSession && i.State == DanVan.Features.Council.ItemState.Open)
            .Select(i => i.Id).FirstAsync());
        await VisitAsync(page, $"/Council/Vote/{openItem}");

        // Report campaigns (issue 16 §1): the list, the demo campaign's roll-up with one total drilled down, a returned report
        // (reasons in place) and a submitted one (the review's reason fields), as Sở Nội vụ sees them.
        await VisitAsync(page, "/Reports");
        var reportCampaign = await app.WithDbAsync(db => db.ReportCampaigns.Select(c => c.Id).FirstAsync());
        await VisitAsync(page, $"/Reports/Campaign/{reportCampaign}");
        await VisitAsync(page, $"/Reports/Campaign/{reportCampaign}?code=1.2");
        foreach (var state in new[] { DanVan.Features.Reports.ReportState.Returned, DanVan.Features.Reports.ReportState.Submitted })
        {
            var report = await app.WithDbAsync(db => db.ReportSubmissions.Where(s => s.CampaignId == reportCampaign && s.State == state).Select(s => s.Id).FirstAsync());
            await VisitAsync(page, $"/Reports/Submission/{report}");
        }

        // Decisions (issue 15 §3): the list with its draft form, the demo's issued decision with its amounts.
        await VisitAsync(page, "/Decisions");
        var decision = await app.WithDbAsync(db => db.Decisions.Select(d => d.Id).FirstAsync());
        await VisitAsync(page, $"/Decisions/Details/{decision}");
        // Certificates (issue 15 §4): the decision's certificates, the revocations with their recovery, a public verification page.
        await VisitAsync(page, $"/Certificates/Decision/{decision}");
        await VisitAsync(page, "/Certificates/Revocations");

        // The award catalogue (issue 14 §1): the list with a prize worked out, one award with its versions and the new-version form.
        var bangKhen = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "bang-khen-chu-tich-tinh").Select(k => k.Id).SingleAsync());
        await VisitAsync(page, $"/Awards?PrizeKindId={bangKhen}&PrizeSubject=Collective&PrizeDate=2025-12-20");
        await VisitAsync(page, $"/Awards/Kind/{bangKhen}");

        // A page this officer may not open.
        await VisitAsync(page, "/Admin/Users", expectedStatus: 403);

        AssertClean(session);
    }

    [BrowserFact]
    public async Task The_pages_of_a_commune_officer_have_no_axe_violations()
    {
        Role = "commune";
        var app = fixture.App;
        var xa001 = await app.WithDbAsync(db => db.Units.Where(u => u.Code == "XA001").Select(u => u.Id).SingleAsync());
        var person = await app.WithDbAsync(db => db.People.Where(p => p.UnitId == xa001).OrderBy(p => p.Id).Select(p => p.Id).FirstAsync());
        var model = await app.WithDbAsync(db => db.DvkModels.Where(m => m.UnitId == xa001).OrderBy(m => m.Id).Select(m => m.Id).FirstAsync());
        var editable = await app.WithDbAsync(db => db.DvkModels
            .Where(m => m.UnitId == xa001 && (m.Status == ModelStatus.Draft || m.Status == ModelStatus.Registered || m.Status == ModelStatus.Implementing))
            .OrderBy(m => m.Id).Select(m => (Guid?)m.Id).FirstOrDefaultAsync());
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "thidua.xa001", TestApp.DemoPassword);
        await CheckAsync(page, "home (commune)");
        // The home page is the commune's work list: the demo movement's plan, overdue for XA001, comes first.
        await Assertions.Expect(page.Locator("#work-list li").First).ToHaveAttributeAsync("data-state", "Overdue");
        await Assertions.Expect(page.Locator("#work-list li").First.Locator(".badge")).ToHaveTextAsync("Quá hạn");
        await Screenshots.SaveAsync(page, "home-work-commune");
        await VisitAsync(page, "/Work");

        await VisitAsync(page, "/Movements?status=Launched");
        await page.Locator("#movements-table a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements/Details/"));
        await CheckAsync(page, "/Movements/Details (commune, own obligations)");
        var movementUrl = page.Url;
        await page.Locator("#my-obligations a[id^='file-plan-']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements/FilePlan/"));
        await CheckAsync(page, "/Movements/FilePlan");
        if (await page.Locator("#plan-submit").CountAsync() > 0)
        {
            await SubmitWithoutBrowserValidationAsync(page, "#plan-submit");
            await CheckAsync(page, "/Movements/FilePlan, empty submit");
        }

        await page.GotoAsync(movementUrl);
        await page.Locator("#my-obligations a[id^='register-']").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Registrations/Edit/"));
        await CheckAsync(page, "/Registrations/Edit");

        await VisitAsync(page, "/Models");
        await VisitAsync(page, $"/Models/Details/{model}");
        if (editable is not null)
        {
            await VisitAsync(page, $"/Models/Edit/{editable}");
        }

        await VisitAsync(page, "/Models/Edit");
        await SubmitWithoutBrowserValidationAsync(page, "#model-save");
        await CheckAsync(page, "/Models/Edit, empty submit");

        await VisitAsync(page, "/People");
        await VisitAsync(page, $"/People/Details/{person}");
        await VisitAsync(page, $"/People/Edit/{person}");
        await VisitAsync(page, $"/People/Transfer/{person}");
        await VisitAsync(page, "/People/Import");
        await VisitAsync(page, "/People/Edit");
        await SubmitWithoutBrowserValidationAsync(page, "#person-save");
        await CheckAsync(page, "/People/Edit, empty submit");

        await VisitAsync(page, "/Units");
        await VisitAsync(page, "/Documents");

        // The commune's own assessment this year (the self-assessment form while it is open).
        await VisitAsync(page, "/Assessments");
        var own = await app.WithDbAsync(db => db.UnitAssessments.Where(a => a.UnitId == xa001)
            .OrderByDescending(a => db.AssessmentRounds.Where(r => r.Id == a.RoundId).Select(r => r.Year).First()).Select(a => a.Id).FirstAsync());
        await VisitAsync(page, $"/Assessments/Unit/{own}");
        await VisitAsync(page, "/Ratings?year=2025");
        await VisitAsync(page, "/Ratings/Import");
        await VisitAsync(page, "/Clusters?year=2026");

        // Who qualifies with "Đề nghị" on the rows the commune may propose in the demo's open 2025 round.
        var bangKhen = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "bang-khen-chu-tich-tinh").Select(k => k.Id).SingleAsync());
        await VisitAsync(page, $"/Eligibility/Qualifies?awardKindId={bangKhen}&subject=Individual&unitId={xa001}&year=2025");
        await Assertions.Expect(page.Locator("[data-propose]").First).ToBeVisibleAsync();

        // The contest's registration form: the commune's people holding an allowed position, with a role to choose.
        await VisitAsync(page, $"/Contests/Register/{await app.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())}");

        // The commune's officer judges the demo's rounds: the scoring page (the final's open part with its forms, the closed parts listed).
        await VisitAsync(page, $"/Contests/Judge/{await app.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync())}");

        AssertClean(session);
    }

    [BrowserFact]
    public async Task The_pages_of_the_jurys_chair_and_of_a_consulted_department_have_no_axe_violations()
    {
        Role = "chair";
        var app = fixture.App;
        var contest = await app.WithDbAsync(db => db.Contests.OrderBy(c => c.Id).Select(c => c.Id).FirstAsync());
        var closed = await app.WithDbAsync(db => db.ContestParts
            .Where(p => p.ClosedAt != null && p.Kind != DanVan.Features.Contests.PartKind.Quiz && db.ContestRounds.Any(r => r.Id == p.RoundId && r.ContestId == contest && r.Seq == 2))
            .OrderBy(p => p.Seq).Select(p => p.Id).FirstAsync());
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        await Ui.LoginAsync(page, "thidua.stp", TestApp.DemoPassword);

        // The demo's chair (Sở Tư pháp, not an organiser): the scoring page with its link to each closed part's desk, and the
        // desk of the final's first closed part — every judge's sheets under code names, the correction forms, nothing else to change.
        await VisitAsync(page, $"/Contests/Judge/{contest}");
        await Assertions.Expect(page.Locator($"#correct-link-{closed}")).ToBeVisibleAsync();
        await VisitAsync(page, $"/Contests/PaperSheets/{contest}?partId={closed}");
        await Assertions.Expect(page.Locator("#chair-note")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("#judges-link")).ToHaveCountAsync(0); // the organiser's links are not the chair's

        // The same account answers for Sở Tư pháp: the demo's request for its opinion, waiting, with the reply form.
        await VisitAsync(page, "/Consultations/Addressed");
        await Assertions.Expect(page.Locator("form[id^='reply-']")).ToHaveCountAsync(1);

        AssertClean(session);
    }

    [BrowserFact]
    public async Task The_administrator_pages_and_the_two_factor_steps_have_no_axe_violations()
    {
        Role = "admin";
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;

        await Ui.SubmitLoginAsync(page, "admin", TestApp.AdminPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/Mfa"));
        await CheckAsync(page, "/Account/Mfa (forced set-up)");
        var key = (await page.Locator("#mfa-key").InnerTextAsync()).Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
        await page.Locator("#Password").FillAsync(TestApp.AdminPassword);
        await page.Locator("#Code").FillAsync("000000" == Totp.Compute(key, DateTimeOffset.UtcNow) ? "111111" : "000000");
        await page.Locator("#mfa-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#main")).ToContainTextAsync("Mã xác thực không đúng");
        await CheckAsync(page, "/Account/Mfa, wrong code");
        await page.Locator("#Password").FillAsync(TestApp.AdminPassword);
        await page.Locator("#Code").FillAsync(Totp.Compute(key, DateTimeOffset.UtcNow));
        await page.Locator("#mfa-enable").ClickAsync();
        await Assertions.Expect(page.Locator("#recovery-codes li")).ToHaveCountAsync(10);
        await CheckAsync(page, "/Account/Mfa, recovery codes");
        await page.Locator("#mfa-continue").ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(Ui.HomeUrl());
        await CheckAsync(page, "home (admin)");

        await VisitAsync(page, "/Admin/Users");
        await page.Locator("#users-table a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Admin/Users/Details/"));
        await CheckAsync(page, "/Admin/Users/Details");
        await VisitAsync(page, "/Admin/Users/Create");
        await SubmitWithoutBrowserValidationAsync(page, "#main button[type='submit']");
        await CheckAsync(page, "/Admin/Users/Create, empty submit");
        await VisitAsync(page, "/Admin/Audit");
        await VisitAsync(page, "/Admin/Jobs"); // the queue: the demo's recurring jobs as they ran at start
        await VisitAsync(page, "/Admin/Jobs?status=Failed"); // the empty state
        await VisitAsync(page, "/Admin/Calendar"); // Calendar: the administrator's forms
        await VisitAsync(page, "/Admin/Calendar?year=2030"); // a year without data: "chưa có lịch", the proposal button

        // Managing the unit tree.
        var snv = await fixture.App.WithDbAsync(db => db.Units.Where(u => u.Code == "SNV").Select(u => u.Id).SingleAsync());
        await VisitAsync(page, "/Units");
        await VisitAsync(page, $"/Units/Edit/{snv}");
        await VisitAsync(page, "/Units/Edit");
        await SubmitWithoutBrowserValidationAsync(page, "#unit-save");
        await CheckAsync(page, "/Units/Edit, empty submit");
        await VisitAsync(page, $"/Units/Move/{snv}");
        await VisitAsync(page, $"/Units/Dissolve/{snv}");
        await VisitAsync(page, $"/Units/Split/{snv}");
        await VisitAsync(page, $"/Units/TransferPart/{snv}");
        await VisitAsync(page, "/Units/Merge");
        await VisitAsync(page, "/Units/Import");
        await VisitAsync(page, "/Units/Kinds");

        // The second step of a later sign-in.
        await Ui.LogoutAsync(page);
        await CheckAsync(page, "signed out");
        await Ui.SubmitLoginAsync(page, "admin", TestApp.AdminPassword);
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Account/LoginMfa"));
        await CheckAsync(page, "/Account/LoginMfa");
        await page.Locator("input[name='Code']").FillAsync("123 45");
        await page.Locator("#mfa-submit").ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert).First).ToContainTextAsync("6 chữ số");
        await CheckAsync(page, "/Account/LoginMfa, wrong code");

        AssertClean(session);
    }

    private async Task VisitAsync(IPage page, string path, int expectedStatus = 200)
    {
        var response = await page.GotoAsync(path);
        response.ShouldNotBeNull();
        if (response.Status != expectedStatus)
        {
            wrongStatuses.Add($"{path}: {response.Status}, expected {expectedStatus}");
        }

        await CheckAsync(page, path);
    }

    /// <summary>axe on the page as it is now, at desktop width and then at phone width (where it must also fit).</summary>
    private async Task CheckAsync(IPage page, string where)
    {
        await page.WaitForLoadStateAsync(LoadState.Load);
        violations.AddRange(await Axe.CheckAsync(page, where));
        await AtPhoneWidthAsync(page, async () =>
        {
            violations.AddRange(await Axe.CheckAsync(page, $"{where} ({PhoneWidth} px)"));
            await FitsThePhoneAsync(page, where);
        });
    }

    /// <summary>Submits a form with the browser's own checks (required, pattern…) off, so that the server's messages show.</summary>
    private static async Task SubmitWithoutBrowserValidationAsync(IPage page, string submit)
    {
        await page.EvaluateAsync("() => document.querySelectorAll('form').forEach(f => f.noValidate = true)");
        await page.Locator(submit).First.ClickAsync();
        await page.WaitForLoadStateAsync(LoadState.Load);
    }

    private void AssertClean(BrowserSession session)
    {
        if (wrongStatuses.Count > 0)
        {
            Assert.Fail("pages answered with an unexpected status:\n" + string.Join('\n', wrongStatuses)
                + (violations.Count > 0 ? "\n\n" + Axe.Report(violations) : ""));
        }

        overflows.ShouldBeEmpty($"pages wider than a phone ({PhoneWidth} px):\n" + string.Join('\n', overflows)
            + (violations.Count > 0 ? "\n\n" + Axe.Report(violations) : ""));
        Axe.ShouldBeNone(violations);
        // The pages visited on purpose with a 403 answer are reported by Chromium as a failed load; nothing else may be.
        var problems = session.Probe.Problems.Where(p => !p.Contains("status of 403 (Forbidden)", StringComparison.Ordinal)).ToList();
        problems.ShouldBeEmpty("the browser reported problems:\n" + string.Join('\n', problems));
    }
}
