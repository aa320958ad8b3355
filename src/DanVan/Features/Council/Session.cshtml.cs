using DanVan.Features.Accounts;
using DanVan.Features.Consultations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>A session: attendance, agenda with rules and recusals, opening and closing items, paper counts, written opinions, tallies.</summary>
public sealed class SessionModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public SessionForm Input { get; set; } = new();

    public sealed class SessionForm
    {
        public Guid? ItemId { get; set; }
        public Guid? MemberId { get; set; }
        public AttendanceStatus? Status { get; set; }
        public Guid? RoundId { get; set; }
        public VoteMethod? Method { get; set; }
        public string? Reason { get; set; }
        public BallotChoice? Choice { get; set; }
        public int? Issued { get; set; }
        public int? Returned { get; set; }
        public int? Valid { get; set; }
        public int? Yes { get; set; }
        public int? No { get; set; }
        public int? Abstain { get; set; }
    }

    public SessionDto Session { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Rounds { get; private set; } = [];
    public IReadOnlyDictionary<Guid, PaperCountsDto> Paper { get; private set; } = new Dictionary<Guid, PaperCountsDto>();

    /// <summary>Per item id: the public notice status of its nominee (items whose nominee was on no published notice are absent).</summary>
    public IReadOnlyDictionary<Guid, DanVan.Features.Notices.NoticeGate.Status> NoticeStatus { get; private set; } = new Dictionary<Guid, DanVan.Features.Notices.NoticeGate.Status>();

    /// <summary>The consultations still waiting per agenda item (items with none are absent): they hold the vote (<see cref="ConsultationGate"/>).</summary>
    public IReadOnlyDictionary<Guid, IReadOnlyList<ConsultationGate.Waiting>> Consultations { get; private set; } =
        new Dictionary<Guid, IReadOnlyList<ConsultationGate.Waiting>>();

    public DateOnly Today { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public Task<IActionResult> OnPostAttendanceAsync(CancellationToken ct) =>
        DoAsync(() => RecordAttendance.HandleAsync(db, Me, Id, new AttendanceInput(Input.MemberId, Input.Status), null, ct), "Đã điểm danh.", ct);

    public Task<IActionResult> OnPostAgendaAsync(CancellationToken ct) =>
        DoAsync(() => BuildAgenda.HandleAsync(db, Me, Id, new AgendaInput(Input.RoundId), null, ct), "Đã đưa các hồ sơ được tiếp nhận vào chương trình.", ct);

    public async Task<IActionResult> OnPostUpAsync(CancellationToken ct)
    {
        var order = await db.AgendaItems.Where(i => i.SessionId == Id).OrderBy(i => i.Position).Select(i => i.Id).ToListAsync(ct);
        var at = order.IndexOf(Input.ItemId ?? Guid.Empty);
        if (at > 0)
        {
            (order[at - 1], order[at]) = (order[at], order[at - 1]);
        }

        return await DoAsync(() => ReorderAgenda.HandleAsync(db, Me, Id, new OrderInput(order), null, ct), "Đã đổi thứ tự.", ct);
    }

    public Task<IActionResult> OnPostOpenSessionAsync(CancellationToken ct) =>
        DoAsync(() => OpenSession.HandleAsync(db, Me, Id, null, ct), "Đã khai mạc phiên họp.", ct);

    public Task<IActionResult> OnPostCloseSessionAsync(CancellationToken ct) =>
        DoAsync(() => CloseSession.HandleAsync(db, Me, Id, null, ct), "Đã bế mạc phiên họp.", ct);

    public Task<IActionResult> OnPostOpenItemAsync(CancellationToken ct) =>
        DoAsync(() => OpenItem.HandleAsync(db, Me, Input.ItemId ?? Guid.Empty, new OpenItemInput(Input.Method), null, ct), "Đã mở biểu quyết.", ct);

    public Task<IActionResult> OnPostCloseItemAsync(CancellationToken ct) =>
        DoAsync(() => CloseItem.HandleAsync(db, Me, Input.ItemId ?? Guid.Empty, null, ct), "Đã kết thúc biểu quyết và công bố kết quả.", ct);

    public Task<IActionResult> OnPostConflictAsync(CancellationToken ct) =>
        DoAsync(() => DeclareConflict.HandleAsync(db, Me, Input.ItemId ?? Guid.Empty, new ConflictInput(Input.MemberId, Input.Reason), null, ct),
            "Đã ghi nhận thành viên không tham gia biểu quyết nội dung này.", ct);

    public Task<IActionResult> OnPostOpinionAsync(CancellationToken ct) =>
        DoAsync(() => EnterWrittenOpinion.HandleAsync(db, Me, Input.ItemId ?? Guid.Empty, new WrittenOpinionInput(Input.MemberId, Input.Choice), ct),
            "Đã nhập ý kiến bằng văn bản.", ct);

    public Task<IActionResult> OnPostPaperAsync(CancellationToken ct) =>
        DoAsync(() => EnterPaperCount.HandleAsync(db, Me, Input.ItemId ?? Guid.Empty,
            new PaperCountInput(Input.Issued, Input.Returned, Input.Valid, Input.Yes, Input.No, Input.Abstain), ct), "Đã lưu kết quả kiểm phiếu.", ct);

    private async Task<IActionResult> DoAsync<T>(Func<Task<Result<T>>> action, string done, CancellationToken ct)
    {
        var result = await action();
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = done;
        return Redirect($"/Council/Session/{Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var session = await GetSession.HandleAsync(db, Me, Id, ct);
        if (session.Error is { } error)
        {
            return this.ToPage(error);
        }

        Session = session.Value!;
        var nominees = await db.AgendaItems.AsNoTracking().Where(i => i.SessionId == Id).Select(i => new { i.Id, i.NomineeId, i.DossierId }).ToListAsync(ct);
        var statuses = await DanVan.Features.Notices.NoticeGate.StatusesAsync(db, Me.TenantId, nominees.Select(n => n.NomineeId).ToList(), ct);
        NoticeStatus = nominees.Where(n => statuses.ContainsKey(n.NomineeId)).ToDictionary(n => n.Id, n => statuses[n.NomineeId]);
        var waiting = await ConsultationGate.WaitingAsync(db, Me.TenantId, nominees.Select(n => (n.NomineeId, n.DossierId)).ToList(), ct);
        Consultations = nominees.Where(n => waiting.ContainsKey(n.NomineeId)).ToDictionary(n => n.Id, n => waiting[n.NomineeId]);
        Today = VnTime.Today(db.Time);
        if (Session.CanManage)
        {
            var tenantId = Me.TenantId;
            Rounds = (await db.NominationRounds.AsNoTracking().Where(r => r.TenantId == tenantId).OrderByDescending(r => r.Year).ThenBy(r => r.Name).Take(50)
                .Select(r => new { r.Id, r.Name }).ToListAsync(ct)).Select(r => (r.Id, r.Name)).ToList();
            Paper = await EnterPaperCount.DtosAsync(db, Session.Items.Where(i => i.Method == VoteMethod.Paper).Select(i => i.Id).ToList(), ct);
        }

        return null;
    }
}
