using System.Net;
using System.Net.Http.Headers;
using System.Text;
using DanVan.Features.Certificates;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Certificates;

/// <summary>
/// Certificate images (issue 15 §4: the tenant uploads its background and signature images): an issuing unit uploads a
/// layout's background and its signer's signature (JPEG or PNG by their bytes, ≤ 2 MB); the same slot replaces; the
/// certificates of its decisions print them (an image in the PDF where there was none); the province's backgrounds serve
/// units without their own; bad input and callers outside the unit change nothing; removal takes it off the next print.
/// </summary>
public sealed class CertificateArtworkTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    private const string Artwork = "/api/v1/certificates/artwork";

    /// <summary>An 8 × 8 red PNG.</summary>
    private static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAgAAAAICAIAAABLbSncAAAAEUlEQVR4nGM4ISeHFTEMLQkAkL9BAbKfPiIAAAAASUVORK5CYII=");

    /// <summary>A 5,000 × 10 PNG of a few hundred bytes: wider than any print needs.</summary>
    private static readonly byte[] WidePng = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAE4gAAAAKCAIAAADXtCMcAAAAyUlEQVR4nO3bUQkAIBTAQJO8/lGMZQT3J8LBBViBrT0DAAAAAAAAAAAAAAAAAABX63kBAAAAAAAAAAAAAAAAAABfMKYCAAAAAAAAAAAAAAAAAJAYUwEAAAAAAAAAAAAAAAAASIypAAAAAAAAAAAAAAAAAAAkxlQAAAAAAAAAAAAAAAAAABJjKgAAAAAAAAAAAAAAAAAAiTEVAAAAAAAAAAAAAAAAAIDEmAoAAAAAAAAAAAAAAAAAQGJMBQAAAAAAAAAAAAAAAAAgOVSxaNuC22DiAAAAAElFTkSuQmCC");

    private static MultipartFormDataContent Upload(Guid unit, string? kind, string? layout = null, string? signer = null, byte[]? file = null, string name = "nen.png")
    {
        var form = new MultipartFormDataContent { { new StringContent(unit.ToString()), "unitId" } };
        if (kind is not null)
        {
            form.Add(new StringContent(kind), "kind");
        }

        if (layout is not null)
        {
            form.Add(new StringContent(layout), "layout");
        }

        if (signer is not null)
        {
            form.Add(new StringContent(signer), "signerName");
        }

        if (file is not null)
        {
            var content = new ByteArrayContent(file);
            content.Headers.ContentType = new MediaTypeHeaderValue("image/png");
            form.Add(content, "file", name);
        }

        return form;
    }

    /// <summary>Whether the PDF draws a raster image (Chromium writes image XObjects with an uncompressed dictionary).</summary>
    private static bool HasImage(byte[] pdf) => Encoding.Latin1.GetString(pdf).Contains("/Subtype /Image", StringComparison.Ordinal);

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task A_units_background_and_signature_are_printed_on_its_certificates_and_bad_uploads_change_nothing(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        using var stpOfficer = await app.ClientForAsync("thidua.stp");
        using var viewer = await app.ClientForAsync("xem");
        using var other = await app.ClientForAsync("thidua.syt");
        var stp = await app.UnitIdAsync("STP");
        var issued = await CertificateFlowTests.IssueAsync(app, officer, stp);
        var certificate = await app.WithDbAsync(db => db.Certificates.Where(c => c.DecisionId == issued.Id).Select(c => c.Id).SingleAsync());
        var signer = await app.WithDbAsync(db => db.Decisions.Where(d => d.Id == issued.Id).Select(d => d.SignerName).SingleAsync());
        HasImage(await (await officer.GetAsync($"/api/v1/certificates/{certificate}/certificate.pdf")).Content.ReadAsByteArrayAsync()).ShouldBeFalse();

        // Refusals: no kind, a background without its layout, a signature without its signer, not an image, too large, a viewer, another department.
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, null, file: Png))).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("artwork.kind");
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "5", file: Png))).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("artwork.kind");
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", "9", file: Png))).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("artwork.layout");
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", "GiayKhen", file: WidePng))).ProblemAsync(HttpStatusCode.BadRequest))
            .Code.ShouldBe("artwork.dimensions");
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", file: Png))).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("artwork.layout");
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Signature", signer: "  ", file: Png))).ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("artwork.signer");
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", "GiayKhen", file: "%PDF-1.7 không phải ảnh"u8.ToArray(), name: "x.png")))
            .ProblemAsync(HttpStatusCode.BadRequest)).AllText.ShouldNotBeEmpty();
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", "GiayKhen", file: [.. Png, .. new byte[CertificateArtwork.MaxBytes]])))
            .ProblemAsync(HttpStatusCode.BadRequest)).Code.ShouldBe("artwork.too_large");
        await (await viewer.PostAsync(Artwork, Upload(stp, "Background", "BangKhen", file: Png))).ProblemAsync(HttpStatusCode.Forbidden);
        await (await other.PostAsync(Artwork, Upload(stp, "Background", "BangKhen", file: Png))).ProblemAsync(HttpStatusCode.NotFound);
        (await app.WithDbAsync(db => db.CertificateArtworks.CountAsync())).ShouldBe(0);

        // The department's officer uploads a background for its layout and the signer's signature (the name as the decision writes it, any marks).
        var award = await app.WithDbAsync(db => db.Certificates.Where(c => c.Id == certificate)
            .Select(c => db.DecisionAwardees.Where(a => a.Id == c.AwardeeId)
                .Select(a => new { a.AwardName, Category = db.AwardKinds.Where(k => k.Id == a.AwardKindId).Select(k => k.Category).First() }).First())
            .SingleAsync());
        var layoutCode = CertificatePaper.LayoutOf(award.AwardName, award.Category);
        var signature = await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Signature", signer: signer.ToUpperInvariant(), file: Png, name: "chu-ky.png")))
            .ReadAsync<ArtworkDto>();
        HasImage(await (await officer.GetAsync($"/api/v1/certificates/{certificate}/certificate.pdf")).Content.ReadAsByteArrayAsync())
            .ShouldBeTrue("the signer's signature alone, matched by name whatever the case");
        var background = await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", layoutCode.ToString(), file: Png))).ReadAsync<ArtworkDto>();
        (background.Kind, background.Layout, signature.SignerName).ShouldBe((ArtworkKind.Background, layoutCode, signer.ToUpperInvariant()));
        (await stpOfficer.GetByteArrayAsync(signature.ImageUrl)).ShouldBe(Png);
        var list = await (await viewer.GetAsync($"{Artwork}?unitId={stp}")).ReadAsync<ArtworkListDto>();
        (list.Items.Count, list.MayChange).ShouldBe((2, false));

        // The same slot again replaces the image; the certificate now prints an image.
        (await (await stpOfficer.PostAsync(Artwork, Upload(stp, "Background", layoutCode.ToString(), file: Png))).ReadAsync<ArtworkDto>()).Id.ShouldBe(background.Id);
        (await app.WithDbAsync(db => db.CertificateArtworks.CountAsync())).ShouldBe(2);
        HasImage(await (await officer.GetAsync($"/api/v1/certificates/{certificate}/certificate.pdf")).Content.ReadAsByteArrayAsync()).ShouldBeTrue();

        // Removed: the next print goes without them; another department cannot remove them.
        await (await other.DeleteAsync($"{Artwork}/{background.Id}")).ProblemAsync(HttpStatusCode.NotFound);
        (await stpOfficer.DeleteAsync($"{Artwork}/{signature.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        HasImage(await (await officer.GetAsync($"/api/v1/certificates/{certificate}/certificate.pdf")).Content.ReadAsByteArrayAsync())
            .ShouldBeTrue("the background alone");
        (await stpOfficer.DeleteAsync($"{Artwork}/{background.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);
        HasImage(await (await officer.GetAsync($"/api/v1/certificates/{certificate}/certificate.pdf")).Content.ReadAsByteArrayAsync()).ShouldBeFalse();
    }

    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_provinces_background_serves_a_unit_without_its_own_and_the_page_lists_and_removes(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        using var officer = await app.ClientForAsync("tdkt.snv");
        var root = await app.WithDbAsync(db => db.Units.Where(u => u.ParentId == null && db.Units.Any(x => x.Code == "STP" && x.TenantId == u.TenantId))
            .Select(u => u.Id).SingleAsync());
        var stp = await app.UnitIdAsync("STP");
        foreach (var layout in Enum.GetNames<CertificateLayout>())
        {
            (await officer.PostAsync(Artwork, Upload(root, "Background", layout, file: Png))).StatusCode.ShouldBe(HttpStatusCode.OK);
        }

        var issued = await CertificateFlowTests.IssueAsync(app, officer, stp);
        var certificate = await app.WithDbAsync(db => db.Certificates.Where(c => c.DecisionId == issued.Id).Select(c => c.Id).SingleAsync());
        HasImage(await (await officer.GetAsync($"/api/v1/certificates/{certificate}/certificate.pdf")).Content.ReadAsByteArrayAsync()).ShouldBeTrue();
        using var stpOfficer = await app.ClientForAsync("thidua.stp");
        var inherited = await (await stpOfficer.GetAsync($"{Artwork}?unitId={stp}")).ReadAsync<ArtworkListDto>();
        (inherited.Items.Count, inherited.Inherited.Count, inherited.MayChange).ShouldBe((0, 3, true));
        (await stpOfficer.GetAsync(inherited.Inherited[0].ImageUrl)).StatusCode.ShouldBe(HttpStatusCode.OK);

        // A signature on the province's root is not the province's to share: a department's officer does not see it.
        var rootSignature = await (await officer.PostAsync(Artwork, Upload(root, "Signature", signer: "Nguyễn Văn Ký", file: Png))).ReadAsync<ArtworkDto>();
        (await stpOfficer.GetAsync(rootSignature.ImageUrl)).StatusCode.ShouldBe(HttpStatusCode.NotFound);
        (await officer.DeleteAsync($"{Artwork}/{rootSignature.Id}")).StatusCode.ShouldBe(HttpStatusCode.OK);

        using var client = await app.SignedInAsync("tdkt.snv");
        var page = WebUtility.HtmlDecode(await client.GetStringAsync($"/Certificates/Artwork?unitId={root}"));
        page.ShouldContain("</strong> — mẫu Bằng khen");
        page.ShouldContain("id=\"upload-form\"");
        var first = await app.WithDbAsync(db => db.CertificateArtworks.OrderBy(a => a.Slot).Select(a => a.Id).FirstAsync());
        var token = await CookieSession.FormTokenAsync(client, $"/Certificates/Artwork?unitId={root}");
        using var removed = await client.PostAsync($"/Certificates/Artwork?handler=Remove&unitId={root}&artworkId={first}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        removed.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        (await app.WithDbAsync(db => db.CertificateArtworks.CountAsync())).ShouldBe(2);

        using var viewer = await app.SignedInAsync("xem");
        WebUtility.HtmlDecode(await viewer.GetStringAsync($"/Certificates/Artwork?unitId={root}")).ShouldNotContain("id=\"upload-form\"");
    }
}
