using System.Net;
using DanVan.Features.Awards;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Awards;

/// <summary>
/// An entry entered with a wrong award, year, type, decision number or date is corrected in place (POST
/// /award-records/{id}/correction, /Awards/Correct): the reason is required and kept with each change (before → after),
/// the facts every rule reads follow, the register shows the last correction; bad values, nothing changed, a stale
/// version, an entry a decision wrote or one withdrawn, and callers outside the unit are refused and change nothing.
/// </summary>
public sealed class AwardRecordCorrectionTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Register = "/api/v1/award-records";

    private static object Entry(Guid kind, Guid person, int year, string number) => new
    {
        awardKindId = kind, subject = "Individual", personId = person, year, type = "Regular", decisionNumber = number, decisionDate = $"{year}-12-20",
    };

    private static object Correction(Guid kind, int year, string number, string date, string? reason, string? note = null) => new
    {
        awardKindId = kind, year, type = "Regular", decisionNumber = number, decisionDate = date, note, reason,
    };

    private static Task<Guid> KindAsync(TestApp app, string code) =>
        app.WithDbAsync(db => db.AwardKinds.Where(k => k.Code == code && db.Units.Any(u => u.Code == "STP" && u.TenantId == k.TenantId))
            .Select(k => k.Id).SingleAsync());

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_wrong_year_and_number_are_corrected_in_place_with_the_reason_and_the_facts_follow(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        using var viewer = await app.ClientForAsync("xem");
        using var otherOffice = await app.ClientForAsync("thidua.syt");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Tạ Thị Sửa Năm");
        var worker = await KindAsync(app, "lao-dong-tien-tien");
        var first = await (await officer.PostJsonAsync(Register, Entry(worker, person, 2023, "21/QĐ-STP"))).ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        var entry = await (await officer.PostJsonAsync(Register, Entry(worker, person, 2024, "31/QĐ-STP"))).ReadAsync<AwardRecordDto>(HttpStatusCode.Created);
        using (var read = await officer.GetAsync($"{Register}/{entry.Id}"))
        {
            read.Headers.ETag!.Tag.ShouldBe("\"0\"");
            var detail = await read.ReadAsync<AwardRecordDetailDto>();
            (detail.MayCorrect, detail.Corrections.Count, detail.Entry.Version).ShouldBe((true, 0, 0));
        }

        // Refusals change nothing: no reason, the year another entry holds, a year to come, nothing changed, an unknown award,
        // a viewer (sees, may not change), another office (does not see), an unknown id.
        (await (await officer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2025, "32/QĐ-STP", "2025-12-20", "  ")))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain("Vui lòng nêu lý do sửa mục này");
        (await (await officer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2023, "31/QĐ-STP", "2024-12-20", "Nhầm năm")))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldBe(
            "“Tạ Thị Sửa Năm” đã có “Lao động tiên tiến” năm 2023 trong sổ khen thưởng (quyết định số 21/QĐ-STP); mỗi danh hiệu, hình thức chỉ ghi một lần mỗi năm.");
        (await (await officer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2099, "31/QĐ-STP", "2024-12-20", "Nhầm năm")))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("award_record.year");
        (await (await officer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2024, " 31/QĐ-STP ", "2024-12-20", "Không đổi")))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("award_record.unchanged");
        await (await officer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(Guid.NewGuid(), 2025, "31/QĐ-STP", "2025-12-20", "Nhầm")))
            .ProblemAsync(HttpStatusCode.NotFound);
        (await (await viewer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2025, "32/QĐ-STP", "2025-12-20", "Thử")))
            .ProblemAsync(HttpStatusCode.Forbidden)).Detail!.ShouldContain("“Tạ Thị Sửa Năm”");
        await (await otherOffice.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2025, "32/QĐ-STP", "2025-12-20", "Thử")))
            .ProblemAsync(HttpStatusCode.NotFound);
        await (await officer.PostJsonAsync($"{Register}/{Guid.NewGuid()}/correction", Correction(worker, 2025, "32/QĐ-STP", "2025-12-20", "Thử")))
            .ProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.AwardRecordCorrections.CountAsync(c => c.AwardRecordId == entry.Id))).ShouldBe(0);
        (await app.WithDbAsync(db => db.AwardRecords.Where(r => r.Id == entry.Id).Select(r => new { r.Year, r.Version }).SingleAsync())).ShouldBe(new { Year = 2024, Version = 0 });

        // The correction, with a reason typed decomposed (NFD) on a phone: stored composed, each change before → after.
        var reason = "Quyết định 32/QĐ-STP ngày 18/12/2025 khen năm 2025, ghi nhầm năm và số.";
        using (var saved = await officer.PostJsonAsync($"{Register}/{entry.Id}/correction",
                   Correction(worker, 2025, "32/QĐ-STP", "2025-12-18", reason.Normalize(System.Text.NormalizationForm.FormD), "Theo bản gốc"), ifMatch: 0))
        {
            saved.Headers.ETag!.Tag.ShouldBe("\"1\"");
            var corrected = await saved.ReadAsync<AwardRecordDto>();
            (corrected.Year, corrected.DecisionNumber, corrected.DecisionDate, corrected.Note, corrected.Version).ShouldBe((2025, "32/QĐ-STP", new DateOnly(2025, 12, 18), "Theo bản gốc", 1));
            (corrected.LastCorrection!.Reason, corrected.LastCorrection.By, corrected.LastCorrection.Count).ShouldBe((reason, "thidua.stp", 1));
        }

        var history = await (await officer.GetAsync($"{Register}/{entry.Id}")).ReadAsync<AwardRecordDetailDto>();
        history.Corrections.ShouldHaveSingleItem().Changes.ShouldBe([
            "Năm thành tích: 2024 → 2025", "Số quyết định: 31/QĐ-STP → 32/QĐ-STP", "Ngày quyết định: 20/12/2024 → 18/12/2025", "Ghi chú: (trống) → Theo bản gốc",
        ]);

        // The version read before is stale now: a second correction from the same form is refused.
        (await (await officer.PostJsonAsync($"{Register}/{entry.Id}/correction", Correction(worker, 2025, "33/QĐ-STP", "2025-12-18", "Lần hai"), ifMatch: 0))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe("stale");

        // The person's awards — the facts every rule reads — have 2023 and 2025, not 2024.
        var card = await (await officer.GetAsync($"/api/v1/people/{person}/awards")).ReadAsync<GetAwardHistory.Card>();
        card.Awards.Select(a => a.Year).ShouldBe([2025, 2023]);

        // A withdrawn entry is corrected no more.
        (await officer.PostJsonAsync($"{Register}/{first.Id}/withdrawal", new { reason = "Ghi nhầm người." })).StatusCode.ShouldBe(HttpStatusCode.OK);
        (await (await officer.PostJsonAsync($"{Register}/{first.Id}/correction", Correction(worker, 2022, "21/QĐ-STP", "2023-12-20", "Nhầm năm")))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldStartWith("Mục này đã được thidua.stp rút khỏi sổ lúc");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_entry_a_decision_wrote_is_not_corrected_in_the_register(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var byDecision = await app.WithDbAsync(db => db.DecisionAwardees.Where(a => a.AwardRecordId != null)
            .Select(a => db.AwardRecords.First(r => r.Id == a.AwardRecordId)).FirstAsync());
        var problem = await (await officer.PostJsonAsync($"{Register}/{byDecision.Id}/correction",
            Correction(byDecision.AwardKindId, byDecision.Year, byDecision.DecisionNumber + "A", byDecision.DecisionDate.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), "Thử sửa")))
            .ProblemAsync(HttpStatusCode.Conflict);
        problem.Detail.ShouldBe($"Mục này do quyết định số {byDecision.DecisionNumber} ghi vào sổ trong DanVan: chỉ một quyết định khác (thu hồi, hủy bỏ) thay đổi được, không sửa được.");
        var detail = await (await officer.GetAsync($"{Register}/{byDecision.Id}")).ReadAsync<AwardRecordDetailDto>();
        (detail.MayCorrect, detail.Refusal).ShouldBe((false, problem.Detail));
        (await app.WithDbAsync(db => db.AwardRecords.Where(r => r.Id == byDecision.Id).Select(r => r.DecisionNumber).SingleAsync())).ShouldBe(byDecision.DecisionNumber);

        using var browser = await app.SignedInAsync("tdkt.snv");
        (await browser.GetStringAsync($"/Awards/Register?q={Uri.EscapeDataString(byDecision.DecisionNumber)}")).ShouldNotContain($"/Awards/Correct/{byDecision.Id}\"");
        var page = WebUtility.HtmlDecode(await browser.GetStringAsync($"/Awards/Correct/{byDecision.Id}"));
        page.ShouldContain(problem.Detail!);
        page.ShouldNotContain("id=\"correct-form\"");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_page_is_pre_filled_asks_for_the_reason_in_place_and_the_register_shows_the_correction(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var api = await app.ClientForAsync("thidua.stp");
        var person = await app.CreatePersonAsync(await app.UnitIdAsync("STP.P1"), "Mai Văn Sửa Trang");
        var worker = await KindAsync(app, "lao-dong-tien-tien");
        var entry = await (await api.PostJsonAsync(Register, Entry(worker, person, 2024, "61/QĐ-STP"))).ReadAsync<AwardRecordDto>(HttpStatusCode.Created);

        using var client = await app.SignedInAsync("thidua.stp");
        var register = WebUtility.HtmlDecode(await client.GetStringAsync("/Awards/Register?q=mai%20van%20sua"));
        register.ShouldContain($"href=\"/Awards/Correct/{entry.Id}\"");
        var form = WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Correct/{entry.Id}"));
        form.ShouldContain("value=\"61/QĐ-STP\"");
        form.ShouldContain("value=\"2024-12-20\"");
        form.ShouldContain("Mục này chưa được sửa lần nào.");
        var token = await CookieSession.FormTokenAsync(client, $"/Awards/Correct/{entry.Id}");
        Dictionary<string, string> Fields(string reason) => new()
        {
            ["Version"] = "0", ["Input.AwardKindId"] = worker.ToString(), ["Input.Year"] = "2024", ["Input.Type"] = "Regular",
            ["Input.DecisionNumber"] = "62/QĐ-STP", ["Input.DecisionDate"] = "2024-12-20", ["Input.Note"] = "", ["Input.Reason"] = reason,
            ["__RequestVerificationToken"] = token,
        };

        using var empty = await client.PostAsync($"/Awards/Correct/{entry.Id}", new FormUrlEncodedContent(Fields("")));
        empty.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await empty.Content.ReadAsStringAsync()).ShouldContain("Vui lòng nêu lý do sửa mục này");
        (await app.WithDbAsync(db => db.AwardRecords.Where(r => r.Id == entry.Id).Select(r => r.DecisionNumber).SingleAsync())).ShouldBe("61/QĐ-STP");

        using var done = await client.PostAsync($"/Awards/Correct/{entry.Id}", new FormUrlEncodedContent(Fields("Ghi nhầm số quyết định.")));
        done.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        done.Headers.Location!.ToString().ShouldBe($"/Awards/Register?q={Uri.EscapeDataString("Mai Văn Sửa Trang")}#award-{entry.Id}");
        register = WebUtility.HtmlDecode(await client.GetStringAsync(done.Headers.Location!.ToString()));
        register.ShouldContain("Số 62/QĐ-STP ngày 20/12/2024");
        register.ShouldContain("thidua.stp: Ghi nhầm số quyết định.");
        WebUtility.HtmlDecode(await client.GetStringAsync($"/Awards/Correct/{entry.Id}")).ShouldContain("Số quyết định: 61/QĐ-STP → 62/QĐ-STP");

        // The same form sent again, with another number, is stale: said on the form, nothing changed twice.
        var again = Fields("Lần hai.");
        again["Input.DecisionNumber"] = "63/QĐ-STP";
        using var stale = await client.PostAsync($"/Awards/Correct/{entry.Id}", new FormUrlEncodedContent(again));
        stale.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await stale.Content.ReadAsStringAsync()).ShouldContain("Bản ghi đã được người khác sửa lúc");
        (await app.WithDbAsync(db => db.AwardRecordCorrections.CountAsync(c => c.AwardRecordId == entry.Id))).ShouldBe(1);

        // Someone who may only read the register gets no "Sửa" link, reads the corrections, and is refused the form.
        using var viewer = await app.SignedInAsync("xem");
        var read = WebUtility.HtmlDecode(await viewer.GetStringAsync("/Awards/Register?q=mai%20van%20sua"));
        read.ShouldNotContain("aria-label=\"Sửa:");
        read.ShouldContain("thidua.stp: Ghi nhầm số quyết định.");
        var viewed = WebUtility.HtmlDecode(await viewer.GetStringAsync($"/Awards/Correct/{entry.Id}"));
        viewed.ShouldNotContain("id=\"correct-form\"");
        viewed.ShouldContain("“Mai Văn Sửa Trang”");
        viewed.ShouldContain("Số quyết định: 61/QĐ-STP → 62/QĐ-STP");
    }
}
