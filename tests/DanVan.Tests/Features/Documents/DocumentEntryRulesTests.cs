using System.Net;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Documents;

/// <summary>What a number says about the type and the date entered beside it (DOMAIN.md §6), as a table and through the API.</summary>
public sealed class DocumentEntryRulesTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private static readonly DateOnly Today = new(2026, 12, 4);

    [Theory]
    [InlineData("70/KH-UBND", DocumentType.Plan, "2026-06-04", null)]
    [InlineData("70/KH-UBND", DocumentType.Decision, "2026-06-04", "document.type_mismatch|Type")]
    [InlineData("1024/CT-CS", DocumentType.Letter, "2025-11-20", null)]
    [InlineData("1024/CT-CS", DocumentType.Directive, "2025-11-20", null)]
    [InlineData("1024/CT-CS", DocumentType.Plan, "2025-11-20", "document.type_mismatch|Type")]
    [InlineData("840/SNV-XDCQ&TCBC", DocumentType.Letter, "2025-03-01", null)]
    [InlineData("840/SNV-XDCQ&TCBC", DocumentType.Plan, "2025-03-01", "document.type_mismatch|Type")]
    [InlineData("06/2022/QH15", DocumentType.Law, "2022-06-15", null)]
    [InlineData("06/2022/QH15", DocumentType.Resolution, "2022-06-15", null)]
    [InlineData("06/2022/QH15", DocumentType.Decree, "2022-06-15", "document.type_mismatch|Type")]
    [InlineData("35/2023/UBTVQH15", DocumentType.Resolution, "2023-03-15", null)]
    [InlineData("35/2023/UBTVQH15", DocumentType.Law, "2023-03-15", "document.type_mismatch|Type")]
    [InlineData("37-HD/BTGDVTW", DocumentType.Guidance, "2025-10-01", null)]
    [InlineData("04-TT/TW", DocumentType.Instruction, "2025-10-01", null)]
    [InlineData("04-TT/TW", DocumentType.Circular, "2025-10-01", "document.type_mismatch|Type")]
    [InlineData("12-XYZ/TU", DocumentType.Plan, "2025-10-01", null)]
    // A normative number's year is its issue year.
    [InlineData("91/2017/NĐ-CP", DocumentType.Decree, "2017-07-31", null)]
    [InlineData("91/2017/NĐ-CP", DocumentType.Decree, "2018-01-02", "document.year_mismatch|IssueDate")]
    [InlineData("06/2022/QH15", DocumentType.Law, "2021-12-31", "document.year_mismatch|IssueDate")]
    [InlineData("35/2023/UBTVQH15", DocumentType.Resolution, "2024-01-01", "document.year_mismatch|IssueDate")]
    [InlineData("70/KH-UBND", DocumentType.Plan, "2019-06-04", null)]
    // Nothing is issued after today.
    [InlineData("70/KH-UBND", DocumentType.Plan, "2026-12-04", null)]
    [InlineData("70/KH-UBND", DocumentType.Plan, "2026-12-05", "document.issued_in_future|IssueDate")]
    public void A_number_agrees_with_its_type_and_dates(string text, DocumentType type, string date, string? expected)
    {
        var number = DocumentNumber.Parse(text).Value.ShouldNotBeNull();
        var error = DocumentRules.CheckNumber(number, type, DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), Today);
        (error is null ? null : error.Code + "|" + error.Field).ShouldBe(expected);
    }

    [Fact]
    public void The_errors_say_what_is_wrong_in_Vietnamese()
    {
        DocumentRules.CheckNumber(DocumentNumber.Parse("70/KH-UBND").Value!, DocumentType.Decision, null, Today)!.Message
            .ShouldBe("Loại văn bản “Quyết định” không khớp với số, ký hiệu 70/KH-UBND: số này là của “Kế hoạch” hoặc “Công văn”.");
        DocumentRules.CheckNumber(DocumentNumber.Parse("91/2017/NĐ-CP").Value!, DocumentType.Decree, new DateOnly(2018, 1, 2), Today)!.Message
            .ShouldBe("Ngày ban hành (năm 2018) không khớp với năm 2017 trong số, ký hiệu 91/2017/NĐ-CP: văn bản quy phạm pháp luật mang năm ban hành trong số.");
        DocumentRules.CheckNumber(DocumentNumber.Parse("70/KH-UBND").Value!, DocumentType.Plan, new DateOnly(2027, 1, 1), Today)!.Message
            .ShouldBe("Ngày ban hành không được sau ngày hôm nay (04/12/2026).");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Entry_checks_type_year_and_date_and_stores_padded_numbers(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var today = VnTime.Today(app.Services.GetRequiredService<TimeProvider>());
        var before = await app.WithDbAsync(db => db.Documents.CountAsync());
        object Doc(string number, string type, DateOnly date) => new
        {
            number, type, issuerUnitId = stp, issueDate = date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), title = "Văn bản thử",
        };

        var mismatch = await (await officer.PostJsonAsync("/api/v1/documents", Doc("31/KH-STP", "Decision", today))).ProblemAsync(HttpStatusCode.BadRequest);
        mismatch.Detail!.ShouldStartWith("Loại văn bản “Quyết định” không khớp với số, ký hiệu 31/KH-STP");
        var future = await (await officer.PostJsonAsync("/api/v1/documents", Doc("32/KH-STP", "Plan", today.AddDays(1)))).ProblemAsync(HttpStatusCode.BadRequest);
        future.Detail!.ShouldStartWith("Ngày ban hành không được sau ngày hôm nay");
        var year = await (await officer.PostJsonAsync("/api/v1/documents", Doc("33/2017/QĐ-STP", "Decision", today))).ProblemAsync(HttpStatusCode.BadRequest);
        year.Detail!.ShouldContain("không khớp với năm 2017");
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(before);

        // "9/KH-STP" is stored and shown as 09/KH-STP, and "09/KH-STP" is the same document.
        var saved = await (await officer.PostJsonAsync("/api/v1/documents", Doc("9/KH-STP", "Plan", today))).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        saved.Number.ShouldBe("09/KH-STP");
        saved.Citation.ShouldStartWith($"Kế hoạch số 09/KH-STP ngày {DocumentCitation.Date(today)} của ");
        (await (await officer.PostJsonAsync("/api/v1/documents", Doc("09/KH-STP", "Plan", today))).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldStartWith("Văn bản số 09/KH-STP của ");
        var found = await (await officer.GetAsync("/api/v1/documents?q=9/KH-STP")).ReadAsync<Page<DocumentListItem>>();
        found.Items.ShouldHaveSingleItem().Id.ShouldBe(saved.Id);
    }
}
