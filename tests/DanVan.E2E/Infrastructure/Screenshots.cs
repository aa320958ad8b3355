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

    /// <summary>The whole page; <paramref name="fullPage"/> false keeps the first screen only (for very long pages).</summary>
    public static async Task<string> SaveAsync(IPage page, string name, bool fullPage = true)
    {
        ArgumentNullException.ThrowIfNull(page);
        var path = Path.Combine(Folder.Value, name + ".png");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = fullPage });
        return path;
    }
}
