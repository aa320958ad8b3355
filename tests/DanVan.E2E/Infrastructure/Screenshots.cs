using Microsoft.Playwright;

namespace DanVan.E2E.Infrastructure;

/// <summary>Full-page screenshots in TestResults/screenshots/ at the repository root (found by walking up to DanVan.slnx).</summary>
public static class Screenshots
{
    private static readonly Lazy<string> Folder = new(() =>
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DanVan.slnx")))
        {
            dir = dir.Parent;
        }

        var root = dir?.FullName ?? Directory.GetCurrentDirectory();
        return Directory.CreateDirectory(Path.Combine(root, "TestResults", "screenshots")).FullName;
    });

    /// <summary>
    /// The whole page; <paramref name="fullPage"/> false keeps the first screen only (for very long pages), and
    /// <paramref name="maxHeight"/> keeps the top of the page up to that many CSS pixels (a 40,000 px list is slow to
    /// encode and no easier to look at).
    /// </summary>
    public static async Task<string> SaveAsync(IPage page, string name, bool fullPage = true, int? maxHeight = null)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(Folder.Value, name + ".png");
        var options = new PageScreenshotOptions { Path = path, FullPage = fullPage };
        if (fullPage && maxHeight is { } max)
        {
            var size = await page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, document.documentElement.scrollHeight]");
            options.Clip = new Clip { X = 0, Y = 0, Width = size[0], Height = Math.Min(size[1], max) };
        }

        await page.ScreenshotAsync(options);
        return path;
    }
}
