using System.Threading.Channels;
using PuppeteerSharp;
using PuppeteerSharp.Media;

namespace DanVan.Infrastructure.Pdf;

/// <summary>Where Chromium is and how many pages print at once (configuration section "Pdf").</summary>
public sealed class PdfOptions
{
    /// <summary>The system Chromium (Debian: <c>apt-get install chromium</c>); DanVan never downloads a browser.</summary>
    public string ChromiumPath { get; set; } = "/usr/bin/chromium";

    /// <summary>Pages kept open and printing side by side; more requests wait their turn.</summary>
    public int Pages { get; set; } = Math.Clamp(Environment.ProcessorCount, 1, 4);

    /// <summary>The longest one document may take to print before the request gets a 503.</summary>
    public int TimeoutSeconds { get; set; } = 60;
}

/// <summary>PDFs cannot be made now (no Chromium, or it failed to start or print): a Vietnamese 503, nothing else affected.</summary>
public sealed class PdfUnavailableException(string reason, Exception? inner = null) : Exception(reason, inner);

/// <summary>
/// HTML → PDF through one long-lived headless Chromium driven over the DevTools protocol (ADR 0027): started on the
/// first document, its pages reused, restarted if it dies. Documents are self-contained: JavaScript is off and every
/// request other than a <c>data:</c> URI is refused, so a template with user text can never fetch anything. The page
/// size and margins come from the document's own CSS <c>@page</c> rule (A4 by default).
/// </summary>
public sealed class PdfRenderer(Microsoft.Extensions.Options.IOptions<PdfOptions> options, ILogger<PdfRenderer> logger) : IAsyncDisposable
{
    private readonly PdfOptions settings = options.Value;
    private readonly SemaphoreSlim startGate = new(1, 1);
    private readonly Channel<IPage> idle = Channel.CreateUnbounded<IPage>();
    private SemaphoreSlim? slots;
    private IBrowser? browser;
    private bool disposed;

    /// <summary>Whether a Chromium executable is where the configuration says (the health page and the buttons use it).</summary>
    public bool Installed => File.Exists(settings.ChromiumPath);

    /// <summary>Prints <paramref name="html"/> (a whole document) to PDF bytes, within <paramref name="timeout"/> (the configured one by default: a request's).</summary>
    public async Task<byte[]> RenderAsync(string html, CancellationToken ct, TimeSpan? timeout = null)
    {
        var current = await BrowserAsync(ct);
        await slots!.WaitAsync(ct);
        IPage? page = null;
        try
        {
            page = idle.Reader.TryRead(out var reused) && !reused.IsClosed ? reused : await NewPageAsync(current);
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(timeout ?? TimeSpan.FromSeconds(settings.TimeoutSeconds));
            await page.SetContentAsync(html, new SetContentOptions { WaitUntil = [WaitUntilNavigation.Load] }).WaitAsync(limit.Token);
            var pdf = await page.PdfDataAsync(new PuppeteerSharp.PdfOptions { PreferCSSPageSize = true, Format = PaperFormat.A4, PrintBackground = true })
                .WaitAsync(limit.Token);
            idle.Writer.TryWrite(page);
            page = null;
            return pdf;
        }
        catch (Exception e) when (e is PuppeteerException or TimeoutException or OperationCanceledException && !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Chromium failed to print a document");
            throw new PdfUnavailableException("Trình duyệt tạo PDF không phản hồi.", e);
        }
        finally
        {
            if (page is not null)
            {
                await ClosePageQuietlyAsync(page);
            }

            slots.Release();
        }
    }

    private async Task<IBrowser> BrowserAsync(CancellationToken ct)
    {
        ObjectDisposedException.ThrowIf(disposed, this);
        if (browser is { IsConnected: true } running)
        {
            return running;
        }

        await startGate.WaitAsync(ct);
        try
        {
            if (browser is { IsConnected: true } started)
            {
                return started;
            }

            if (!Installed)
            {
                throw new PdfUnavailableException($"Máy chủ chưa cài trình duyệt Chromium ({settings.ChromiumPath}).");
            }

            while (idle.Reader.TryRead(out _))
            {
                // pages of a browser that died: gone with it
            }

            if (browser is not null)
            {
                await browser.DisposeAsync();
            }

            slots ??= new SemaphoreSlim(Math.Max(1, settings.Pages));
            try
            {
                browser = await Puppeteer.LaunchAsync(new LaunchOptions
                {
                    ExecutablePath = settings.ChromiumPath,
                    Headless = true,
                    // No sandbox: the service user has no user namespaces on a typical server; the documents are ours and
                    // fetch nothing. No GPU, no shared-memory file system (small in containers), fonts unhinted for print.
                    Args = ["--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--font-render-hinting=none", "--no-first-run",
                        "--disable-extensions", "--disable-background-networking", "--disable-sync", "--mute-audio"],
                    Timeout = settings.TimeoutSeconds * 1000,
                });
            }
            catch (Exception e) when (e is PuppeteerException or IOException or System.ComponentModel.Win32Exception or TimeoutException)
            {
                logger.LogError(e, "Chromium did not start from {Path}", settings.ChromiumPath);
                throw new PdfUnavailableException("Không khởi động được trình duyệt Chromium để tạo PDF.", e);
            }

            if (logger.IsEnabled(LogLevel.Information))
            {
                logger.LogInformation("Chromium started for PDFs: {Version}", await browser.GetVersionAsync());
            }
            return browser;
        }
        finally
        {
            startGate.Release();
        }
    }

    private static async Task<IPage> NewPageAsync(IBrowser browser)
    {
        var page = await browser.NewPageAsync();
        await page.SetJavaScriptEnabledAsync(false);
        await page.SetRequestInterceptionAsync(true);
        page.Request += async (_, e) =>
        {
            try
            {
                if (e.Request.Url.StartsWith("data:", StringComparison.Ordinal))
                {
                    await e.Request.ContinueAsync();
                }
                else
                {
                    await e.Request.AbortAsync();
                }
            }
            catch (PuppeteerException)
            {
                // the page went away meanwhile
            }
        };
        return page;
    }

    private static async Task ClosePageQuietlyAsync(IPage page)
    {
        try
        {
            await page.CloseAsync();
        }
        catch (PuppeteerException)
        {
            // already gone
        }
    }

    public async ValueTask DisposeAsync()
    {
        disposed = true;
        if (browser is not null)
        {
            try
            {
                await browser.CloseAsync();
            }
            catch (PuppeteerException)
            {
                // it died first
            }

            await browser.DisposeAsync();
        }

        startGate.Dispose();
        slots?.Dispose();
    }
}

public static class PdfSetup
{
    public static IServiceCollection AddPdf(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<PdfOptions>(configuration.GetSection("Pdf"));
        services.AddSingleton<PdfRenderer>();
        return services;
    }
}
