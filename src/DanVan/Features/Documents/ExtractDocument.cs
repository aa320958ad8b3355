using DanVan.Features.Accounts;
using DanVan.Features.Units;
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

        // The extractor is pure CPU work: it runs within its own time budget (DocumentExtractor.Budget) and stops as soon
        // as the request is aborted.
        var extracted = DocumentExtractor.Extract(text, ct);
        if (extracted.Error is { } error)
        {
            return error with { Field = "Text" };
        }

        var d = extracted.Value!;
        var register = await RegisterAsync(db, user, d, ct);
        var citations = d.Citations
            .Select(c => new ExtractedCitationDto(c.Number, c.Type, c.IssueDate, c.Issuer, c.Text, register.Find(c.Number, c.IssueDate?.Year)))
            .ToList();

        var issuerFolded = VietnameseText.Fold(d.Issuer);
        Guid? issuerUnitId = issuerFolded.Length == 0 ? null : await db.Units.VisibleTo(db, user, Permission.ViewUnits)
            .ActiveOn(VnTime.Today(db.Time)).Where(u => u.NameFolded.StartsWith(issuerFolded)).OrderBy(u => u.Depth).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
        var existing = d.Number is null ? null : register.Find(d.Number, d.IssueDate?.Year);
        return new ExtractionDto(d.Number, d.Type, d.Issuer, issuerUnitId, d.Place, d.IssueDate, d.Title, d.Signer, d.SigningCapacity,
            citations, d.Warnings, existing, d.ParentBody);
    }

    /// <summary>
    /// The register's documents with any of the numbers read (the document's own and every citation's), in one query
    /// however many citations the text has: the keys travel as one array parameter, not one query (or one SQL
    /// parameter) per citation.
    /// </summary>
    private static async Task<Matches> RegisterAsync(AppDbContext db, CurrentUser user, ExtractedDocument d, CancellationToken ct)
    {
        var wanted = d.Citations.Select(c => c.Number).Append(d.Number).OfType<string>()
            .Select(Key).OfType<string>().Distinct(StringComparer.Ordinal).ToList();
        if (wanted.Count == 0)
        {
            return new Matches([]);
        }

        var rows = await DocumentAccess.Visible(db, user).AsNoTracking().Where(x => EF.Parameter(wanted).Contains(x.NumberKey))
            .Select(x => new Row(x.Id, x.NumberKey, x.Year, x.IsStub)).ToListAsync(ct);
        return new Matches(rows);
    }

    private static string? Key(string number) => DocumentNumber.TryParse(number, out var parsed) && parsed is not null ? parsed.IdentityKey : null;

    private sealed record Row(Guid Id, string NumberKey, int? Year, bool IsStub);

    /// <summary>Looks a number up among the rows read: same number and symbol, same year when known; a full record before a stub.</summary>
    private sealed class Matches(List<Row> rows)
    {
        private readonly ILookup<string, Row> byKey = rows.ToLookup(r => r.NumberKey, StringComparer.Ordinal);

        public Guid? Find(string text, int? year)
        {
            if (!DocumentNumber.TryParse(text, out var number) || number is null)
            {
                return null;
            }

            year ??= number.Year;
            return byKey[number.IdentityKey].Where(x => year == null || x.Year == year)
                .OrderBy(x => x.IsStub).ThenBy(x => x.Id).Select(x => (Guid?)x.Id).FirstOrDefault();
        }
    }
}
