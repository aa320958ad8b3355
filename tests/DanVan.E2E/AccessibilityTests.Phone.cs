using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// Commune officers use phones: at 390 × 844 CSS pixels the main pages fit the width (no sideways scrolling of the
/// page; a wide table scrolls inside its own box), and a screenshot of each is kept (phone-*.png) to be looked at.
/// </summary>
public sealed partial class AccessibilityTests
{
    private const int PhoneWidth = 390;

    [BrowserFact]
    public async Task At_phone_width_the_main_pages_fit_the_screen()
    {
        var overflows = new List<string>();
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress, new ViewportSize { Width = PhoneWidth, Height = 844 });
        var page = session.Page;

        async Task FitsAsync(string name)
        {
            await page.WaitForLoadStateAsync(LoadState.Load);
            await Screenshots.SaveAsync(page, "phone-" + name);
            var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            if (width > PhoneWidth)
            {
                var culprits = await page.EvaluateAsync<string[]>($$"""
                    () => [...document.querySelectorAll("body *")]
                      .filter(e => e.getBoundingClientRect().right > {{PhoneWidth}} + 1 && !e.closest(".table-responsive, .dv-scroll"))
                      .slice(0, 6)
                      .map(e => `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""}.${[...e.classList].join(".")} (${Math.round(e.getBoundingClientRect().right)} px)`)
                    """);
                overflows.Add($"{name} ({page.Url}): {width} px wide — {string.Join(", ", culprits)}");
            }
        }

        async Task VisitAsync(string path, string name)
        {
            await page.GotoAsync(path);
            await FitsAsync(name);
        }

        await VisitAsync("/Public/Models", "public-models");
        await page.Locator("#public-models a").First.ClickAsync();
        await FitsAsync("public-model-details");
        await VisitAsync("/Account/Login", "login");

        await Ui.LoginAsync(page, "tdkt.snv", TestApp.DemoPassword);
        await FitsAsync("home");
        await page.Locator(".navbar-toggler").ClickAsync(); // the menu is collapsed behind its button
        await Assertions.Expect(page.Locator("#nav a[href='/Units']")).ToBeVisibleAsync();
        await Screenshots.SaveAsync(page, "phone-menu-open", fullPage: false);
        await page.Locator(".navbar-toggler").ClickAsync();

        await VisitAsync("/Units", "units");
        await Assertions.Expect(page.Locator("li[data-unit-code='UBND']")).ToBeVisibleAsync();
        await FitsAsync("units");
        await VisitAsync("/People", "people");
        await page.Locator("#people-table tbody a").First.ClickAsync();
        await FitsAsync("person-details");
        await VisitAsync("/Documents", "documents");
        await page.Locator("#documents-table tbody a").First.ClickAsync();
        await FitsAsync("document-details");

        await VisitAsync("/Movements?status=Launched", "movements");
        await page.Locator("#movements-table a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements/Details/"));
        var movement = page.Url[(page.Url.LastIndexOf('/') + 1)..];
        await FitsAsync("movement-details");
        // The history of every unit's filing folds away: the page stays a few screens tall, not ~10,000 px.
        (await page.EvaluateAsync<int>("() => document.documentElement.scrollHeight")).ShouldBeLessThan(6000, "movement details at 390 px");
        await VisitAsync($"/Movements/Compliance/{movement}", "movement-compliance");
        await VisitAsync($"/Registrations/Index/{movement}", "registrations");
        await VisitAsync($"/Models/Coverage/{movement}", "model-coverage");

        await VisitAsync("/Models", "models");
        await page.Locator("#models-grid a").First.ClickAsync();
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Models/Details/"));
        await FitsAsync("model-details");
        await VisitAsync("/Models/Rubric", "model-rubric");

        overflows.ShouldBeEmpty("pages wider than the phone:\n" + string.Join('\n', overflows));
        session.Probe.ShouldBeClean();
    }
}
