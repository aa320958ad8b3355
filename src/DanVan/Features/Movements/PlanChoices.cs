using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// The plan page's "Văn bản đã có trong sổ": the unit's own registered plans (<see cref="FilePlan.OfUnit"/>, of a type
/// in <see cref="FilePlan.PlanTypes"/>, not stubs) that the user sees, newest first, narrowed by a word of the number or
/// title. Choosing one files it through <see cref="FilePlan"/>, which checks it again like the API.
/// </summary>
public static class PlanChoices
{
    public const int Max = 100;

    public sealed record Choice(Guid Id, string Number, DateOnly? IssueDate, string Title);

    public static async Task<IReadOnlyList<Choice>> HandleAsync(AppDbContext db, CurrentUser user, Guid unitId, string? q, CancellationToken ct)
    {
        var types = FilePlan.PlanTypes.ToArray();
        var documents = DocumentAccess.Visible(db, user).AsNoTracking().Where(FilePlan.OfUnit(unitId))
            .Where(d => !d.IsStub && types.Contains(d.Type));
        foreach (var pattern in SearchPatterns.Words(q))
        {
            documents = documents.Where(d => EF.Functions.Like(d.SearchFolded, pattern, SearchPatterns.Escape));
        }

        return await documents.OrderByDescending(d => d.IssueDate).ThenByDescending(d => d.Id).Take(Max)
            .Select(d => new Choice(d.Id, d.Number, d.IssueDate, d.Title)).ToListAsync(ct);
    }
}
