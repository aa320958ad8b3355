using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;

namespace DanVan.Features.Nominations;

/// <summary>A file of the dossier, tagged with the required document it is (for one nominee, or for the whole dossier).</summary>
public sealed class DossierAttachment : ITenantOwned
{
    public const int FileNameMax = 300;
    public const int MaxPerDossier = 100;

    public static readonly FileKind[] FileKinds = [FileKind.Pdf, FileKind.Docx, FileKind.Jpeg, FileKind.Png];

    private DossierAttachment()
    {
    }

    public DossierAttachment(Guid tenantId, Guid dossierId, Guid? nomineeId, DossierDocument document, UploadedFile file, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DossierId = dossierId;
        NomineeId = nomineeId;
        Document = document;
        FileName = NomineeCheck.Clip(file.FileName, FileNameMax);
        ContentType = file.ContentType;
        Size = file.Content.Length;
        Sha256 = file.Sha256;
        AddedByName = by.UserName;
        AddedAt = by.At;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DossierId { get; private set; }
    public Guid? NomineeId { get; private set; }
    public DossierDocument Document { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public string AddedByName { get; private set; } = "";
    public DateTime AddedAt { get; private set; }
}

/// <summary>One row of a dossier's history: who did what, at which level, with which note or reason.</summary>
public sealed class DossierEvent : ITenantOwned
{
    public const int NoteMax = 1200;

    private DossierEvent()
    {
    }

    public DossierEvent(Guid tenantId, Guid dossierId, Actor by, DossierAction action, Guid? levelUnitId, string? note)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DossierId = dossierId;
        Action = action;
        LevelUnitId = levelUnitId;
        Note = note is null ? null : NomineeCheck.Clip(note, NoteMax);
        ById = by.UserId;
        ByName = by.UserName;
        At = by.At;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DossierId { get; private set; }
    public DossierAction Action { get; private set; }
    public Guid? LevelUnitId { get; private set; }
    public string? Note { get; private set; }
    public Guid ById { get; private set; }
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }
}

/// <summary>One item of a return notice: which nominee (or the whole dossier), which requirement, why. Open until the unit resubmits.</summary>
public sealed class DossierReturnItem : ITenantOwned
{
    public const int ReasonMax = 1000;

    private DossierReturnItem()
    {
    }

    internal DossierReturnItem(Guid tenantId, Guid dossierId, int submission, Guid levelUnitId, ReturnItemSpec spec, string? nomineeName, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DossierId = dossierId;
        Submission = submission;
        LevelUnitId = levelUnitId;
        NomineeId = spec.NomineeId;
        NomineeName = nomineeName;
        Requirement = spec.Requirement;
        RuleKind = spec.RuleKind;
        Document = spec.Document;
        Reason = spec.Reason.Trim();
        ByName = by.UserName;
        At = by.At;
        Open = true;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DossierId { get; private set; }
    public int Submission { get; private set; }
    public Guid LevelUnitId { get; private set; }
    public Guid? NomineeId { get; private set; }
    public string? NomineeName { get; private set; }
    public ReturnRequirement Requirement { get; private set; }
    public RuleKind? RuleKind { get; private set; }
    public DossierDocument? Document { get; private set; }
    public string Reason { get; private set; } = "";
    public string ByName { get; private set; } = "";
    public DateTime At { get; private set; }
    public bool Open { get; private set; }

    public string RequirementLabel => Requirement switch
    {
        ReturnRequirement.Rule => RuleKind!.Value.Label(),
        ReturnRequirement.Document => Document!.Value.Label(),
        _ => "Khác",
    };

    public string Describe() => $"{(NomineeName is null ? "" : NomineeName + " — ")}{RequirementLabel}: {Reason}";

    internal void Close() => Open = false;
}

/// <summary>A level the dossier reached: which unit, when, and how it left (forwarded, accepted, returned, withdrawn).</summary>
public sealed class DossierLevel : ITenantOwned
{
    private DossierLevel()
    {
    }

    internal DossierLevel(Guid tenantId, Guid dossierId, int seq, Guid unitId, DateTime at)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DossierId = dossierId;
        Seq = seq;
        UnitId = unitId;
        ReachedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DossierId { get; private set; }
    public int Seq { get; private set; }
    public Guid UnitId { get; private set; }
    public DateTime ReachedAt { get; private set; }
    public DateTime? LeftAt { get; private set; }
    public DossierAction? Outcome { get; private set; }

    internal void Leave(DateTime at, DossierAction outcome)
    {
        LeftAt = at;
        Outcome = outcome;
    }
}

/// <summary>One field of the dossier as it was submitted (submission N): the rows the "what changed" diff compares.</summary>
public sealed class DossierSnapshotField : ITenantOwned
{
    public const int ValueMax = NomineeReport.NarrativeMax;

    private DossierSnapshotField()
    {
    }

    internal DossierSnapshotField(Guid tenantId, Guid dossierId, int submission, SnapshotField field)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DossierId = dossierId;
        Submission = submission;
        NomineeId = field.NomineeId;
        Nominee = NomineeCheck.Clip(field.Nominee, DossierNominee.NameMax);
        Field = field.Field;
        Value = NomineeCheck.Clip(field.Value, ValueMax);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DossierId { get; private set; }
    public int Submission { get; private set; }
    public Guid? NomineeId { get; private set; }
    public string Nominee { get; private set; } = "";
    public string Field { get; private set; } = "";
    public string Value { get; private set; } = "";

    public SnapshotField ToField() => new(NomineeId, Nominee, Field, Value);
}
