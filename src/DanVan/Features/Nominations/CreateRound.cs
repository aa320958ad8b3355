using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>
/// Sở Nội vụ opens a round: year, name, kind, the awards on offer (each of the province's catalogue, with an optional quota
/// note), the two deadlines — each a date, or N working days from the opening counted through <see cref="WorkingDays"/>.
/// </summary>
public static class CreateRound
{
    public static async Task<Result<RoundDto>> HandleAsync(AppDbContext db, CurrentUser user, RoundInput input, CancellationToken ct)
    {
        if (await NominationAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (input.Year is not { } year)
        {
            return AppError.Required("Year", "năm xét");
        }

        var opensOn = input.OpensOn ?? VnTime.Today(db.Time);
        if (!(await ResolveAsync(db, user.TenantId, opensOn, input.UnitDue, "UnitDue", ct)).TryGet(out var unitDue, out var badUnit))
        {
            return badUnit;
        }

        if (!(await ResolveAsync(db, user.TenantId, opensOn, input.SuperiorDue, "SuperiorDue", ct)).TryGet(out var superiorDue, out var badSuperior))
        {
            return badSuperior;
        }

        var offers = (input.Offers ?? []).Where(o => o.AwardKindId is not null).Select(o => (o.AwardKindId!.Value, VietnameseText.Clean(o.QuotaNote))).ToList();
        var kindIds = offers.Select(o => o.Item1).Distinct().ToList();
        var tenantId = user.TenantId;
        if (await db.AwardKinds.CountAsync(k => kindIds.Contains(k.Id) && k.TenantId == tenantId, ct) != kindIds.Count)
        {
            return NominationErrors.UnknownAward;
        }

        if (!NominationRound.Create(tenantId, year, VietnameseText.Clean(input.Name) ?? "", input.Kind ?? RoundKind.Annual, opensOn, unitDue, superiorDue, offers)
                .TryGet(out var round, out var invalid))
        {
            return invalid;
        }

        db.NominationRounds.Add(round);
        await db.SaveChangesAsync(ct);
        return (await GetRound.HandleAsync(db, user, round.Id, ct)).Value!;
    }

    private static async Task<Result<ResolvedDeadline>> ResolveAsync(AppDbContext db, Guid tenantId, DateOnly opensOn, DeadlineInput? input, string field,
        CancellationToken ct)
    {
        switch (input)
        {
            case { Date: { } date, WorkingDays: null }:
                return new ResolvedDeadline(date, null, false);
            case { Date: null, WorkingDays: { } n } when n is >= 1 and <= NominationRound.MaxWorkingDays:
                var counted = await new WorkingDays(db).AddWorkingDaysAsync(tenantId, opensOn, n, ct);
                return new ResolvedDeadline(counted.Date, n, counted.Provisional);
            case null or { Date: null, WorkingDays: null }:
                return AppError.Required(field, field == "UnitDue" ? "hạn đơn vị gửi hồ sơ" : "hạn cấp trên gửi Sở Nội vụ");
            default:
                return NominationErrors.DeadlineShape with { Field = field };
        }
    }
}
