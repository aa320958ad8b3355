using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>The issuer from the header block above the national or Party motto.</summary>
internal static class IssuerReader
{
    internal static readonly Regex Motto = new(@"CỘNG\s+H(?:ÒA|OÀ)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM", TextShape.Scan);

    internal static readonly Regex PartyMotto = new(@"ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM", TextShape.Scan);

    // ---- header: motto, issuer, heading and title ----

    internal static (int Index, string? Prefix) FindMotto(ExtractionPage page)
    {
        for (var i = 0; i < page.Lines.Length; i++)
        {
            page.Ct.ThrowIfCancellationRequested();
            var line = page.Lines[i];
            if (line.Length > 200)
            {
                continue;
            }

            var match = Motto.Match(line);
            if (!match.Success && line.Length <= 40 && i + 1 < page.Lines.Length)
            {
                // "ĐẢNG CỘNG SẢN" / "VIỆT NAM", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA" / "VIỆT NAM": a motto wrapped in its column.
                var joined = line + " " + page.Lines[i + 1];
                var wrapped = Motto.Match(joined);
                wrapped = wrapped.Success ? wrapped : PartyMotto.Match(joined);
                if (wrapped.Success && wrapped.Index < line.Length && wrapped.Index + wrapped.Length > line.Length)
                {
                    var before = line[..wrapped.Index].Trim();
                    return (i, before.Length > 0 ? before : null);
                }
            }

            if (!match.Success)
            {
                match = PartyMotto.Match(line);
                if (!match.Success || line.Length - match.Length > 80)
                {
                    continue;
                }
            }

            var prefix = line[..match.Index].Trim();
            return (i, prefix.Length > 0 ? prefix : null);
        }

        return (-1, null);
    }

    /// <summary>The issuer named in the header block, and the parent body written above it ("BỘ TÀI CHÍNH" / "CỤC THUẾ").</summary>
    internal static (string? Issuer, string? Parent) HeaderIssuer(ExtractionPage page, (int Index, string? Prefix) motto)
    {
        if (motto.Index < 0)
        {
            return (null, null);
        }

        var block = new List<string>();
        if (motto.Prefix is { } prefix && TextShape.IsCapitalLine(prefix))
        {
            block.Add(prefix);
            if (motto.Index + 1 < page.Lines.Length)
            {
                var next = page.Lines[motto.Index + 1];
                var at = next.IndexOf("Độc lập", StringComparison.OrdinalIgnoreCase);
                if (at > 0 && TextShape.IsCapitalLine(next[..at].Trim()))
                {
                    block.Add(next[..at].Trim());
                }
            }
        }
        else
        {
            var k = motto.Index - 1;
            while (k >= 0 && k > motto.Index - 6 && (!TextShape.HasLetters(page.Lines[k]) || NumberReader.IsNumberLine(page.Lines[k])))
            {
                k--;
            }

            while (k >= 0 && block.Count < 4 && page.Lines[k].Length is > 0 and <= 80 && TextShape.IsCapitalLine(page.Lines[k]))
            {
                block.Insert(0, page.Lines[k]);
                k--;
            }
        }

        return block.Count == 0 ? (null, null) : OrganName(block);
    }

    /// <summary>The last organ of a header block, case-restored: ["ỦY BAN NHÂN DÂN", "TỈNH QUẢNG NGÃI"] → "Ủy ban nhân dân tỉnh Quảng Ngãi".</summary>
    internal static (string Issuer, string? Parent) OrganName(List<string> block)
    {
        var start = 0;
        for (var i = 1; i < block.Count; i++)
        {
            var lower = block[i].ToLower(TextShape.Vi);
            if (OrganCase.Organs.Any(o => OrganCase.StartsWithPhrase(lower, o)))
            {
                start = i;
            }
        }

        var issuer = OrganCase.RestoreOrganCase(TextShape.Collapse(string.Join(' ', block.Skip(start))));
        var parent = start == 0 ? null : OrganCase.RestoreOrganCase(TextShape.Collapse(string.Join(' ', block.Take(start))));
        return (issuer, parent);
    }

}
