using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Awards;

/// <summary>
/// The prize an award carries for a subject if decided on a date: the award's version in force that day and the base
/// salary in force that day (<see cref="Prize"/>), with the arithmetic and both citations.
/// </summary>
public static class ComputePrize
{
    public static async Task<Result<PrizeDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid awardKindId, AwardSubject subject, DateOnly? date,
        CancellationToken ct)
    {
        var day = date ?? VnTime.Today(db.Time);
        if (!(await AwardCatalogue.InForceAsync(db, user, awardKindId, day, ct)).TryGet(out var award, out var refused))
        {
            return refused;
        }

        var (kind, version) = award;
        var baseSalary = await db.BaseSalaries.AsNoTracking().InForceOn(user.TenantId, day).FirstOrDefaultAsync(ct);
        var quote = Prize.Compute(kind, version, subject, baseSalary);
        if (!quote.TryGet(out var q, out var error))
        {
            return error.Code == "award.no_base_salary" ? AwardErrors.NoBaseSalary(day) : error;
        }

        return new PrizeDto(kind.Id, kind.Name, subject, day, version.Number, q.Amount, q.Multiple, q.Factor, q.BaseAmount, q.BaseFrom, q.BaseCitation,
            q.Citation, q.Explanation);
    }
}
