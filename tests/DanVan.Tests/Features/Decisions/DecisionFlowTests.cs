using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using DanVan.Features.Awards;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Word;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Decisions;

/// <summary>
/// A decision through the API (issue 15 §3): Sở Tư pháp's item closed as passed → the unit head's draft from the
/// approved list, priced by ComputePrize; the Tờ trình and Quyết định read back from their DOCX; a removal without a
/// reason refused; issuing refused for a non-PDF and for an unsigned PDF, then issued with a signed PDF (number from the
/// counter, registered, hash kept, award register written); issuing twice, a race of two issues, and a number already
/// used → Vietnamese 409s with nothing half-saved.
/// </summary>
public sealed class DecisionFlowTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Decisions = "/api/v1/decisions";

    internal static byte[] SignedPdf => Encoding.Latin1.GetBytes(
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + "3 0 obj << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 120 240 80] /Contents <30820a> >> endobj\n"
        + "trailer << /Root 1 0 R >>\n%%EOF\n");

    private static readonly byte[] UnsignedPdf = Encoding.Latin1.GetBytes("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    internal static MultipartFormDataContent Form(byte[] file, string name, string? number = null, string? date = null)
    {
        var form = new MultipartFormDataContent();
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(content, "file", name);
        if (number is not null)
        {
            form.Add(new StringContent(number), "number");
        }

        if (date is not null)
        {
            form.Add(new StringContent(date), "date");
        }

        return form;
    }

    private static object Draft(Guid round, Guid unit) =>
        new { roundId = round, authority = "UnitHead", unitId = unit, signPrefix = "None", signerTitle = "Giám đốc", signerName = "Trần Văn Ký" };

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_draft_from_the_approved_list_is_priced_written_as_DOCX_and_issued_once_with_a_signed_copy(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var stp = await app.UnitIdAsync("STP");
        var council = await app.WithDbAsync(db => db.AddPassedItemAsync(stp));
        var round = await app.WithDbAsync(db => db.AgendaItems.Where(i => i.Id == council.Item)
            .Select(i => db.DossierNominees.Where(n => n.Id == i.NomineeId).Select(n => n.RoundId).First()).SingleAsync());

        (await (await officer.PostJsonAsync(Decisions, new { roundId = round, authority = "ProvinceChairman", unitId = stp, signerTitle = "Phó Chủ tịch", signerName = "A" }))
            .ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("chưa có người, tập thể nào được chấp thuận");
        var draft = await (await officer.PostJsonAsync(Decisions, Draft(round, stp))).ReadAsync<DecisionDto>(HttpStatusCode.Created);
        draft.State.ShouldBe(DecisionState.Draft);
        draft.NumberLine.ShouldBe("Số:      /QĐ-STP");
        var awardee = draft.Awardees.ShouldHaveSingleItem();
        awardee.Name.ShouldBe("Lê Văn Đề Nghị");
        var prize = await (await officer.GetAsync($"/api/v1/awards/prize?awardKindId={awardee.AwardKindId}&subject=Individual&date={draft.DecisionDate:yyyy-MM-dd}"))
            .ReadAsync<PrizeDto>();
        awardee.Amount.ShouldBe(prize.Amount);
        awardee.Amount.ShouldBe(710_000); // 0,3 × 2.340.000 = 702.000, rounded up to 10.000
        (await (await officer.PostJsonAsync(Decisions, Draft(round, stp))).ProblemAsync(HttpStatusCode.Conflict)).Detail!.ShouldContain("chưa có trong quyết định khác");

        var decisionDocx = await (await officer.GetAsync($"{Decisions}/{draft.Id}/decision.docx")).Content.ReadAsByteArrayAsync();
        var lines = WordWriter.Lines(decisionDocx);
        lines.ShouldContain("Số:      /QĐ-STP");
        lines.ShouldContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
        lines.ShouldContain("Độc lập – Tự do – Hạnh phúc");
        lines.ShouldContain("QUYẾT ĐỊNH");
        lines.ShouldContain(l => l.StartsWith("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("Căn cứ Nghị định số 152/2025/NĐ-CP của Chính phủ", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("Căn cứ kết quả biểu quyết của Hội đồng thử tại phiên họp ngày 01/6/2026", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("Điều 1.", StringComparison.Ordinal) && l.Contains("Lao động tiên tiến", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("Điều 2.", StringComparison.Ordinal) && l.Contains("710.000 đồng", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("Điều 3.", StringComparison.Ordinal));
        lines.ShouldContain("Nơi nhận:");
        lines.ShouldContain("GIÁM ĐỐC");
        lines.ShouldContain("Trần Văn Ký");
        lines.ShouldContain("Lê Văn Đề Nghị");
        lines.ShouldContain("710.000");
        var submission = WordWriter.Lines(await (await officer.GetAsync($"{Decisions}/{draft.Id}/submission.docx")).Content.ReadAsByteArrayAsync());
        submission.ShouldContain("TỜ TRÌNH");
        submission.ShouldContain("Số:      /TTr-STP");
        submission.ShouldContain("Lê Văn Đề Nghị");

        (await (await officer.PostJsonAsync($"{Decisions}/{draft.Id}/awardees/{awardee.Id}/remove", new { reason = " " })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("lý do");
        (await (await officer.PostAsync($"{Decisions}/{draft.Id}/issue", Form(Encoding.UTF8.GetBytes("không phải PDF"), "qd.pdf")))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("không phải là PDF");
        (await (await officer.PostAsync($"{Decisions}/{draft.Id}/issue", Form(UnsignedPdf, "qd.pdf"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("không có chữ ký số");
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.PersonId == awardee.PersonId))).ShouldBe(0);

        var issued = await (await officer.PostAsync($"{Decisions}/{draft.Id}/issue", Form(SignedPdf, "qd-da-ky.pdf"))).ReadAsync<DecisionDto>();
        issued.State.ShouldBe(DecisionState.Issued);
        issued.Number.ShouldNotBeNull().ShouldEndWith("/QĐ-STP");
        issued.SignedSha256.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(SignedPdf)));
        var record = await app.WithDbAsync(db => db.AwardRecords.SingleAsync(r => r.PersonId == awardee.PersonId));
        record.DecisionNumber.ShouldBe(issued.Number);
        record.DecisionDocumentId.ShouldBe(issued.DocumentId);
        issued.Awardees.ShouldHaveSingleItem().AwardRecordId.ShouldBe(record.Id);
        var document = await app.WithDbAsync(db => db.Documents.SingleAsync(d => d.Id == issued.DocumentId));
        document.Type.ShouldBe(DanVan.Features.Documents.DocumentType.Decision);
        (await app.WithDbAsync(db => db.DocumentAttachments.CountAsync(a => a.DocumentId == document.Id && a.Sha256 == issued.SignedSha256))).ShouldBe(1);
        var final = WordWriter.Lines(await (await officer.GetAsync($"{Decisions}/{draft.Id}/decision.docx")).Content.ReadAsByteArrayAsync());
        final.ShouldContain($"Số: {issued.Number}");

        (await (await officer.PostAsync($"{Decisions}/{draft.Id}/issue", Form(SignedPdf, "qd-da-ky.pdf"))).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("đã được ban hành");
        (await (await officer.PostJsonAsync($"{Decisions}/{draft.Id}/awardees/{awardee.Id}/remove", new { reason = "Sai tên" })).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("đã ban hành");

        // A number given by hand that the register already holds: 409, nothing saved.
        var second = await app.WithDbAsync(db => db.AddDecisionAsync(stp));
        var used = issued.Number!.Split('/')[0];
        (await (await officer.PostAsync($"{Decisions}/{second.Decision}/issue", Form(SignedPdf, "qd2.pdf", number: used))).ProblemAsync(HttpStatusCode.Conflict))
            .Detail!.ShouldContain("đã được dùng");
        (await app.WithDbAsync(db => db.Decisions.SingleAsync(d => d.Id == second.Decision))).State.ShouldBe(DecisionState.Draft);
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.DecisionNumber == issued.Number))).ShouldBe(1);

        // Two issues at once: one winner, the other a 409; one register row, one document.
        var raced = await app.WithDbAsync(db => db.AddDecisionAsync(stp));
        using var other = await app.ClientForAsync("tdkt.snv");
        var answers = await Task.WhenAll(officer.PostAsync($"{Decisions}/{raced.Decision}/issue", Form(SignedPdf, "a.pdf")),
            other.PostAsync($"{Decisions}/{raced.Decision}/issue", Form(SignedPdf, "b.pdf")));
        answers.Count(a => a.StatusCode == HttpStatusCode.OK).ShouldBe(1);
        answers.Count(a => a.StatusCode == HttpStatusCode.Conflict).ShouldBe(1);
        var won = await app.WithDbAsync(db => db.Decisions.Include(d => d.Awardees).SingleAsync(d => d.Id == raced.Decision));
        (await app.WithDbAsync(db => db.AwardRecords.CountAsync(r => r.DecisionNumber == won.Number))).ShouldBe(1);
        (await app.WithDbAsync(db => db.Documents.CountAsync(d => d.Number == won.Number && d.IssuerUnitId == stp))).ShouldBe(1);
    }
}
