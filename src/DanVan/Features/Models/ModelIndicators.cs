namespace DanVan.Features.Models;

/// <summary>
/// The indicators a progress report may carry. Defaults below; a province sets its own in configuration
/// ("Models:Indicators", each "code=label").
/// </summary>
public sealed class ModelIndicators
{
    public static readonly IReadOnlyDictionary<string, string> Defaults = new Dictionary<string, string>
    {
        ["households"] = "Số hộ được vận động",
        ["complaints_resolved"] = "Số phản ánh, kiến nghị được giải quyết",
        ["money_vnd"] = "Số tiền vận động được (đồng)",
        ["land_m2"] = "Diện tích đất hiến (m²)",
        ["participants"] = "Lượt người tham gia",
    };

    public ModelIndicators(IConfiguration configuration)
    {
        var items = configuration.GetSection("Models:Indicators").Get<string[]>();
        All = items is { Length: > 0 }
            ? items.Select(i => i.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim())
            : Defaults;
    }

    public IReadOnlyDictionary<string, string> All { get; }
}
