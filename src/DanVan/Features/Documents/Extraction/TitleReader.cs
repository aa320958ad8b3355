using System.Text;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Documents.Extraction;

/// <summary>The heading (the type word under the motto) and the title under it; else a news page's title line.</summary>
internal static class TitleReader
{
    internal static readonly string[] NavigationPrefixes =
        ["chao mung", "tu khoa", "tu khoa:", "dang nhap", "co chu", "trang chu", "ban dang o", "hotline", "email", "dang tai"];

    internal static Heading? FindHeading(ExtractionPage page, int motto)
    {
        var from = motto >= 0 ? motto + 1 : 0;
        var to = Math.Min(page.Lines.Length, motto >= 0 ? motto + 30 : 150);
        for (var i = from; i < to; i++)
        {
            var line = page.Lines[i];
            if (line.Length is 0 or > 300 || !TextShape.IsCapitalLine(line))
            {
                continue;
            }

            var type = DocumentTypes.FromWord(line);
            string? firstTitleLine = null;
            if (type is null && motto >= 0)
            {
                foreach (var word in DocumentTypes.Words)
                {
                    var upper = word.ToUpper(TextShape.Vi);
                    if (line.StartsWith(upper + " ", StringComparison.Ordinal))
                    {
                        type = DocumentTypes.FromWord(word);
                        firstTitleLine = line[upper.Length..].Trim();
                        break;
                    }
                }
            }

            if (type is { } found)
            {
                return new Heading(found, ReadTitle(page, i + 1, firstTitleLine));
            }
        }

        return null;
    }

    internal static string? ReadTitle(ExtractionPage page, int from, string? firstLine)
    {
        var parts = new List<string>();
        if (!string.IsNullOrEmpty(firstLine))
        {
            parts.Add(firstLine);
        }

        var i = from;
        var blanks = 0;
        while (parts.Count == 0 && i < page.Lines.Length && page.Lines[i].Length == 0 && blanks < 4)
        {
            i++;
            blanks++;
        }

        var mixedCase = false;
        for (; i < page.Lines.Length && parts.Count < 5; i++)
        {
            var line = page.Lines[i];
            if (line.Length is 0 or > 400 || !TextShape.HasLetters(line))
            {
                break;
            }

            if (TextShape.IsCapitalLine(line) && !mixedCase)
            {
                parts.Add(line);
            }
            else if (parts.Count == 0 && (line.StartsWith("Về", StringComparison.Ordinal) || line.StartsWith("V/v", StringComparison.Ordinal)))
            {
                parts.Add(line);
                mixedCase = true;
            }
            else
            {
                break;
            }
        }

        if (parts.Count == 0)
        {
            return null;
        }

        var title = TextShape.Collapse(string.Join(' ', parts));
        return mixedCase ? title : SentenceCase(title);
    }

    /// <summary>
    /// Lower case, then up: the first letter, the first letter after an opening quote, acronyms, Roman numerals, words
    /// with digits, "Việt Nam" and "Hồ Chí Minh".
    /// </summary>
    internal static string SentenceCase(string capitals)
    {
        var words = capitals.Split(' ');
        var sb = new StringBuilder(capitals.Length);
        for (var w = 0; w < words.Length; w++)
        {
            if (w > 0)
            {
                sb.Append(' ');
            }

            var word = words[w];
            var core = word.Trim('“', '”', '"', '«', '»', '(', ')', ',', ';', ':', '.');
            var keep = OrganCase.Acronyms.Contains(core) || core.Any(char.IsAsciiDigit) || (core.Length >= 2 && core.All(c => c is 'I' or 'V' or 'X' or 'L' or 'C'));
            sb.Append(keep ? word : word.ToLower(TextShape.Vi));
        }

        var chars = sb.ToString().ToCharArray();
        var capitalise = true;
        for (var i = 0; i < chars.Length; i++)
        {
            var c = chars[i];
            if (c is '“' or '«' || (c == '"' && (i == 0 || chars[i - 1] is ' ' or '(')))
            {
                capitalise = true;
                continue;
            }

            if (char.IsLetter(c))
            {
                if (capitalise)
                {
                    chars[i] = char.ToUpper(c, TextShape.Vi);
                }

                capitalise = false;
            }
        }

        return new string(chars)
            .Replace("việt nam", "Việt Nam", StringComparison.Ordinal)
            .Replace("hồ chí minh", "Hồ Chí Minh", StringComparison.Ordinal);
    }

    internal static string? FindPageTitle(ExtractionPage page)
    {
        var seen = 0;
        foreach (var line in page.Lines)
        {
            if (line.Length == 0)
            {
                continue;
            }

            if (++seen > 20)
            {
                break;
            }

            if (line.Length > 400 || line.EndsWith('!') || line.EndsWith("...", StringComparison.Ordinal) || line.EndsWith('…'))
            {
                continue;
            }

            var folded = VietnameseText.Fold(line);
            if (NavigationPrefixes.Any(p => folded.StartsWith(p, StringComparison.Ordinal)) || PropertyReader.PropertyLabels.Any(l => line.StartsWith(l, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
            if (words is >= 6 and <= 60 && TextShape.HasLetters(line) && !TextShape.IsCapitalLine(line))
            {
                return TextShape.Collapse(line);
            }
        }

        return null;
    }

}
