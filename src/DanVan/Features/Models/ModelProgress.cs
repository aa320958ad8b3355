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

    /// <summary>When a reviewer approved the report for the public site (<see cref="DvkModel.SetPublished"/>); null: not public.</summary>
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
    /// <summary>The evidence shown as a photo (on library cards and public pages); anything else is a download.</summary>
    public static readonly string[] PhotoTypes = [FileCheck.ContentType(FileKind.Jpeg), FileCheck.ContentType(FileKind.Png)];

    private ModelEvidence()
    {
    }

    public ModelEvidence(Guid tenantId, Guid modelId, Guid? progressId, string fileName, string contentType, byte[] content, string sha256)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ModelId = modelId;
        ProgressId = progressId;
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        Size = content.Length;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ModelId { get; private set; }
    public Guid? ProgressId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public byte[] Content { get; private set; } = [];

    /// <summary>When a reviewer approved the file for the public site (<see cref="DvkModel.SetPublished"/>); null: not public.</summary>
    public DateTime? ReviewedAt { get; private set; }

    /// <summary>A reviewer has seen the file: it may be shown with its published model (the first approval counts).</summary>
    public void ApproveForPublic(DateTime at) => ReviewedAt ??= at;

    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// A reviewer's scores of a proposed model on the four qualities (DOMAIN.md §2): truthful, effective and spreading,
/// sustainable, replicable — each 1 to 10 — with comments.
/// </summary>
public sealed class ModelReview : ITenantOwned, IStamped
{
    public const int CommentsMax = 2000;
    public const int MinScore = 1;
    public const int MaxScore = 10;

    private ModelReview()
    {
    }

    public ModelReview(Guid tenantId, Guid modelId, Guid reviewerId, string reviewerName, int truthful, int effective, int sustainable,
        int replicable, string? comments)
    {
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
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
