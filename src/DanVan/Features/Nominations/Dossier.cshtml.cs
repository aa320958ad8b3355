using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// A dossier: nominees with their verdicts and proof sheets (stored, and what changed on a fresh evaluation), report fields,
/// files, completeness, return notices in place, what changed since the last submission, history; the actions the caller
/// may take now — each a thin adapter over the same handler as the API.
/// </summary>
public sealed class DossierModel(AppDbContext db) : PageModel
{
    public sealed class ReturnRow
    {
        public Guid? NomineeId { get; set; }
        public string? Requirement { get; set; }
        public string? Reason { get; set; }
    }

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public int? Version { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? PersonId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AwardKindId { get; set; }

    [BindProperty]
    public int? Year { get; set; }

    [BindProperty]
    public Guid? NomineeId { get; set; }

    [BindProperty]
    public ReportInput Report { get; set; } = new(null, null, null, null);

    [BindProperty]
    public DossierDocument? Document { get; set; }

    [BindProperty]
    public IFormFile? Upload { get; set; }

    [BindProperty]
    public Guid? AttachmentId { get; set; }

    [BindProperty]
    public List<ReturnRow> Items { get; set; } = [];

    [BindProperty]
    public string? Note { get; set; }

    public DossierDto Dossier { get; private set; } = null!;
    public RoundDto Round { get; private set; } = null!;
    public IReadOnlyDictionary<Guid, ProofSheetDto> Sheets { get; private set; } = new Dictionary<Guid, ProofSheetDto>();
    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostNomineeAsync(CancellationToken ct) => ActAsync(() => AddNominee.HandleAsync(db, Me, Id,
        new NomineeInput(PersonId, PersonId is null ? UnitId : null, AwardKindId, Year), Version, ct), "Đã thêm vào hồ sơ; bảng kiểm tra tiêu chuẩn được lưu kèm.", ct);

    public Task<IActionResult> OnPostRemoveNomineeAsync(CancellationToken ct) =>
        ActAsync(() => RemoveNominee.HandleAsync(db, Me, Id, NomineeId ?? Guid.Empty, Version, ct), "Đã bỏ khỏi hồ sơ.", ct);

    public Task<IActionResult> OnPostReportAsync(CancellationToken ct) =>
        ActAsync(() => SaveNomineeReport.HandleAsync(db, Me, Id, NomineeId ?? Guid.Empty, Report, Version, ct), "Đã lưu báo cáo thành tích.", ct);

    public Task<IActionResult> OnPostAttachAsync(CancellationToken ct) =>
        ActAsync(() => AddDossierAttachment.HandleAsync(db, Me, Id, Document, NomineeId, Upload, Version, ct), "Đã đính kèm tệp.", ct);

    public Task<IActionResult> OnPostRemoveAttachmentAsync(CancellationToken ct) =>
        ActAsync(() => RemoveDossierAttachment.HandleAsync(db, Me, Id, AttachmentId ?? Guid.Empty, Version, ct), "Đã gỡ tệp.", ct);

    public Task<IActionResult> OnPostSubmitAsync(CancellationToken ct) =>
        ActAsync(() => SubmitDossier.HandleAsync(db, Me, Id, Version, ct), "Đã gửi hồ sơ lên cấp trên.", ct);

    public Task<IActionResult> OnPostReturnAsync(CancellationToken ct) => ActAsync(() => ReturnDossier.HandleAsync(db, Me, Id,
        new ReturnInput(Items.Where(i => !string.IsNullOrWhiteSpace(i.Reason) || i.NomineeId is not null).Select(ToItem).ToList()), Version, ct),
        "Đã trả lại hồ sơ cho đơn vị kèm nội dung cần sửa.", ct);

    public Task<IActionResult> OnPostAcceptAsync(CancellationToken ct) =>
        ActAsync(() => AcceptDossier.HandleAsync(db, Me, Id, new NoteInput(Note), Version, ct), "Đã tiếp nhận hồ sơ.", ct);

    public Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct) =>
        ActAsync(() => WithdrawDossier.HandleAsync(db, Me, Id, new NoteInput(Note), Version, ct), "Đã rút hồ sơ.", ct);

    /// <summary>"Rule:PersonRating", "Document:CouncilMinutes" or "Other" from the select.</summary>
    private static ReturnItemInput ToItem(ReturnRow row)
    {
        var parts = (row.Requirement ?? "Other").Split(':', 2);
        return parts[0] switch
        {
            "Rule" when Enum.TryParse<RuleKind>(parts[1], out var rule) => new(row.NomineeId, ReturnRequirement.Rule, rule, null, row.Reason),
            "Document" when Enum.TryParse<DossierDocument>(parts[1], out var doc) => new(row.NomineeId, ReturnRequirement.Document, null, doc, row.Reason),
            _ => new(row.NomineeId, ReturnRequirement.Other, null, null, row.Reason),
        };
    }

    private CurrentUser Me => CurrentUser.Require(User);

    private async Task<IActionResult> ActAsync(Func<Task<Result<DossierDto>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (result.Error is null)
        {
            TempData["Message"] = done;
            return Redirect($"/Nominations/Dossier/{Id}");
        }

        return await this.ToPageAsync(result.Error, async () => await LoadAsync(ct) ?? Page());
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        if (!(await NominationAccess.FindAsync(db, Me, Id, ct)).TryGet(out var loaded, out var error))
        {
            return this.ToPage(error);
        }

        Dossier = await GetDossier.DtoAsync(db, Me, loaded, ct);
        Round = (await GetRound.HandleAsync(db, Me, loaded.Round.Id, ct)).Value!;
        var kindIds = loaded.Dossier.Nominees.Select(n => n.AwardKindId).Distinct().ToList();
        var kinds = await db.AwardKinds.AsNoTracking().WithVersions().Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, ct);
        var sheets = new Dictionary<Guid, ProofSheetDto>();
        foreach (var n in loaded.Dossier.Nominees)
        {
            sheets[n.Id] = await GetProofSheet.SheetsAsync(db, kinds[n.AwardKindId], n, ct);
        }

        Sheets = sheets;
        if (Dossier.Can.Edit)
        {
            var unitId = Dossier.UnitId;
            var path = await db.Units.Where(u => u.Id == unitId).Select(u => u.Path).FirstAsync(ct);
            Units = (await db.Units.AsNoTracking().Where(u => u.Id == unitId || u.ParentId == unitId).OrderBy(u => u.Path).Take(100)
                .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
            People = (await db.People.AsNoTracking().Where(p => db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(path)))
                .OrderBy(p => p.FullName).Take(200).Select(p => new { p.Id, p.FullName }).ToListAsync(ct)).Select(p => (p.Id, p.FullName)).ToList();
            if (PersonId is { } wanted && People.All(p => p.Id != wanted) // pre-selected ("Đề nghị" on who qualifies) beyond the first 200
                && await db.People.AsNoTracking().Where(p => p.Id == wanted && db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(path)))
                    .Select(p => p.FullName).FirstOrDefaultAsync(ct) is { } name)
            {
                People = [(wanted, name), .. People];
            }
        }

        Year ??= Round.Year;
        return null;
    }
}
