using System.Text;
using System.Text.Json;
using Deque.AxeCore.Commons;
using Microsoft.Playwright;

namespace DanVan.E2E.Infrastructure;

/// <summary>
/// axe-core (the copy bundled with Deque.AxeCore.Playwright) on the page as it is now, with the WCAG 2.0 and 2.1 level A
/// and AA rules. No rule is ever disabled: a violation is fixed in the app. <see cref="CheckAsync"/> returns what it
/// found so that a test can visit many pages and fail once with <see cref="Report"/>: grouped by rule (id, impact,
/// help), then by element (selector, markup, why), with the pages it was seen on. <see cref="ShouldHaveNoViolationsAsync"/>
/// fails at once.
/// </summary>
/// <remarks>
/// axe runs in the page itself (<c>axe.run</c> on the document, injected once per document), not through the package's
/// <c>RunAxe</c>: that one runs axe in every frame and then finishes in a fresh blank page, which cost 3–4 s a check on
/// the shared CI machine, twice a page once every page is checked at desktop and phone width. The app's pages have no
/// frames (a page with one would be checked without it: <c>iframes: false</c>).
/// </remarks>
public static class Axe
{
    public static readonly IReadOnlyList<string> WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"];

    private static readonly Lazy<string> Source = new(() => new BundledAxeScriptProvider().GetScript());

    private static readonly string Run = $$"""
        async () => {
          const result = await window.axe.run(document, {
            runOnly: { type: "tag", values: {{JsonSerializer.Serialize(WcagTags)}} },
            resultTypes: ["violations"],
            iframes: false,
          });
          return JSON.stringify(result.violations.map((v) => ({
            id: v.id, impact: v.impact, help: v.help, helpUrl: v.helpUrl,
            nodes: v.nodes.map((n) => ({
              target: n.target.map((t) => Array.isArray(t) ? t.join(" >>> ") : t).join(" "),
              html: n.html,
              messages: [...n.any, ...n.all, ...n.none].map((c) => c.message),
            })),
          })));
        }
        """;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The violations on the page now (empty when none), each element found once, tagged with <paramref name="where"/>.</summary>
    public static async Task<IReadOnlyList<AxeViolation>> CheckAsync(IPage page, string where)
    {
        ArgumentNullException.ThrowIfNull(page);
        if (!await page.EvaluateAsync<bool>("() => typeof window.axe?.run === 'function'"))
        {
            await page.EvaluateAsync(Source.Value);
        }

        var found = JsonSerializer.Deserialize<RawViolation[]>(await page.EvaluateAsync<string>(Run), Json) ?? [];
        return
        [
            .. found.SelectMany(v => v.Nodes.Select(n => new AxeViolation(
                where, v.Id, v.Impact ?? "?", v.Help, v.HelpUrl, n.Target, Shorten(n.Html), string.Join(" ", n.Messages.Distinct())))),
        ];
    }

    private sealed record RawViolation(string Id, string? Impact, string Help, string HelpUrl, RawNode[] Nodes);

    private sealed record RawNode(string Target, string? Html, string[] Messages);

    /// <summary>Fails with the readable list when axe finds any violation on the page now.</summary>
    public static async Task ShouldHaveNoViolationsAsync(IPage page, string where)
    {
        var violations = await CheckAsync(page, where);
        if (violations.Count > 0)
        {
            Assert.Fail(Report(violations));
        }
    }

    /// <summary>Fails with the readable list when <paramref name="violations"/> (collected over several pages) is not empty.</summary>
    public static void ShouldBeNone(IReadOnlyList<AxeViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        if (violations.Count > 0)
        {
            Assert.Fail(Report(violations));
        }
    }

    /// <summary>By rule, then by element (the same element on several pages once, with the pages listed).</summary>
    public static string Report(IReadOnlyList<AxeViolation> violations)
    {
        ArgumentNullException.ThrowIfNull(violations);
        var text = new StringBuilder();
        text.Append("axe-core: ").Append(violations.Count).Append(" WCAG 2.1 A/AA violation(s) on ")
            .Append(violations.Select(v => v.Where).Distinct().Count()).Append(" page state(s)");
        foreach (var rule in violations.GroupBy(v => v.RuleId).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            var first = rule.First();
            text.Append("\n\n[").Append(first.Impact).Append("] ").Append(rule.Key).Append(" – ").Append(first.Help)
                .Append(" (").Append(first.HelpUrl).Append(')');
            foreach (var element in rule.GroupBy(v => (v.Target, v.Message)))
            {
                text.Append("\n  ").Append(element.Key.Target).Append("   ").Append(element.First().Html)
                    .Append("\n    ").Append(element.Key.Message)
                    .Append("\n    on: ").Append(string.Join(", ", element.Select(v => v.Where).Distinct()));
            }
        }

        return text.ToString();
    }

    private static string Shorten(string? html)
    {
        var flat = string.Join(' ', (html ?? "").Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
        return flat.Length > 180 ? flat[..180] + "…" : flat;
    }
}

/// <summary>One element that breaks one axe rule on one page state.</summary>
public sealed record AxeViolation(string Where, string RuleId, string Impact, string Help, string HelpUrl, string Target, string Html, string Message);
