namespace DanVan.Features.Documents;

public sealed record DocumentListItem(Guid Id, DocumentType Type, string Number, string IssuerName, DateOnly? IssueDate,
    string Title, DocumentStatus Status, bool IsStub);

/// <param name="Citation">How to cite it (<see cref="DocumentCitation"/>): "Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Ủy ban nhân dân tỉnh Quảng Ngãi".</param>
public sealed record DocumentDto(Guid Id, DocumentType Type, string TypeLabel, string Number, Guid? IssuerUnitId, string IssuerName,
    Guid OwnerUnitId, string? Place, DateOnly? IssueDate, DateOnly? EffectiveFrom, DateOnly? ExpiresOn, DocumentStatus Status,
    string? Signer, string? SigningCapacity, string Title, string? Body, bool IsStub, bool CanEdit,
    IReadOnlyList<RelatedDocument> Outgoing, IReadOnlyList<RelatedDocument> Incoming, IReadOnlyList<AttachmentDto> Attachments,
    string Citation, int Version);

/// <summary>One edge of the citation graph, seen from the document shown.</summary>
public sealed record RelatedDocument(Guid Id, RelationKind Kind, DocumentType Type, string Number, string IssuerName,
    DateOnly? IssueDate, string Title, bool IsStub);

public sealed record AttachmentDto(Guid Id, string FileName, string ContentType, long Size);

public static class DocumentLabels
{
    public static string Label(this DocumentStatus s) => s switch
    {
        DocumentStatus.InForce => "Còn hiệu lực",
        DocumentStatus.Expired => "Hết hiệu lực",
        DocumentStatus.Replaced => "Đã bị thay thế",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    /// <summary>The edge read from the citing document: "Căn cứ", "Thực hiện", "Thay thế", "Sửa đổi".</summary>
    public static string Label(this RelationKind k) => k switch
    {
        RelationKind.BasedOn => "Căn cứ",
        RelationKind.Implements => "Thực hiện / triển khai",
        RelationKind.Replaces => "Thay thế",
        RelationKind.Amends => "Sửa đổi, bổ sung",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };

    /// <summary>The same edge read from the cited document.</summary>
    public static string InverseLabel(this RelationKind k) => k switch
    {
        RelationKind.BasedOn => "Được căn cứ bởi",
        RelationKind.Implements => "Được thực hiện bởi",
        RelationKind.Replaces => "Bị thay thế bởi",
        RelationKind.Amends => "Được sửa đổi bởi",
        _ => throw new ArgumentOutOfRangeException(nameof(k)),
    };
}
