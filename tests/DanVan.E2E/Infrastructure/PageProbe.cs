using System.Collections.Concurrent;
using Microsoft.Playwright;

namespace DanVan.E2E.Infrastructure;

/// <summary>
/// Watches a page for what a user would not see but should not happen: console errors (CSP violations and blocked
/// resources are reported there), uncaught script errors, failed requests, and stylesheets, scripts, fonts and images
/// not answered with 200/304.
/// </summary>
public sealed class PageProbe
{
    private static readonly HashSet<string> AssetTypes = ["stylesheet", "script", "font", "image"];

    private readonly ConcurrentQueue<string> consoleErrors = new();
    private readonly ConcurrentQueue<string> pageErrors = new();
    private readonly ConcurrentQueue<string> failedRequests = new();
    private readonly ConcurrentQueue<string> badAssets = new();
    private readonly ConcurrentQueue<string> assets = new();

    public PageProbe(IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Console += (_, message) =>
        {
            // Chromium asks for /favicon.ico on its own; the app has none (reported separately, not a page problem).
            if (message.Type == "error" && !message.Location.Contains("/favicon.ico", StringComparison.Ordinal))
            {
                consoleErrors.Enqueue($"{page.Url}: {message.Text} [at {message.Location}]");
            }
        };
        page.PageError += (_, error) => pageErrors.Enqueue($"{page.Url}: {error}");
        page.RequestFailed += (_, request) =>
        {
            // A download answered as an attachment is reported as "net::ERR_ABORTED" on the navigation that started it.
            if (!(request.ResourceType == "document" && request.Failure == "net::ERR_ABORTED"))
            {
                failedRequests.Enqueue($"{request.Method} {request.Url} ({request.ResourceType}): {request.Failure}");
            }
        };
        page.Response += (_, response) =>
        {
            var type = response.Request.ResourceType;
            if (!AssetTypes.Contains(type))
            {
                if (response.Status >= 400 && type != "document")
                {
                    badAssets.Enqueue($"{type} {response.Url} → {response.Status}");
                }

                return;
            }

            assets.Enqueue($"{type} {response.Url} {response.Status}");
            if (response.Status is not (200 or 304))
            {
                badAssets.Enqueue($"{type} {response.Url} → {response.Status}");
            }
        };
    }

    public IReadOnlyList<string> ConsoleErrors => [.. consoleErrors];
    public IReadOnlyList<string> PageErrors => [.. pageErrors];
    public IReadOnlyList<string> FailedRequests => [.. failedRequests];
    public IReadOnlyList<string> BadAssets => [.. badAssets];

    /// <summary>Every stylesheet, script, font and image answered so far: "type url status".</summary>
    public IReadOnlyList<string> Assets => [.. assets];

    /// <summary>Everything wrong seen so far, one line each (empty when the page behaved).</summary>
    public IReadOnlyList<string> Problems =>
    [
        .. ConsoleErrors.Select(e => "console: " + e),
        .. PageErrors.Select(e => "script: " + e),
        .. FailedRequests.Select(e => "request failed: " + e),
        .. BadAssets.Select(e => "asset: " + e),
    ];

    public void ShouldBeClean() =>
        Problems.ShouldBeEmpty("the browser reported problems:\n" + string.Join('\n', Problems));
}
