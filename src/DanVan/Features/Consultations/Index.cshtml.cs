using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Consultations;

/// <summary>A dossier's consultations: each with its state in words; for the level holding the dossier, the forms to ask, to enter a reply and to record silence.</summary>
public sealed class IndexModel(AppDbContext db, WorkingDays workingDays) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public RequestForm Ask { get; set; } = new();

    [BindProperty]
    public AnswerForm Reply { get; set; } = new();

    public sealed class RequestForm
    {
        public Guid? NomineeId { get; set; }
        public Guid? ConsultedUnitId { get; set; }
        public string? Body { get; set; }
        public string? Question { get; set; }
        public string? LetterNumber { get; set; }
        public DateOnly? SentOn { get; set; }
        public int? WorkingDays { get; set; } = Consultation.DefaultWorkingDays;
        public string? Citation { get; set; } = Consultation.DefaultCitation;
    }

    public sealed class AnswerForm
    {
        public Guid? ConsultationId { get; set; }
        public int? Version { get; set; }
        public ConsultationOpinion? Opinion { get; set; }
        public string? Answer { get; set; }
        public string? AnswerNumber { get; set; }
        public DateOnly? AnsweredOn { get; set; }
    }

    public ConsultationListDto List { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Nominees { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostRequestAsync(CancellationToken ct)
    {
        var r = Ask;
        var result = await RequestOpinion.HandleAsync(db, workingDays, Me, Id,
            new RequestInput(r.NomineeId, r.ConsultedUnitId, r.Body, r.Question, r.LetterNumber, r.SentOn, r.WorkingDays, r.Citation), ct);
        return await DoneAsync(result, $"Đã ghi yêu cầu lấy ý kiến; hạn trả lời ngày {Infrastructure.Text.VnTime.Date(result.Value?.DueOn)}.", nameof(Ask), ct);
    }

    public async Task<IActionResult> OnPostAnswerAsync(CancellationToken ct)
    {
        var a = Reply;
        var result = await RecordAnswer.HandleAsync(db, Me, a.ConsultationId ?? Guid.Empty, new AnswerInput(a.Opinion, a.Answer, a.AnswerNumber, a.AnsweredOn),
            a.Version, ct);
        return await DoneAsync(result, "Đã ghi nhận văn bản trả lời.", nameof(Reply), ct);
    }

    public async Task<IActionResult> OnPostSilenceAsync(Guid consultationId, int? version, CancellationToken ct) =>
        await DoneAsync(await RecordSilence.HandleAsync(db, Me, consultationId, version, ct), "Đã ghi nhận: không trả lời trong thời hạn.", nameof(Reply), ct);

    private async Task<IActionResult> DoneAsync(Result<ConsultationDto> result, string message, string prefix, CancellationToken ct)
    {
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), prefix);
        }

        TempData["Message"] = message;
        return Redirect($"/Consultations/{Id}#consultation-{result.Value!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var list = await ListConsultations.HandleAsync(db, Me, Id, ct);
        if (list.Error is { } error)
        {
            return this.ToPage(error);
        }

        List = list.Value!;
        if (List.CanAct)
        {
            var dossierId = Id;
            Nominees = (await db.DossierNominees.AsNoTracking().Where(n => n.DossierId == dossierId).OrderBy(n => n.Name)
                .Select(n => new { n.Id, n.Name }).ToListAsync(ct)).Select(n => (n.Id, n.Name)).ToList();
            var tenantId = Me.TenantId;
            var root = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => u.Id).FirstAsync(ct);
            Units = (await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && u.ParentId == root && u.ValidTo == null).OrderBy(u => u.Name)
                .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        }

        return null;
    }
}
