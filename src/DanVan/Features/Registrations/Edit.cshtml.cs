using DanVan.Features.Accounts;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Registrations;

/// <summary>A unit's registration for a movement: read-only for viewers, a form while open for the unit's officers.</summary>
public sealed class EditModel(AppDbContext db, RegistrationTitles titles) : PageModel
{
    public const int ModelRows = 5;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    [BindProperty]
    public List<string> Titles { get; set; } = [];

    [BindProperty]
    public List<PlannedModelInput> Models { get; set; } = [];

    [BindProperty]
    public string? Commitments { get; set; }

    /// <summary>The registration's version when the form was opened; a save based on an older one is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public List<Guid> PersonIds { get; set; } = [];

    [BindProperty]
    public string? PersonTitle { get; set; }

    [BindProperty]
    public DateOnly? Until { get; set; }

    [BindProperty]
    public string? ReopenNote { get; set; }

    public RegistrationTitles Catalog => titles;
    public RegistrationDto Registration { get; private set; } = null!;
    public IReadOnlyList<PersonDto> Candidates { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } missing)
        {
            return missing;
        }

        Titles = [.. Registration.Titles];
        Commitments = Registration.Commitments;
        Version = Registration.Version;
        Models = Registration.Models.Select(m => new PlannedModelInput { Name = m.Name, Field = m.Field, OtherField = m.OtherField }).ToList();
        return Page();
    }

    public Task<IActionResult> OnPostAsync(CancellationToken ct) => ActAsync(() => SaveRegistration.HandleAsync(db, Me, titles, Id, UnitId,
        new RegistrationInput { Titles = Titles, Commitments = Commitments, Models = Models.Where(m => !string.IsNullOrWhiteSpace(m.Name)).ToList() }, Version, ct),
        "Đã lưu bản đăng ký thi đua.", ct);

    public Task<IActionResult> OnPostPeopleAsync(CancellationToken ct) => PersonIds.Count == 0
        ? FailAsync(new AppError("registration.no_people", "Vui lòng chọn ít nhất một người.", "PersonIds"), ct)
        : ActAsync(() => RegisterPeople.AddAsync(db, Me, titles, Id, UnitId, new RegisterPeopleInput { PersonIds = PersonIds, Title = PersonTitle }, ct),
            $"Đã đăng ký {PersonIds.Count} người.", ct);

    public Task<IActionResult> OnPostRemoveAsync(Guid personId, CancellationToken ct) =>
        ActAsync(() => RegisterPeople.RemoveAsync(db, Me, titles, Id, UnitId, personId, ct), "Đã bỏ người khỏi bản đăng ký.", ct);

    public Task<IActionResult> OnPostApproveAsync(CancellationToken ct) =>
        ActAsync(() => ApproveRegistration.ApproveAsync(db, Me, titles, Id, UnitId, Version, ct), "Đã phê duyệt bản đăng ký thi đua.", ct);

    public Task<IActionResult> OnPostReopenAsync(CancellationToken ct) => Until is null
        ? FailAsync(new AppError("registration.until", "Vui lòng nhập ngày hết hạn mở lại.", "Until"), ct)
        : ActAsync(() => ApproveRegistration.ReopenAsync(db, Me, titles, Id, UnitId, new ReopenInput { Until = Until, Note = ReopenNote }, Version, ct), "Đã mở lại bản đăng ký.", ct);

    private CurrentUser Me => CurrentUser.Require(User);

    private async Task<IActionResult> ActAsync(Func<Task<Result<RegistrationDto>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (result.Error is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Registrations/Edit/{Id}?unitId={UnitId}");
        }

        return await this.ToPageAsync(result.Error, async () => await LoadAsync(ct) ?? Page());
    }

    private async Task<IActionResult> FailAsync(AppError error, CancellationToken ct) =>
        await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var result = await GetRegistration.HandleAsync(db, Me, titles, Id, UnitId, ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Registration = result.Value!;
        if (Registration.CanEdit)
        {
            var people = await ListPeople.HandleAsync(db, Me, new ListPeople.Query(null, UnitId, 200, null), ct);
            var registered = Registration.People.Select(p => p.PersonId).ToHashSet();
            Candidates = people.Value?.Items.Where(p => !registered.Contains(p.Id)).ToList() ?? [];
        }

        return null;
    }
}
