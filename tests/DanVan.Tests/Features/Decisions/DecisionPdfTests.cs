using System.Net;
using DanVan.Features.Decisions;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Decisions;

/// <summary>The decision and the Tờ trình as PDF, printed from the same blocks as the DOCX, read back word by word.</summary>
public sealed class DecisionPdfTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_issued_demo_decision_prints_its_number_grounds_awardees_and_amounts(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        var demo = await app.WithDbAsync(db => db.Decisions.Include(d => d.Awardees).Where(d => d.State == DecisionState.Issued && d.Authority == DanVan.Features.Awards.DecidingAuthority.ProvinceChairman).OrderBy(d => d.DecisionDate).FirstAsync());
        using var province = await app.ClientForAsync("tdkt.snv");
        var dto = await (await province.GetAsync($"/api/v1/decisions/{demo.Id}")).ReadAsync<DecisionDto>();

        using var response = await province.GetAsync($"/api/v1/decisions/{demo.Id}/decision.pdf");
        response.StatusCode.ShouldBe(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.ShouldBe("application/pdf");
        response.Content.Headers.ContentDisposition!.FileName.ShouldBe($"quyet-dinh-{DanVan.Infrastructure.Text.VietnameseText.Fold(demo.Number).Replace('/', '-')}.pdf");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        if (provider == Provider.Sqlite)
        {
            PdfText.SavePngs(bytes, "quyet-dinh");
        }

        var pdf = PdfText.Read(bytes);
        pdf.Pages.ShouldBeGreaterThanOrEqualTo(2, "the annex starts on its own page");
        pdf.Shows("DỰ THẢO").ShouldBeFalse("an issued decision is no draft");
        pdf.Shows("ỦY BAN NHÂN DÂN").ShouldBeTrue(pdf.Text);
        pdf.Shows("Số: " + demo.Number).ShouldBeTrue(pdf.Text);
        pdf.Shows("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").ShouldBeTrue(pdf.Text);
        pdf.Shows("Độc lập – Tự do – Hạnh phúc").ShouldBeTrue(pdf.Text);
        var placeDate = DanVan.Features.Documents.Decree30.DateLine("Sông Trà", demo.DecisionDate);
        pdf.Shows(placeDate).ShouldBeTrue(pdf.Text);
        foreach (var ground in dto.Grounds)
        {
            pdf.Shows(ground).ShouldBeTrue(ground);
        }

        pdf.Shows("Điều 1.").ShouldBeTrue();
        pdf.Shows("Nơi nhận:").ShouldBeTrue();
        pdf.Shows(demo.SignerName).ShouldBeTrue(demo.SignerName);
        foreach (var a in dto.Awardees)
        {
            pdf.Shows(a.Name).ShouldBeTrue(a.Name);
            pdf.Shows(a.AwardName).ShouldBeTrue(a.AwardName);
            if (a.Amount is { } amount)
            {
                pdf.Shows(DecisionPaper.Money(amount)).ShouldBeTrue(a.Name);
            }
        }

        var submission = PdfText.Read(await (await province.GetAsync($"/api/v1/decisions/{demo.Id}/submission.pdf")).Content.ReadAsByteArrayAsync());
        submission.Shows("TỜ TRÌNH").ShouldBeTrue(submission.Text);
        submission.Shows("DỰ THẢO").ShouldBeTrue("the Tờ trình's own number is the submitting body's: DanVan prints it as a draft");

        using var commune = await app.ClientForAsync("thidua.xa001");
        (await commune.GetAsync($"/api/v1/decisions/{demo.Id}/decision.pdf")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }
}
