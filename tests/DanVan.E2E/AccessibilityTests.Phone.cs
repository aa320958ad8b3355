using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// Commune officers use phones: every page of the axe walks is also checked at 390 × 844 CSS pixels, on the same
/// document (the viewport narrows, then widens again): axe once more, the page must not be wider than the screen (the
/// long lists turn into cards, other wide tables scroll inside their own box), and a screenshot of each is kept
/// (phone-*.png) to be looked at.
/// </summary>
public sealed partial class AccessibilityTests
{
    private const int PhoneWidth = 390;
    private static readonly ViewportSize Phone = new() { Width = PhoneWidth, Height = 844 };
    private static readonly ViewportSize Desktop = new() { Width = 1280, Height = 800 };
    private int screenshots;

    /// <summary>Who walks the pages (the screenshots' prefix): set at the start of each test.</summary>
    private string Role { get; set; } = "anonymous";

    /// <summary>Runs <paramref name="step"/> with the page narrowed to a phone, then widens it again.</summary>
    private static async Task AtPhoneWidthAsync(IPage page, Func<Task> step)
    {
        await page.SetViewportSizeAsync(Phone.Width, Phone.Height);
        await NextFrameAsync(page);
        try
        {
            await step();
        }
        finally
        {
            await page.SetViewportSizeAsync(Desktop.Width, Desktop.Height);
            await NextFrameAsync(page);
        }
    }

    /// <summary>Two frames: the layout of the new size is done and the page's resize observers have run.</summary>
    private static async Task NextFrameAsync(IPage page) =>
        await page.EvaluateAsync("() => new Promise(done => requestAnimationFrame(() => requestAnimationFrame(done)))");

    /// <summary>Keeps phone-{role}-{nn}-{where}.png; names the elements that stick out when the page is wider than the phone.</summary>
    private async Task FitsThePhoneAsync(IPage page, string where)
    {
        await Screenshots.SaveAsync(page, $"phone-{Role}-{++screenshots:00}-{Slug(where)}", maxHeight: 3000);
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        if (width > PhoneWidth)
        {
            var culprits = await page.EvaluateAsync<string[]>($$"""
                () => [...document.querySelectorAll("body *")]
                  .filter(e => e.getBoundingClientRect().right > {{PhoneWidth}} + 1 && !e.closest(".table-responsive, .dv-scroll, .dv-scroll-x"))
                  .slice(0, 6)
                  .map(e => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`)
                """);
            overflows.Add($"{where} ({page.Url}): {width} px wide — {string.Join(", ", culprits)}");
        }
    }

    /// <summary>The roles Chromium itself gives the page's nodes (its accessibility tree, which screen readers read).</summary>
    private static async Task<HashSet<string>> ChromiumRolesAsync(IPage page)
    {
        var cdp = await page.Context.NewCDPSessionAsync(page);
        try
        {
            var tree = await cdp.SendAsync("Accessibility.getFullAXTree");
            return
            [
                .. tree!.Value.GetProperty("nodes").EnumerateArray()
                    .Where(n => n.TryGetProperty("role", out var role) && role.TryGetProperty("value", out _))
                    .Select(n => n.GetProperty("role").GetProperty("value").GetString() ?? ""),
            ];
        }
        finally
        {
            await cdp.DetachAsync();
        }
    }

    /// <summary>"/Units/Details/{id}" → "units-details": a name that stays the same from run to run.</summary>
    private static string Slug(string where)
    {
        var chars = Guids().Replace(where, "").ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray();
        var slug = string.Join('-', new string(chars).Split('-', StringSplitOptions.RemoveEmptyEntries));
        return slug.Length > 50 ? slug[..50] : slug;
    }

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}", RegexOptions.IgnoreCase)]
    private static partial Regex Guids();
}
