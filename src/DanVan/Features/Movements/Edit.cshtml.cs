using System.Text.RegularExpressions;
using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Features.Documents;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

/// <summary>
/// Create or edit a draft movement. Participants are chosen as unit kinds under the launching unit; the numbered
/// lists are typed one item per line ("… [rule.code]" names a checkable rule, "… | 10" a quota).
/// </summary>
public sealed partial class EditModel(AppDbContext db, MovementSettings settings, WorkingDays calendar) : PageModel
{
    /// <summary>The configured cascade interval, shown as the default of the sub-units' deadline.</summary>
    public int CascadeWorkingDays => settings.CascadeWorkingDays;

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public MovementInput Input { get; set; } = new();

    /// <summary>Editing: the version the form was opened at; a save based on an older one is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    [BindProperty]
    public List<Guid> Kinds { get; set; } = [];

    [BindProperty]
    public string? ContentText { get; set; }

    [BindProperty]
    public string? CollectiveText { get; set; }

    [BindProperty]
    public string? IndividualText { get; set; }

    [BindProperty]
    public string? AwardText { get; set; }

    public IReadOnlyList<SelectListItem> Launchers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Plans { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> UnitKinds { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? planDocumentId, CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        if (Id is { } id)
        {
            var result = await GetMovement.HandleAsync(db, me, id, ct);
            if (result.Error is not null)
            {
                return NotFound();
            }

            var m = result.Value!;
            Version = m.Version;
            if (!m.CanManage || m.Status != MovementStatus.Draft)
            {
                return Forbid();
            }

            Input = new MovementInput
            {
                Name = m.Name, Theme = m.Theme, Year = m.Year, Form = m.Form, LaunchingUnitId = m.LaunchingUnitId, PlanDocumentId = m.PlanDocumentId,
                StartsOn = m.StartsOn, EndsOn = m.EndsOn, CollectiveSubjects = m.CollectiveSubjects, IndividualSubjects = m.IndividualSubjects,
                PlanDeadline = m.PlanDeadline, CascadeToSubunits = m.CascadeToSubunits, CascadeDeadline = m.CascadeDeadline,
                RegistrationDeadline = m.RegistrationDeadline, InterimReviewOn = m.InterimReviewOn, FinalReviewOn = m.FinalReviewOn,
                NominationDeadline = m.NominationDeadline,
            };
            Kinds = m.Participants.Where(p => p.KindId is not null).Select(p => p.KindId!.Value).ToList();
            ContentText = Lines(m.Items, MovementItemKind.Content);
            CollectiveText = Lines(m.Items, MovementItemKind.CollectiveStandard);
            IndividualText = Lines(m.Items, MovementItemKind.IndividualStandard);
            AwardText = Lines(m.Items, MovementItemKind.Award);
        }
        else
        {
            var today = VnTime.Today(db.Time);
            Input.Year = today.Year;
            Input.StartsOn = today;
            Input.PlanDeadline = today.AddDays(30);
            Input.CollectiveSubjects = "Các sở, ban, ngành, cơ quan, đơn vị trực thuộc UBND tỉnh; UBND các xã, phường, đặc khu.";
            Input.IndividualSubjects = "Cán bộ, công chức, viên chức, người lao động trong cơ quan hành chính nhà nước.";
            if (planDocumentId is { } planId && await DocumentAccess.Visible(db, me).Where(d => d.Id == planId)
                    .Select(d => new { d.Title, d.IssueDate, d.IssuerUnitId }).FirstOrDefaultAsync(ct) is { } plan)
            {
                Input.PlanDocumentId = planId;
                // "Phát động phong trào thi đua …" (the plan's title) → "Phong trào thi đua …" (the movement's name).
                var name = plan.Title.StartsWith("Phát động phong trào", StringComparison.OrdinalIgnoreCase) ? "P" + plan.Title["Phát động p".Length..] : plan.Title;
                Input.Name = name.Length > Movement.NameMax ? name[..Movement.NameMax] : name;
                Input.LaunchingUnitId = plan.IssuerUnitId;
                if (plan.IssueDate is { } issued)
                {
                    Input.StartsOn = issued < today ? today : issued;
                    Input.Year = Input.StartsOn.Value.Year;
                    Input.PlanDeadline = Input.StartsOn.Value.AddDays(30);
                }
            }
        }

        await LoadAsync(me, ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        Input.Participants = Input.LaunchingUnitId is { } launcher
            ? Kinds.Distinct().Select(k => new ParticipantInput { UnitId = launcher, IncludeDescendants = true, KindId = k }).ToList()
            : [];
        Input.Items = [.. Parse(ContentText, MovementItemKind.Content), .. Parse(CollectiveText, MovementItemKind.CollectiveStandard),
            .. Parse(IndividualText, MovementItemKind.IndividualStandard), .. Parse(AwardText, MovementItemKind.Award)];
        if (Input.Participants.Count == 0)
        {
            ModelState.AddError(MovementErrors.NoParticipants);
        }

        if (ModelState.IsValid)
        {
            var result = Id is { } id
                ? await SaveMovement.UpdateAsync(db, me, settings, calendar, id, Input, Version, ct)
                : await SaveMovement.CreateAsync(db, me, settings, calendar, Input, ct);
            if (result.Error is null)
            {
                TempData["Message"] = "Đã lưu dự thảo phong trào. Kiểm tra lại rồi bấm “Phát động”.";
                return Redirect($"/Movements/Details/{result.Value!.Id}");
            }

            return await this.ToPageAsync(result.Error, () => RedisplayAsync(me, ct), aboutPageObject: Id is not null);
        }

        return await RedisplayAsync(me, ct);
    }

    private async Task<IActionResult> RedisplayAsync(CurrentUser me, CancellationToken ct)
    {
        await LoadAsync(me, ct);
        return Page();
    }

    private async Task LoadAsync(CurrentUser me, CancellationToken ct)
    {
        Launchers = await UnitOptions.ForAsync(db, me, Permission.ManageMovements, ct);
        Plans = (await DocumentAccess.PlanChoicesAsync(db, me, Input.PlanDocumentId, ct)).Select(p => new SelectListItem(p.Label, p.Id.ToString())).ToList();
        UnitKinds = (await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == me.TenantId).OrderBy(k => k.SortOrder)
            .Select(k => new { k.Id, k.Name }).ToListAsync(ct)).Select(k => (k.Id, k.Name)).ToList();
    }

    private static string Lines(IEnumerable<ItemDto> items, MovementItemKind kind) => string.Join("\n", items.Where(i => i.Kind == kind)
        .Select(i => i.Text + (i.RuleCode is null ? "" : $" [{i.RuleCode}]") + (i.Quota is null ? "" : $" | {i.Quota}")));

    private static IEnumerable<ItemInput> Parse(string? text, MovementItemKind kind)
    {
        foreach (var raw in (text ?? "").Split('\n'))
        {
            var line = raw.Trim().TrimStart('-', '•', '*').Trim();
            if (line.Length == 0)
            {
                continue;
            }

            int? quota = null;
            var bar = QuotaPattern().Match(line);
            if (bar.Success)
            {
                quota = int.TryParse(bar.Groups[1].Value, out var q) ? q : -1;
                line = line[..bar.Index].TrimEnd();
            }

            string? rule = null;
            var code = RulePattern().Match(line);
            if (code.Success)
            {
                rule = code.Groups[1].Value;
                line = line[..code.Index].TrimEnd();
            }

            yield return new ItemInput { Kind = kind, Text = line, RuleCode = rule, Quota = quota };
        }
    }

    [GeneratedRegex(@"\|\s*(-?\d{1,9})\s*$")]
    private static partial Regex QuotaPattern();

    [GeneratedRegex(@"\[([a-z0-9_.\-]{1,60})\]\s*$")]
    private static partial Regex RulePattern();
}
