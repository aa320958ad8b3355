using System.Net;
using System.Text.RegularExpressions;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// What a browser would send for one form of a page, in order, read from our own rendered HTML: named inputs
/// (checkboxes and radios only when checked; buttons never), each select's selected option (or its first), each textarea's text.
/// Enough for the pages' tests to post a whole form as a user would after changing a few fields.
/// </summary>
public static partial class HtmlForm
{
    public static List<KeyValuePair<string, string>> Fields(string html, string formId)
    {
        var start = html.IndexOf($"id=\"{formId}\"", StringComparison.Ordinal);
        start.ShouldBeGreaterThan(-1, $"no form #{formId} on the page");
        var end = html.IndexOf("</form>", start, StringComparison.Ordinal);
        var form = html[start..end];
        var fields = new List<KeyValuePair<string, string>>();
        foreach (Match input in Input().Matches(form))
        {
            var tag = input.Value;
            var type = Attribute(tag, "type") ?? "text";
            if (Attribute(tag, "name") is not { } name || type is "submit" or "button" || (type is "checkbox" or "radio" && !tag.Contains(" checked", StringComparison.Ordinal)))
            {
                continue;
            }

            fields.Add(new(name, Attribute(tag, "value") ?? (type == "checkbox" ? "on" : "")));
        }

        foreach (Match select in Select().Matches(form))
        {
            var options = Option().Matches(select.Groups[2].Value).ToList();
            var chosen = options.FirstOrDefault(o => o.Groups[1].Value.Contains(" selected", StringComparison.Ordinal)) ?? options.FirstOrDefault();
            if (Attribute(select.Groups[1].Value, "name") is { } name && chosen is not null)
            {
                fields.Add(new(name, Attribute(chosen.Value, "value") ?? WebUtility.HtmlDecode(chosen.Groups[2].Value)));
            }
        }

        foreach (Match area in TextArea().Matches(form))
        {
            if (Attribute(area.Groups[1].Value, "name") is { } name)
            {
                fields.Add(new(name, WebUtility.HtmlDecode(area.Groups[2].Value).ReplaceLineEndings("\n")));
            }
        }

        return fields;
    }

    /// <summary>The field's value replaced (or added), as a user typing into it.</summary>
    public static List<KeyValuePair<string, string>> Set(this List<KeyValuePair<string, string>> fields, string name, string value)
    {
        var at = fields.FindIndex(f => f.Key == name);
        if (at < 0)
        {
            fields.Add(new(name, value));
        }
        else
        {
            fields[at] = new(name, value);
        }

        return fields;
    }

    /// <summary>The single value of a field (a test's check of what the page shows).</summary>
    public static string Value(this List<KeyValuePair<string, string>> fields, string name) => fields.Single(f => f.Key == name).Value;

    private static string? Attribute(string tag, string name) =>
        Regex.Match(tag, $"\\s{name}=\"([^\"]*)\"") is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : null;

    [GeneratedRegex("<input\\b[^>]*>", RegexOptions.Singleline)]
    private static partial Regex Input();

    [GeneratedRegex("<select\\b([^>]*)>(.*?)</select>", RegexOptions.Singleline)]
    private static partial Regex Select();

    [GeneratedRegex("<option\\b([^>]*)>(.*?)</option>", RegexOptions.Singleline)]
    private static partial Regex Option();

    [GeneratedRegex("<textarea\\b([^>]*)>(.*?)</textarea>", RegexOptions.Singleline)]
    private static partial Regex TextArea();
}
