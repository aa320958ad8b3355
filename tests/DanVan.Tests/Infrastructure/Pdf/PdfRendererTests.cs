using System.Net;
using System.Net.Sockets;
using DanVan.Infrastructure.Pdf;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace DanVan.Tests.Infrastructure.Pdf;

/// <summary>The one Chromium behind every PDF: Vietnamese text survives, pages are reused, nothing is fetched, a missing browser is a clear error.</summary>
public sealed class PdfRendererTests
{
    [Fact]
    public async Task Vietnamese_text_prints_the_browser_is_reused_and_a_document_fetches_nothing()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions { Pages = 2 }), NullLogger<PdfRenderer>.Instance);

        // Two at once, and a third after: the same browser, pages taken from the pool.
        string Doc(int n) => $"<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><body><h1>Biên bản số {n}</h1>"
            + $"<p>Đồng chí Nguyễn Thị Ánh Tuyết — Hoàn thành xuất sắc nhiệm vụ; Đắk Lắk, Quảng Ngãi.</p>"
            + $"<img src=\"http://127.0.0.1:{port}/leak.png\" alt=\"\"><link rel=\"stylesheet\" href=\"http://127.0.0.1:{port}/x.css\">"
            + "<script>document.body.append('SCRIPT RAN')</script></body></html>";
        var pdfs = await Task.WhenAll(renderer.RenderAsync(Doc(1), CancellationToken.None), renderer.RenderAsync(Doc(2), CancellationToken.None));
        var third = await renderer.RenderAsync(Doc(3), CancellationToken.None);

        foreach (var (pdf, n) in pdfs.Append(third).Select((p, i) => (p, i + 1)))
        {
            var text = PdfText.Read(pdf);
            text.Shows($"Biên bản số {n}").ShouldBeTrue(text.Text);
            text.Shows("Đồng chí Nguyễn Thị Ánh Tuyết — Hoàn thành xuất sắc nhiệm vụ; Đắk Lắk, Quảng Ngãi.").ShouldBeTrue(text.Text);
            text.Text.ShouldNotContain("SCRIPT RAN");
        }

        listener.Pending().ShouldBeFalse("the document must not reach the network");
    }

    [Fact]
    public async Task Without_chromium_the_renderer_says_so_in_vietnamese()
    {
        await using var renderer = new PdfRenderer(Options.Create(new PdfOptions { ChromiumPath = "/nonexistent/chromium" }), NullLogger<PdfRenderer>.Instance);

        renderer.Installed.ShouldBeFalse();
        var error = await Should.ThrowAsync<PdfUnavailableException>(() => renderer.RenderAsync("<p>x</p>", CancellationToken.None));
        error.Message.ShouldBe("Máy chủ chưa cài trình duyệt Chromium (/nonexistent/chromium).");
    }
}
