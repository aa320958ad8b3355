using Microsoft.Playwright;

namespace DanVan.E2E.Infrastructure;

/// <summary>
/// One headless Chromium for the whole collection: the machine's Debian package (/usr/bin/chromium), never a browser
/// downloaded by <c>playwright install</c>. Playwright's own driver (bundled node) comes with the NuGet package.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    /// <summary>/usr/bin/chromium (Debian's package), or DANVAN_TEST_CHROMIUM for a machine whose Chromium lives elsewhere.</summary>
    public static readonly string ChromiumPath =
        Environment.GetEnvironmentVariable("DANVAN_TEST_CHROMIUM") is { Length: > 0 } path ? path : "/usr/bin/chromium";

    private static readonly string[] ChromiumArgs =
    [
        "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--no-first-run", "--disable-quic",
    ];

    private IPlaywright? playwright;
    private IBrowser? browser;

    public static bool IsCi => string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why browser tests are skipped here, or null when they run (on CI they always run, and fail without Chromium).</summary>
    public static string? SkipReason =>
        File.Exists(ChromiumPath) || IsCi
            ? null
            : $"Không có Chromium tại {ChromiumPath}: bỏ qua kiểm thử trình duyệt (install it with `apt-get install -y chromium fonts-noto-core`).";

    public IBrowser Browser => browser ?? throw new InvalidOperationException("The browser is not running.");

    public async Task InitializeAsync()
    {
        if (SkipReason is not null)
        {
            return; // every test is skipped; nothing to start
        }

        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"CI=true but there is no Chromium at {ChromiumPath}.");
        }

        Assertions.SetDefaultExpectTimeout(15_000);
        playwright = await Microsoft.Playwright.Playwright.CreateAsync();
        browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            Args = ChromiumArgs,
            Timeout = 60_000,
        });
    }

    /// <summary>
    /// A fresh context (own cookies) in Vietnamese, Vietnam time, desktop size (or <paramref name="phone"/>: a touch
    /// screen of that size in CSS pixels), with one page watched by a <see cref="PageProbe"/>.
    /// </summary>
    public async Task<BrowserSession> NewSessionAsync(Uri baseAddress, ViewportSize? phone = null)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseAddress.ToString(),
            Locale = "vi-VN",
            TimezoneId = "Asia/Ho_Chi_Minh",
            ViewportSize = phone ?? new ViewportSize { Width = 1280, Height = 800 },
            IsMobile = phone is not null,
            HasTouch = phone is not null,
            AcceptDownloads = true,
            // No transitions: a focus ring or a collapse is checked in its final state, not half-way through its animation.
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Generous: CI machines have 2 cores, shared with the app, the browser and the other test project.
        // CSP violations are reported on the console by Chromium anyway; this makes each one an explicit console error.
        await context.AddInitScriptAsync("""
            document.addEventListener("securitypolicyviolation", e =>
              console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || "inline"} (${e.sourceFile}:${e.lineNumber})`));
            """);
        context.SetDefaultTimeout(15_000);
        context.SetDefaultNavigationTimeout(30_000);
        var page = await context.NewPageAsync();
        return new BrowserSession(context, page, new PageProbe(page));
    }

    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.CloseAsync();
        }

        playwright?.Dispose();
    }
}

/// <summary>A browser context with its page and the problems seen on it.</summary>
public sealed class BrowserSession(IBrowserContext context, IPage page, PageProbe probe) : IAsyncDisposable
{
    public IBrowserContext Context { get; } = context;
    public IPage Page { get; } = page;
    public PageProbe Probe { get; } = probe;

    public ValueTask DisposeAsync() => new(Context.CloseAsync());
}

/// <summary>
/// The browser tests' two lanes, each with its Chromium, side by side (xunit.runner.json: two threads): the axe walk of every
/// page (<see cref="AxeCollection"/>, about half of the browser time) and the flows (this one). The tests inside a lane run one
/// after another; every class has its own app and database, so the two lanes share nothing but the machine's cores.
/// </summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}

/// <summary>The axe lane: <see cref="AccessibilityTests"/> beside the flows of <see cref="BrowserCollection"/>.</summary>
[CollectionDefinition(Name)]
public sealed class AxeCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser (axe)";
}

/// <summary>A fact that is skipped (with the reason) where there is no Chromium, except on CI.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class BrowserFactAttribute : FactAttribute
{
    public BrowserFactAttribute()
    {
        if (BrowserFixture.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
