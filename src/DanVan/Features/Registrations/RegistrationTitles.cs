namespace DanVan.Features.Registrations;

/// <summary>
/// The titles a registration may aim at (Law 06/2022/QH15 and Decree 152/2025 as a province applies them; names as in the
/// Law: "Cờ thi đua của tỉnh" Art. 26, "Chiến sĩ thi đua tỉnh" Art. 22, "Xã, phường tiêu biểu" Art. 29). A unit's
/// registration is its commitment, never a legal condition for an award (Law Art. 7). A recognised "Dân vận khéo"
/// model is not a title: a unit plans its models in the registration (<see cref="PlannedModel"/>). Codes are
/// stored; labels are shown. The list is read from configuration ("Registrations:CollectiveTitles" /
/// "Registrations:IndividualTitles", each "code=label") when a province sets its own, else these defaults.
/// </summary>
public sealed class RegistrationTitles
{
    public static readonly IReadOnlyDictionary<string, string> DefaultCollective = new Dictionary<string, string>
    {
        ["TTLDTT"] = "Tập thể lao động tiên tiến",
        ["TTLDXS"] = "Tập thể lao động xuất sắc",
        ["CO_TD_TINH"] = "Cờ thi đua của tỉnh",
        ["XA_TIEU_BIEU"] = "Xã, phường tiêu biểu",
        ["BK_CT_TINH"] = "Bằng khen của Chủ tịch UBND tỉnh",
        ["GK"] = "Giấy khen",
    };

    public static readonly IReadOnlyDictionary<string, string> DefaultIndividual = new Dictionary<string, string>
    {
        ["LDTT"] = "Lao động tiên tiến",
        ["CSTDCS"] = "Chiến sĩ thi đua cơ sở",
        ["CSTD_TINH"] = "Chiến sĩ thi đua tỉnh",
        ["BK_CT_TINH"] = "Bằng khen của Chủ tịch UBND tỉnh",
        ["GK"] = "Giấy khen",
    };

    public RegistrationTitles(IConfiguration configuration)
    {
        Collective = Read(configuration, "Registrations:CollectiveTitles") ?? DefaultCollective;
        Individual = Read(configuration, "Registrations:IndividualTitles") ?? DefaultIndividual;
    }

    public IReadOnlyDictionary<string, string> Collective { get; }
    public IReadOnlyDictionary<string, string> Individual { get; }

    private static Dictionary<string, string>? Read(IConfiguration configuration, string key)
    {
        var items = configuration.GetSection(key).Get<string[]>();
        if (items is null || items.Length == 0)
        {
            return null;
        }

        return items.Select(i => i.Split('=', 2)).Where(p => p.Length == 2 && p[0].Trim().Length > 0)
            .ToDictionary(p => p[0].Trim(), p => p[1].Trim());
    }
}
