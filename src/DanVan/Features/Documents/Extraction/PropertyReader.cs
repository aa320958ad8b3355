using DanVan.Infrastructure.Text;

namespace DanVan.Features.Documents.Extraction;

/// <summary>The property block of a legal portal page: "Số hiệu: 70/KH-UBND Loại văn bản: Kế hoạch …".</summary>
internal static class PropertyReader
{
    internal static readonly string[] PropertyLabels =
    [
        "Số hiệu:", "Loại văn bản:", "Nơi ban hành:", "Cơ quan ban hành:", "Người ký:", "Ngày ban hành:",
        "Ngày hiệu lực:", "Ngày có hiệu lực:", "Ngày công báo:", "Số công báo:", "Tình trạng:", "Lĩnh vực:",
    ];

    internal static string? Value(string? property) =>
        string.IsNullOrWhiteSpace(property) || VietnameseText.Fold(property) is "dang cap nhat" or "da biet" ? null : property;

    // ---- properties ("Số hiệu: 70/KH-UBND Loại văn bản: Kế hoạch") ----

    internal static Dictionary<string, string> ReadProperties(ExtractionPage page)
    {
        var found = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var line in page.Lines)
        {
            page.Ct.ThrowIfCancellationRequested();
            if (line.Length is 0 or > 400 || line.IndexOf(':', StringComparison.Ordinal) < 0)
            {
                continue;
            }

            var hits = new List<(int Start, string Label)>();
            foreach (var label in PropertyLabels)
            {
                var at = line.IndexOf(label, StringComparison.OrdinalIgnoreCase);
                if (at >= 0 && (at == 0 || line[at - 1] == ' '))
                {
                    hits.Add((at, label));
                }
            }

            hits.Sort((a, b) => a.Start.CompareTo(b.Start));
            for (var h = 0; h < hits.Count; h++)
            {
                var from = hits[h].Start + hits[h].Label.Length;
                var to = h + 1 < hits.Count ? hits[h + 1].Start : line.Length;
                var value = to > from ? line[from..to].Trim() : string.Empty;
                if (value.Length > 0)
                {
                    found.TryAdd(hits[h].Label, value);
                }
            }
        }

        return found;
    }

}
