using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;

namespace DanVan.Features.Documents;

public enum DocumentStatus
{
    InForce,
    Expired,
    Replaced,
}

/// <summary>How one document relates to another: "based on" (căn cứ), "implements" (thực hiện / triển khai), replaces, amends.</summary>
public enum RelationKind
{
    BasedOn,
    Implements,
    Replaces,
    Amends,
}

public static class RelationKinds
{
    /// <summary>
    /// Whether linking to a document this way changes that document: "replaces" marks it replaced. Such a link is a write
    /// on the other document and needs the right to change it; the others (based on, implements, amends) only add an
    /// edge to the graph and leave the other document as it is, so anyone may draw them.
    /// </summary>
    public static bool ChangesTarget(this RelationKind kind) => kind == RelationKind.Replaces;
}

/// <summary>
/// A legal or administrative document (văn bản). Its identity is (issuer, number and symbol, year): state numbers
/// restart every year and Party numbers every term, so the same "70/KH-UBND" may exist for several issuers and years.
/// A stub is a document known only from a citation (number, date, issuer); it is completed when registered in full.
/// The owner unit is the unit whose officers keep the record; everyone in the province may read documents.
/// </summary>
public sealed class Document : ITenantOwned, IStamped, IVersioned
{
    public const int NumberMax = DocumentNumber.MaxLength;
    public const int TitleMax = 1000;
    public const int IssuerMax = 300;
    public const int PlaceMax = 100;
    public const int SignerMax = 150;
    public const int CapacityMax = 150;
    public const int BodyMax = 200_000;
    public const int SearchMax = BodyMax + NumberMax + TitleMax + IssuerMax + 3;

    private Document()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid OwnerUnitId { get; private set; }
    public DocumentType Type { get; private set; }
    public string Number { get; private set; } = "";
    public string NumberKey { get; private set; } = "";
    public int? Year { get; private set; }
    public Guid? IssuerUnitId { get; private set; }
    public string IssuerName { get; private set; } = "";
    public string IssuerKey { get; private set; } = "";
    public string IssuerFolded { get; private set; } = "";
    public string? Place { get; private set; }
    public DateOnly? IssueDate { get; private set; }
    public DateOnly? EffectiveFrom { get; private set; }
    public DateOnly? ExpiresOn { get; private set; }
    public DocumentStatus Status { get; private set; }
    public string? Signer { get; private set; }
    public string? SigningCapacity { get; private set; }
    public string Title { get; private set; } = "";
    public string? Body { get; private set; }
    public string SearchFolded { get; private set; } = "";
    public bool IsStub { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Document Create(Guid tenantId, Guid ownerUnitId, DocumentNumber number, DocumentDetails details, bool isStub)
    {
        var document = new Document { Id = Guid.CreateVersion7(), TenantId = tenantId, OwnerUnitId = ownerUnitId, IsStub = isStub };
        document.SetDetails(number, details);
        return document;
    }

    /// <summary>The issuer key used for identity: our unit's id, or the folded external name.</summary>
    public static string KeyOf(Guid? issuerUnitId, string issuerName) =>
        issuerUnitId is { } id ? id.ToString("N") : VietnameseText.Fold(issuerName);

    public void SetDetails(DocumentNumber number, DocumentDetails details)
    {
        Type = details.Type;
        Number = number.Canonical;
        NumberKey = number.IdentityKey;
        Year = details.IssueDate?.Year ?? number.Year;
        IssuerUnitId = details.IssuerUnitId;
        IssuerName = details.IssuerName;
        IssuerKey = KeyOf(details.IssuerUnitId, details.IssuerName);
        IssuerFolded = VietnameseText.Fold(details.IssuerName);
        Place = Blank(details.Place);
        IssueDate = details.IssueDate;
        EffectiveFrom = details.EffectiveFrom;
        ExpiresOn = details.ExpiresOn;
        Status = details.Status;
        Signer = Blank(details.Signer);
        SigningCapacity = Blank(details.SigningCapacity);
        Title = details.Title;
        Body = Blank(details.Body);
        SearchFolded = VietnameseText.Fold(string.Join(' ', Number, Title, IssuerName, Body));
    }

    /// <summary>A stub becomes a full record when someone registers the document itself.</summary>
    public void Complete(Guid ownerUnitId, DocumentNumber number, DocumentDetails details)
    {
        OwnerUnitId = ownerUnitId;
        IsStub = false;
        SetDetails(number, details);
    }

    public void MarkReplaced() => Status = DocumentStatus.Replaced;

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}

public sealed record DocumentDetails(DocumentType Type, Guid? IssuerUnitId, string IssuerName, string? Place, DateOnly? IssueDate,
    DateOnly? EffectiveFrom, DateOnly? ExpiresOn, DocumentStatus Status, string? Signer, string? SigningCapacity, string Title, string? Body);

/// <summary>A directed link: <see cref="FromId"/> is based on / implements / replaces / amends <see cref="ToId"/>.</summary>
public sealed class DocumentRelation : ITenantOwned
{
    private DocumentRelation()
    {
    }

    public DocumentRelation(Guid tenantId, Guid fromId, Guid toId, RelationKind kind)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        FromId = fromId;
        ToId = toId;
        Kind = kind;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid FromId { get; private set; }
    public Guid ToId { get; private set; }
    public RelationKind Kind { get; private set; }
}

/// <summary>
/// A PDF or DOCX file of a document, checked by its bytes (not its name) before it is stored. The bytes live in the
/// <see cref="Infrastructure.Files.FileStore"/> under <see cref="Sha256"/> (ADR 0015); the row holds what describes them.
/// </summary>
public sealed class DocumentAttachment : ITenantOwned, IStamped
{
    public const int FileNameMax = 200;

    private DocumentAttachment()
    {
    }

    public DocumentAttachment(Guid tenantId, Guid documentId, string fileName, string contentType, long size, string sha256)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DocumentId = documentId;
        FileName = fileName;
        ContentType = contentType;
        Size = size;
        Sha256 = sha256;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DocumentId { get; private set; }
    public string FileName { get; private set; } = "";
    public string ContentType { get; private set; } = "";
    public long Size { get; private set; }
    public string Sha256 { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
}
