using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Assessments;

/// <summary>What a criterion counts for (DOMAIN.md §3): points up to its maximum; a condition that, failed, makes the unit
/// "not eligible for ranking" whatever its points; points added; points taken away.</summary>
public enum CriterionKind
{
    Scored,
    Prerequisite,
    Bonus,
    Penalty,
}

/// <summary>One criterion as a set is written (publishing, copying, importing): its group, code, name, guidance, maximum.</summary>
public sealed record CriterionSpec(string Group, string Code, string Name, string? Guidance, decimal MaxPoints, CriterionKind Kind, bool EvidenceRequired,
    Guid? UnitKindId);

/// <summary>A rank band as the regulation writes it: its label and the lowest total that reaches it.</summary>
public sealed record BandSpec(string Label, decimal MinPoints);

/// <summary>
/// A province's criteria set for assessing units' mass-mobilisation work in a year (bộ tiêu chí đánh giá, xếp loại công tác
/// dân vận chính quyền — DOMAIN.md §3, issue 13 §1): groups of criteria, each with its maximum, guidance, kind and whether
/// evidence is required; the points reserved for the appraising superior (e.g. 90 self + 10 superior); the rank bands with
/// the regulation's labels; an optional cap on the share of the top rank; the regulation it rests on. Criteria of a group
/// may apply to one unit kind only (communes and departments scored on different branches, each with its own maximum).
/// A set is frozen once a round uses it; a changed regulation is a new version (<see cref="Version"/> per year).
/// </summary>
public sealed class CriteriaSet : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int CitationMax = 1000;
    public const int MaxCriteria = 200;
    public const int MaxBands = 8;
    public const decimal PointsCeiling = 1000m;

    /// <summary>The regulation's usual labels (DOMAIN.md §3, Quảng Nam 2023) with cut-offs a province changes: no source fixes them [U].</summary>
    public static readonly IReadOnlyList<BandSpec> DefaultBands =
    [
        new("Hoàn thành xuất sắc", 90m),
        new("Hoàn thành tốt", 70m),
        new("Hoàn thành", 50m),
        new("Không hoàn thành", 0m),
    ];

    private readonly List<AssessmentCriterion> _criteria = [];
    private readonly List<RankBand> _bands = [];

    private CriteriaSet()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public int Year { get; private set; }

    /// <summary>1, 2… within the year: a changed regulation is a new edition, never a rewrite of one a round used.</summary>
    public int Edition { get; private set; }

    public string Name { get; private set; } = "";
    public string Citation { get; private set; } = "";
    public Guid? RegulationDocumentId { get; private set; }

    /// <summary>Points the appraising superior awards on its own (0 when the set reserves none).</summary>
    public decimal SuperiorShare { get; private set; }

    /// <summary>At most this share (percent) of ranked units may hold the top rank; null when the regulation sets no cap.</summary>
    public int? TopRankCapPercent { get; private set; }

    /// <summary>When a round first used it; a frozen set is never edited.</summary>
    public DateTime? FrozenAt { get; private set; }

    public IReadOnlyList<AssessmentCriterion> Criteria => _criteria;
    public IReadOnlyList<RankBand> Bands => _bands;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool IsFrozen => FrozenAt is not null;

    /// <summary>The criteria that apply to a unit of a kind: those of every group without a kind, and of its kind's groups.</summary>
    public IEnumerable<AssessmentCriterion> For(Guid unitKindId) => _criteria.Where(c => c.UnitKindId is null || c.UnitKindId == unitKindId).OrderBy(c => c.Seq);

    /// <summary>The highest total a unit of a kind can reach: its scored and bonus maxima plus the superior's share.</summary>
    public decimal MaxTotal(Guid unitKindId) =>
        For(unitKindId).Where(c => c.Kind is CriterionKind.Scored or CriterionKind.Bonus).Sum(c => c.MaxPoints) + SuperiorShare;

    public static Result<CriteriaSet> Create(Guid tenantId, int year, int edition, string name, string citation, Guid? regulationDocumentId,
        decimal superiorShare, int? topRankCapPercent, IReadOnlyList<CriterionSpec> criteria, IReadOnlyList<BandSpec> bands)
    {
        var set = new CriteriaSet { Id = Guid.CreateVersion7(), TenantId = tenantId, Year = year, Edition = edition };
        return set.Replace(name, citation, regulationDocumentId, superiorShare, topRankCapPercent, criteria, bands) is { } error ? error : set;
    }

    /// <summary>
    /// Rewrites a set not yet used, or names the first rule broken: a name and a citation; a year between 2000 and 2100;
    /// 1 to <see cref="MaxCriteria"/> criteria with unique codes, names, groups and maxima above 0 (at most
    /// <see cref="PointsCeiling"/>, two decimals); 2 to <see cref="MaxBands"/> bands with distinct labels and cut-offs, the
    /// lowest at 0; the superior's share and the cap within range. Nothing changes when a rule is broken.
    /// </summary>
    public AppError? Replace(string name, string citation, Guid? regulationDocumentId, decimal superiorShare, int? topRankCapPercent,
        IReadOnlyList<CriterionSpec> criteria, IReadOnlyList<BandSpec> bands)
    {
        if (IsFrozen)
        {
            return AssessmentErrors.SetFrozen;
        }

        if (Check(name, citation, superiorShare, topRankCapPercent, criteria, bands) is { } error)
        {
            return error;
        }

        Name = name;
        Citation = citation;
        RegulationDocumentId = regulationDocumentId;
        SuperiorShare = superiorShare;
        TopRankCapPercent = topRankCapPercent;
        _criteria.Clear();
        var seq = 0;
        foreach (var c in criteria)
        {
            _criteria.Add(new AssessmentCriterion(TenantId, Id, ++seq, c));
        }

        _bands.Clear();
        seq = 0;
        foreach (var b in bands.OrderByDescending(b => b.MinPoints))
        {
            _bands.Add(new RankBand(TenantId, Id, ++seq, b.Label, b.MinPoints));
        }

        return null;
    }

    public void Freeze(DateTime at) => FrozenAt ??= at;

    public IReadOnlyList<CriterionSpec> Specs() =>
        _criteria.OrderBy(c => c.Seq).Select(c => new CriterionSpec(c.Group, c.Code, c.Name, c.Guidance, c.MaxPoints, c.Kind, c.EvidenceRequired, c.UnitKindId)).ToList();

    public IReadOnlyList<BandSpec> BandSpecs() => _bands.OrderBy(b => b.Seq).Select(b => new BandSpec(b.Label, b.MinPoints)).ToList();

    private static AppError? Check(string name, string citation, decimal superiorShare, int? cap, IReadOnlyList<CriterionSpec> criteria,
        IReadOnlyList<BandSpec> bands)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return AppError.Required("Name", "tên bộ tiêu chí");
        }

        if (name.Length > NameMax)
        {
            return AppError.TooLong("Name", "Tên bộ tiêu chí", NameMax);
        }

        if (string.IsNullOrWhiteSpace(citation))
        {
            return AppError.Required("Citation", "căn cứ (văn bản quy định tiêu chí, điểm chuẩn)");
        }

        if (citation.Length > CitationMax)
        {
            return AppError.TooLong("Citation", "Căn cứ", CitationMax);
        }

        if (superiorShare < 0 || superiorShare > PointsCeiling || !Points.IsValid(superiorShare))
        {
            return AssessmentErrors.BadSuperiorShare;
        }

        if (cap is < 1 or > 100)
        {
            return AssessmentErrors.BadCap;
        }

        if (criteria.Count == 0)
        {
            return AssessmentErrors.NoCriteria;
        }

        if (criteria.Count > MaxCriteria)
        {
            return AssessmentErrors.TooManyCriteria;
        }

        var codes = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < criteria.Count; i++)
        {
            var c = criteria[i];
            if (string.IsNullOrWhiteSpace(c.Code) || c.Code.Length > AssessmentCriterion.CodeMax)
            {
                return AssessmentErrors.CriterionCode(i);
            }

            if (!codes.Add(c.Code))
            {
                return AssessmentErrors.DuplicateCode(i, c.Code);
            }

            if (string.IsNullOrWhiteSpace(c.Name) || c.Name.Length > AssessmentCriterion.NameMax)
            {
                return AssessmentErrors.CriterionName(i, c.Code);
            }

            if (string.IsNullOrWhiteSpace(c.Group) || c.Group.Length > AssessmentCriterion.NameMax)
            {
                return AssessmentErrors.CriterionGroup(i, c.Code);
            }

            if (c.Guidance is { Length: > AssessmentCriterion.GuidanceMax })
            {
                return AppError.TooLong(AssessmentErrors.CriterionField(i, nameof(CriterionInput.Guidance)), $"Hướng dẫn chấm tiêu chí {c.Code}",
                    AssessmentCriterion.GuidanceMax);
            }

            var zeroAllowed = c.Kind == CriterionKind.Prerequisite;
            if ((zeroAllowed ? c.MaxPoints != 0 : c.MaxPoints <= 0 || c.MaxPoints > PointsCeiling) || !Points.IsValid(c.MaxPoints))
            {
                return AssessmentErrors.CriterionMax(i, c.Code, zeroAllowed);
            }
        }

        if (bands.Count is < 2 or > MaxBands)
        {
            return AssessmentErrors.BandCount;
        }

        if (bands.Any(b => string.IsNullOrWhiteSpace(b.Label) || b.Label.Length > RankBand.LabelMax))
        {
            return AssessmentErrors.BandLabel;
        }

        if (bands.Select(b => b.Label.Trim()).Distinct(StringComparer.OrdinalIgnoreCase).Count() != bands.Count
            || bands.Select(b => b.MinPoints).Distinct().Count() != bands.Count)
        {
            return AssessmentErrors.BandsDistinct;
        }

        if (bands.Min(b => b.MinPoints) != 0 || bands.Any(b => b.MinPoints < 0 || b.MinPoints > PointsCeiling || !Points.IsValid(b.MinPoints)))
        {
            return AssessmentErrors.BandLowest;
        }

        return null;
    }
}

/// <summary>A criterion of a set, in order, with its group heading (nhóm tiêu chí).</summary>
public sealed class AssessmentCriterion : ITenantOwned
{
    public const int CodeMax = 20;
    public const int NameMax = 500;
    public const int GuidanceMax = 2000;

    private AssessmentCriterion()
    {
    }

    internal AssessmentCriterion(Guid tenantId, Guid setId, int seq, CriterionSpec spec)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SetId = setId;
        Seq = seq;
        Group = spec.Group.Trim();
        Code = spec.Code.Trim();
        Name = spec.Name.Trim();
        Guidance = string.IsNullOrWhiteSpace(spec.Guidance) ? null : spec.Guidance.Trim();
        MaxPoints = spec.MaxPoints;
        Kind = spec.Kind;
        EvidenceRequired = spec.EvidenceRequired;
        UnitKindId = spec.UnitKindId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SetId { get; private set; }
    public int Seq { get; private set; }
    public string Group { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";
    public string? Guidance { get; private set; }
    public decimal MaxPoints { get; private set; }
    public CriterionKind Kind { get; private set; }
    public bool EvidenceRequired { get; private set; }

    /// <summary>Only units of this kind are scored on it; null: every unit.</summary>
    public Guid? UnitKindId { get; private set; }
}

/// <summary>A rank band: <see cref="Seq"/> 1 is the top rank; a total reaches the first band whose minimum it meets.</summary>
public sealed class RankBand : ITenantOwned
{
    public const int LabelMax = 100;

    private RankBand()
    {
    }

    internal RankBand(Guid tenantId, Guid setId, int seq, string label, decimal minPoints)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        SetId = setId;
        Seq = seq;
        Label = label.Trim();
        MinPoints = minPoints;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid SetId { get; private set; }
    public int Seq { get; private set; }
    public string Label { get; private set; } = "";
    public decimal MinPoints { get; private set; }
}

/// <summary>Points are decimals with at most two places (half and quarter points are common in provincial tables).</summary>
public static class Points
{
    public static bool IsValid(decimal value) => decimal.Round(value, 2) == value;

    /// <summary>Stored as hundredths, so SQLite and PostgreSQL both sort and compare them as integers.</summary>
    public static long ToStore(decimal value) => (long)decimal.Round(value * 100m, 0);

    public static decimal FromStore(long value) => value / 100m;

    public static string Format(decimal value) => value.ToString("0.##", System.Globalization.CultureInfo.GetCultureInfo("vi-VN"));
}
