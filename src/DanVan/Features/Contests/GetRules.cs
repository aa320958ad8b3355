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
        var results = (await GetPublicResults.HandleAsync(db, id, ct)).Value!;
        return new RulesDto(dto.Id, dto.Name, dto.OrganisingUnitName, dto.PlanText, [.. ContestRulesText.Sections(dto), .. PrizeSections(results)]);
    }

    /// <summary>The prize structure with its basis, and — once the decision is issued — the prizes given (what the public may read).</summary>
    public static IEnumerable<RulesSection> PrizeSections(PublicResultsDto r)
    {
        if (r.Prizes.Count > 0)
        {
            yield return new RulesSection("Cơ cấu giải thưởng", [.. r.Prizes.Select(p => p.Description), $"Căn cứ: {r.PrizeBasis}."]);
        }

        if (r.Issued)
        {
            yield return new RulesSection($"Kết quả (Quyết định số {r.Number} ngày {Infrastructure.Text.VnTime.Date(r.Date)})",
                [.. r.Awards.Select(a => $"{a.PrizeName}: {a.HolderName}" + (a.Subject == PrizeSubject.Team ? "" : $" ({a.UnitName})")
                    + (a.Rank is { } rank ? $" — hạng {rank}, {ContestErrors.Points(a.Total ?? 0)} điểm" : ""))]);
        }
    }
}
