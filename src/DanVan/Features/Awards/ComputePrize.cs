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
        if (!await AwardCatalogue.MayViewAsync(db, user, ct))
        {
            return AwardErrors.KindNotFound;
        }

        var kind = await db.AwardKinds.AsNoTracking().Where(k => k.Id == awardKindId && k.TenantId == user.TenantId).WithVersions().FirstOrDefaultAsync(ct);
        if (kind is null)
        {
            return AwardErrors.KindNotFound;
        }

        var day = date ?? VnTime.Today(db.Time);
        if (kind.VersionOn(day) is not { } version)
        {
            return AwardErrors.NotInForce(kind, day);
        }

        if (!version.Active)
        {
            return AwardErrors.Withdrawn(kind, version.EffectiveFrom);
        }

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
