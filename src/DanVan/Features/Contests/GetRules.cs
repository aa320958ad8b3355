using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>The public rules page of an open contest (no sign-in): a draft or an unknown id is a 404.</summary>
public static class GetRules
{
    public static async Task<Result<RulesDto>> HandleAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        if (!await db.Contests.AnyAsync(c => c.Id == id && c.Status == ContestStatus.Open, ct))
        {
            return ContestErrors.NotFound;
        }

        var contest = await GetContest.LoadAsync(db, id, ct);
        var dto = await GetContest.DtoAsync(db, contest, [], canManage: false, [], ct);
        return new RulesDto(dto.Id, dto.Name, dto.OrganisingUnitName, dto.PlanText, ContestRulesText.Sections(dto));
    }
}
