using System.Net;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Features.Excel;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Awards;

/// <summary>
/// An entry entered by mistake leaves the register with its reason (POST /award-records/{id}/withdrawal and /Awards/Withdraw):
/// it stays listed with the reason, counts toward nothing, frees its year for the correct entry and is not exported back;
/// an entry a decision wrote, a second withdrawal, no reason, or a caller outside the unit are refused and change nothing.
/// </summary>
public sealed class AwardRecordWithdrawalTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Register = "/api/v1/award-records";

    private static object Entry(Guid kind, Guid person, int year, string number) => new
    {
        awardKindId = kind, subject = "Individual", personId = person, year, type = "Regular", decisionNumber = number, decisionDate = $"{year}-12-20",
    };

    private static Task<Guid> WorkerKindAsync(TestApp app) =>
        app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == "lao-dong-tien-tien" && db.Units.Any(u => u.Code == "STP" && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_mistaken_entry_is_withdrawn_with_its_reason_stays_listed_counts_for_nothing_and_frees_its_year(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        using var viewer = await app.ClientForAsync("xem");
        using var otherOffice = await app.ClientForAsync("thidua.syt");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Lương Thị Ghi Nhầm");
        var worker = await WorkerKindAsync(app);
        var right = await (await officer.PostJsonAsync(Register, Entry(worker, person, 2024, "31/QĐ-STP"))).ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        var wrong = await (await officer.PostJsonAsync(Register, Entry(worker, person, 2025, "32/QĐ-STP"))).ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        var card = await (await officer.GetAsync($"/api/v1/people/{person}/awards")).ReadAsync<GetAwardHistory.Card>();
        card.Awards.Select(a => a.Year).ShouldBe([2025, 2024], ignoreOrder: true);

        // Refusals change nothing: no reason, a viewer (sees, may not change), another office (does not see), an unknown id.
        (await (await officer.PostJsonAsync($"{Register}/{wrong.Id}/withdrawal", new { reason = "   " })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldStartWith("Vui lòng nêu lý do rút mục này khỏi sổ");
        (await (await officer.PostJsonAsync($"{Register}/{wrong.Id}/withdrawal", new { reason = new string('x', AwardRecord.ReasonMax + 1) }))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe($"Lý do rút khỏi sổ không được dài quá {AwardRecord.ReasonMax} ký tự.");
        (await (await viewer.PostJsonAsync($"{Register}/{wrong.Id}/withdrawal", new { reason = "Thử" })).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail!.ShouldContain("“Lương Thị Ghi Nhầm”");
        await (await otherOffice.PostJsonAsync($"{Register}/{wrong.Id}/withdrawal", new { reason = "Thử" })).ProblemAsync(HttpStatusCode.NotFound);
        await (await officer.PostJsonAsync($"{Register}/{Guid.NewGuid()}/withdrawal", new { reason = "Thử" })).ProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.PersonId == person && r.WithdrawnAt != null))).ShouldBe(0);

        // The reason comes in decomposed (NFD) from a phone keyboard: stored and shown composed.
        var reason = "Ghi nhầm năm thành tích: quyết định 32/QĐ-STP khen năm 2024, đã ghi ở mục khác.";
        var withdrawn = await (await officer.PostJsonAsync($"{Register}/{wrong.Id}/withdrawal",
            new { reason = reason.Normalize(System.Text.NormalizationForm.FormD) })).ReadAsync<AwardRecordDto>();
        (withdrawn.WithdrawnReason, withdrawn.WithdrawnBy, withdrawn.CountsForMerit).ShouldBe((reason, "thidua.stp", false));
        withdrawn.WithdrawnAt.ShouldNotBeNull();
        (await (await officer.PostJsonAsync($"{Register}/{wrong.Id}/withdrawal", new { reason = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldStartWith("Mục này đã được thidua.stp rút khỏi sổ lúc");

        // Still listed, with its reason; gone from the person's awards (the facts every rule reads) and from the exported book.
        var listed = await (await officer.GetAsync($"{Register}?q=luong%20thi%20ghi%20nham")).ReadAsync<Page<AwardRecordDto>>();
        listed.Items.Single(i => i.Id == wrong.Id).WithdrawnReason.ShouldBe(reason);
        listed.Items.Single(i => i.Id == right.Id).WithdrawnAt.ShouldBeNull();
        card = await (await officer.GetAsync($"/api/v1/people/{person}/awards")).ReadAsync<GetAwardHistory.Card>();
        card.Awards.ShouldHaveSingleItem().Year.ShouldBe(2024);
        var book = XlsxFiles.ReadSheet(await officer.DownloadAsync($"{Register}/export.xlsx?q=luong%20thi%20ghi%20nham", "so-khen-thuong"),
            AwardRecordsExcel.SheetName);
        book.Skip(1).Select(r => (r[1], r[4])).ShouldBe([("Lương Thị Ghi Nhầm", "2024")]);

        // The year it held is free for the correct entry, typed or imported (and the import still refuses a year in force).
        var book2 = XlsxFiles.Sheet(AwardRecordsExcel.Columns, [1, "Lương Thị Ghi Nhầm", "STP.P1", "Lao động tiên tiến", 2025, null, "45/QĐ-STP", "20/12/2025", null]);
        (await (await officer.UploadAsync($"{Register}/import", book2)).ImportedAsync()).Imported.ShouldBe(1);
        var again = await (await officer.UploadAsync($"{Register}/import", book2)).RejectedAsync();
        again.Errors.ShouldHaveSingleItem().Message.ShouldContain("quyết định số 45/QĐ-STP");
        (await officer.PostJsonAsync(Register, Entry(worker, person, 2025, "46/QĐ-STP"))).StatusCode.ShouldBe(HttpStatusCode.Conflict);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_entry_written_by_a_decision_is_corrected_only_by_another_decision(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var byDecision = await app.WithDbAsync(db => db.DecisionAwardees.Where(a => a.AwardRecordId != null)
            .Select(a => new { Id = a.AwardRecordId!.Value, Number = db.AwardRecords.Where(r => r.Id == a.AwardRecordId).Select(r => r.DecisionNumber).First() })
            .FirstAsync());
        var problem = await (await officer.PostJsonAsync($"{Register}/{byDecision.Id}/withdrawal", new { reason = "Thử rút" })).ProblemAsync(HttpStatusCode.Conflict);
        problem.Detail.ShouldBe($"Mục này do quyết định số {byDecision.Number} ghi vào sổ trong DanVan: chỉ một quyết định khác (thu hồi, hủy bỏ) thay đổi được, không rút khỏi sổ được.");
        (await app.WithDbAsync(db => db.AwardRecords.Where(r => r.Id == byDecision.Id).Select(r => r.WithdrawnAt).SingleAsync())).ShouldBeNull();

        // The register offers no withdrawal for it, and its page says why instead of asking for a reason.
        using var browser = await app.SignedInAsync("tdkt.snv");
        var page = await browser.GetStringAsync($"/Awards/Register?q={Uri.EscapeDataString(byDecision.Number)}");
        page.ShouldContain($"award-{byDecision.Id}");
        page.ShouldNotContain($"/Awards/Withdraw/{byDecision.Id}");
        var refusal = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Awards/Withdraw/{byDecision.Id}"));
        refusal.ShouldContain(problem.Detail!);
        refusal.ShouldNotContain("id=\"withdraw-form\"");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_page_asks_for_the_reason_in_place_and_the_register_shows_it_struck_through(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var api = await app.ClientForAsync("thidua.stp");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Kha Văn Trang Rút");
        var entry = await (await api.PostJsonAsync(Register, Entry(await WorkerKindAsync(app), person, 2024, "51/QĐ-STP"))).ReadAsync<AwardRecordDto>(HttpStatusCode.Created);

        using var client = await app.SignedInAsync("thidua.stp");
        var register = WebUtility.HtmlDecode(await client.GetStringAsync("/Awards/Register?q=kha%20van%20trang"));
        register.ShouldContain($"href=\"/Awards/Withdraw/{entry.Id}\"");
        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Withdraw/{entry.Id}"));
        form.ShouldContain("Kha Văn Trang Rút");
        form.ShouldContain("Số 51/QĐ-STP ngày 20/12/2024");
        var token = await CookieSession.FormTokenAsync(client, $"/Awards/Withdraw/{entry.Id}");

        using var empty = await client.PostAsync($"/Awards/Withdraw/{entry.Id}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Input.Reason"] = "", ["__RequestVerificationToken"] = token }));
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("Vui lòng nêu lý do rút mục này khỏi sổ");

        using var done = await client.PostAsync($"/Awards/Withdraw/{entry.Id}", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Reason"] = "Ghi nhầm người: quyết định khen bà Kha Thị Trang.", ["__RequestVerificationToken"] = token,
        }));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldBe($"/Awards/Register?q={Uri.EscapeDataString("Kha Văn Trang Rút")}#award-{entry.Id}");
        register = WebUtility.HtmlDecode(await client.GetStringAsync(done.Headers.Location!.ToString()));
        register.ShouldContain("Đã rút khỏi sổ");
        register.ShouldContain("thidua.stp: Ghi nhầm người: quyết định khen bà Kha Thị Trang.");
        register.ShouldNotContain($"href=\"/Awards/Withdraw/{entry.Id}\"");
        WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Withdraw/{entry.Id}")).ShouldContain("Lý do: Ghi nhầm người");

        // Someone who may only read the register is refused the page.
        using var viewer = await app.SignedInAsync("xem");
        using var refused = await viewer.GetAsync($"/Awards/Withdraw/{entry.Id}");
        refused.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        refused.Headers.Location!.ToString().ShouldContain("/Account/AccessDenied");
    }
}
