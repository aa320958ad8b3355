using System.IO.Compression;
using System.Net;
using DanVan.Features.Admin.Jobs;
using DanVan.Features.Certificates;
using DanVan.Infrastructure.Jobs;
using DanVan.Tests.Features.Decisions;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Features.Certificates;

/// <summary>
/// A whole decision printed in the background (issue 15 §5): asking queues a durable job (202, its progress address); asking
/// again while it waits is the same job; the runner prints the same batch as the download — a ZIP of single PDFs in the
/// Decree 152 order, or one PDF of a page per certificate — writing progress, and keeps the file for the one who asked;
/// another user does not see it. The decision's page starts it and opens the progress page.
/// </summary>
public sealed class CertificateBatchJobTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_decision_is_printed_by_a_background_job_with_progress_and_the_file_to_download(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var stp = await app.UnitIdAsync("STP");
        var issued = await CertificateFlowTests.IssueAsync(app, officer, stp);
        var url = $"/api/v1/certificates/decisions/{issued.Id}/batches";

        using var asked = await officer.PostJsonAsync(url, new { format = "Zip" });
        var job = await asked.ReadAsync<JobDto>(HttpStatusCode.Accepted);
        asked.Headers.Location!.ToString().ShouldBe($"/api/v1/jobs/{job.Id}");
        (job.Kind, job.KindLabel, job.Status).ShouldBe((PrintCertificatesJob.KindName, "In bằng khen, giấy khen của một quyết định", JobStatus.Queued));
        (await (await officer.PostJsonAsync(url, new { format = "Zip" })).ReadAsync<JobDto>(HttpStatusCode.Accepted)).Id.ShouldBe(job.Id); // still waiting: the same job
        var pdfJob = await (await officer.PostJsonAsync(url, new { format = "Pdf" })).ReadAsync<JobDto>(HttpStatusCode.Accepted);
        pdfJob.Id.ShouldNotBe(job.Id);
        (await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.Kind == PrintCertificatesJob.KindName))).ShouldBe(2);

        await app.Services.GetRequiredService<JobRunner>().RunDueAsync(CancellationToken.None);

        var awardee = issued.Awardees.ShouldHaveSingleItem();
        var done = await (await officer.GetAsync($"/api/v1/jobs/{job.Id}")).ReadAsync<JobDto>();
        (done.Status, done.Progress, done.Message, done.ResultFileName).ShouldBe((JobStatus.Succeeded, 100, "Đã in 1 bằng, giấy khen.",
            $"bang-khen-qd-{PrintCertificates.Slug(issued.Number!)}.zip"));
        using (var zip = new ZipArchive(new MemoryStream(await (await officer.GetAsync(done.ResultUrl!)).Content.ReadAsByteArrayAsync())))
        {
            var entry = zip.Entries.ShouldHaveSingleItem();
            entry.FullName.ShouldBe($"01-{PrintCertificates.Slug(awardee.Name)}.pdf");
            using var inner = new MemoryStream();
            await using (var s = await entry.OpenAsync())
            {
                await s.CopyToAsync(inner);
            }

            PdfText.Read(inner.ToArray()).Shows(awardee.Name).ShouldBeTrue();
        }

        var printed = await (await officer.GetAsync($"/api/v1/jobs/{pdfJob.Id}")).ReadAsync<JobDto>();
        printed.Status.ShouldBe(JobStatus.Succeeded);
        var batch = PdfText.Read(await (await officer.GetAsync(printed.ResultUrl!)).Content.ReadAsByteArrayAsync());
        batch.Pages.ShouldBe(1);
        batch.Shows(awardee.Name).ShouldBeTrue();

        // Finished, a new request is a new job; the file is the asker's: another user gets the job's 404.
        (await (await officer.PostJsonAsync(url, new { format = "Zip" })).ReadAsync<JobDto>(HttpStatusCode.Accepted)).Id.ShouldNotBe(job.Id);
        using var other = await app.ClientForAsync("thidua.stp");
        (await other.GetAsync($"/api/v1/jobs/{job.Id}")).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await other.GetAsync(done.ResultUrl!)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_is_not_printed_and_the_page_starts_the_job_and_opens_its_progress(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var stp = await app.UnitIdAsync("STP");
        var draft = await app.WithDbAsync(db => db.AddDecisionAsync(stp));
        (await (await officer.PostJsonAsync($"/api/v1/certificates/decisions/{draft.Decision}/batches", new { format = "Pdf" }))
            .ProblemAsync(HttpStatusCode.Conflict)).Code.ShouldBe(CertificateErrors.NotIssued.Code);
        (await app.WithDbAsync(db => db.Jobs.CountAsync(j => j.Kind == PrintCertificatesJob.KindName))).ShouldBe(0);

        var issued = await CertificateFlowTests.IssueAsync(app, officer, stp);
        using var client = await app.SignedInAsync("tdkt.snv");
        var page = await client.GetStringAsync($"/Certificates/Decision/{issued.Id}");
        page.ShouldContain("id=\"batch-job-zip\"");
        page.ShouldContain($"href=\"/Certificates/Artwork?unitId={stp}\""); // the images of the decision's issuing unit
        var token = await CookieSession.FormTokenAsync(client, $"/Certificates/Decision/{issued.Id}");
        using var started = await client.PostAsync($"/Certificates/Decision/{issued.Id}?handler=Batch",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["Format"] = "Zip", ["__RequestVerificationToken"] = token }));
        started.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        var job = await app.WithDbAsync(db => db.Jobs.SingleAsync(j => j.Kind == PrintCertificatesJob.KindName));
        started.Headers.Location!.ToString().ShouldBe($"/Jobs/{job.Id}");
        var progress = WebUtility.HtmlDecode(await client.GetStringAsync($"/Jobs/{job.Id}"));
        progress.ShouldContain("In bằng khen, giấy khen của một quyết định");
        progress.ShouldContain("Đang chờ");
    }
}
