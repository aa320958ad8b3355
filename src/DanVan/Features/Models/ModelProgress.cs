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
/// A reviewer's scores of a proposed model on the four qualities (DOMAIN.md §2): truthful, effective and spreading,
/// sustainable, replicable — each 1 to 10 — with comments. Each reviewer has one current score per model and round
/// (<see cref="DvkModel.Round"/>): re-scoring supersedes the previous one (<see cref="SupersededAt"/>), which stays in history.
/// </summary>
public sealed class ModelReview : ITenantOwned, IStamped
{
    public const int CommentsMax = 2000;
    public const int MinScore = 1;
    public const int MaxScore = 10;

    /// <summary>The four qualities scored.</summary>
    public const int Criteria = 4;

    /// <summary>The highest total, stated once (pages show "x / MaxTotal").</summary>
    public const int MaxTotal = Criteria * MaxScore;

    /// <summary>The total of a review, as SQL reads it (the twin of <see cref="Total"/>; a test proves both agree).</summary>
    public static readonly Expression<Func<ModelReview, int>> TotalSql = r => r.Truthful + r.Effective + r.Sustainable + r.Replicable;

    /// <summary>A current score: not superseded by the same reviewer's later one (the SQL twin of <see cref="IsCurrent"/>).</summary>
    public static readonly Expression<Func<ModelReview, bool>> CurrentSql = r => r.SupersededAt == null;

    private ModelReview()
    {
    }

    public ModelReview(Guid tenantId, Guid modelId, int round, Guid reviewerId, string reviewerName, int truthful, int effective, int sustainable,
        int replicable, string? comments)
    {
        Round = round;
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ModelId = modelId;
        ReviewerId = reviewerId;
        ReviewerName = reviewerName;
        Truthful = truthful;
        Effective = effective;
        Sustainable = sustainable;
        Replicable = replicable;
        Comments = comments;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ModelId { get; private set; }
    public Guid ReviewerId { get; private set; }
    public string ReviewerName { get; private set; } = "";
    public int Truthful { get; private set; }
    public int Effective { get; private set; }
    public int Sustainable { get; private set; }
    public int Replicable { get; private set; }
    public string? Comments { get; private set; }

    /// <summary>The model's proposal round this score belongs to.</summary>
    public int Round { get; private set; }

    /// <summary>When the same reviewer scored the model again (this score then stays as history only); null: the current score.</summary>
    public DateTime? SupersededAt { get; private set; }

    public int Total => Truthful + Effective + Sustainable + Replicable;

    public bool IsCurrent => SupersededAt is null;

    public void Supersede(DateTime at) => SupersededAt ??= at;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
