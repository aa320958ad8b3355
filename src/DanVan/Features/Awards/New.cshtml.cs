using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Awards;

/// <summary>/Awards/New: Sở Nội vụ adds an award the seeded catalogue lacks, with its first dated version (the same operation as POST /awards/kinds).</summary>
public sealed class NewModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public AwardKindInput Kind { get; set; } = new();

    [BindProperty]
    public AwardTermsInput Form { get; set; } = new();

    public IReadOnlyList<string> Codes { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Label)> CitationChoices { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        Form.EffectiveFrom = VnTime.Today(db.Time);
        Kind.Subjects = [AwardSubject.Individual];
        TermsForm.Pad(Form);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        ModelState.Clear();
        Kind.Terms = Form;
        if (TermsForm.Validate(this, Form, Form, "Form") && TermsForm.Validate(this, Kind, Form, "Kind"))
        {
            var result = await CreateAwardKind.HandleAsync(db, CurrentUser.Require(User), Kind, ct);
            if (result.Value is { } created)
            {
                TempData["Message"] = $"Đã thêm “{created.Name}” vào danh mục, phiên bản số 1 áp dụng từ {VnTime.Date(created.Versions[0].EffectiveFrom)}.";
                return Redirect($"/Awards/Kind/{created.Id}");
            }

            var error = result.Error!;
            var prefix = error.Field is { } field && (field.StartsWith("Rules", StringComparison.Ordinal) || typeof(AwardTermsInput).GetProperty(field.Split('[', '.')[0]) is not null)
                ? "Form" : "Kind";
            if (this.ToPageOrNote(error, prefix) is { } answered)
            {
                return answered;
            }
        }

        if (await LoadAsync(ct) is { } refused)
        {
            return refused;
        }

        TermsForm.Pad(Form);
        return Page();
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (!await AwardCatalogue.MayManageAsync(db, me, ct))
        {
            return this.ToPage(AppError.Forbidden);
        }

        (Codes, CitationChoices) = await TermsForm.ChoicesAsync(db, me, ct);
        return null;
    }
}
