using DanVan.Features.Accounts;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>
/// Register a model (new, taken over from a unit's registration with ?plannedModelId=, or replicating a recognised
/// one with ?replicatedFromId=) or edit its content until it is proposed for recognition. The owner unit, the person,
/// the year and the movement are fixed once created.
/// </summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ModelInput Input { get; set; } = new();

    /// <summary>Editing: the version the form was opened at; a save based on an older one is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>The model being edited (null when creating).</summary>
    public ModelDto? Existing { get; private set; }

    /// <summary>The origin when replicating: its id and name, shown as "Nhân rộng từ …".</summary>
    public LineageItem? Origin { get; private set; }

    public string? PlannedName { get; private set; }
    public IReadOnlyList<SelectListItem> Units { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Movements { get; private set; } = [];
    public IReadOnlyList<SelectListItem> People { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? replicatedFromId, Guid? plannedModelId, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (Id is { } id)
        {
            var result = await GetModel.HandleAsync(db, me, id, ct);
            if (result.Error is not null)
            {
                return NotFound();
            }

            var m = result.Value!;
            if (!m.CanEdit)
            {
                return Forbid();
            }

            Version = m.Version;
            Input = new ModelInput
            {
                Name = m.Name, Field = m.Field, OtherField = m.OtherField, Level = m.Level, UnitId = m.UnitId, PersonId = m.PersonId,
                MovementId = m.MovementId, Year = m.Year, Problem = m.Problem, Goals = m.Goals, ContentAndMethods = m.ContentAndMethods,
                AreaAndBeneficiaries = m.AreaAndBeneficiaries, Forces = m.Forces, Resources = m.Resources, StartsOn = m.StartsOn, EndsOn = m.EndsOn,
                EvaluationOn = m.EvaluationOn, ExpectedOutputs = m.ExpectedOutputs, Sustainability = m.Sustainability,
            };
        }
        else
        {
            Input.Year = VnTime.Today(db.Time).Year;
            Input.Level = ModelLevel.Grassroots;
            if (replicatedFromId is { } originId && (await GetModel.HandleAsync(db, me, originId, ct)).Value is { } origin)
            {
                Input.ReplicatedFromId = origin.Id;
                Input.Name = origin.Name;
                Input.Field = origin.Field;
                Input.OtherField = origin.OtherField;
                Input.ContentAndMethods = origin.ContentAndMethods;
                Input.Goals = origin.Goals;
            }

            if (plannedModelId is { } plannedId)
            {
                var units = (await UnitOptions.ForAsync(db, me, Permission.ManageModels, ct)).Select(u => Guid.Parse(u.Value)).ToList();
                var planned = await db.PlannedModels.AsNoTracking().Where(p => p.Id == plannedId && p.TenantId == me.TenantId)
                    .Join(db.Registrations, p => p.RegistrationId, r => r.Id, (p, r) => new { p.Name, p.Field, p.OtherField, r.UnitId, r.MovementId })
                    .FirstOrDefaultAsync(ct);
                if (planned is not null && units.Contains(planned.UnitId))
                {
                    Input.PlannedModelId = plannedId;
                    Input.Name ??= planned.Name;
                    Input.Field ??= planned.Field;
                    Input.OtherField ??= planned.OtherField;
                    Input.UnitId = planned.UnitId;
                    Input.MovementId = planned.MovementId;
                }
            }
        }

        return await LoadAsync(me, ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (ModelState.IsValid)
        {
            var result = Id is { } id
                ? await SaveModel.UpdateAsync(db, me, id, Input, Version, ct)
                : await SaveModel.CreateAsync(db, me, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = Id is null
                    ? "Đã lưu mô hình ở dạng dự thảo. Kiểm tra lại rồi bấm “Đăng ký” để đăng ký mô hình."
                    : "Đã lưu nội dung mô hình.";
                return Redirect($"/Models/Details/{result.Value!.Id}");
            }

            return await this.ToPageAsync(result.Error, () => LoadAsync(me, ct), aboutPageObject: Id is not null);
        }

        return await LoadAsync(me, ct);
    }

    private async Task<IActionResult> LoadAsync(CurrentUser me, CancellationToken ct)
    {
        if (Id is { } id)
        {
            var result = await GetModel.HandleAsync(db, me, id, ct);
            if (result.Error is not null)
            {
                return NotFound();
            }

            Existing = result.Value!;
            Input.UnitId = Existing.UnitId;
        }

        if (Input.ReplicatedFromId is { } originId && (await GetModel.HandleAsync(db, me, originId, ct)).Value is { } origin)
        {
            Origin = new LineageItem(origin.Id, origin.Name, origin.UnitName, origin.Status);
        }

        if (Input.PlannedModelId is { } plannedId)
        {
            PlannedName = await db.PlannedModels.AsNoTracking().Where(p => p.Id == plannedId && p.TenantId == me.TenantId).Select(p => p.Name)
                .FirstOrDefaultAsync(ct);
        }

        Units = await UnitOptions.ForAsync(db, me, Permission.ManageModels, ct);
        if (Existing is null)
        {
            Input.UnitId ??= Units.Count > 0 ? Guid.Parse(Units[0].Value) : null;
            var movements = await ListMovements.HandleAsync(db, me, new(null, null, MovementStatus.Launched, 100, null), ct);
            Movements = (movements.Value?.Items ?? []).Select(m => new SelectListItem($"{m.Name} ({m.Year})", m.Id.ToString())).ToList();
            if (Input.UnitId is { } unitId)
            {
                var people = await ListPeople.HandleAsync(db, me, new ListPeople.Query(null, unitId, 200, null), ct);
                People = (people.Value?.Items ?? []).Select(p => new SelectListItem(p.Position is null ? p.FullName : $"{p.FullName} — {p.Position}", p.Id.ToString()))
                    .ToList();
            }
        }

        return Page();
    }
}
