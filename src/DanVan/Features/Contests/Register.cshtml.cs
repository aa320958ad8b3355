using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>An eligible unit's officer registers (or registers again) its team: the unit's people holding an allowed position, each given a role.</summary>
public sealed class RegisterModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? UnitId { get; set; }

    [BindProperty]
    public List<Choice> Input { get; set; } = [];

    public sealed class Choice
    {
        public Guid PersonId { get; set; }
        public MemberRole? Role { get; set; }
    }

    public sealed record Candidate(Guid Id, string Name, string? Position, string UnitName);

    public ContestDto Contest { get; private set; } = null!;
    public IReadOnlyList<(Guid Id, string Name)> Units { get; private set; } = [];
    public IReadOnlyList<Candidate> People { get; private set; } = [];
    public TeamDto? Existing { get; private set; }

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ?? Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var input = new RegisterTeamInput { UnitId = UnitId, Members = [.. Input.Where(c => c.Role is not null).Select(c => new MemberInput { PersonId = c.PersonId, Role = c.Role })] };
        var result = await RegisterTeam.HandleAsync(db, Me, Id, input, ct);
        if (result.Error is { } error)
        {
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), "Team");
        }

        TempData["Message"] = "Đã đăng ký đội thi; chờ ban tổ chức tiếp nhận.";
        return Redirect($"/Contests/Details/{Id}#team-{result.Value!.Id}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var contest = await GetContest.HandleAsync(db, Me, Id, ct);
        if (contest.Error is { } error)
        {
            return this.ToPage(error);
        }

        Contest = contest.Value!;
        var entity = await db.Contests.AsNoTracking().FirstAsync(c => c.Id == Id, ct);
        Units = (await ContestAccess.RegisterableUnits(db, Me, entity).OrderBy(u => u.Name).Select(u => new { u.Id, u.Name }).ToListAsync(ct))
            .Select(u => (u.Id, u.Name)).ToList();
        if (Units.Count == 0)
        {
            return this.ToPage(AppError.Forbidden);
        }

        UnitId = Units.Any(u => u.Id == UnitId) ? UnitId : Units[0].Id;
        Existing = Contest.Teams.FirstOrDefault(t => t.UnitId == UnitId);
        var path = await db.Units.Where(u => u.Id == UnitId).Select(u => u.Path).FirstAsync(ct);
        var tenantId = Me.TenantId;
        var people = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && p.Unit!.Path.StartsWith(path)).OrderBy(p => p.Unit!.Path).ThenBy(p => p.FullName)
            .Select(p => new Candidate(p.Id, p.FullName, p.Position, p.Unit!.Name)).Take(500).ToListAsync(ct);
        People = [.. people.Where(p => TeamMembers.PositionAllowed(Contest.AllowedPositions, p.Position))];
        return null;
    }
}
