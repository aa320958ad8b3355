using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Nominations;

/// <summary>A round with its offers, deadlines (as dates; "tạm tính" when counted on an unconfirmed calendar) and the caller's dossiers counted per state.</summary>
public static class GetRound
{
    public static async Task<Result<RoundDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await NominationAccess.FindRoundAsync(db, user, id, ct)).TryGet(out var round, out var missing))
        {
            return missing;
        }

        var kindIds = round.Offers.Select(o => o.AwardKindId).ToList();
        var kinds = await db.AwardKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, ct);
        var counts = await NominationAccess.Visible(db, user).Where(d => d.RoundId == id).GroupBy(d => d.Status)
            .Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, ct);
        return new RoundDto(round.Id, round.Version, round.Year, round.Name, round.Kind, round.Kind.Label(), round.OpensOn,
            await DeadlineAsync(db, round.TenantId, round.OpensOn, round.UnitDue, round.UnitDueWorkingDays, ct),
            await DeadlineAsync(db, round.TenantId, round.OpensOn, round.SuperiorDue, round.SuperiorDueWorkingDays, ct), round.Status,
            round.Offers.Select(o => kinds[o.AwardKindId]).OrderBy(k => k.Position)
                .Select(k => new OfferDto(k.Id, k.Code, k.Name, round.Offers.First(o => o.AwardKindId == k.Id).QuotaNote, k.Subjects.ToList())).ToList(),
            Enum.GetValues<DossierStatus>().Select(s => new StatusCount(s, s.Label(), counts.GetValueOrDefault(s))).ToList(),
            await NominationAccess.MayManageRoundsAsync(db, user, ct));
    }

    /// <summary>
    /// A deadline as shown: the date, and for one counted in working days "N ngày làm việc kể từ …", marked "tạm tính" while
    /// a year it crosses is not confirmed — read now, so the note goes once the administrator confirms the calendar.
    /// </summary>
    public static async Task<DeadlineDto> DeadlineAsync(AppDbContext db, Guid tenantId, DateOnly opensOn, DateOnly date, int? workingDays, CancellationToken ct)
    {
        if (workingDays is not { } n)
        {
            return new DeadlineDto(date, null, false, VnTime.Date(date));
        }

        var counted = await new WorkingDays(db).AddWorkingDaysAsync(tenantId, opensOn, n, ct);
        var text = $"{VnTime.Date(counted.Date)} ({n} ngày làm việc kể từ {VnTime.Date(opensOn)})"
            + (counted.Provisional ? $" — tạm tính: lịch ngày làm việc năm {string.Join(", ", counted.ProvisionalYears)} chưa được xác nhận" : "");
        return new DeadlineDto(counted.Date, n, counted.Provisional, text);
    }
}
