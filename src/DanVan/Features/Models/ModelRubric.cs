using System.Linq.Expressions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>One criterion as a rubric is written (publishing a version, the default): code, Vietnamese name, guidance, its maximum.</summary>
public sealed record CriterionSpec(string Code, string Name, string? Guidance, int MaxScore);

/// <summary>
/// A version of a province's rubric for scoring proposed models (bộ tiêu chí chấm điểm mô hình, ADR 0016): the criteria in
/// order, each with its own maximum, one minimum shared by all, the date it takes effect and the legal text it rests on
/// (a register document and/or a citation). A change is a new version; a review keeps the version it was scored against
/// (<see cref="ModelReview.RubricId"/>), so old totals never change. In force on a day: the latest version effective by
/// then (<see cref="ModelRubrics.InForceOn"/>).
/// </summary>
public sealed class ModelRubric : ITenantOwned, IStamped
{
    public const int CitationMax = 1000;
    public const int MaxCriteria = 20;

    /// <summary>The highest maximum a criterion may have (a scale of 0–1000 is already far more than a council uses).</summary>
    public const int ScoreCeiling = 1000;

    /// <summary>
    /// The default every province starts with: the four qualities Quảng Ngãi's plan 70/KH-UBND (04/6/2020, seed 003, section
    /// I.2.c) requires of a model — truthful, sustainable, spreading, replicable — each scored 1 to 10 (the scale is the
    /// product's assumption, DOMAIN.md §2: no source fixes one), effective from the plan's date.
    /// </summary>
    public static readonly DateOnly DefaultEffectiveFrom = new(2020, 6, 4);

    public const int DefaultMinScore = 1;

    public const string DefaultCitation = "Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Ủy ban nhân dân tỉnh Quảng Ngãi phát động phong trào thi đua "
        + "“Dân vận khéo” trong các cơ quan hành chính nhà nước (mục I.2.c: mô hình, điển hình phải đảm bảo tính trung thực, bền vững, có sức lan tỏa "
        + "và khả năng nhân rộng); thang điểm 1–10 cho mỗi tiêu chí là mặc định của hệ thống.";

    public static readonly IReadOnlyList<CriterionSpec> DefaultCriteria =
    [
        new("truthful", "Trung thực", "Mô hình có thật, kết quả đúng như báo cáo, có minh chứng.", 10),
        new("effective", "Hiệu quả, lan tỏa", "Giải quyết được việc khó, bức xúc ở cơ sở; được Nhân dân đồng tình, hưởng ứng; có sức lan tỏa.", 10),
        new("sustainable", "Bền vững", "Được duy trì thường xuyên, có nguồn lực và cách làm để tiếp tục sau khi được công nhận.", 10),
        new("replicable", "Khả năng nhân rộng", "Cách làm rõ ràng, đơn vị khác có thể áp dụng.", 10),
    ];

    /// <summary>The highest total of a version, as SQL reads it (the twin of <see cref="MaxTotal"/>).</summary>
    public static readonly Expression<Func<ModelRubric, int>> MaxTotalSql = r => r.Criteria.Sum(c => c.MaxScore);

    private readonly List<ModelRubricCriterion> _criteria = [];

    private ModelRubric()
    {
    }

    private ModelRubric(Guid tenantId, int version, DateOnly effectiveFrom, int minScore, string citation, Guid? citationDocumentId, Guid? publishedById,
        string publishedByName)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        Version = version;
        EffectiveFrom = effectiveFrom;
        MinScore = minScore;
        Citation = citation;
        CitationDocumentId = citationDocumentId;
        PublishedById = publishedById;
        PublishedByName = publishedByName;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }

    /// <summary>1, 2, 3… per province, in the order published.</summary>
    public int Version { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>The lowest score of every criterion.</summary>
    public int MinScore { get; private set; }

    /// <summary>The legal basis, as text (required): the province's guidance on recognising models, its number and date.</summary>
    public string Citation { get; private set; } = "";

    /// <summary>The same guidance in the document register, when it is there.</summary>
    public Guid? CitationDocumentId { get; private set; }

    /// <summary>Who published the version; null for the default the system seeded.</summary>
    public Guid? PublishedById { get; private set; }

    public string PublishedByName { get; private set; } = "";

    public IReadOnlyList<ModelRubricCriterion> Criteria => _criteria;

    public int MaxTotal => _criteria.Sum(c => c.MaxScore);

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>The default rubric a new province starts with (version 1, seeded by the system).</summary>
    public static ModelRubric Default(Guid tenantId) =>
        Create(tenantId, 1, DefaultEffectiveFrom, DefaultMinScore, DefaultCriteria, DefaultCitation, null, null, "Mặc định của hệ thống").Value!;

    /// <summary>
    /// A new version, or the first rule it breaks: at least one and at most <see cref="MaxCriteria"/> criteria; codes
    /// present, short, made of a–z, 0–9, "_" or "-", and unique; names present; lengths within the limits; every maximum
    /// above the shared minimum and at most <see cref="ScoreCeiling"/>; a citation.
    /// </summary>
    public static Result<ModelRubric> Create(Guid tenantId, int version, DateOnly effectiveFrom, int minScore, IReadOnlyList<CriterionSpec> criteria,
        string citation, Guid? citationDocumentId, Guid? publishedById, string publishedByName)
    {
        if (criteria.Count == 0)
        {
            return RubricErrors.NoCriteria;
        }

        if (criteria.Count > MaxCriteria)
        {
            return RubricErrors.TooManyCriteria;
        }

        if (minScore < 0 || minScore >= ScoreCeiling)
        {
            return RubricErrors.MinScore;
        }

        if (string.IsNullOrWhiteSpace(citation))
        {
            return RubricErrors.CitationRequired;
        }

        if (citation.Length > CitationMax)
        {
            return AppError.TooLong("Citation", "Căn cứ", CitationMax);
        }

        var rubric = new ModelRubric(tenantId, version, effectiveFrom, minScore, citation, citationDocumentId, publishedById, publishedByName);
        for (var i = 0; i < criteria.Count; i++)
        {
            var (code, name, guidance, max) = criteria[i];
            var row = i + 1;
            if (string.IsNullOrWhiteSpace(code) || code.Length > ModelRubricCriterion.CodeMax || !code.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '_' or '-'))
            {
                return RubricErrors.BadCode(row);
            }

            if (rubric._criteria.Any(c => c.Code == code))
            {
                return RubricErrors.DuplicateCode(code);
            }

            if (string.IsNullOrWhiteSpace(name))
            {
                return RubricErrors.NameRequired(row);
            }

            if (name.Length > ModelRubricCriterion.NameMax)
            {
                return AppError.TooLong("Criteria", $"Tên tiêu chí ở dòng {row}", ModelRubricCriterion.NameMax);
            }

            if (guidance?.Length > ModelRubricCriterion.GuidanceMax)
            {
                return AppError.TooLong("Criteria", $"Hướng dẫn chấm của tiêu chí ở dòng {row}", ModelRubricCriterion.GuidanceMax);
            }

            if (max <= minScore || max > ScoreCeiling)
            {
                return RubricErrors.MaxScore(row, minScore);
            }

            rubric._criteria.Add(new ModelRubricCriterion(tenantId, rubric.Id, code, name, string.IsNullOrWhiteSpace(guidance) ? null : guidance, i, max));
        }

        return rubric;
    }

    /// <summary>The first rule a reviewer's scores break against this version, or null: every criterion scored, nothing else, each within its scale.</summary>
    public AppError? Check(IReadOnlyDictionary<string, int?>? scores)
    {
        scores ??= new Dictionary<string, int?>();
        if (scores.Keys.FirstOrDefault(code => _criteria.All(c => c.Code != code)) is { } unknown)
        {
            return RubricErrors.UnknownCriterion(unknown);
        }

        foreach (var criterion in _criteria.OrderBy(c => c.Order))
        {
            if (scores.GetValueOrDefault(criterion.Code) is not { } score)
            {
                return RubricErrors.ScoreRequired(criterion);
            }

            if (score < MinScore || score > criterion.MaxScore)
            {
                return RubricErrors.ScoreOutOfScale(criterion, MinScore);
            }
        }

        return null;
    }
}

/// <summary>A criterion of one rubric version; identified by its code within the version.</summary>
public sealed class ModelRubricCriterion : ITenantOwned
{
    public const int CodeMax = 40;
    public const int NameMax = 200;
    public const int GuidanceMax = 1000;

    private ModelRubricCriterion()
    {
    }

    internal ModelRubricCriterion(Guid tenantId, Guid rubricId, string code, string name, string? guidance, int order, int maxScore)
    {
        TenantId = tenantId;
        RubricId = rubricId;
        Code = code;
        Name = name;
        Guidance = guidance;
        Order = order;
        MaxScore = maxScore;
    }

    public Guid TenantId { get; private set; }
    public Guid RubricId { get; private set; }
    public string Code { get; private set; } = "";
    public string Name { get; private set; } = "";

    /// <summary>What the reviewer looks at (help text under the score box).</summary>
    public string? Guidance { get; private set; }

    public int Order { get; private set; }
    public int MaxScore { get; private set; }
}

/// <summary>One criterion's score in a review (the rubric version is the review's).</summary>
public sealed class ModelReviewScore : ITenantOwned
{
    private ModelReviewScore()
    {
    }

    internal ModelReviewScore(Guid tenantId, Guid reviewId, string code, int score)
    {
        TenantId = tenantId;
        ReviewId = reviewId;
        Code = code;
        Score = score;
    }

    public Guid TenantId { get; private set; }
    public Guid ReviewId { get; private set; }
    public string Code { get; private set; } = "";
    public int Score { get; private set; }
}

/// <summary>Query pieces for rubric versions.</summary>
public static class ModelRubrics
{
    /// <summary>A province's versions in force on <paramref name="day"/> or earlier, the one in force first (latest effective date, then latest published).</summary>
    public static IQueryable<ModelRubric> InForceOn(this IQueryable<ModelRubric> rubrics, Guid tenantId, DateOnly day) =>
        rubrics.Where(r => r.TenantId == tenantId && r.EffectiveFrom <= day).OrderByDescending(r => r.EffectiveFrom).ThenByDescending(r => r.Version);

    /// <summary>The version in force today (Vietnam's date), with its criteria; null only for a province without any (never after the seed).</summary>
    public static Task<ModelRubric?> InForceAsync(AppDbContext db, Guid tenantId, CancellationToken ct) =>
        db.ModelRubrics.AsNoTracking().Include(r => r.Criteria).InForceOn(tenantId, VnTime.Today(db.Time)).FirstOrDefaultAsync(ct);
}
