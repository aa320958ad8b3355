using System.Linq.Expressions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Models;

/// <summary>A dated progress report of a model: a narrative and indicator values (see <see cref="ModelIndicators"/>).</summary>
public sealed class ModelProgress : ITenantOwned, IStamped
{
    public const int NarrativeMax = 4000;

    private ModelProgress()
    {
    }

    public ModelProgress(Guid tenantId, Guid modelId, DateOnly reportedOn, string narrative, Guid userId, string userName)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ModelId = modelId;
        ReportedOn = reportedOn;
        Narrative = narrative;
        UserId = userId;
        UserName = userName;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ModelId { get; private set; }
    public DateOnly ReportedOn { get; private set; }
    public string Narrative { get; private set; } = "";
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";

    /// <summary>When a reviewer approved the report for the public site (<see cref="DvkModel.Publish"/>); null: not public.</summary>
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>A reviewer has seen the report: it may be shown with its published model (the first approval counts).</summary>
    public void ApproveForPublic(DateTime at) => ReviewedAt ??= at;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>One indicator's value in a progress report (households reached, complaints resolved, money mobilised…).</summary>
public sealed class ModelIndicatorValue : ITenantOwned
{
    public const int CodeMax = 40;

    private ModelIndicatorValue()
    {
    }

    public ModelIndicatorValue(Guid tenantId, Guid progressId, string code, decimal value)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ProgressId = progressId;
        Code = code;
        Value = value;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ProgressId { get; private set; }
    public string Code { get; private set; } = "";
    public decimal Value { get; private set; }
}

/// <summary>A photo or PDF proving a model's results; stored after <c>FileCheck</c> looked at its bytes, served only as a download.</summary>
public sealed class ModelEvidence : ITenantOwned, IStamped
{
    /// <summary>The kinds of file accepted as evidence (checked by their bytes).</summary>
    public static readonly FileKind[] Kinds = [FileKind.Jpeg, FileKind.Png, FileKind.Pdf];

    public const int MaxPerModel = 50;

    /// <summary>The evidence shown as a photo (on library cards and public pages); anything else is a download.</summary>
    public static readonly string[] PhotoTypes = [FileCheck.ContentType(FileKind.Jpeg), FileCheck.ContentType(FileKind.Png)];

    private ModelEvidence()
    {
    }

    public ModelEvidence(Guid tenantId, Guid modelId, Guid? progressId, string fileName, string contentType, long size, string sha256)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ModelId = modelId;
        ProgressId = progressId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ModelId { get; private set; }
    public Guid? ProgressId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    /// <summary>The bytes' SHA-256: where the <see cref="Infrastructure.Files.FileStore"/> keeps them (ADR 0015).</summary>
    public string Sha256 { get; private set; } = "";

    /// <summary>When a reviewer approved the file for the public site (<see cref="DvkModel.Publish"/>); null: not public.</summary>
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>A reviewer has seen the file: it may be shown with its published model (the first approval counts).</summary>
    public void ApproveForPublic(DateTime at) => ReviewedAt ??= at;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A reviewer's scores of a proposed model against one version of the province's rubric (<see cref="ModelRubric"/>; by
/// default the four qualities of DOMAIN.md §2 — truthful, effective and spreading, sustainable, replicable — each 1 to 10),
/// one score per criterion (<see cref="Scores"/>), with comments. Never rewritten: a new rubric version leaves it with its
/// own. Each reviewer has one current score per model and round (<see cref="DvkModel.Round"/>): re-scoring supersedes the
/// previous one (<see cref="SupersededAt"/>), which stays in history.
/// </summary>
public sealed class ModelReview : ITenantOwned, IStamped
{
    public const int CommentsMax = 2000;

    /// <summary>The total of a review, as SQL reads it (the twin of <see cref="Total"/>; a test proves both agree).</summary>
    public static readonly Expression<Func<ModelReview, int>> TotalSql = r => r.Scores.Sum(s => s.Score);

    /// <summary>A current score: not superseded by the same reviewer's later one (the SQL twin of <see cref="IsCurrent"/>).</summary>
    public static readonly Expression<Func<ModelReview, bool>> CurrentSql = r => r.SupersededAt == null;

    private readonly List<ModelReviewScore> _scores = [];

    private ModelReview()
    {
    }

    /// <summary>A review of <paramref name="rubric"/>'s criteria; the scores must pass <see cref="ModelRubric.Check"/> (the handler asks first).</summary>
    public ModelReview(Guid tenantId, Guid modelId, int round, Guid reviewerId, string reviewerName, ModelRubric rubric,
        IReadOnlyDictionary<string, int> scores, string? comments)
    {
        if (rubric.Check(scores.ToDictionary(s => s.Key, s => (int?)s.Value)) is { } error)
        {
            throw new InvalidOperationException(error.Message);
        }

        Round = round;
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ModelId = modelId;
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        RubricId = rubric.Id;
        Comments = comments;
        _scores.AddRange(rubric.Criteria.OrderBy(c => c.Order).Select(c => new ModelReviewScore(tenantId, Id, c.Code, scores[c.Code])));
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ModelId { get; private set; }
    public Guid ReviewerId { get; private set; }
    public string ReviewerName { get; private set; } = "";

    /// <summary>The rubric version the review was scored against.</summary>
    public Guid RubricId { get; private set; }

    public IReadOnlyList<ModelReviewScore> Scores => _scores;
    public string? Comments { get; private set; }

    /// <summary>The model's proposal round this score belongs to.</summary>
    public int Round { get; private set; }

    /// <summary>When the same reviewer scored the model again (this score then stays as history only); null: the current score.</summary>
    public DateTime? SupersededAt { get; private set; }

    public int Total => _scores.Sum(s => s.Score);

    public bool IsCurrent => SupersededAt is null;

    public void Supersede(DateTime at) => SupersededAt ??= at;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
