using System.Diagnostics;
using System.Globalization;
using System.Net;
using DanVan.Features.Documents;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Security;

/// <summary>
/// Security review of the Documents feature: bounded work for "create from text", no changing or claiming another
/// unit's documents through relations or stubs, and the same length limits on the page path as on the API.
/// </summary>
public sealed class DocumentHardeningTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateOnly Issued = new(2026, 3, 1);

    private static string ManyCitations(int count) =>
        "Số: 1/KH-STP\nThực hiện Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ;\n"
        + string.Concat(Enumerable.Range(1, count - 1).Select(i =>
            string.Create(CultureInfo.InvariantCulture, $"Căn cứ Kế hoạch số {i}/KH-UBND ngày 01/02/2020 của Ủy ban nhân dân tỉnh;\n")));

    // ---- 1. bounded work ----

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_viewer_posting_the_worst_texts_gets_an_answer_within_seconds(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var viewer = await app.ClientForAsync("xem");
        await (await viewer.PostJsonAsync("/api/v1/documents/extract", new { text = "Số: 1/KH-UBND ngày 01/02/2020" })).ReadAsync<ExtractionDto>();

        foreach (var text in new[]
                 {
                     "Luật 1" + string.Concat(Enumerable.Repeat("/đ", 99_990)),
                     "Kế hoạch số 1" + string.Concat(Enumerable.Repeat("/1", 99_990)),
                     string.Concat(Enumerable.Repeat("Số: 1" + string.Concat(Enumerable.Repeat("/đ", 40)) + "\n", 2_300)),
                     string.Concat(Enumerable.Repeat("Ngày 01/02/2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 7/KH-UBND, ", 2_700)),
                     ManyCitations(2_500),
                 })
        {
            var clock = Stopwatch.StartNew();
            using var response = await viewer.PostJsonAsync("/api/v1/documents/extract", new { text });
            clock.Stop();

            response.StatusCode.ShouldBeOneOf(HttpStatusCode.OK, HttpStatusCode.BadRequest);
            clock.Elapsed.ShouldBeLessThan(TimeSpan.FromSeconds(5), text[..40]);
        }
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Extracting_two_thousand_citations_runs_as_many_SQL_commands_as_extracting_one(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        using var counter = new SqlCommandCounter(app);
        var demoDirective = await app.WithDbAsync(db => db.Documents.Where(d => d.Number == "16/CT-TTg").Select(d => d.Id).SingleAsync());
        async Task<ExtractionDto> Extract(string text) =>
            await (await officer.PostJsonAsync("/api/v1/documents/extract", new { text })).ReadAsync<ExtractionDto>();
        await Extract(ManyCitations(1)); // warm: the first request of a token may refresh its last-use time

        ExtractionDto one = null!, many = null!;
        var few = await counter.DuringAsync(async () => one = await Extract(ManyCitations(1)));
        var lots = await counter.DuringAsync(async () => many = await Extract(ManyCitations(2_000)));

        one.Citations.ShouldHaveSingleItem().ExistingId.ShouldBe(demoDirective);
        many.Citations.Count.ShouldBe(2_000);
        many.Citations[0].ExistingId.ShouldBe(demoDirective);
        many.Citations.Skip(1).ShouldAllBe(c => c.ExistingId == null);
        few.ShouldNotBeEmpty();
        lots.Count.ShouldBe(few.Count, string.Join("\n", lots.Take(10)));
        lots.Count.ShouldBeLessThanOrEqualTo(6, string.Join("\n", lots));
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_create_page_states_the_text_limit_and_refuses_longer_text_in_Vietnamese(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var page = await app.SignedInAsync("thidua.stp");
        var html = await page.GetStringAsync("/Documents/Create");
        var pasteBox = html[html.IndexOf("<textarea name=\"Text\"", StringComparison.Ordinal)..];
        pasteBox[..pasteBox.IndexOf('>', StringComparison.Ordinal)].ShouldContain($"maxlength=\"{DocumentExtractor.MaxTextLength}\"");

        using var response = await page.PostAsync("/Documents/Create?handler=Extract", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Text"] = "Số: 1/KH-STP " + new string('x', DocumentExtractor.MaxTextLength),
            ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(page, "/Documents/Create"),
        }));

        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        var body = WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync());
        body.ShouldContain($"tối đa {DocumentExtractor.MaxTextLength.ToString("N0", CultureInfo.GetCultureInfo("vi-VN"))} ký tự");
    }

    // ---- 2. relations and stubs of another unit ----

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Replacing_another_units_document_is_refused_naming_it_and_nothing_is_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var syt = await app.UnitIdAsync("SYT");
        var theirs = await app.WithDbAsync(db => db.AddDocumentAsync(syt, "31/KH-SYT", Issued));
        var mine = await app.WithDbAsync(db => db.AddDocumentAsync(stp, "32/KH-STP", Issued));
        using var officer = await app.ClientForAsync("thidua.stp");
        var before = await CountsAsync(app);
        object Doc(string number, Guid target, string kind = "Replaces") => new
        {
            number, type = "Plan", issuerUnitId = stp, issueDate = "2026-03-02", title = "Kế hoạch thay thế",
            relations = new[] { new { documentId = target, kind } },
        };

        // API, create and update.
        (await (await officer.PostJsonAsync("/api/v1/documents", Doc("33/KH-STP", theirs))).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail.ShouldNotBeNull().ShouldContain("31/KH-SYT");
        (await (await officer.PutJsonAsync($"/api/v1/documents/{mine}", Doc("32/KH-STP", theirs))).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail.ShouldNotBeNull().ShouldContain("31/KH-SYT");

        // Page path, create and edit.
        using var page = await app.SignedInAsync("thidua.stp");
        Dictionary<string, string> Form(string number, string token) => new()
        {
            ["Input.Number"] = number, ["Input.Type"] = "Plan", ["Input.IssuerUnitId"] = stp.ToString(), ["Input.IssueDate"] = "2026-03-02",
            ["Input.Title"] = "Kế hoạch thay thế", ["Input.Relations[0].DocumentId"] = theirs.ToString(), ["Input.Relations[0].Kind"] = "Replaces",
            ["__RequestVerificationToken"] = token,
        };
        foreach (var (url, number) in new[] { ("/Documents/Create", "34/KH-STP"), ($"/Documents/Edit/{mine}", "32/KH-STP") })
        {
            using var response = await page.PostAsync(url, new FormUrlEncodedContent(Form(number, await CookieSession.FormTokenAsync(page, url))));
            response.StatusCode.ShouldBe(HttpStatusCode.OK, url);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("31/KH-SYT", Case.Sensitive, url);
        }

        (await CountsAsync(app)).ShouldBe(before);
        (await app.WithDbAsync(db => db.Documents.Where(d => d.Id == theirs).Select(d => d.Status).SingleAsync())).ShouldBe(DocumentStatus.InForce);

        // A relation that leaves the other document as it is stays open to everyone; replacing one's own is allowed.
        await (await officer.PostJsonAsync("/api/v1/documents", Doc("35/KH-STP", theirs, "BasedOn"))).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        await (await officer.PostJsonAsync("/api/v1/documents", Doc("36/KH-STP", mine))).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        (await app.WithDbAsync(db => db.Documents.Where(d => d.Id == mine).Select(d => d.Status).SingleAsync())).ShouldBe(DocumentStatus.Replaced);
        (await app.WithDbAsync(db => db.Documents.Where(d => d.Id == theirs).Select(d => d.Status).SingleAsync())).ShouldBe(DocumentStatus.InForce);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Registering_a_number_does_not_take_over_another_units_stub(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var syt = await app.UnitIdAsync("SYT");
        using var stpOfficer = await app.ClientForAsync("thidua.stp");
        var citing = await (await stpOfficer.PostJsonAsync("/api/v1/documents", new
        {
            number = "40/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-01", title = "Kế hoạch có căn cứ",
            citations = new object[]
            {
                new { number = "77/QĐ-BTP", issueDate = "2025-12-01", issuer = "Bộ Tư pháp" },
                new { number = "78/QĐ-BTP" },
            },
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        var stub = citing.Outgoing.Single(r => r.Number == "77/QĐ-BTP").Id;
        var looseStub = citing.Outgoing.Single(r => r.Number == "78/QĐ-BTP").Id;
        var before = await CountsAsync(app);
        object Full(string number, string issueDate) => new
        {
            number, type = "Decision", issuerName = "Bộ Tư pháp", ownerUnitId = syt, issueDate, title = "Nội dung do đơn vị khác viết",
        };

        // Another department, API and page: refused in Vietnamese, naming the document; the stub stays STP's.
        using var sytOfficer = await app.ClientForAsync("thidua.syt");
        (await (await sytOfficer.PostJsonAsync("/api/v1/documents", Full("77/QĐ-BTP", "2025-12-01"))).ProblemAsync(HttpStatusCode.Forbidden))
            .Detail.ShouldNotBeNull().ShouldContain("77/QĐ-BTP");
        using var page = await app.SignedInAsync("thidua.syt");
        using (var response = await page.PostAsync("/Documents/Create", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Input.Number"] = "77/QĐ-BTP", ["Input.Type"] = "Decision", ["Input.IssuerName"] = "Bộ Tư pháp", ["Input.OwnerUnitId"] = syt.ToString(),
                   ["Input.IssueDate"] = "2025-12-01", ["Input.Title"] = "Nội dung do đơn vị khác viết",
                   ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(page, "/Documents/Create"),
               })))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain("77/QĐ-BTP");
        }

        (await CountsAsync(app)).ShouldBe(before);
        async Task<(bool IsStub, Guid Owner, string Title)> StubAsync(Guid id)
        {
            var d = await app.WithDbAsync(db => db.Documents.AsNoTracking().Where(d => d.Id == id).Select(d => new { d.IsStub, d.OwnerUnitId, d.Title }).SingleAsync());
            return (d.IsStub, d.OwnerUnitId, d.Title);
        }

        (await StubAsync(stub)).ShouldBe((true, stp, "Văn bản số 77/QĐ-BTP (được trích dẫn, chưa nhập đầy đủ)"));

        // A stub known without issuer or year only matched loosely: the other department's record is its own, the stub is untouched.
        var own = await (await sytOfficer.PostJsonAsync("/api/v1/documents", Full("78/QĐ-BTP", "2025-12-02"))).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        own.Id.ShouldNotBe(looseStub);
        own.OwnerUnitId.ShouldBe(syt);
        (await StubAsync(looseStub)).IsStub.ShouldBeTrue();
        (await StubAsync(looseStub)).Owner.ShouldBe(stp);

        // The unit that owns the stub (or one above it) completes it.
        var completed = await (await stpOfficer.PostJsonAsync("/api/v1/documents", new
        {
            number = "77/QĐ-BTP", type = "Decision", issuerName = "Bộ Tư pháp", issueDate = "2025-12-01", title = "Quyết định của Bộ Tư pháp",
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        completed.Id.ShouldBe(stub);
        completed.IsStub.ShouldBeFalse();
    }

    // ---- 3. length limits on the page path ----

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_over_long_citation_issuer_is_refused_in_Vietnamese_on_the_page_and_the_API(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var stp = await app.UnitIdAsync("STP");
        var tooLong = "Bộ " + new string('x', Document.IssuerMax);
        var before = await CountsAsync(app);
        var message = $"không được dài quá {Document.IssuerMax} ký tự";

        using var page = await app.SignedInAsync("thidua.stp");
        using (var response = await page.PostAsync("/Documents/Create", new FormUrlEncodedContent(new Dictionary<string, string>
               {
                   ["Input.Number"] = "50/KH-STP", ["Input.Type"] = "Plan", ["Input.IssuerUnitId"] = stp.ToString(), ["Input.IssueDate"] = "2026-03-01",
                   ["Input.Title"] = "Kế hoạch có căn cứ quá dài", ["Keep"] = "0",
                   ["Input.Citations[0].Number"] = "79/QĐ-BTP", ["Input.Citations[0].Issuer"] = tooLong, ["Input.Citations[0].IssueDate"] = "2025-12-01",
                   ["__RequestVerificationToken"] = await CookieSession.FormTokenAsync(page, "/Documents/Create"),
               })))
        {
            response.StatusCode.ShouldBe(HttpStatusCode.OK);
            WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()).ShouldContain(message);
        }

        using var officer = await app.ClientForAsync("thidua.stp");
        (await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "51/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-01", title = "Kế hoạch có căn cứ quá dài",
            citations = new[] { new { number = "79/QĐ-BTP", issuer = tooLong, issueDate = "2025-12-01" } },
        })).ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldContain(message);

        (await CountsAsync(app)).ShouldBe(before);
    }

    private static Task<(int Documents, int Relations)> CountsAsync(TestApp app) => app.WithDbAsync(async db =>
        (await db.Documents.CountAsync(), await db.DocumentRelations.CountAsync()));
}
