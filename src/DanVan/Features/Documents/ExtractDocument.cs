using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>
/// "Create from text": runs <see cref="DocumentExtractor"/> on pasted text and looks up, read-only, which cited
/// documents are already in the register, whether the document itself is, and whether the issuer is one of our units.
/// </summary>
public static class ExtractDocument
{
    public sealed record Input(string? Text);

    public static async Task<Result<ExtractionDto>> HandleAsync(AppDbContext db, CurrentUser user, string? text, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return DocumentErrors.TextRequired;
        }

        var extracted = DocumentExtractor.Extract(text);
        if (extracted.Error is { } error)
        {
            return error with { Field = "Text" };
        }

        var d = extracted.Value!;
        var citations = new List<ExtractedCitationDto>();
        foreach (var c in d.Citations)
        {
            citations.Add(new ExtractedCitationDto(c.Number, c.Type, c.IssueDate, c.Issuer, c.Text,
                await FindAsync(db, user, c.Number, c.IssueDate?.Year, ct)));
        }

        var issuerFolded = VietnameseText.Fold(d.Issuer);
        Guid? issuerUnitId = issuerFolded.Length == 0 ? null : await db.Units.VisibleTo(db, user, Permission.ViewUnits)
            .Where(u => u.IsActive && u.NameFolded.StartsWith(issuerFolded)).OrderBy(u => u.Depth).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var existing = d.Number is null ? null : await FindAsync(db, user, d.Number, d.IssueDate?.Year, ct);
        return new ExtractionDto(d.Number, d.Type, d.Issuer, issuerUnitId, d.Place, d.IssueDate, d.Title, d.Signer, d.SigningCapacity,
            citations, d.Warnings, existing);
    }

    private static async Task<Guid?> FindAsync(AppDbContext db, CurrentUser user, string text, int? year, CancellationToken ct)
    {
        if (!DocumentNumber.TryParse(text, out var number) || number is null)
        {
            return null;
        }

        var key = number.IdentityKey;
        year ??= number.Year;
        return await DocumentAccess.Visible(db, user).Where(x => x.NumberKey == key && (year == null || x.Year == year))
            .OrderBy(x => x.IsStub).Select(x => (Guid?)x.Id).FirstOrDefaultAsync(ct);
    }
}
