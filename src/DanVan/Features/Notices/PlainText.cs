using System.Text.RegularExpressions;

namespace DanVan.Features.Notices;

/// <summary>
/// What a public comment may contain: plain text. HTML tags and comments, character references (&amp;lt;, &amp;#60;),
/// BBCode and control characters other than line breaks and tabs are refused — nothing is silently stripped.
/// </summary>
public static partial class PlainText
{
    public static bool HasMarkup(string text) =>
        Markup().IsMatch(text) || text.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t'));

    [GeneratedRegex(@"<\s*[a-zA-Z/!?]|&#?[a-zA-Z0-9]+;|\[/?(url|img|b|i|u|link|a|quote|code|color|size)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant,
        matchTimeoutMilliseconds: 1000)]
    private static partial Regex Markup();
}
