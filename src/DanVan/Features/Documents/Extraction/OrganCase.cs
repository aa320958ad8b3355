
namespace DanVan.Features.Documents.Extraction;

/// <summary>Case restoration of organ names and capacities written in capitals: "SỞ NỘI VỤ" → "Sở Nội vụ".</summary>
internal static class OrganCase
{
    internal static readonly HashSet<string> Acronyms = new(StringComparer.Ordinal)
    {
        "UBND", "HĐND", "MTTQ", "ĐBQH", "TW", "CP", "BCH", "QH", "BHXH", "CNTT", "TP", "TTHC", "CCHC", "BCĐ", "TTg",
        "CNXH", "XHCN", "PCCC", "ATGT", "VPUB", "THCS", "THPT",
    };

    internal static readonly string[] AdministrativeUnits =
        ["tỉnh", "thành phố", "huyện", "quận", "thị xã", "xã", "phường", "thị trấn", "đặc khu"];

    internal static readonly string[] Organs =
    [
        "ủy ban nhân dân", "uỷ ban nhân dân", "hội đồng nhân dân", "ubnd", "hđnd", "tỉnh ủy", "tỉnh uỷ", "thành ủy",
        "thành uỷ", "huyện ủy", "huyện uỷ", "đảng ủy", "đảng uỷ", "đảng bộ", "văn phòng", "sở", "ban", "phòng",
        "trung tâm", "chi cục", "tổng cục", "cục", "bộ", "viện", "trường", "ủy ban", "uỷ ban", "hội đồng",
    ];

    internal static bool StartsWithPhrase(string lower, string phrase) =>
        lower.StartsWith(phrase, StringComparison.Ordinal) && (lower.Length == phrase.Length || lower[phrase.Length] == ' ');

    internal static bool IsCommitteeOrgan(string organ) => organ.EndsWith("ủy", StringComparison.Ordinal) || organ.EndsWith("uỷ", StringComparison.Ordinal);

    /// <summary>
    /// Case for organ names and capacities: lower case with the first letter up; after a specific organ word the next
    /// word is up ("SỞ NỘI VỤ" → "Sở Nội vụ", but "Ủy ban nhân dân"); after an administrative unit or a Party committee
    /// every word is up, as a place name ("… tỉnh Quảng Ngãi", "Tỉnh ủy Quảng Ngãi"). Acronyms stay.
    /// </summary>
    internal static string RestoreOrganCase(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0)
        {
            return name;
        }

        var lower = words.Select(w => w.ToLower(TextShape.Vi)).ToArray();
        var result = new string[words.Length];
        var place = false;
        var nextUp = false;
        var i = 0;
        var organ = Organs.FirstOrDefault(o => StartsWithPhrase(string.Join(' ', lower), o));
        if (organ is not null)
        {
            var count = organ.Split(' ').Length;
            for (var k = 0; k < count; k++)
            {
                result[k] = Acronyms.Contains(words[k]) ? words[k] : k == 0 ? TextShape.Capitalise(lower[k]) : lower[k];
            }

            i = count;
            place = IsCommitteeOrgan(organ);
            nextUp = !place && !organ.Contains("nhân dân", StringComparison.Ordinal) && organ is not ("ubnd" or "hđnd")
                     && !(i < lower.Length && lower[i] is "trưởng" or "phó");
        }

        for (; i < words.Length; i++)
        {
            if (Acronyms.Contains(words[i]))
            {
                result[i] = words[i];
                nextUp = false;
                continue;
            }

            var rest = string.Join(' ', lower.Skip(i));
            var committee = Organs.FirstOrDefault(o => IsCommitteeOrgan(o) && StartsWithPhrase(rest, o));
            var unit = committee is null && !place ? AdministrativeUnits.FirstOrDefault(u => StartsWithPhrase(rest, u)) : null;
            if (i > 0 && (committee ?? unit) is { } phrase)
            {
                var count = Math.Min(phrase.Split(' ').Length, words.Length - i);
                for (var k = 0; k < count; k++)
                {
                    result[i + k] = committee is not null && k == 0 ? TextShape.Capitalise(lower[i + k]) : lower[i + k];
                }

                i += count - 1;
                place = true;
                nextUp = false;
                continue;
            }

            result[i] = i == 0 || place || nextUp ? TextShape.Capitalise(lower[i]) : lower[i];
            // "Bộ Nông nghiệp và Môi trường", "Ban Tuyên giáo và Dân vận": each named part of an organ starts upper case.
            nextUp = lower[i] == "và" && !place && organ is not null;
        }

        var cased = string.Join(' ', result);
        foreach (var (lowerName, properName) in ProperNames)
        {
            cased = cased.Replace(lowerName, properName, StringComparison.Ordinal);
        }

        return cased;
    }

    /// <summary>Names written with a capital wherever they stand: "Ban Chấp hành Trung ương", "Chủ tịch Quốc hội".</summary>
    private static readonly (string Lower, string Proper)[] ProperNames =
    [
        ("trung ương", "Trung ương"), ("quốc hội", "Quốc hội"), ("chính phủ", "Chính phủ"), ("bộ chính trị", "Bộ Chính trị"),
    ];

}
