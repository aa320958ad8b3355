using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;
using DanVan.Features.Demo;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Web;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Documents;

public sealed class DocumentsApiTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Pasting_seed_003_then_saving_registers_it_with_its_citations_linked_or_stubbed(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var extracted = await (await officer.PostJsonAsync("/api/v1/documents/extract", new { text = DemoSeeds.Read("003") })).ReadAsync<ExtractionDto>();
        extracted.Number.ShouldBe("70/KH-UBND");
        extracted.IssueDate.ShouldBe(new DateOnly(2020, 6, 4));
        extracted.Citations.Select(c => c.Number).ShouldBe(["16/CT-TTg", "22-CT/TU", "4156-CV/TU", "120-KH/BDVTU-BCSĐUBND", "05-CT/TW", "436/QĐ-UBND", "91/2017/NĐ-CP"]);
        var existing = extracted.Citations.Single(c => c.Number == "16/CT-TTg").ExistingId;
        existing.ShouldNotBeNull("the demo register already holds Directive 16/CT-TTg");
        var documentsBefore = await app.WithDbAsync(db => db.Documents.CountAsync());
        documentsBefore.ShouldBeGreaterThan(0);
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(documentsBefore, "extraction saves nothing");

        var ubnd = await app.UnitIdAsync("UBND");
        var saved = await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = extracted.Number, type = extracted.Type, issuerName = extracted.Issuer, ownerUnitId = ubnd, place = extracted.Place,
            issueDate = extracted.IssueDate, signer = extracted.Signer, signingCapacity = extracted.SigningCapacity, title = extracted.Title,
            body = DemoSeeds.Read("003"),
            citations = extracted.Citations.Select(c => new { number = c.Number, issueDate = c.IssueDate, issuer = c.Issuer, type = c.Type }),
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        saved.Outgoing.Count.ShouldBe(7);
        saved.Outgoing.Single(r => r.Number == "16/CT-TTg").Id.ShouldBe(existing.Value);
        saved.Outgoing.Count(r => r.IsStub).ShouldBe(6);
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(documentsBefore + 7);

        // The cited stub shows where it is cited; registering it in full completes the stub instead of duplicating it.
        var stubId = saved.Outgoing.Single(r => r.Number == "91/2017/NĐ-CP").Id;
        var stub = await (await officer.GetAsync($"/api/v1/documents/{stubId}")).ReadAsync<DocumentDto>();
        stub.Incoming.ShouldHaveSingleItem().Id.ShouldBe(saved.Id);
        var full = await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "91/2017/NĐ-CP", type = "Decree", issuerName = "Chính phủ", ownerUnitId = ubnd, issueDate = "2017-07-31",
            title = "Quy định chi tiết thi hành một số điều của Luật Thi đua, khen thưởng", status = "Replaced",
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);
        full.Id.ShouldBe(stubId);
        full.IsStub.ShouldBeFalse();

        // The same document twice is a conflict, in Vietnamese.
        (await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "70/KH-UBND", type = "Plan", issuerName = "Ủy ban nhân dân tỉnh Quảng Ngãi", issueDate = "2020-06-04", title = "Bản trùng",
        })).ProblemAsync(HttpStatusCode.Conflict)).Detail.ShouldBe("Văn bản số 70/KH-UBND của Ủy ban nhân dân tỉnh Quảng Ngãi năm 2020 đã có trong sổ văn bản.");

        // Search without diacritics over number, title and full text; filters.
        var byWords = await (await officer.GetAsync("/api/v1/documents?q=dan%20van%20kheo%20quang%20ngai")).ReadAsync<Page<DocumentListItem>>();
        byWords.Items.ShouldContain(d => d.Id == saved.Id);
        var byNumber = await (await officer.GetAsync("/api/v1/documents?q=70/KH-UBND")).ReadAsync<Page<DocumentListItem>>();
        byNumber.Items.ShouldHaveSingleItem().Id.ShouldBe(saved.Id);
        var byBody = await (await officer.GetAsync("/api/v1/documents?q=chuyn%20bien%20manh%20me")).ReadAsync<Page<DocumentListItem>>();
        byBody.Items.ShouldContain(d => d.Id == saved.Id);
        var filtered = await (await officer.GetAsync("/api/v1/documents?type=Plan&year=2020&issuer=quang%20ngai")).ReadAsync<Page<DocumentListItem>>();
        filtered.Items.ShouldHaveSingleItem().Id.ShouldBe(saved.Id);
        var stubs = await (await officer.GetAsync("/api/v1/documents?stubs=true&limit=2")).ReadAsync<Page<DocumentListItem>>();
        stubs.Items.Count.ShouldBe(2);
        stubs.NextCursor.ShouldNotBeNull();
        var next = await (await officer.GetAsync($"/api/v1/documents?stubs=true&limit=2&cursor={stubs.NextCursor}")).ReadAsync<Page<DocumentListItem>>();
        next.Items.Select(i => i.Id).ShouldNotContain(stubs.Items[0].Id);
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Bad_documents_are_refused_in_Vietnamese_and_nothing_is_half_saved(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var before = await app.WithDbAsync(db => db.Documents.CountAsync());
        object Doc(string number, string date = "2026-03-01", object[]? citations = null) => new
        {
            number, type = "Plan", issuerUnitId = stp, issueDate = date, title = "Kế hoạch thử", citations = citations ?? [],
        };

        (await (await officer.PostJsonAsync("/api/v1/documents", Doc("70/KH UBND"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Số, ký hiệu “70/KH UBND” không đúng mẫu (ví dụ 70/KH-UBND, 91/2017/NĐ-CP, 114-KL/TW).");
        (await (await officer.PostJsonAsync("/api/v1/documents", Doc("12/KH-STP", "2026-02-31"))).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("issueDate");
        // A bad citation after a good one: neither the document nor the good citation's stub is saved.
        (await (await officer.PostJsonAsync("/api/v1/documents", Doc("12/KH-STP", citations:
            [new { number = "33/CT-TTg", issueDate = "2021-11-26", issuer = "Thủ tướng Chính phủ" }, new { number = "abc", issueDate = "2021-01-01", issuer = "X" }])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Detail!.ShouldContain("“abc”");
        (await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "13/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-01", effectiveFrom = "2026-02-01", title = "Kế hoạch",
        })).ProblemAsync(HttpStatusCode.BadRequest)).Detail.ShouldBe(DocumentErrors.EffectiveBeforeIssue.Message);
        (await app.WithDbAsync(db => db.Documents.CountAsync())).ShouldBe(before);

        (await (await officer.PostJsonAsync("/api/v1/documents/extract", new { text = "Xin chào, hôm nay trời đẹp." })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Không nhận ra văn bản: không tìm thấy số, ký hiệu hay ngày ban hành.");
        (await (await officer.PostJsonAsync("/api/v1/documents/extract", new { text = new string('a', 250_000) })).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldStartWith("Văn bản quá dài");
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task Attachments_are_checked_by_their_bytes_and_served_only_as_downloads(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("thidua.stp");
        var stp = await app.UnitIdAsync("STP");
        var doc = await (await officer.PostJsonAsync("/api/v1/documents", new
        {
            number = "21/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-01", title = "Kế hoạch có tệp",
        })).ReadAsync<DocumentDto>(HttpStatusCode.Created);

        async Task<HttpResponseMessage> Upload(byte[] bytes, string name, string type)
        {
            using var form = new MultipartFormDataContent();
            var content = new ByteArrayContent(bytes);
            content.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(content, "file", name);
            return await officer.PostAsync($"/api/v1/documents/{doc.Id}/attachments", form);
        }

        var pdf = "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"u8.ToArray();
        var added = await (await Upload(pdf, "ke-hoach.pdf", "application/pdf")).ReadAsync<AttachmentDto>();
        added.ContentType.ShouldBe("application/pdf");

        (await (await Upload("<html><script>alert(1)</script></html>"u8.ToArray(), "ke-hoach.pdf", "application/pdf")).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail.ShouldBe("Tệp “ke-hoach.pdf” không phải là PDF, Word (DOCX) hợp lệ (kiểm tra theo nội dung tệp).");
        (await (await Upload(ZipBomb(), "bom.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("tỷ lệ nén quá cao");
        (await (await Upload(NotWord(), "khong-phai-word.docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document")).ProblemAsync(HttpStatusCode.BadRequest))
            .Detail!.ShouldContain("không phải tệp Word");
        (await app.WithDbAsync(db => db.DocumentAttachments.CountAsync(a => a.DocumentId == doc.Id))).ShouldBe(1);

        using var download = await officer.GetAsync($"/api/v1/documents/{doc.Id}/attachments/{added.Id}");
        download.StatusCode.ShouldBe(HttpStatusCode.OK);
        download.Content.Headers.ContentDisposition!.DispositionType.ShouldBe("attachment");
        download.Headers.GetValues("X-Content-Type-Options").ShouldContain("nosniff");
        (await download.Content.ReadAsByteArrayAsync()).ShouldBe(pdf);

        // Someone else's department: visible (documents are the province's register) but not changeable.
        using var other = await app.ClientForAsync("thidua.syt");
        (await other.GetAsync($"/api/v1/documents/{doc.Id}/attachments/{added.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        await (await other.PutJsonAsync($"/api/v1/documents/{doc.Id}", new { number = "21/KH-STP", type = "Plan", issuerUnitId = stp, issueDate = "2026-03-01", title = "Sửa" }))
            .ProblemAsync(HttpStatusCode.Forbidden);
    }

    /// <summary>A "DOCX" whose one entry inflates 1000×: refused from the zip directory, before anything is decompressed.</summary>
    private static byte[] ZipBomb()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using (var types = new StreamWriter(zip.CreateEntry("[Content_Types].xml").Open()))
            {
                types.Write("<Types/>");
            }

            using var entry = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 20; i++)
            {
                entry.Write(zeros);
            }
        }

        return buffer.ToArray();
    }

    private static byte[] NotWord()
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            using var entry = new StreamWriter(zip.CreateEntry("hello.txt").Open());
            entry.Write("xin chào");
        }

        return buffer.ToArray();
    }
}
