using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>The councils the user manages or sits on; one council's members and sessions; set-up forms for its managers.</summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public CouncilForm Input { get; set; } = new();

    public sealed class CouncilForm
    {
        public Guid? UnitId { get; set; }
        public string? Name { get; set; }
        public DateOnly? TermFrom { get; set; }
        public DateOnly? TermTo { get; set; }
        public Guid? PersonId { get; set; }
        public MemberRole? Role { get; set; }
        public Guid? UserId { get; set; }
        public DateOnly? Date { get; set; }
        public string? Place { get; set; }
    }

    public IReadOnlyList<CouncilSummary> Councils { get; private set; } = [];
    public CouncilDto? Council { get; private set; }
    public IReadOnlyList<(Guid Id, string Name)> ManagedUnits { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> People { get; private set; } = [];
    public IReadOnlyList<(Guid Id, string Name)> Accounts { get; private set; } = [];

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken ct)
    {
        var result = await CreateCouncil.HandleAsync(db, Me, new CouncilInput(Input.UnitId, Input.Name, Input.TermFrom, Input.TermTo, null), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), aboutPageObject: false);
        }

        TempData["Message"] = "Đã lập Hội đồng.";
        return Redirect($"/Council?id={result.Value!.Id}");
    }

    public async Task<IActionResult> OnPostMemberAsync(CancellationToken ct)
    {
        var result = await AddMember.HandleAsync(db, Me, Id ?? Guid.Empty, new MemberInput(Input.PersonId, Input.Role, Input.UserId), null, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã thêm thành viên.";
        return Redirect($"/Council?id={Id}");
    }

    public async Task<IActionResult> OnPostSessionAsync(CancellationToken ct)
    {
        var result = await CreateSession.HandleAsync(db, Me, Id ?? Guid.Empty, new SessionInput(Input.Date, Input.Place), ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page());
        }

        TempData["Message"] = "Đã lên lịch phiên họp.";
        return Redirect($"/Council/Session/{result.Value!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        Councils = await ListCouncils.HandleAsync(db, Me, ct);
        ManagedUnits = (await db.Units.AsNoTracking().VisibleTo(db, Me, Permission.ManageCouncil).OrderBy(u => u.Depth).ThenBy(u => u.Name).Take(200)
            .Select(u => new { u.Id, u.Name }).ToListAsync(ct)).Select(u => (u.Id, u.Name)).ToList();
        if (Id is not { } id)
        {
            return null;
        }

        var council = await GetCouncil.HandleAsync(db, Me, id, ct);
        if (council.Error is { } error)
        {
            return this.ToPage(error);
        }

        Council = council.Value!;
        if (Council.CanManage)
        {
            var tenantId = Me.TenantId;
            var taken = Council.Members.Select(m => m.PersonId).ToList();
            People = (await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && !taken.Contains(p.Id)).OrderBy(p => p.FullName).Take(500)
                .Select(p => new { p.Id, Name = p.FullName + " — " + db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First() }).ToListAsync(ct))
                .Select(p => (p.Id, p.Name)).ToList();
            Accounts = (await db.Users.AsNoTracking().Where(u => u.TenantId == tenantId).OrderBy(u => u.UserName).Take(500)
                .Select(u => new { u.Id, u.UserName }).ToListAsync(ct)).Select(u => (u.Id, u.UserName ?? "")).ToList();
        }

        return null;
    }
}
