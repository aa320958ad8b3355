using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>
/// The register: diacritic-insensitive search over number, summary, issuer and full text, filters, newest first in
/// keyset pages. A number typed as a query ("70/KH-UBND") also matches its canonical identity.
/// </summary>
public static class ListDocuments
{

    public sealed record Query(string? Q, DocumentType? Type, string? Issuer, int? Year, DocumentStatus? Status, bool? Stubs,
        int? Limit, string? Cursor);

    public static async Task<Result<Page<DocumentListItem>>> HandleAsync(AppDbContext db, CurrentUser user, Query query, CancellationToken ct)
    {
        var cursor = Paging.Decode(query.Cursor);
        if (cursor.Error is not null)
        {
            return cursor.Error;
        }

        var documents = Filter(db, user, query);
        if (cursor.Value is { } after)
        {
            var id = after.Id;
            documents = documents.Where(d => d.Id.CompareTo(id) < 0);
        }

        var limit = Paging.Clamp(query.Limit);
        var rows = await documents.OrderByDescending(d => d.Id).Take(limit + 1)
            .Select(d => new DocumentListItem(d.Id, d.Type, d.Number, d.IssuerName, d.IssueDate, d.Title, d.Status, d.IsStub))
            .ToListAsync(ct);
        var next = rows.Count > limit ? Paging.Encode("", rows[limit - 1].Id) : null;
        return new Page<DocumentListItem>(rows.Take(limit).ToList(), next);
    }

    public static IQueryable<Document> Filter(AppDbContext db, CurrentUser user, Query query)
    {
        var documents = DocumentAccess.Visible(db, user).AsNoTracking();
        // A query that is a whole document number ("70/KH-UBND") finds that number exactly (not "170/KH-UBND");
        // otherwise every word must occur, in any order, in the folded number, summary, issuer or full text.
        if (DocumentNumber.TryParse(query.Q, out var number) && number is not null)
        {
            var key = number.IdentityKey;
            documents = documents.Where(d => d.NumberKey == key);
        }
        else
        {
            foreach (var pattern in SearchPatterns.Words(query.Q))
            {
                documents = documents.Where(d => EF.Functions.Like(d.SearchFolded, pattern, SearchPatterns.Escape));
            }
        }

        if (query.Type is { } type)
        {
            documents = documents.Where(d => d.Type == type);
        }

        var issuer = VietnameseText.Fold(query.Issuer);
        if (issuer.Length > 0)
        {
            var pattern = SearchPatterns.Contains(issuer);
            documents = documents.Where(d => EF.Functions.Like(d.IssuerFolded, pattern, SearchPatterns.Escape));
        }

        if (query.Year is { } year)
        {
            documents = documents.Where(d => d.Year == year);
        }

        if (query.Status is { } status)
        {
            documents = documents.Where(d => d.Status == status);
        }

        if (query.Stubs is { } stubs)
        {
            documents = documents.Where(d => d.IsStub == stubs);
        }

        return documents;
    }
}
