using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Assessments;

/// <summary>What a piece of evidence is: a file the unit uploaded, or a link to a record DanVan already holds.</summary>
public enum EvidenceKind
{
    File,

    /// <summary>The unit's implementation plan of a movement (a <c>PlanObligation</c>), filed on time or late.</summary>
    Plan,

    /// <summary>A "Dân vận khéo" model of the unit recognised for the round's year.</summary>
    Model,

    /// <summary>The unit's approved emulation registration for the round's year.</summary>
    Registration,
}

/// <summary>
/// One piece of evidence for one criterion of a unit's assessment (issue 13 §3): a file checked by its bytes (PDF, DOCX,
/// JPEG, PNG — <see cref="FileCheck"/>) or a link to one of the unit's own records, offered by
/// <see cref="EvidenceSuggestions"/> with the fact it proves. The fact is kept as it read when attached
/// (<see cref="Label"/>), so the appraisers judge what the unit saw. Added and removed only through
/// <see cref="UnitAssessment.AddEvidence"/> and <see cref="UnitAssessment.RemoveEvidence"/>, while the unit may edit.
/// </summary>
public sealed class AssessmentEvidence : ITenantOwned
{
    public const int MaxPerCriterion = 10;
    public const int LabelMax = 500;
    public const int HrefMax = 200;

    /// <summary>The kinds of file accepted as evidence (checked by their bytes).</summary>
    public static readonly FileKind[] FileKinds = [FileKind.Pdf, FileKind.Docx, FileKind.Jpeg, FileKind.Png];

    private AssessmentEvidence()
    {
    }

    private AssessmentEvidence(Guid tenantId, Guid assessmentId, Guid criterionId, EvidenceKind kind, string label, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        AssessmentId = assessmentId;
        CriterionId = criterionId;
        Kind = kind;
        Label = label.Length > LabelMax ? label[..LabelMax] : label;
        AddedById = by.UserId;
        AddedByName = by.UserName;
        AddedAt = by.At;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AssessmentId { get; private set; }
    public Guid CriterionId { get; private set; }
    public EvidenceKind Kind { get; private set; }

    /// <summary>The linked record (plan obligation, model, registration); null for a file.</summary>
    public Guid? RecordId { get; private set; }

    /// <summary>A file's name, or the fact a linked record proves, as it read when attached.</summary>
    public string Label { get; private set; } = "";

    /// <summary>Where a linked record is read in the app (a path of DanVan); null for a file, downloaded through the assessment.</summary>
    public string? Href { get; private set; }

    public string? ContentType { get; private set; }
    public long Size { get; private set; }

    /// <summary>The bytes' SHA-256: where the <see cref="FileStore"/> keeps them (ADR 0015).</summary>
    public string? Sha256 { get; private set; }

    public Guid AddedById { get; private set; }
    public string AddedByName { get; private set; } = "";
    public DateTime AddedAt { get; private set; }

    internal static AssessmentEvidence OfFile(Guid tenantId, Guid assessmentId, Guid criterionId, UploadedFile file, Actor by) =>
        new(tenantId, assessmentId, criterionId, EvidenceKind.File, file.FileName, by)
        {
            ContentType = file.ContentType, Size = file.Content.Length, Sha256 = file.Sha256,
        };

    internal static AssessmentEvidence OfRecord(Guid tenantId, Guid assessmentId, Guid criterionId, SuggestedEvidence record, Actor by) =>
        new(tenantId, assessmentId, criterionId, record.Kind, record.Fact, by) { RecordId = record.RecordId, Href = record.Href };
}
