namespace DanVan.Features.Awards;

/// <summary>Danh hiệu thi đua or hình thức khen thưởng (Law 06/2022 ch. II and III). Stored by name.</summary>
public enum AwardCategory
{
    Title,
    Commendation,
}

/// <summary>Who the award may go to (the catalogue's subject; a commune is a collective of kind commune).</summary>
public enum AwardSubject
{
    Individual,
    Collective,
    Household,
}

/// <summary>The office that decides an award (Law Art. 79–80, Decree 152 Art. 33.10). District chairmen lost it on 01/7/2025.</summary>
public enum DecidingAuthority
{
    UnitHead,
    CommuneChairman,
    DistrictChairman,
    ProvinceChairman,
    PrimeMinister,
    President,
}

/// <summary>The documents of a dossier (Decree 152 Art. 36–42, DOMAIN §1.7).</summary>
public enum DossierDocument
{
    Submission,
    AchievementReport,
    CouncilMinutes,
    InitiativeConfirmation,
    ConsultationReplies,
    PublicNoticeReport,
    ShortAchievementSummary,
}

/// <summary>The achievement-report templates a province uses (Decree 152's appendix; DOMAIN §1.7).</summary>
public enum ReportTemplate
{
    None,
    Merit,
    Thematic,
    Extraordinary,
    Contribution,
    GovernmentFlag,
    NationalEmulationFighter,
    ShortSummary,
}

/// <summary>What a council's vote threshold is counted against (DOMAIN §1.9: all members for CSTĐ toàn quốc, Cờ CP).</summary>
public enum VoteBase
{
    AllMembers,
    PresentMembers,
    VotesCast,
}

/// <summary>The Vietnamese labels, stated once.</summary>
public static class AwardLabels
{
    private static readonly System.Globalization.CultureInfo Vn = System.Globalization.CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>An amount in đồng as vi-VN writes it: "3.510.000 đ".</summary>
    public static string Money(long amount) => amount.ToString("N0", Vn) + " đ";

    /// <summary>A multiple, factor or percentage: "1,5"; "—" when absent.</summary>
    public static string Number(decimal? value) => value?.ToString("0.##", Vn) ?? "—";

    public static string Label(this AwardCategory c) => c switch
    {
        AwardCategory.Title => "Danh hiệu thi đua",
        AwardCategory.Commendation => "Hình thức khen thưởng",
        _ => throw new ArgumentOutOfRangeException(nameof(c)),
    };

    public static string Label(this AwardSubject s) => s switch
    {
        AwardSubject.Individual => "Cá nhân",
        AwardSubject.Collective => "Tập thể",
        AwardSubject.Household => "Hộ gia đình",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    public static string Label(this DecidingAuthority a) => a switch
    {
        DecidingAuthority.UnitHead => "Thủ trưởng cơ quan, đơn vị",
        DecidingAuthority.CommuneChairman => "Chủ tịch UBND cấp xã",
        DecidingAuthority.DistrictChairman => "Chủ tịch UBND cấp huyện",
        DecidingAuthority.ProvinceChairman => "Chủ tịch UBND tỉnh",
        DecidingAuthority.PrimeMinister => "Thủ tướng Chính phủ",
        DecidingAuthority.President => "Chủ tịch nước",
        _ => throw new ArgumentOutOfRangeException(nameof(a)),
    };

    /// <summary>
    /// An authority of the proposing unit itself (its head, or the commune's or former district's chairman): such an award is
    /// decided inside that unit, on its own council's advice, never by a council above it (Law 06/2022 Art. 79–80, issue 14 §3).
    /// </summary>
    public static bool IsUnitOwn(this DecidingAuthority a) => a is DecidingAuthority.UnitHead or DecidingAuthority.CommuneChairman or DecidingAuthority.DistrictChairman;

    public static string Label(this DossierDocument d) => d switch
    {
        DossierDocument.Submission => "Tờ trình đề nghị khen thưởng",
        DossierDocument.AchievementReport => "Báo cáo thành tích",
        DossierDocument.CouncilMinutes => "Biên bản họp Hội đồng Thi đua – Khen thưởng cấp trình",
        DossierDocument.InitiativeConfirmation => "Văn bản công nhận, xác nhận sáng kiến",
        DossierDocument.ConsultationReplies => "Ý kiến của cơ quan liên quan",
        DossierDocument.PublicNoticeReport => "Báo cáo kết quả công khai, lấy ý kiến",
        DossierDocument.ShortAchievementSummary => "Bản tóm tắt thành tích",
        _ => throw new ArgumentOutOfRangeException(nameof(d)),
    };

    public static string Label(this ReportTemplate t) => t switch
    {
        ReportTemplate.None => "Không yêu cầu",
        ReportTemplate.Merit => "Báo cáo thành tích thường xuyên (mẫu của cá nhân hoặc tập thể, theo đối tượng)",
        ReportTemplate.Thematic => "Báo cáo thành tích theo chuyên đề",
        ReportTemplate.Extraordinary => "Báo cáo thành tích đột xuất",
        ReportTemplate.Contribution => "Báo cáo quá trình cống hiến",
        ReportTemplate.GovernmentFlag => "Báo cáo thành tích đề nghị Cờ thi đua của Chính phủ",
        ReportTemplate.NationalEmulationFighter => "Báo cáo thành tích đề nghị Chiến sĩ thi đua toàn quốc",
        ReportTemplate.ShortSummary => "Tóm tắt thành tích (thủ tục đơn giản)",
        _ => throw new ArgumentOutOfRangeException(nameof(t)),
    };

    public static string Label(this VoteBase b) => b switch
    {
        VoteBase.AllMembers => "tổng số thành viên Hội đồng",
        VoteBase.PresentMembers => "số thành viên có mặt",
        VoteBase.VotesCast => "số phiếu hợp lệ",
        _ => throw new ArgumentOutOfRangeException(nameof(b)),
    };
}
