using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Consultations;

/// <summary>
/// /Consultations/Addressed: the requests for an opinion addressed to the units the user answers for
/// (<see cref="ConsultationAccess.Addressed"/>) — each with who asked, the nominees it is about, the due date in words and,
/// while it may be answered, the reply form (the same operation as POST /consultations/{id}/reply).
/// </summary>
public sealed class AddressedModel(AppDbContext db) : PageModel
{
    [BindProperty]
    public ReplyForm Reply { get; set; } = new();

    public sealed class ReplyForm
    {
        public Guid? ConsultationId { get; set; }
        public int? Version { get; set; }
        public ConsultationOpinion? Opinion { get; set; }
        public string? Answer { get; set; }
        public string? AnswerNumber { get; set; }
    }

    public AddressedListDto List { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        List = await ListAddressed.HandleAsync(db, CurrentUser.Require(User), ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var r = Reply;
        if (!ModelState.IsValid) // a tampered field (a version or an opinion that is not one): said on the form, nothing sent
        {
            List = await ListAddressed.HandleAsync(db, me, ct);
            return Page();
        }

        var result = await ReplyToConsultation.HandleAsync(db, me, r.ConsultationId ?? Guid.Empty, new ReplyInput(r.Opinion, r.Answer, r.AnswerNumber), r.Version, ct);
        if (result.Error is { } error)
        {
            if (this.ToPageOrNote(error, nameof(Reply)) is { } refused)
            {
                return refused;
            }

            List = await ListAddressed.HandleAsync(db, me, ct); // the card posted keeps what was typed, with the message in it
            return Page();
        }

        TempData["Message"] = $"Đã gửi ý kiến trả lời tới {result.Value!.LevelUnitName}.";
        return Redirect($"/Consultations/Addressed#consultation-{result.Value.Request.Id}");
    }
}
