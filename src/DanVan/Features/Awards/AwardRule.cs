using DanVan.Features.Ratings;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>
/// The closed vocabulary of eligibility rules (issue 14 §2): each kind reads a fixed set of parameters, never a script.
/// The years are counted back from the nominee's achievement year.
/// </summary>
public enum RuleKind
{
    /// <summary>The unit's rank for the achievement year is at least <see cref="AwardRule.Level"/>.</summary>
    UnitRank,

    /// <summary>The person's rating is at least <see cref="AwardRule.Level"/> in each of the last <see cref="AwardRule.Years"/> years.</summary>
    PersonRating,

    /// <summary>The nominee holds award <see cref="AwardRule.AwardCode"/> in the last <see cref="AwardRule.Years"/> consecutive years (merit awards only).</summary>
    HoldsAward,

    /// <summary>The unit (or the person's unit) has a "Dân vận khéo" model recognised for the achievement year.</summary>
    ModelRecognised,

    /// <summary>The person has an initiative recognised at <see cref="AwardRule.InitiativeLevel"/> or above.</summary>
    Initiative,

    /// <summary>No discipline, inspection or complaint verification runs during the period (Decree 152 Art. 4).</summary>
    NoDiscipline,

    /// <summary>No award of the same kind for the same achievement period (one achievement, one award).</summary>
    NotAwardedSamePeriod,

    /// <summary>The achievements are at most <see cref="AwardRule.Months"/> months old at submission (Decree 152 Art. 33.9).</summary>
    RecentAchievement,

    /// <summary>The unit exists on the proposal date (no awards to dissolved bodies: a successor proposes instead).</summary>
    UnitActive,
}

/// <summary>Initiative levels (Decree 152 Art. 33.6).</summary>
public enum InitiativeLevel
{
    Unit,
    Province,
    National,
}

/// <summary>One rule of an award version, as entered: its kind, its parameters, who it applies to, an either-or group and its citation.</summary>
public sealed record RuleSpec(RuleKind Kind, AwardSubject? AppliesTo = null, RatingLevel? Level = null, int? Years = null, string? AwardCode = null,
    int? Months = null, InitiativeLevel? InitiativeLevel = null, int? AnyOfGroup = null, string? Citation = null);

/// <summary>A stored rule of an <see cref="AwardKindVersion"/> (its position is its order on the proof sheet).</summary>
public sealed class AwardRule : ITenantOwned
{
    public const int MaxYears = 10;
    public const int MaxMonths = 36;
    public const int MaxGroup = 9;

    private AwardRule()
    {
    }

    internal AwardRule(AwardKindVersion version, int position, RuleSpec spec)
    {
        TenantId = version.TenantId;
        VersionId = version.Id;
        Position = position;
        Kind = spec.Kind;
        AppliesTo = spec.AppliesTo;
        Level = spec.Level;
        Years = spec.Years;
        AwardCode = spec.AwardCode;
        Months = spec.Months;
        InitiativeLevel = spec.InitiativeLevel;
        AnyOfGroup = spec.AnyOfGroup;
        Citation = string.IsNullOrWhiteSpace(spec.Citation) ? null : spec.Citation.Trim();
    }

    public Guid TenantId { get; private set; }
    public Guid VersionId { get; private set; }
    public int Position { get; private set; }
    public RuleKind Kind { get; private set; }
    public AwardSubject? AppliesTo { get; private set; }
    public RatingLevel? Level { get; private set; }
    public int? Years { get; private set; }
    public string? AwardCode { get; private set; }
    public int? Months { get; private set; }
    public InitiativeLevel? InitiativeLevel { get; private set; }
    public int? AnyOfGroup { get; private set; }
    public string? Citation { get; private set; }

    public RuleSpec Spec => new(Kind, AppliesTo, Level, Years, AwardCode, Months, InitiativeLevel, AnyOfGroup, Citation);
}

/// <summary>What each rule kind needs, its Vietnamese sentence, and the check of its parameters — stated once.</summary>
public static class RuleKinds
{
    public static string Label(this RuleKind kind) => kind switch
    {
        RuleKind.UnitRank => "Xếp loại của đơn vị trong năm",
        RuleKind.PersonRating => "Xếp loại chất lượng của cá nhân",
        RuleKind.HoldsAward => "Đã đạt danh hiệu, hình thức khen thưởng liên tục",
        RuleKind.ModelRecognised => "Có mô hình “Dân vận khéo” được công nhận trong năm",
        RuleKind.Initiative => "Có sáng kiến được công nhận",
        RuleKind.NoDiscipline => "Không bị kỷ luật, không đang bị thanh tra, xem xét",
        RuleKind.NotAwardedSamePeriod => "Chưa được khen cùng hình thức cho cùng thành tích",
        RuleKind.RecentAchievement => "Thành tích còn trong thời hạn đề nghị",
        RuleKind.UnitActive => "Đơn vị còn hoạt động",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    public static string Label(this InitiativeLevel level) => level switch
    {
        InitiativeLevel.Unit => "cấp cơ sở",
        InitiativeLevel.Province => "cấp tỉnh",
        InitiativeLevel.National => "toàn quốc",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    /// <summary>The rule as a sentence, e.g. "Được xếp loại từ “Hoàn thành tốt nhiệm vụ” trở lên 2 năm liên tục"; <paramref name="names"/> maps award codes to names.</summary>
    public static string Describe(RuleSpec r, IReadOnlyDictionary<string, string>? names = null) => r.Kind switch
    {
        RuleKind.UnitRank => $"Đơn vị được xếp loại từ “{r.Level?.Label()}” trở lên trong năm thành tích",
        RuleKind.PersonRating => r.Years is > 1
            ? $"Được xếp loại từ “{r.Level?.Label()}” trở lên {r.Years} năm liên tục"
            : $"Được xếp loại từ “{r.Level?.Label()}” trở lên trong năm thành tích",
        RuleKind.HoldsAward => r.Years is > 1 ? $"Đạt “{NameOf(r.AwardCode, names)}” {r.Years} năm liên tục" : $"Đạt “{NameOf(r.AwardCode, names)}” trong năm thành tích",
        RuleKind.ModelRecognised => "Có ít nhất một mô hình “Dân vận khéo” được công nhận trong năm thành tích",
        RuleKind.Initiative => $"Có sáng kiến được công nhận {r.InitiativeLevel?.Label()} trở lên",
        RuleKind.NoDiscipline => "Không trong thời gian bị kỷ luật, thanh tra, xác minh khiếu nại, tố cáo",
        RuleKind.NotAwardedSamePeriod => "Chưa được tặng cùng hình thức cho cùng thời kỳ thành tích",
        RuleKind.RecentAchievement => $"Thành tích đạt được trong vòng {r.Months} tháng tính đến ngày đề nghị",
        RuleKind.UnitActive => "Đơn vị còn hoạt động vào ngày đề nghị (đơn vị đã giải thể, sáp nhập thì đơn vị kế thừa đề nghị)",
        _ => throw new ArgumentOutOfRangeException(nameof(r)),
    };

    private static string? NameOf(string? code, IReadOnlyDictionary<string, string>? names) =>
        code is not null && names is not null && names.TryGetValue(code, out var name) ? name : code;

    /// <summary>The first parameter out of place or range, named by its position (<c>Rules[i].Field</c>); null when the rule is well formed.</summary>
    public static AppError? Check(RuleSpec r, int index, AwardKind kind, IReadOnlySet<string> codes)
    {
        string F(string field) => $"Rules[{index}].{field}";
        var at = $"Tiêu chuẩn thứ {index + 1} (“{r.Kind.Label()}”)";
        if (!Enum.IsDefined(r.Kind))
        {
            return AppError.BadValue(F("Kind"));
        }

        if (r.AppliesTo is { } subject && !kind.Accepts(subject))
        {
            return new("award.rule_subject", $"{at} áp dụng cho {subject.Label().ToLowerInvariant()} nhưng hình thức này không dành cho đối tượng đó.", F("AppliesTo"));
        }

        var individualOnly = r.Kind is RuleKind.PersonRating or RuleKind.Initiative;
        if (individualOnly && !kind.ForIndividuals)
        {
            return new("award.rule_subject", $"{at} chỉ áp dụng cho cá nhân.", F("Kind"));
        }

        var collectiveOnly = r.Kind is RuleKind.UnitRank or RuleKind.UnitActive;
        if (collectiveOnly && !kind.ForCollectives)
        {
            return new("award.rule_subject", $"{at} chỉ áp dụng cho tập thể.", F("Kind"));
        }

        var needsLevel = r.Kind is RuleKind.UnitRank or RuleKind.PersonRating;
        if (needsLevel != r.Level.HasValue)
        {
            return needsLevel ? new("award.rule_level", $"{at}: vui lòng chọn mức xếp loại tối thiểu.", F("Level"))
                : new("award.rule_param", $"{at} không dùng mức xếp loại.", F("Level"));
        }

        var takesYears = r.Kind is RuleKind.PersonRating or RuleKind.HoldsAward;
        if (r.Years is { } years && (!takesYears || years < 1 || years > AwardRule.MaxYears))
        {
            return takesYears ? new("award.rule_years", $"{at}: số năm liên tục phải từ 1 đến {AwardRule.MaxYears}.", F("Years"))
                : new("award.rule_param", $"{at} không dùng số năm.", F("Years"));
        }

        var needsCode = r.Kind == RuleKind.HoldsAward;
        if (needsCode != !string.IsNullOrWhiteSpace(r.AwardCode))
        {
            return needsCode ? new("award.rule_code", $"{at}: vui lòng chọn danh hiệu, hình thức phải đạt.", F("AwardCode"))
                : new("award.rule_param", $"{at} không dùng mã danh hiệu.", F("AwardCode"));
        }

        if (needsCode && !codes.Contains(r.AwardCode!.Trim()))
        {
            return new("award.rule_code", $"{at}: không có danh hiệu, hình thức mã “{r.AwardCode}” trong danh mục.", F("AwardCode"));
        }

        var needsMonths = r.Kind == RuleKind.RecentAchievement;
        if (needsMonths != r.Months.HasValue || r.Months is < 1 or > AwardRule.MaxMonths)
        {
            return needsMonths ? new("award.rule_months", $"{at}: số tháng phải từ 1 đến {AwardRule.MaxMonths}.", F("Months"))
                : new("award.rule_param", $"{at} không dùng số tháng.", F("Months"));
        }

        var needsInitiative = r.Kind == RuleKind.Initiative;
        if (needsInitiative != r.InitiativeLevel.HasValue || (r.InitiativeLevel is { } il && !Enum.IsDefined(il)))
        {
            return needsInitiative ? new("award.rule_initiative", $"{at}: vui lòng chọn cấp công nhận sáng kiến.", F("InitiativeLevel"))
                : new("award.rule_param", $"{at} không dùng cấp sáng kiến.", F("InitiativeLevel"));
        }

        if (r.AnyOfGroup is < 1 or > AwardRule.MaxGroup)
        {
            return new("award.rule_group", $"{at}: nhóm “đạt một trong” phải là số từ 1 đến {AwardRule.MaxGroup}.", F("AnyOfGroup"));
        }

        return r.Citation is { Length: > AwardKindVersion.CitationMax } ? AppError.TooLong(F("Citation"), "Căn cứ của tiêu chuẩn", AwardKindVersion.CitationMax) : null;
    }
}
