using DanVan.Features.Ratings;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// The catalogue and base-salary table every province starts with (DOMAIN §1.4–1.9, §8 rules 1–2, 6–8, 10; §9). Each
/// entry cites its source; where the law leaves a detail to the province ("[U]" in DOMAIN.md) the note says it is the
/// system's default to check against the province's regulation. Awards a district chairman could give have two
/// versions: Law 06/2022 from 01/01/2024, and Decree 152/2025 from 01/7/2025 without the district level.
/// </summary>
public static class AwardCatalogueSeed
{
    public const string SystemName = "Hệ thống (dữ liệu mặc định)";
    public static readonly DateOnly LawInForce = new(2024, 1, 1);
    public static readonly DateOnly Decree152InForce = new(2025, 7, 1);

    private const string Law = "Luật Thi đua, khen thưởng số 06/2022/QH15";
    private const string Decree152 = "Nghị định số 152/2025/NĐ-CP";
    private const string Decree98 = "Nghị định số 98/2023/NĐ-CP";
    private const string ProvinceDefault = "Tiêu chuẩn chi tiết do tỉnh quy định (Điều 6 Nghị định số 152/2025/NĐ-CP): đây là mặc định của hệ thống, "
        + "cần đối chiếu và sửa theo quy định thi đua, khen thưởng của tỉnh.";

    private sealed record Entry(string Code, string Name, AwardCategory Category, AwardSubject[] Subjects, decimal? Multiple, DecidingAuthority[] Authorities,
        bool District, DossierDocument[] Documents, ReportTemplate Template, RuleSpec[] Rules, string LawArticle, string PrizeArticle, string? Note,
        decimal? Quota = null, string? QuotaBase = null, decimal? Vote = null, VoteBase VoteOf = VoteBase.AllMembers, bool Secret = false, int? Notice = null);

    private static readonly DossierDocument[] Basic = [DossierDocument.Submission, DossierDocument.AchievementReport];
    private static readonly DossierDocument[] WithMinutes = [DossierDocument.Submission, DossierDocument.AchievementReport, DossierDocument.CouncilMinutes];
    private static readonly AwardSubject[] Person = [AwardSubject.Individual];
    private static readonly AwardSubject[] Unit = [AwardSubject.Collective];
    private static readonly AwardSubject[] Anyone = [AwardSubject.Individual, AwardSubject.Collective, AwardSubject.Household];

    private static readonly Entry[] Entries =
    [
        new("chien-si-thi-dua-toan-quoc", "Chiến sĩ thi đua toàn quốc", AwardCategory.Title, Person, 4.5m, [DecidingAuthority.PrimeMinister], false,
            [.. WithMinutes, DossierDocument.InitiativeConfirmation, DossierDocument.PublicNoticeReport], ReportTemplate.NationalEmulationFighter,
            [new(RuleKind.HoldsAward, AwardCode: "chien-si-thi-dua-tinh", Years: 2), new(RuleKind.Initiative, InitiativeLevel: InitiativeLevel.National),
             new(RuleKind.NoDiscipline), new(RuleKind.RecentAchievement, Months: 6, Citation: "Khoản 9 Điều 33 Nghị định số 152/2025/NĐ-CP")],
            "Điều 21", "Điều 49", null, Vote: 90m, Secret: true, Notice: 10),
        new("chien-si-thi-dua-tinh", "Chiến sĩ thi đua tỉnh", AwardCategory.Title, Person, 3.0m, [DecidingAuthority.ProvinceChairman], false,
            [.. WithMinutes, DossierDocument.InitiativeConfirmation], ReportTemplate.Merit,
            [new(RuleKind.HoldsAward, AwardCode: "chien-si-thi-dua-co-so", Years: 3), new(RuleKind.Initiative, InitiativeLevel: InitiativeLevel.Province),
             new(RuleKind.NoDiscipline), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 22", "Điều 49", "Ngưỡng 90% tổng số thành viên Hội đồng, bỏ phiếu kín: mặc định kế thừa khoản 8 Điều 45 Nghị định số 91/2017/NĐ-CP; tỉnh quy định mức hiện hành.",
            Quota: 10m, QuotaBase: "chien-si-thi-dua-co-so", Vote: 90m, Secret: true),
        new("chien-si-thi-dua-co-so", "Chiến sĩ thi đua cơ sở", AwardCategory.Title, Person, 1.0m,
            [DecidingAuthority.UnitHead], true, Basic, ReportTemplate.Merit,
            [new(RuleKind.HoldsAward, AwardCode: "lao-dong-tien-tien", Years: 1),
             new(RuleKind.PersonRating, Level: RatingLevel.Excellent, Years: 1, AnyOfGroup: 1),
             new(RuleKind.Initiative, InitiativeLevel: InitiativeLevel.Unit, AnyOfGroup: 1), new(RuleKind.NoDiscipline), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 23", "Điều 49", "Tỷ lệ tối đa 15% số người đạt Lao động tiên tiến: mặc định kế thừa khoản 3 Điều 9 Nghị định số 91/2017/NĐ-CP; Luật 2022 không quy định tỷ lệ, tỉnh quyết định.",
            Quota: 15m, QuotaBase: "lao-dong-tien-tien"),
        new("lao-dong-tien-tien", "Lao động tiên tiến", AwardCategory.Title, Person, 0.3m,
            [DecidingAuthority.UnitHead, DecidingAuthority.CommuneChairman], true, [DossierDocument.Submission], ReportTemplate.None,
            [new(RuleKind.PersonRating, Level: RatingLevel.Good, Years: 1), new(RuleKind.NoDiscipline), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 24", "Điều 49", null),
        new("co-thi-dua-chinh-phu", "Cờ thi đua của Chính phủ", AwardCategory.Title, Unit, 12.0m, [DecidingAuthority.PrimeMinister], false,
            [.. WithMinutes, DossierDocument.PublicNoticeReport], ReportTemplate.GovernmentFlag,
            [new(RuleKind.UnitRank, Level: RatingLevel.Excellent), new(RuleKind.HoldsAward, AwardCode: "co-thi-dua-tinh", Years: 1), new(RuleKind.UnitActive),
             new(RuleKind.RecentAchievement, Months: 6, Citation: "Khoản 9 Điều 33 Nghị định số 152/2025/NĐ-CP")],
            "Điều 25; Điều 7 Nghị định số 152/2025/NĐ-CP", "Điều 50", "Tối đa 20% số tập thể dẫn đầu cụm, khối được tặng Cờ thi đua của tỉnh (Điều 7 Nghị định số 152/2025/NĐ-CP). Hồ sơ gửi trước 30/6.",
            Quota: 20m, QuotaBase: "co-thi-dua-tinh", Vote: 80m, Secret: true),
        new("co-thi-dua-tinh", "Cờ thi đua của tỉnh", AwardCategory.Title, Unit, 8.0m, [DecidingAuthority.ProvinceChairman], false, WithMinutes,
            ReportTemplate.Merit, [new(RuleKind.UnitRank, Level: RatingLevel.Excellent), new(RuleKind.UnitActive), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 26", "Điều 50", "Thường trao cho tập thể dẫn đầu cụm, khối thi đua của tỉnh. " + ProvinceDefault, Vote: 50m, VoteOf: VoteBase.PresentMembers),
        new("tap-the-lao-dong-xuat-sac", "Tập thể lao động xuất sắc", AwardCategory.Title, Unit, 1.5m, [DecidingAuthority.ProvinceChairman], false,
            WithMinutes, ReportTemplate.Merit,
            [new(RuleKind.UnitRank, Level: RatingLevel.Excellent), new(RuleKind.UnitActive), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 27", "Điều 50", ProvinceDefault),
        new("tap-the-lao-dong-tien-tien", "Tập thể lao động tiên tiến", AwardCategory.Title, Unit, 0.8m, [DecidingAuthority.UnitHead], true, Basic,
            ReportTemplate.Merit, [new(RuleKind.UnitRank, Level: RatingLevel.Good), new(RuleKind.UnitActive), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 28", "Điều 50", ProvinceDefault),
        new("xa-phuong-tieu-bieu", "Xã, phường, đặc khu tiêu biểu", AwardCategory.Title, Unit, 2.0m, [DecidingAuthority.ProvinceChairman], false,
            WithMinutes, ReportTemplate.Merit, [new(RuleKind.UnitRank, Level: RatingLevel.Excellent), new(RuleKind.UnitActive)],
            "khoản 1 Điều 29; Điều 8 Nghị định số 152/2025/NĐ-CP", "Điều 50", ProvinceDefault),
        new("bang-khen-thu-tuong", "Bằng khen của Thủ tướng Chính phủ", AwardCategory.Commendation, Anyone, 3.5m, [DecidingAuthority.PrimeMinister], false,
            WithMinutes, ReportTemplate.Merit,
            [new(RuleKind.NoDiscipline), new(RuleKind.UnitActive, AppliesTo: AwardSubject.Collective),
             new(RuleKind.RecentAchievement, Months: 6, Citation: "Khoản 9 Điều 33 Nghị định số 152/2025/NĐ-CP")],
            "Điều 71", "Điều 54", null),
        new("bang-khen-chu-tich-tinh", "Bằng khen của Chủ tịch UBND tỉnh", AwardCategory.Commendation, Anyone, 1.5m, [DecidingAuthority.ProvinceChairman], false,
            WithMinutes, ReportTemplate.Merit,
            [new(RuleKind.PersonRating, AppliesTo: AwardSubject.Individual, Level: RatingLevel.Excellent, Years: 2),
             new(RuleKind.UnitRank, AppliesTo: AwardSubject.Collective, Level: RatingLevel.Excellent),
             new(RuleKind.UnitActive, AppliesTo: AwardSubject.Collective), new(RuleKind.NoDiscipline), new(RuleKind.NotAwardedSamePeriod)],
            "Điều 74", "Điều 54", ProvinceDefault),
        new("giay-khen", "Giấy khen", AwardCategory.Commendation, Anyone, 0.3m, [DecidingAuthority.UnitHead, DecidingAuthority.CommuneChairman], true,
            [DossierDocument.Submission, DossierDocument.ShortAchievementSummary], ReportTemplate.ShortSummary,
            [new(RuleKind.NoDiscipline), new(RuleKind.NotAwardedSamePeriod)], "Điều 75", "Điều 54", ProvinceDefault),
        new("gia-dinh-van-hoa", "Gia đình văn hóa", AwardCategory.Title, [AwardSubject.Household], null, [DecidingAuthority.CommuneChairman], false,
            [DossierDocument.Submission], ReportTemplate.None, [], "khoản 3 Điều 80", "", "Danh hiệu không kèm tiền thưởng theo mặc định; tỉnh quy định chi tiết."),
    ];

    /// <summary>The seeded base salaries: Decree 38/2019, 24/2023, 73/2024 (DOMAIN §9).</summary>
    public static IEnumerable<BaseSalary> BaseSalaries(Guid tenantId, Actor by) =>
    [
        BaseSalary.Create(tenantId, new DateOnly(2019, 7, 1), 1_490_000, "Nghị định số 38/2019/NĐ-CP ngày 09/5/2019 của Chính phủ", null, by).Value!,
        BaseSalary.Create(tenantId, new DateOnly(2023, 7, 1), 1_800_000, "Nghị định số 24/2023/NĐ-CP ngày 14/5/2023 của Chính phủ", null, by).Value!,
        BaseSalary.Create(tenantId, new DateOnly(2024, 7, 1), 2_340_000, "Nghị định số 73/2024/NĐ-CP ngày 30/6/2024 của Chính phủ", null, by).Value!,
    ];

    /// <summary>The seeded catalogue for a province.</summary>
    public static IReadOnlyList<AwardKind> Kinds(Guid tenantId, Actor by)
    {
        var codes = Entries.Select(e => e.Code).ToHashSet();
        var kinds = new List<AwardKind>();
        for (var i = 0; i < Entries.Length; i++)
        {
            var e = Entries[i];
            var individualAnd = e.Subjects.Contains(AwardSubject.Individual);
            AwardTerms Terms(DateOnly from, bool district, string decree) => new(from, true,
                district ? [.. e.Authorities, DecidingAuthority.DistrictChairman] : e.Authorities, e.Multiple,
                individualAnd && e.Subjects.Contains(AwardSubject.Collective) ? 2m : null, individualAnd && e.Subjects.Contains(AwardSubject.Household) ? 1.5m : null,
                e.Documents, e.Template, e.Quota, e.QuotaBase, e.Vote, e.VoteOf, e.Secret, e.Notice, e.Rules,
                $"{e.LawArticle} {Law}" + (e.PrizeArticle.Length > 0 ? $"; mức thưởng: {e.PrizeArticle} {decree}" : "") + (district ? "; thẩm quyền: Điều 80 Luật" : ""),
                null, e.Note);

            // Create refuses a code already in the catalogue: the others are, this one is being added.
            var others = codes.Where(c => c != e.Code).ToHashSet();
            var kind = e.District
                ? AwardKind.Create(tenantId, e.Code, e.Name, e.Category, e.Subjects, i + 1, Terms(LawInForce, true, Decree98), others, by).Value!
                : AwardKind.Create(tenantId, e.Code, e.Name, e.Category, e.Subjects, i + 1, Terms(e.Multiple is null ? LawInForce : Decree152InForce, false, Decree152), others, by).Value!;
            if (e.District)
            {
                var later = Terms(Decree152InForce, false, Decree152) with
                {
                    Note = "Từ 01/7/2025 không còn cấp huyện: thẩm quyền của Chủ tịch UBND cấp huyện không còn (Nghị định số 152/2025/NĐ-CP)."
                        + (e.Note is null ? "" : " " + e.Note),
                };
                _ = kind.Revise(later, codes, by).Value!;
            }

            kinds.Add(kind);
        }

        return kinds;
    }

    /// <summary>Adds the catalogue and base salaries to every province that has none; answers how many provinces it filled.</summary>
    public static async Task<int> EnsureAsync(AppDbContext db, CancellationToken ct)
    {
        var tenants = await db.Tenants.Where(t => !db.AwardKinds.Any(k => k.TenantId == t.Id)).Select(t => t.Id).ToListAsync(ct);
        var by = new Actor(Guid.Empty, SystemName, db.Time.GetUtcNow().UtcDateTime);
        foreach (var tenantId in tenants)
        {
            db.AwardKinds.AddRange(Kinds(tenantId, by));
            if (!await db.BaseSalaries.AnyAsync(s => s.TenantId == tenantId, ct))
            {
                db.BaseSalaries.AddRange(BaseSalaries(tenantId, by));
            }
        }

        if (tenants.Count > 0)
        {
            await db.SaveChangesAsync(ct);
        }

        return tenants.Count;
    }
}
