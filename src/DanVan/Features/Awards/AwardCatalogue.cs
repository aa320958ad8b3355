using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>Reading the catalogue: loading kinds with their versions, the DTOs, and who may change it — stated once.</summary>
public static class AwardCatalogue
{
    private static readonly CultureInfo Vn = CultureInfo.GetCultureInfo("vi-VN");

    public static IQueryable<AwardKind> WithVersions(this IQueryable<AwardKind> kinds) =>
        kinds.Include(k => k.Versions).ThenInclude(v => v.Authorities)
            .Include(k => k.Versions).ThenInclude(v => v.Documents)
            .Include(k => k.Versions).ThenInclude(v => v.Rules)
            .AsSplitQuery();

    /// <summary>The codes of a province's catalogue (rules and quotas refer to them).</summary>
    public static async Task<IReadOnlySet<string>> CodesAsync(AppDbContext db, Guid tenantId, CancellationToken ct) =>
        (await db.AwardKinds.Where(k => k.TenantId == tenantId).Select(k => k.Code).ToListAsync(ct)).ToHashSet();

    /// <summary>
    /// The catalogue is the province's: changed by Sở Nội vụ's commendation officers or the administrator holding
    /// <see cref="Permission.ManageAwardCatalogue"/> at the province's root unit, never by a unit for itself.
    /// </summary>
    public static async Task<bool> MayManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var managed = db.Units.VisibleTo(db, user, Permission.ManageAwardCatalogue).Select(u => u.Id);
        var roots = await db.Units.Where(u => u.TenantId == user.TenantId && u.ParentId == null).Select(u => managed.Contains(u.Id)).ToListAsync(ct);
        return roots.Count > 0 && roots.All(r => r);
    }

    /// <summary>Anyone inside the province holding <see cref="Permission.ViewAwards"/> somewhere reads the whole catalogue (it is the province's public rulebook).</summary>
    public static Task<bool> MayViewAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ViewAwards, ct);

    /// <summary>
    /// An award by id with its version in force on <paramref name="day"/>, stated once for the prize, eligibility and
    /// nominations: unknown (or another province's) and not viewable → 404; no version that day; withdrawn that day.
    /// </summary>
    public static async Task<Result<(AwardKind Kind, AwardKindVersion Version)>> InForceAsync(AppDbContext db, CurrentUser user, Guid awardKindId,
        DateOnly day, CancellationToken ct)
    {
        if (!await MayViewAsync(db, user, ct))
        {
            return AwardErrors.KindNotFound;
        }

        var kind = await db.AwardKinds.AsNoTracking().Where(k => k.Id == awardKindId && k.TenantId == user.TenantId).WithVersions().FirstOrDefaultAsync(ct);
        if (kind is null)
        {
            return AwardErrors.KindNotFound;
        }

        if (kind.VersionOn(day) is not { } version)
        {
            return AwardErrors.NotInForce(kind, day);
        }

        return version.Active ? (kind, version) : AwardErrors.Withdrawn(kind, version.EffectiveFrom);
    }

    /// <summary>The names of a province's awards by code, for rules and quotas that refer to other awards.</summary>
    public static async Task<IReadOnlyDictionary<string, string>> NamesAsync(AppDbContext db, Guid tenantId, CancellationToken ct) =>
        await db.AwardKinds.Where(k => k.TenantId == tenantId).ToDictionaryAsync(k => k.Code, k => k.Name, ct);

    public static AwardKindDto ToDto(AwardKind k, DateOnly on, IReadOnlyDictionary<string, string> names)
    {
        var inForce = k.VersionOn(on);
        return new AwardKindDto(k.Id, k.Code, k.Name, k.Category, k.Category.Label(), k.Subjects.ToList(), string.Join(", ", k.Subjects.Select(s => s.Label())),
            k.Position, inForce is null ? null : ToDto(k, inForce, names), k.Versions.OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Number)
                .Select(v => ToDto(k, v, names)).ToList());
    }

    /// <summary>One kind with the names of the awards its rules refer to (one more query).</summary>
    public static async Task<AwardKindDto> ToDtoAsync(AppDbContext db, AwardKind k, CancellationToken ct) =>
        ToDto(k, VnTime.Today(db.Time), await NamesAsync(db, k.TenantId, ct));

    public static AwardVersionDto ToDto(AwardKind k, AwardKindVersion v, IReadOnlyDictionary<string, string> names)
    {
        string Name(string code) => names.TryGetValue(code, out var n) ? n : code;
        var authorities = v.Authorities.Select(a => a.Authority).Order().ToList();
        var documents = v.Documents.Select(d => d.Document).Order().ToList();
        var quota = v.QuotaPercent is { } q
            ? $"Tối đa {q.ToString("0.##", Vn)}% " + (v.QuotaBaseCode is { } b ? $"số được tặng “{Name(b)}”" : "số đối tượng trong phạm vi xét")
            : null;
        var vote = v.VoteThresholdPercent is { } t
            ? $"Bỏ phiếu {(v.SecretBallot ? "kín" : "công khai")}: đạt từ {t.ToString("0.##", Vn)}% {v.VoteBase.Label()} trở lên"
            : null;
        return new AwardVersionDto(v.Id, v.Number, v.EffectiveFrom, k.EndOf(v), v.Active, authorities, authorities.Select(a => a.Label()).ToList(),
            v.PrizeMultiple, v.CollectiveFactor, v.HouseholdFactor, documents, documents.Select(d => d.Label()).ToList(), v.ReportTemplate,
            v.ReportTemplate.Label(), v.QuotaPercent, v.QuotaBaseCode, quota, v.VoteThresholdPercent, v.VoteBase, v.SecretBallot, vote, v.NoticeWorkingDays,
            v.Rules.OrderBy(r => r.Position).Select(r => new AwardRuleDto(r.Position, r.Kind, r.Kind.Label(), r.AppliesTo, r.Level, r.Years, r.AwardCode,
                r.Months, r.InitiativeLevel, r.AnyOfGroup, r.Citation, RuleKinds.Describe(r.Spec, names))).ToList(),
            v.Citation, v.CitationDocumentId, v.Note, v.CreatedByName, v.CreatedAt);
    }

    /// <summary>Typed terms from the input, text cleaned (NFC, trimmed) at the edge.</summary>
    public static AwardTerms ToTerms(AwardTermsInput i) => new(
        i.EffectiveFrom ?? default,
        i.Active ?? true,
        i.Authorities ?? [],
        i.PrizeMultiple,
        i.CollectiveFactor,
        i.HouseholdFactor,
        i.Documents ?? [],
        i.ReportTemplate ?? ReportTemplate.None,
        i.QuotaPercent,
        VietnameseText.Clean(i.QuotaBaseCode),
        i.VoteThresholdPercent,
        i.VoteBase ?? VoteBase.AllMembers,
        i.SecretBallot ?? false,
        i.NoticeWorkingDays,
        (i.Rules ?? []).Select((r, n) => new RuleSpec(r.Kind ?? (RuleKind)(-1), r.AppliesTo, r.Level, r.Years, VietnameseText.Clean(r.AwardCode), r.Months,
            r.InitiativeLevel, r.AnyOfGroup, VietnameseText.Clean(r.Citation))).ToList(),
        VietnameseText.Clean(i.Citation) ?? "",
        i.CitationDocumentId,
        VietnameseText.Clean(i.Note));

    public static AwardTermsInput ToInput(AwardTerms t) => new()
    {
        EffectiveFrom = t.EffectiveFrom,
        Active = t.Active,
        Authorities = [.. t.Authorities],
        PrizeMultiple = t.PrizeMultiple,
        CollectiveFactor = t.CollectiveFactor,
        HouseholdFactor = t.HouseholdFactor,
        Documents = [.. t.Documents],
        ReportTemplate = t.ReportTemplate,
        QuotaPercent = t.QuotaPercent,
        QuotaBaseCode = t.QuotaBaseCode,
        VoteThresholdPercent = t.VoteThresholdPercent,
        VoteBase = t.VoteBase,
        SecretBallot = t.SecretBallot,
        NoticeWorkingDays = t.NoticeWorkingDays,
        Rules = t.Rules.Select(r => new RuleInput
        {
            Kind = r.Kind, AppliesTo = r.AppliesTo, Level = r.Level, Years = r.Years, AwardCode = r.AwardCode, Months = r.Months,
            InitiativeLevel = r.InitiativeLevel, AnyOfGroup = r.AnyOfGroup, Citation = r.Citation,
        }).ToList(),
        Citation = t.Citation,
        CitationDocumentId = t.CitationDocumentId,
        Note = t.Note,
    };
}
