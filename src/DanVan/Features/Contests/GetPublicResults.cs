using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed record PublicAwardDto(int Seq, string PrizeName, PrizeSubject Subject, string HolderName, string UnitName, string? Position, int? Rank, decimal? Total,
    long Amount);

/// <summary>What anyone may read of an open contest's results: the decision and the prizes given (no certificate code, no withheld line); before it, the prize structure and why there is no result yet.</summary>
public sealed record PublicResultsDto(Guid ContestId, string ContestName, string? PrizeBasis, IReadOnlyList<PrizeDto> Prizes, bool Issued, string? Number, DateOnly? Date,
    string? Note, IReadOnlyList<PublicAwardDto> Awards);

public static class GetPublicResults
{
    public static async Task<Result<PublicResultsDto>> HandleAsync(AppDbContext db, Guid contestId, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().Include(c => c.Prizes).FirstOrDefaultAsync(c => c.Id == contestId && c.Status == ContestStatus.Open, ct);
        if (contest is null)
        {
            return ContestErrors.NotFound;
        }

        var prizes = contest.Prizes.OrderBy(p => p.Seq).ToList();
        var byId = prizes.ToDictionary(p => p.Id);
        var awards = contest.ResultsDocumentId is null ? []
            : await db.ContestAwards.AsNoTracking().Where(a => a.ContestId == contestId && !a.Withheld).OrderBy(a => a.Seq).ToListAsync(ct);
        return new PublicResultsDto(contest.Id, contest.Name, contest.PrizeBasis, [.. prizes.Select(GetResults.Prize)], contest.ResultsDocumentId is not null,
            contest.ResultsNumber, contest.ResultsDate, contest.ResultsDocumentId is null ? "Hội thi chưa công bố kết quả." : null,
            [.. awards.Select(a => new PublicAwardDto(a.Seq, byId[a.PrizeId].Name, byId[a.PrizeId].Subject, a.HolderName, a.UnitName, a.Position, a.Rank, a.Total, a.Amount))]);
    }
}
