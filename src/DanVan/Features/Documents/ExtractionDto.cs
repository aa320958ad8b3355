namespace DanVan.Features.Documents;

/// <summary>What the extractor read from a pasted text, with the register's matches; nothing is saved.</summary>
public sealed record ExtractionDto(string? Number, DocumentType? Type, string? Issuer, Guid? IssuerUnitId, string? Place, DateOnly? IssueDate,
    string? Title, string? Signer, string? SigningCapacity, IReadOnlyList<ExtractedCitationDto> Citations, IReadOnlyList<string> Warnings,
    Guid? ExistingId, string? ParentBody = null);

public sealed record ExtractedCitationDto(string Number, DocumentType? Type, DateOnly? IssueDate, string? Issuer, string Text, Guid? ExistingId);
