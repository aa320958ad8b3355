using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// Create a contest (a draft) or edit a draft's whole configuration in the browser — the same <see cref="ContestInput"/>
/// the API takes, checked by the same <see cref="CreateContest"/> / <see cref="UpdateContest"/>. Rounds and parts are
/// added and removed by buttons that post the form back (no script needed); each part's criteria are typed one per
/// line as "Tên tiêu chí | điểm". A new contest starts from the seed-004 shape (<see cref="ContestTemplate"/>).
/// </summary>
public sealed class EditModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public ContestInput Input { get; set; } = new();

    /// <summary>Editing: the version the form was opened at; a save based on an older one is refused (ADR 0013).</summary>
    [BindProperty]
    public int? Version { get; set; }

    /// <summary>The unit whose subtree may field teams (the province by default).</summary>
    [BindProperty]
    public Guid? EligibleRootId { get; set; }

    /// <summary>Only units of these kinds under <see cref="EligibleRootId"/>; none: every unit there.</summary>
    [BindProperty]
    public List<Guid> Kinds { get; set; } = [];

    /// <summary>
    /// The saved eligibility does not fit the form's "units of these kinds under one unit" (set through the API: several
    /// units, a unit without its subtree…): it is shown and posted back unchanged, never rewritten by the form.
    /// </summary>
    [BindProperty]
    public bool KeepEligible { get; set; }

    /// <summary>The kept eligibility in words, one line per rule.</summary>
    public IReadOnlyList<string> EligibleText { get; private set; } = [];

    [BindProperty]
    public string? PositionsText { get; set; }

    [BindProperty]
    public string? ClustersText { get; set; }

    [BindProperty]
    public List<RoundForm> Rounds { get; set; } = [];

    public IReadOnlyList<SelectListItem> Organisers { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Plans { get; private set; } = [];
    public IReadOnlyList<SelectListItem> Roots { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> UnitKinds { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(Guid? planDocumentId, CancellationToken ct)
    {
        if (Id is { } id)
        {
            if (!(await ContestAccess.Rule.LoadAsync(db, Me, id, Permission.ManageContests, ct)).TryGet(out var found, out var error))
            {
                return this.ToPage(error);
            }

            if (found.Status != ContestStatus.Draft)
            {
                TempData["Message"] = ContestErrors.RulesFixed.Message;
                return Redirect($"/Contests/Details/{id}");
            }

            var contest = await db.Contests.AsNoTracking().AsSplitQuery().Include(c => c.Eligible).Include(c => c.Clusters).Include(c => c.Rounds)
                .ThenInclude(r => r.Parts).ThenInclude(p => p.Criteria).FirstAsync(c => c.Id == id, ct);
            Version = contest.Version;
            Fill(ContestTemplate.Of(contest));
        }
        else
        {
            var today = VnTime.Today(db.Time);
            var input = ContestTemplate.Sample(today);
            if (planDocumentId is { } planId && await DocumentAccess.Visible(db, Me).Where(d => d.Id == planId && d.Type == DocumentType.Plan)
                    .Select(d => new { d.Title }).FirstOrDefaultAsync(ct) is { } plan)
            {
                input.PlanDocumentId = planId;
                input.Name = plan.Title.Length > Contest.NameMax ? plan.Title[..Contest.NameMax] : plan.Title;
            }

            Fill(input);
            EligibleRootId = await db.Units.Where(u => u.TenantId == Me.TenantId && u.ParentId == null).OrderBy(u => u.Path).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct);
            Kinds = await db.UnitKinds.Where(k => k.TenantId == Me.TenantId && ContestTemplate.CommuneKindCodes.Contains(k.Code)).Select(k => k.Id).ToListAsync(ct);
        }

        await LoadAsync(ct);
        if (Id is null && Input.OrganisingUnitId is null && Organisers.Count == 1)
        {
            Input.OrganisingUnitId = Guid.Parse(Organisers[0].Value);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = ToInput();
        if (!ModelState.IsValid)
        {
            return await RedisplayAsync(ct);
        }

        var result = Id is { } id
            ? await UpdateContest.HandleAsync(db, Me, id, input, Version, ct)
            : await CreateContest.HandleAsync(db, Me, input, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, () => RedisplayAsync(ct), aboutPageObject: Id is not null);
        }

        TempData["Message"] = "Đã lưu thể lệ hội thi (dự thảo). Kiểm tra lại rồi bấm “Công bố thể lệ”.";
        return Redirect($"/Contests/Details/{result.Value!.Id}");
    }

    public Task<IActionResult> OnPostAddRoundAsync(CancellationToken ct)
    {
        if (Rounds.Count < ContestRules.MaxRounds)
        {
            Rounds.Add(new RoundForm { Name = "Vòng chung kết", Kind = RoundKind.Final, Parts = [new PartForm { Kind = PartKind.Judged }] });
        }

        return ReshapedAsync(ct);
    }

    public Task<IActionResult> OnPostRemoveRoundAsync(int round, CancellationToken ct)
    {
        if (round >= 0 && round < Rounds.Count && Rounds.Count > 1)
        {
            Rounds.RemoveAt(round);
        }

        return ReshapedAsync(ct);
    }

    public Task<IActionResult> OnPostAddPartAsync(int round, CancellationToken ct)
    {
        if (round >= 0 && round < Rounds.Count && Rounds[round].Parts.Count < ContestRules.MaxParts)
        {
            Rounds[round].Parts.Add(new PartForm { Kind = PartKind.Judged });
        }

        return ReshapedAsync(ct);
    }

    public Task<IActionResult> OnPostRemovePartAsync(int round, int part, CancellationToken ct)
    {
        if (round >= 0 && round < Rounds.Count && part >= 0 && part < Rounds[round].Parts.Count && Rounds[round].Parts.Count > 1)
        {
            Rounds[round].Parts.RemoveAt(part);
            Rounds[round].TieBreak = RoundForm.WithoutPart(Rounds[round].TieBreak, part + 1);
        }

        return ReshapedAsync(ct);
    }

    /// <summary>A round or part added or removed: the indexes moved, so the posted values are shown from the lists, not the model state.</summary>
    private Task<IActionResult> ReshapedAsync(CancellationToken ct)
    {
        ModelState.Clear();
        return RedisplayAsync(ct);
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken ct)
    {
        await LoadAsync(ct);
        return Page();
    }

    private void Fill(ContestInput input)
    {
        Input = input;
        PositionsText = string.Join("\n", input.AllowedPositions ?? []);
        ClustersText = string.Join("\n", input.Clusters ?? []);
        var eligible = input.Eligible ?? [];
        KeepEligible = eligible.Count > 0 && (eligible.Select(e => e.UnitId).Distinct().Count() > 1 || eligible.Any(e => !e.IncludeDescendants)
            || (eligible.Count > 1 && eligible.Any(e => e.KindId is null)));
        EligibleRootId = eligible.Select(e => (Guid?)e.UnitId).FirstOrDefault();
        Kinds = eligible.Where(e => e.KindId is not null).Select(e => e.KindId!.Value).Distinct().ToList();
        Rounds = (input.Rounds ?? []).Select(RoundForm.Of).ToList();
    }

    /// <summary>The posted form as the API's input; a line that cannot be read is a message at its place (nothing is saved).</summary>
    private ContestInput ToInput()
    {
        Input.AllowedPositions = Lines(PositionsText).ToList();
        Input.Clusters = Lines(ClustersText).ToList();
        Input.Eligible = KeepEligible ? Input.Eligible ?? [] : EligibleRootId is { } root
            ? Kinds.Count == 0 ? [new ParticipantInput { UnitId = root, IncludeDescendants = true }]
                : Kinds.Distinct().Select(k => new ParticipantInput { UnitId = root, IncludeDescendants = true, KindId = k }).ToList()
            : [];
        Input.Rounds = Rounds.Select((r, i) => r.ToInput($"{nameof(Rounds)}[{i}]", i + 1, ModelState)).ToList();
        return Input;
    }

    private static IEnumerable<string> Lines(string? text) =>
        (text ?? "").Split('\n').Select(l => l.Trim().TrimStart('-', '•', '*').Trim()).Where(l => l.Length > 0);

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = Me;
        Organisers = await UnitOptions.ForAsync(db, me, Permission.ManageContests, ct);
        Plans = (await DocumentAccess.PlanChoicesAsync(db, me, Input.PlanDocumentId, ct)).Select(p => new SelectListItem(p.Label, p.Id.ToString())).ToList();
        var today = VnTime.Today(db.Time);
        var parents = db.Units.Where(c => c.TenantId == me.TenantId && c.ParentId != null).Select(c => c.ParentId);
        var chosenRoot = EligibleRootId;
        var roots = await db.Units.AsNoTracking().Where(u => u.TenantId == me.TenantId).ActiveOn(today).Where(u => parents.Contains(u.Id) || u.Id == chosenRoot).OrderBy(u => u.Path)
            .Select(u => new { u.Id, u.Name, u.Depth }).ToListAsync(ct);
        var top = roots.Count == 0 ? 0 : roots.Min(r => r.Depth);
        Roots = roots.Select(r => new SelectListItem(new string('\u00a0', (r.Depth - top) * 3) + r.Name, r.Id.ToString())).ToList();
        UnitKinds = (await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == me.TenantId).OrderBy(k => k.SortOrder)
            .Select(k => new { k.Id, k.Name }).ToListAsync(ct)).Select(k => (k.Id, k.Name)).ToList();
        if (KeepEligible)
        {
            var rules = Input.Eligible ?? [];
            var ids = rules.Select(e => e.UnitId).ToList();
            var names = await db.Units.AsNoTracking().Where(u => u.TenantId == me.TenantId && ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
            var kinds = UnitKinds.ToDictionary(k => k.Id, k => k.Name);
            EligibleText = rules.Select(e => names.GetValueOrDefault(e.UnitId, "?") + (e.IncludeDescendants ? " và đơn vị trực thuộc" : "")
                + (e.KindId is { } k ? $" (loại: {kinds.GetValueOrDefault(k, "?")})" : "")).ToList();
        }
    }

    /// <summary>A number as a form value ("0.5": the number inputs and the binder read the invariant form).</summary>
    public static string Num(decimal? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "";
}

/// <summary>One round as the form shows it: the tie-break as part numbers ("2, 3").</summary>
public sealed class RoundForm
{
    public string? Name { get; set; }
    public RoundKind? Kind { get; set; }
    public Advancement? Advancement { get; set; }
    public decimal? AdvanceValue { get; set; }
    public string? TieBreak { get; set; }
    public List<PartForm> Parts { get; set; } = [];

    public static RoundForm Of(RoundInput r) => new()
    {
        Name = r.Name, Kind = r.Kind, Advancement = r.Advancement, AdvanceValue = r.AdvanceValue,
        TieBreak = string.Join(", ", r.TieBreak ?? []), Parts = (r.Parts ?? []).Select(PartForm.Of).ToList(),
    };

    /// <summary>The tie-break after part <paramref name="removed"/> left the round: its number dropped, the later parts' numbers one lower (unreadable text kept as typed).</summary>
    public static string? WithoutPart(string? tieBreak, int removed)
    {
        var numbers = (tieBreak ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries);
        return numbers.All(n => int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            ? string.Join(", ", numbers.Select(n => int.Parse(n, CultureInfo.InvariantCulture)).Where(n => n != removed).Select(n => n > removed ? n - 1 : n))
            : tieBreak;
    }

    public RoundInput ToInput(string key, int number, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
    {
        var tieBreak = new List<int>();
        foreach (var n in (TieBreak ?? "").Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries))
        {
            if (int.TryParse(n, NumberStyles.None, CultureInfo.InvariantCulture, out var p))
            {
                tieBreak.Add(p);
            }
            else
            {
                errors.AddModelError($"{key}.TieBreak", $"Vòng {number}: thứ tự xét khi bằng điểm ghi số thứ tự các phần thi, cách nhau bởi dấu phẩy (ví dụ “2, 3”).");
                break;
            }
        }

        return new RoundInput
        {
            Name = Name, Kind = Kind, Advancement = Advancement, AdvanceValue = Advancement is null or Contests.Advancement.None ? null : AdvanceValue,
            TieBreak = tieBreak, Parts = Parts.Select((p, j) => p.ToInput($"{key}.Parts[{j}]", $"Vòng {number}, phần thi {j + 1}", errors)).ToList(),
        };
    }
}

/// <summary>One part as the form shows it: the criteria one per line, "Tên tiêu chí | điểm tối đa".</summary>
public sealed class PartForm
{
    public string? Name { get; set; }
    public PartKind? Kind { get; set; }
    public decimal? MaxPoints { get; set; }
    public decimal? LatePenaltyPerDay { get; set; }
    public int? TrimmedMeanFrom { get; set; }
    public int? QuizMinutes { get; set; }
    public int? TimeLimitMinutes { get; set; }
    public decimal? OvertimePenaltyPerMinute { get; set; }
    public string? Criteria { get; set; }

    public static PartForm Of(PartInput p) => new()
    {
        Name = p.Name, Kind = p.Kind, MaxPoints = p.MaxPoints, LatePenaltyPerDay = p.LatePenaltyPerDay, TrimmedMeanFrom = p.TrimmedMeanFrom, QuizMinutes = p.QuizMinutes,
        TimeLimitMinutes = p.TimeLimitMinutes, OvertimePenaltyPerMinute = p.OvertimePenaltyPerMinute,
        Criteria = string.Join("\n", (p.Criteria ?? []).Select(c => $"{c.Name} | {EditModel.Num(c.MaxPoints)}")),
    };

    public PartInput ToInput(string key, string where, Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary errors)
    {
        var criteria = new List<CriterionInput>();
        foreach (var line in (Criteria ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0))
        {
            var bar = line.LastIndexOf('|');
            var points = bar < 0 ? null : line[(bar + 1)..].Trim().Replace(',', '.');
            if (points is null || !decimal.TryParse(points, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var max))
            {
                errors.AddModelError($"{key}.Criteria", $"{where}: mỗi dòng tiêu chí ghi “Tên tiêu chí | điểm tối đa”, ví dụ “Nội dung | 20” (dòng “{line}”).");
                break;
            }

            criteria.Add(new CriterionInput { Name = line[..bar].Trim(), MaxPoints = max });
        }

        return new PartInput
        {
            Name = Name, Kind = Kind, MaxPoints = MaxPoints, LatePenaltyPerDay = LatePenaltyPerDay, TrimmedMeanFrom = TrimmedMeanFrom, QuizMinutes = QuizMinutes,
            TimeLimitMinutes = TimeLimitMinutes, OvertimePenaltyPerMinute = OvertimePenaltyPerMinute, Criteria = criteria,
        };
    }
}
