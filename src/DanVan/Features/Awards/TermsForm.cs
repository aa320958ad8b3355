using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Awards;

/// <summary>What the version form (<c>_TermsFields</c>) shows: the typed terms, the award's subjects (null: any, for a new award), the codes rules may name, the register's citable documents.</summary>
public sealed record AwardTermsFields(AwardTermsInput Form, IReadOnlyList<AwardSubject>? Subjects, IReadOnlyList<string> Codes,
    IReadOnlyList<(Guid Id, string Label)> CitationChoices);

/// <summary>The version form's page-side rules, shared by a new version (/Awards/Kind) and a new award (/Awards/New).</summary>
public static class TermsForm
{
    /// <summary>Empty rule rows offered below the current ones.</summary>
    public const int SpareRules = 2;

    private static readonly DocumentType[] CitableTypes = [DocumentType.Decision, DocumentType.Regulation, DocumentType.Rules, DocumentType.Guidance, DocumentType.Plan];

    /// <summary>Rule rows plus the spare empty ones.</summary>
    public static void Pad(AwardTermsInput form) => form.Rules = [.. form.Rules ?? [], .. Enumerable.Range(0, SpareRules).Select(_ => new RuleInput())];

    /// <summary>Drops rule rows left without a kind, then puts the input's own validation messages on the page; true when there were none.</summary>
    public static bool Validate(PageModel page, object input, AwardTermsInput form, string prefix)
    {
        form.Rules = (form.Rules ?? []).Where(r => r.Kind is not null).ToList();
        if (InputValidation.Errors(input) is not { } errors)
        {
            return true;
        }

        foreach (var (field, messages) in errors)
        {
            foreach (var message in messages)
            {
                page.ModelState.AddModelError($"{prefix}.{field}", message);
            }
        }

        return false;
    }

    /// <summary>The choices of the form for a manager of the catalogue.</summary>
    public static async Task<(IReadOnlyList<string> Codes, IReadOnlyList<(Guid Id, string Label)> Citations)> ChoicesAsync(AppDbContext db, CurrentUser user,
        CancellationToken ct) =>
        ((await AwardCatalogue.CodesAsync(db, user.TenantId, ct)).Order(StringComparer.Ordinal).ToList(),
            await DocumentAccess.CitationChoicesAsync(db, user, CitableTypes, ct));
}
