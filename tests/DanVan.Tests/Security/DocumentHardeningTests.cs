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
[Collection("app")]
public sealed class DocumentHardeningTests(PostgresServer pg)
{
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
}
