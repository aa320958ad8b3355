using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>The signature block: capacity lines (TM./KT./Q./TL./TUQ.) and the signer's name.</summary>
internal static class SignatureReader
{
    internal static readonly Regex CapacityPrefix = new(@"^(?:(?:KT|TM|Q|TL|TUQ)\.|T/M |K/T )", TextShape.Scan);

    // ---- signature ----

    internal static (string? Signer, string? Capacity) FindSignature(ExtractionPage page)
    {
        var recipients = -1;
        var lastPrefix = -1;
        for (var i = 0; i < page.Lines.Length; i++)
        {
            page.Ct.ThrowIfCancellationRequested();
            if (page.Lines[i].StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase))
            {
                recipients = i;
            }

            if (page.Lines[i].Length <= 120 && CapacityPrefix.IsMatch(page.Lines[i]))
            {
                lastPrefix = i;
            }
        }

        var fromRecipients = recipients >= 0 ? ReadSignature(page, recipients + 1) : (null, null);
        if (fromRecipients.Signer is not null)
        {
            return fromRecipients;
        }

        if (lastPrefix >= 0)
        {
            return ReadSignature(page, lastPrefix);
        }

        return fromRecipients.Capacity is null ? FromEnd(page) : fromRecipients;
    }

    /// <summary>
    /// An act without "Nơi nhận" or a TM./KT. line (a law: "CHỦ TỊCH QUỐC HỘI" then the name): the last line that is a
    /// personal name, with the capital lines just above it as the capacity.
    /// </summary>
    private static (string? Signer, string? Capacity) FromEnd(ExtractionPage page)
    {
        var lines = page.Lines;
        var last = lines.Length - 1;
        while (last >= 0 && lines[last].Length == 0)
        {
            last--;
        }

        if (last < 0 || PersonName(lines[last]) is not { } signer)
        {
            return (null, null);
        }

        var k = last - 1;
        while (k >= 0 && k > last - 8 && lines[k].Length == 0)
        {
            k--;
        }

        var capacity = new List<string>();
        while (k >= 0 && capacity.Count < 3 && lines[k].Length is > 0 and <= 80 && TextShape.IsCapitalLine(lines[k]))
        {
            capacity.Insert(0, lines[k]);
            k--;
        }

        return capacity.Count == 0 ? (null, null) : (signer, CapacityText(capacity));
    }

    internal static (string? Signer, string? Capacity) ReadSignature(ExtractionPage page, int from)
    {
        var capacity = new List<string>();
        for (var i = from; i < page.Lines.Length && i < from + 80; i++)
        {
            var line = page.Lines[i];
            if (line.Length == 0)
            {
                continue;
            }

            if (capacity.Count == 0 && (line[0] is '-' or '+' or '•' or '*' || line.StartsWith("Lưu", StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            if (line.Length <= 120 && (CapacityPrefix.IsMatch(line) || (TextShape.IsCapitalLine(line) && line.Split(' ').Length <= 10)))
            {
                capacity.Add(line);
                continue;
            }

            if (capacity.Count > 0)
            {
                var signer = PersonName(line);
                return signer is null ? (null, CapacityText(capacity)) : (signer, CapacityText(capacity));
            }
        }

        return (null, capacity.Count > 0 ? CapacityText(capacity) : null);
    }

    internal static string CapacityText(List<string> capacity) =>
        string.Join(" – ", capacity.Select(line =>
        {
            var match = CapacityPrefix.Match(line);
            var prefix = match.Success ? match.Value.Trim() : string.Empty;
            var rest = TextShape.Collapse(line[prefix.Length..].Trim());
            prefix = prefix == "K/T" ? "KT." : prefix;
            var cased = OrganCase.RestoreOrganCase(rest);
            if (cased.StartsWith("Phó ", StringComparison.Ordinal) && cased.Length > 4)
            {
                cased = "Phó " + TextShape.Capitalise(cased[4..]);
            }

            return prefix.Length > 0 ? prefix + " " + cased : cased;
        }));

    /// <summary>"Đặng Ngọc Dũng": 2–6 capitalised words of letters only.</summary>
    internal static string? PersonName(string? line)
    {
        if (string.IsNullOrWhiteSpace(line) || line.Length > 50)
        {
            return null;
        }

        var words = line.Trim().Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var ok = words.Length is >= 2 and <= 6
                 && words.All(w => w.All(char.IsLetter) && char.IsUpper(w[0]) && w.Skip(1).All(char.IsLower));
        return ok ? string.Join(' ', words) : null;
    }

}
