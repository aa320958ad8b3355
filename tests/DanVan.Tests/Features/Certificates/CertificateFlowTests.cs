using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Awards;
using DanVan.Features.Calendar;
using DanVan.Features.Certificates;
using DanVan.Features.Decisions;
using DanVan.Tests.Features.Decisions;
using DanVan.Tests.Infrastructure;
using DanVan.Tests.Infrastructure.Pdf;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Certificates;

/// <summary>
/// Certificates end to end on both databases (issue 15 §4): issuing a decision creates one certificate per awardee; its
/// PDF prints the holder, the award and the decision, and its QR decodes to the public verification URL; the batch PDF
/// and the ZIP; the public check says Hợp lệ, then Đã được cấp lại after a re-issue, Đã bị thu hồi with the ground after
/// a revocation, Không tìm thấy for unknown and malformed codes (same 200), Không kiểm tra được when the database fails —
/// each scan logged without the visitor. Revocation refuses a missing ground or reason and a second revocation with
/// nothing half-saved; the recovery deadline is 15 working days on the province's calendar; eligibility ignores the
/// revoked award.
/// </summary>
public sealed class CertificateFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Certificates = "/api/v1/certificates";

    internal static async Task<DecisionDto> IssueAsync(TestApp app, HttpClient officer, Guid unit)
    {
        var draft = await app.WithDbAsync(db => db.AddDecisionAsync(unit));
        return await (await officer.PostAsync($"/api/v1/decisions/{draft.Decision}/issue", DecisionFlowTests.Form(DecisionFlowTests.SignedPdf, "qd.pdf")))
            .ReadAsync<DecisionDto>();
    }

    internal static MultipartFormDataContent Revocation(Guid unit, IEnumerable<Guid> awards, string? ground = "A", string? reason = "Kết luận thanh tra số 12/KL-TTr: kê khai sai thành tích",
        byte[]? file = null)
    {
        var form = new MultipartFormDataContent { { new StringContent(unit.ToString()), "unitId" }, { new StringContent("Nguyễn Thanh Bình"), "signerName" } };
        foreach (var a in awards)
        {
            form.Add(new StringContent(a.ToString()), "awardRecordIds");
        }

        if (ground is not null)
        {
            form.Add(new StringContent(ground), "ground");
        }

        if (reason is not null)
        {
            form.Add(new StringContent(reason), "reason");
        }

        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
            form.Add(content, "file", "thu-hoi.pdf");
        }

        return form;
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task An_issued_awardee_gets_a_certificate_whose_PDF_shows_the_award_and_whose_QR_opens_the_verification_page(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var visitor = app.CreateClient();
        var stp = await app.UnitIdAsync("STP");
        var issued = await IssueAsync(app, officer, stp);
        var awardee = issued.Awardees.ShouldHaveSingleItem();

        var list = await (await officer.GetAsync($"{Certificates}/decisions/{issued.Id}")).ReadAsync<DecisionCertificatesDto>();
        var certificate = list.Certificates.ShouldHaveSingleItem();
        certificate.State.ShouldBe(CertificateState.Valid);
        certificate.AwardeeId.ShouldBe(awardee.Id);
        certificate.Code.Length.ShouldBe(Certificate.CodeLength);
        Certificate.LooksLikeCode(certificate.Code).ShouldBeTrue();
        certificate.VerifyUrl.ShouldBe($"http://localhost/xac-minh/{certificate.Code}");
        (await app.WithDbAsync(db => db.Certificates.CountAsync(c => c.DecisionId == issued.Id))).ShouldBe(1, "created when the decision was issued");

        var pdf = await (await officer.GetAsync($"{Certificates}/{certificate.Id}/certificate.pdf")).Content.ReadAsByteArrayAsync();
        var text = PdfText.Read(pdf);
        text.Pages.ShouldBe(1);
        text.Shows(awardee.Name).ShouldBeTrue(text.Text);
        text.Shows(awardee.AwardName).ShouldBeTrue(text.Text);
        text.Shows($"Quyết định số {issued.Number}").ShouldBeTrue(text.Text);
        text.Shows("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").ShouldBeTrue(text.Text);
        text.Shows("Trần Văn Ký").ShouldBeTrue(text.Text);
        PdfText.SavePngs(pdf, $"certificate-{provider}");
        QrReader.Decode(pdf).ShouldBe(certificate.VerifyUrl);

        var batch = PdfText.Read(await (await officer.GetAsync($"{Certificates}/decisions/{issued.Id}/certificates.pdf")).Content.ReadAsByteArrayAsync());
        batch.Pages.ShouldBe(1);
        batch.Shows(awardee.Name).ShouldBeTrue();
        var zipped = await officer.GetAsync($"{Certificates}/decisions/{issued.Id}/certificates.zip");
        zipped.StatusCode.ShouldBe(HttpStatusCode.OK);
        zipped.Content.Headers.ContentType!.MediaType.ShouldBe("application/zip");
        using (var zip = new ZipArchive(new MemoryStream(await zipped.Content.ReadAsByteArrayAsync())))
        {
            var entry = zip.Entries.ShouldHaveSingleItem();
            entry.FullName.ShouldBe("01-le-van-de-nghi.pdf");
            using var inner = new MemoryStream();
            await using (var s = await entry.OpenAsync())
            {
                await s.CopyToAsync(inner);
            }

            PdfText.Read(inner.ToArray()).Shows(awardee.Name).ShouldBeTrue();
        }

        var valid = await (await visitor.GetAsync($"/api/v1/verify/{certificate.Code}")).ReadAsync<VerificationDto>();
        valid.Status.ShouldBe(VerificationStatus.Valid);
        valid.StatusLabel.ShouldBe("Hợp lệ");
        valid.Certificate!.HolderName.ShouldBe(awardee.Name);
        valid.Certificate.DecisionNumber.ShouldBe(issued.Number);
        valid.AsOfText.ShouldNotBeNullOrEmpty();
        var page = WebUtility.HtmlDecode(await (await visitor.GetAsync(certificate.VerifyUrl)).Content.ReadAsStringAsync());
        page.ShouldContain("Hợp lệ");
        page.ShouldContain(awardee.Name);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Verification_says_superseded_revoked_unknown_and_cannot_check_truthfully_and_logs_every_scan_without_the_visitor(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var visitor = app.CreateClient();
        var stp = await app.UnitIdAsync("STP");
        var issued = await IssueAsync(app, officer, stp);
        var awardee = issued.Awardees.ShouldHaveSingleItem();
        var first = (await (await officer.GetAsync($"{Certificates}/decisions/{issued.Id}")).ReadAsync<DecisionCertificatesDto>()).Certificates.Single();
        var tenantId = await app.WithDbAsync(db => db.Units.Where(u => u.Id == stp).Select(u => u.TenantId).SingleAsync());
        var kindCode = await app.WithDbAsync(db => db.AwardKinds.Where(k => k.Id == awardee.AwardKindId).Select(k => k.Code).SingleAsync());
        var before = await app.WithDbAsync(db => AwardHistory.ForPeopleAsync(db, tenantId, [awardee.PersonId!.Value]));
        AwardHistory.ConsecutiveYears(before[awardee.PersonId!.Value], kindCode, awardee.Year).ShouldBe(1);

        // Re-issued: the old code says so and points to the new one.
        (await (await officer.PostJsonAsync($"{Certificates}/{first.Id}/reissue", new { reason = " " })).ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("lý do");
        var second = await (await officer.PostJsonAsync($"{Certificates}/{first.Id}/reissue", new { reason = "In sai tên đơn vị" })).ReadAsync<CertificateDto>();
        second.Generation.ShouldBe(2);
        (await (await officer.PostJsonAsync($"{Certificates}/{first.Id}/reissue", new { reason = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("cấp lại");
        var superseded = await (await visitor.GetAsync($"/api/v1/verify/{first.Code}")).ReadAsync<VerificationDto>();
        superseded.Status.ShouldBe(VerificationStatus.Superseded);
        superseded.SupersededByCode.ShouldBe(second.Code);
        (await (await visitor.GetAsync($"/api/v1/verify/{second.Code}")).ReadAsync<VerificationDto>()).Status.ShouldBe(VerificationStatus.Valid);

        // Revocation: bad input refused with nothing saved, then one revocation in one transaction, then a second refused.
        var record = awardee.AwardRecordId!.Value;
        var documents = await app.WithDbAsync(db => db.Documents.CountAsync());
        (await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record], ground: null, file: DecisionFlowTests.SignedPdf)))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("căn cứ");
        (await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record], ground: "E", file: DecisionFlowTests.SignedPdf)))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("A, B, C, D");
        (await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record], reason: " ", file: DecisionFlowTests.SignedPdf)))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("lý do");
        (await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("đã ký số");
        (await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record], file: "%PDF-1.4 chưa ký"u8.ToArray())))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("không có chữ ký số");
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(documents);
        (await app.WithDbAsync(db => db.AwardRecords.SingleAsync(r => r.Id == record))).RevokedAt.ShouldBeNull();

        var revocation = await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record], file: DecisionFlowTests.SignedPdf)))
            .ReadAsync<RevokeAwards.RevocationDto>(HttpStatusCode.Created);
        revocation.Number.ShouldEndWith("/QĐ-STP");
        revocation.GroundLabel.ShouldStartWith("a) ");
        var owed = revocation.Awards.ShouldHaveSingleItem();
        owed.Amount.ShouldBe(710_000);
        owed.Objects.ShouldBe("Giấy chứng nhận danh hiệu");
        var due = await app.WithDbAsync(db => new WorkingDays(db).AddWorkingDaysAsync(tenantId, revocation.Date, 15));
        owed.Deadline.ShouldBe(due.Date);
        owed.Deadline.DayNumber.ShouldBeGreaterThanOrEqualTo(revocation.Date.DayNumber + 19, "15 working days span at least three weekends");
        var row = await app.WithDbAsync(db => db.AwardRecords.SingleAsync(r => r.Id == record));
        row.RevokedAt.ShouldNotBeNull();
        row.RevocationDocumentId.ShouldBe(revocation.DocumentId);
        row.RevocationGround.ShouldBe(RevocationGround.A);
        (await app.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == revocation.DocumentId))).Type.ShouldBe(DanVan.Features.Documents.DocumentType.Decision);
        (await app.WithDbAsync(db => db.DocumentAttachments.CountAsync(a => a.DocumentId == revocation.DocumentId))).ShouldBe(1);

        var revoked = await (await visitor.GetAsync($"/api/v1/verify/{second.Code}")).ReadAsync<VerificationDto>();
        revoked.Status.ShouldBe(VerificationStatus.Revoked);
        revoked.Revocation!.Number.ShouldBe(revocation.Number);
        revoked.Revocation.GroundLetter.ShouldBe("a");
        revoked.Revocation.Citation.ShouldContain("06/2022/QH15");
        WebUtility.HtmlDecode(await (await visitor.GetAsync($"/xac-minh/{second.Code}")).Content.ReadAsStringAsync()).ShouldContain("Đã bị thu hồi");
        (await (await officer.GetAsync($"{Certificates}/{second.Id}/certificate.pdf")).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("thu hồi");
        (await (await officer.PostAsync($"{Certificates}/revocations", Revocation(stp, [record], file: DecisionFlowTests.SignedPdf)))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("đã bị thu hồi");
        (await app.WithDbAsync(db => db.Revocations.CountAsync(r => r.UnitId == stp))).ShouldBe(1);

        // Eligibility: the revoked award no longer counts toward "N consecutive years".
        var after = await app.WithDbAsync(db => AwardHistory.ForPeopleAsync(db, tenantId, [awardee.PersonId!.Value]));
        after[awardee.PersonId!.Value].ShouldContain(f => f.RecordId == record && f.Revoked && !f.CountsForMerit);
        AwardHistory.ConsecutiveYears(after[awardee.PersonId!.Value], kindCode, awardee.Year).ShouldBe(0);

        // Recovery: a note is required, recorded once.
        (await (await officer.PostJsonAsync($"{Certificates}/recoveries/{owed.Id}/recovered", new { note = "" })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("Ghi chú", Case.Insensitive);
        var recovered = await (await officer.PostJsonAsync($"{Certificates}/recoveries/{owed.Id}/recovered", new { note = "Đã nộp 710.000 đồng, phiếu thu số 5" }))
            .ReadAsync<RevokeAwards.RecoveryDto>();
        recovered.RecoveredOn.ShouldNotBeNull();
        (await (await officer.PostJsonAsync($"{Certificates}/recoveries/{owed.Id}/recovered", new { note = "Lần nữa" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("Đã ghi nhận");

        // Unknown, malformed and hostile codes: the same 200 and shape, "Không tìm thấy".
        foreach (var code in new[] { Certificate.NewCode(), "abc", "%27%3B%20DROP%20TABLE%20x", new string('z', 500) })
        {
            var unknown = await visitor.GetAsync($"/api/v1/verify/{code}");
            unknown.StatusCode.ShouldBe(HttpStatusCode.OK);
            var answer = await unknown.ReadAsync<VerificationDto>();
            answer.Status.ShouldBe(VerificationStatus.NotFound);
            answer.Certificate.ShouldBeNull();
            answer.Revocation.ShouldBeNull();
        }

        // The database fails under the lookup: "cannot check", never "valid".
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DecisionAwardees\" RENAME TO \"DecisionAwardees_gone\""));
        var broken = await (await visitor.GetAsync($"/api/v1/verify/{second.Code}")).ReadAsync<VerificationDto>();
        broken.Status.ShouldBe(VerificationStatus.CannotCheck);
        broken.StatusLabel.ShouldBe("Không kiểm tra được");
        broken.Certificate.ShouldBeNull();
        await app.WithDbAsync(db => db.Database.ExecuteSqlRawAsync("ALTER TABLE \"DecisionAwardees_gone\" RENAME TO \"DecisionAwardees\""));

        // Every scan is in the log: the certificate (or the code's hash), the time and the answer — and nothing of the visitor.
        var scans = await app.WithDbAsync(db => db.CertificateScans.AsNoTracking().ToListAsync());
        scans.Count(s => s.CertificateId == first.Id && s.Result == VerificationStatus.Superseded).ShouldBe(1);
        scans.Count(s => s.CertificateId == second.Id && s.Result == VerificationStatus.Revoked).ShouldBe(2);
        scans.Count(s => s.Result == VerificationStatus.CannotCheck).ShouldBe(1);
        scans.Count(s => s.Result == VerificationStatus.NotFound && s.CertificateId == null).ShouldBe(4);
        scans.ShouldContain(s => s.CodeHash == VerifyCertificate.Hash("abc"));
        var columns = await app.WithDbAsync(db => Task.FromResult(db.Model.FindEntityType(typeof(CertificateScan))!.GetProperties().Select(p => p.Name).ToList()));
        columns.ShouldBe(["Id", "At", "CertificateId", "CodeHash", "Result"], ignoreOrder: true);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_public_check_is_rate_limited_per_address_and_the_pages_render(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg, services: ClientAddress.Register);
        using var visitor = app.CreateClient();
        var code = Certificate.NewCode();
        for (var i = 0; i < CertificatesServices.VerifiesPerWindow; i++)
        {
            (await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verify/{code}").From("203.0.113.7"))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        (await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/api/v1/verify/{code}").From("203.0.113.7"))).StatusCode
            .ShouldBe(HttpStatusCode.TooManyRequests);
        (await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/xac-minh/{code}").From("203.0.113.7"))).StatusCode
            .ShouldBe(HttpStatusCode.TooManyRequests);
        var other = await visitor.SendAsync(new HttpRequestMessage(HttpMethod.Get, $"/xac-minh/{code}").From("198.51.100.2"));
        WebUtility.HtmlDecode(await other.Content.ReadAsStringAsync()).ShouldContain("Không tìm thấy");

        using var officer = await app.ClientForAsync("tdkt.snv");
        var demo = await app.WithDbAsync(db => db.Decisions.Where(d => d.State == DecisionState.Issued).OrderBy(d => d.DecisionDate).Select(d => d.Id).FirstAsync());
        var page = await officer.GetAsync($"/Certificates/Decision/{demo}");
        page.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await page.Content.ReadAsStringAsync()).ShouldContain("In cả quyết định");
        var revocations = await officer.GetAsync("/Certificates/Revocations");
        revocations.StatusCode.ShouldBe(HttpStatusCode.OK);
        WebUtility.HtmlDecode(await revocations.Content.ReadAsStringAsync()).ShouldContain("Quyết định thu hồi mới");
    }
}
