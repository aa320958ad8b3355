using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>A round: deadlines, awards on offer, the caller's dossiers per state; a unit opens its dossier here, a level accepts several at once.</summary>
public sealed class RoundModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public Guid? UnitId { get; set; }

    /// <summary>From "who qualifies": the nominee to pre-select on the new dossier's page (a person or a unit, and the award).</summary>
    [BindProperty]
    public Guid? NomineePersonId { get; set; }

    [BindProperty]
    public Guid? NomineeUnitId { get; set; }

    [BindProperty]
    public Guid? NomineeAwardKindId { get; set; }

    /// <summary>Only the dossiers in this state (the work list links a level to its waiting dossiers with <c>?status=Submitted</c>).</summary>
    [BindProperty(SupportsGet = true)]
    public DossierStatus? Status { get; set; }

    [BindProperty]
    public List<Guid> DossierIds { get; set; } = [];

    public RoundDto Round { get; private set; } = null!;
    public IReadOnlyList<DossierRow> Dossiers { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> MyUnits { get; private set; } = [];
    public IReadOnlySet<Guid> Actionable { get; private set; } = new HashSet<Guid>();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await CreateDossier.HandleAsync(db, Me, Id, new DossierInput(UnitId), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã lập hồ sơ đề nghị khen thưởng.";
        var preselect = (NomineePersonId, NomineeUnitId, NomineeAwardKindId) switch
        {
            ({ } person, _, { } kind) => $"?personId={person}&awardKindId={kind}",
            (_, { } unit, { } kind) => $"?unitId={unit}&awardKindId={kind}",
            _ => "",
        };
        return Redirect($"/Nominations/Dossier/{result.Value!.Id}{preselect}");
    }

    public async Task<IActionResult> OnPostAcceptAsync(CancellationToken ct)
    {
        var result = await AcceptDossiers.HandleAsync(db, Me, Id, new BulkAcceptInput(DossierIds, null), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), aboutPageObject: false);
        }

        TempData["Message"] = $"Đã tiếp nhận {result.Value!.DossierIds.Count} hồ sơ.";
        return Redirect($"/Nominations/Round/{Id}");
    }

    private CurrentUser Me => CurrentUser.Require(User);

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var round = await GetRound.HandleAsync(db, Me, Id, ct);
        if (round.Error is { } error)
        {
            return this.ToPage(error);
        }

        Round = round.Value!;
        Dossiers = (await ListDossiers.HandleAsync(db, Me, Id, Status, Paging.MaxLimit, null, ct)).Value?.Items ?? [];
        var proposing = Scope.Granting(db, Me, Permission.ProposeNominations).Select(a => a.UnitId);
        var taken = db.Dossiers.Where(d => d.RoundId == Id).Select(d => d.UnitId);
        MyUnits = (await db.Units.AsNoTracking().Where(u => proposing.Contains(u.Id) && !taken.Contains(u.Id)).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        var levels = Routing.LevelsOf(db, Me);
        var ids = Dossiers.Select(d => d.Id).ToList();
        Actionable = (await db.Dossiers.Where(d => ids.Contains(d.Id) && d.Status == DossierStatus.Submitted && levels.Contains(d.HeldByUnitId!.Value))
            .Select(d => d.Id).ToListAsync(ct)).ToHashSet();
        return null;
    }
}
