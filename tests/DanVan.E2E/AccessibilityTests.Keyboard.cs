using System.Globalization;
using System.Text.RegularExpressions;
using DanVan.E2E.Infrastructure;
using DanVan.Tests.Infrastructure;
using Microsoft.Playwright;

namespace DanVan.E2E;

/// <summary>
/// A whole workflow with the keyboard alone (Tab, Shift+Tab, Enter, Space, arrows in a select, typing): a commune
/// officer signs in, finds the launched movement, opens the commune's obligation and files its plan. Every stop has a
/// visible focus indicator and focus lands where a sighted keyboard user expects it.
/// </summary>
public sealed partial class AccessibilityTests
{
    [BrowserFact]
    public async Task A_commune_officer_files_a_plan_with_the_keyboard_alone_and_always_sees_where_the_focus_is()
    {
        await using var session = await browser.NewSessionAsync(fixture.App.BaseAddress);
        var page = session.Page;
        var keys = page.Keyboard;

        // Sign in: the user name field has the focus on arrival, then Tab goes to the password, then to the button.
        await page.GotoAsync("/Account/Login");
        await ExpectFocusAsync(page, "#Input_UserName");
        await keys.TypeAsync("thidua.xa001");
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#Input_Password");
        await keys.TypeAsync(TestApp.DemoPassword);
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#login-submit");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(Ui.HomeUrl());

        // The first Tab shows the skip link; it jumps over the menu, so the next Tab is inside the main content.
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "a.visually-hidden-focusable[href='#main']");
        await Assertions.Expect(page.Locator("a.visually-hidden-focusable[href='#main']")).ToBeInViewportAsync();
        await Screenshots.SaveAsync(page, "kbd-01-skip-link", fullPage: false);
        await keys.PressAsync("Enter");
        await keys.PressAsync("Tab");
        (await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('#main')")).ShouldBeTrue("after the skip link, Tab goes into the main content");

        // Back up into the menu with Shift+Tab, to "Phong trào".
        await TabUntilAsync(page, "nav a[href='/Movements']", backwards: true);
        await keys.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements$"));

        // Filter the launched movements: the status select takes arrow keys, the button takes Enter.
        await TabUntilAsync(page, "select[name='status']");
        await keys.PressAsync("ArrowDown");
        await keys.PressAsync("ArrowDown");
        await Assertions.Expect(page.Locator("select[name='status']")).ToHaveValueAsync("Launched");
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "form[role='search'] button[type='submit']");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("status=Launched"));
        await Screenshots.SaveAsync(page, "kbd-02-movements-filtered", fullPage: false);

        // The demo movement of the year, whose deadline has passed for the commune.
        await TabUntilAsync(page, "#movements-table a", text: "Dân vận khéo");
        await keys.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements/Details/"));
        await TabUntilAsync(page, "#my-obligations a[id^='file-plan-']");
        await Screenshots.SaveAsync(page, "kbd-03-obligation-focused", fullPage: false);
        await keys.PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex("/Movements/FilePlan/"));

        // The form, field by field, in reading order.
        await TabUntilAsync(page, "#plan-number");
        await keys.TypeAsync("21/KH-UBND");
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#plan-date");
        var today = DateTime.UtcNow.AddHours(7);
        // The order of a date field's parts follows the browser's own language (dd/mm/yyyy in Vietnamese, mm/dd/yyyy
        // in a US build): try the Vietnamese order, and if the field read it the other way, go back and type it again.
        var iso = today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        await keys.TypeAsync(today.ToString("ddMMyyyy", CultureInfo.InvariantCulture));
        if (await page.Locator("#plan-date").InputValueAsync() != iso)
        {
            await keys.PressAsync("Shift+Tab"); // Tab and Shift+Tab move between the parts of a date field:
            await keys.PressAsync("Shift+Tab"); // from the year back to the first part
            await keys.TypeAsync(today.ToString("MMddyyyy", CultureInfo.InvariantCulture));
        }

        await Assertions.Expect(page.Locator("#plan-date")).ToHaveValueAsync(iso);
        await TabUntilAsync(page, "#plan-title", max: 3); // past the date's remaining parts, if the focus is not on its last
        await ExpectFocusAsync(page, "#plan-title");
        await Assertions.Expect(page.Locator("#plan-title")).Not.ToHaveValueAsync(""); // proposed from the movement
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#plan-capacity");
        await keys.TypeAsync("KT. Chủ tịch – Phó Chủ tịch");
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#plan-signer");
        await keys.TypeAsync("Nguyễn Văn An");
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#plan-file"); // optional: passed over
        await keys.PressAsync("Tab");
        await ExpectFocusAsync(page, "#plan-submit");
        await Screenshots.SaveAsync(page, "kbd-04-plan-submit-focused", fullPage: false);
        await keys.PressAsync("Space");

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("Đã nộp kế hoạch");
        await Assertions.Expect(page.Locator("#my-obligations")).ToContainTextAsync("21/KH-UBND");
        await Screenshots.SaveAsync(page, "kbd-05-plan-filed", fullPage: false);
        session.Probe.ShouldBeClean();
    }

    /// <summary>The focused element matches <paramref name="selector"/> and shows a focus indicator (outline or ring).</summary>
    private static async Task ExpectFocusAsync(IPage page, string selector)
    {
        await Assertions.Expect(page.Locator(selector).First).ToBeFocusedAsync();
        var (visible, description) = await FocusIndicatorAsync(page);
        visible.ShouldBeTrue($"the focus on {description} is not visible");
    }

    /// <summary>Presses Tab (or Shift+Tab) until the focus is on <paramref name="selector"/>, checking every stop on the way.</summary>
    private static async Task TabUntilAsync(IPage page, string selector, bool backwards = false, string? text = null, int max = 40)
    {
        for (var i = 0; i < max; i++)
        {
            await page.Keyboard.PressAsync(backwards ? "Shift+Tab" : "Tab");
            var (visible, description) = await FocusIndicatorAsync(page);
            visible.ShouldBeTrue($"the focus on {description} is not visible");
            var here = await page.EvaluateAsync<bool>(
                "([s, t]) => { const e = document.activeElement; return !!e && e.matches(s) && (!t || e.textContent.includes(t)); }",
                new object?[] { selector, text });
            if (here)
            {
                return;
            }
        }

        Assert.Fail($"{max} presses of {(backwards ? "Shift+Tab" : "Tab")} did not reach {selector}");
    }

    /// <summary>
    /// Whether the focused element draws an outline or a box-shadow ring, and what it is. Asked again for up to a second
    /// while it is not drawn yet: a ring may still be fading in (a loaded machine checks before the first frame).
    /// </summary>
    private static async Task<(bool Visible, string Description)> FocusIndicatorAsync(IPage page)
    {
        var (visible, description) = await FocusIndicatorNowAsync(page);
        for (var i = 0; i < 20 && !visible; i++)
        {
            await Task.Delay(50);
            (visible, description) = await FocusIndicatorNowAsync(page);
        }

        return (visible, description);
    }

    private static async Task<(bool Visible, string Description)> FocusIndicatorNowAsync(IPage page)
    {
        var result = await page.EvaluateAsync<string[]>("""
            () => {
              const e = document.activeElement;
              if (!e || e === document.body) return ["false", "the page body (focus lost)"];
              // Inside a date field the focus can rest on the browser's own picker button (its shadow DOM): the field
              // then reports itself as the active element without matching :focus, and the browser rings the button.
              if (e.matches("input[type=date], input[type=time], input[type=datetime-local]") && !e.matches(":focus"))
                return ["true", `${e.tagName.toLowerCase()}#${e.id} (the browser's own picker button)`];
              const s = getComputedStyle(e);
              const outline = s.outlineStyle !== "none" && parseFloat(s.outlineWidth) > 0;
              const ring = s.boxShadow && s.boxShadow !== "none";
              const r = e.getBoundingClientRect();
              const shown = r.width > 0 && r.height > 0;
              return [String((outline || ring) && shown), `${e.tagName.toLowerCase()}${e.id ? "#" + e.id : ""} "${(e.textContent || e.value || "").trim().slice(0, 40)}" (outline ${s.outlineStyle} ${s.outlineWidth}, box-shadow ${s.boxShadow}, ${Math.round(r.width)}×${Math.round(r.height)}, classes ${e.className})`];
            }
            """);
        return (result[0] == "true", result[1]);
    }
}
