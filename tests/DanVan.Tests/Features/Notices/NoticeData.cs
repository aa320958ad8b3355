using DanVan.Features.Calendar;
using DanVan.Features.Notices;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Features.Nominations;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Notices;

/// <summary>
/// Notice rows for security and gate tests: a notice of a unit listing one nominee (of a fresh dossier of the unit, or the
/// one given), published from today (or ended: published from 30 days ago), with one comment waiting for a disposition.
/// </summary>
public static class NoticeData
{
    public sealed record Made(Guid Notice, Guid Entry, Guid Nominee, Guid Comment, string Receipt);

    public static async Task<Made> AddNoticeAsync(this AppDbContext db, Guid unitId, Guid? nomineeId = null, bool published = true, bool ended = false,
        bool comment = true)
    {
        var nominee = nomineeId ?? (await db.AddDossierAsync(unitId, nominee: true)).Nominee!.Value;
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var row = await db.DossierNominees.AsNoTracking().SingleAsync(n => n.Id == nominee);
        var today = VnTime.Today(db.Time);
        var start = ended ? today.AddDays(-30) : today;
        var end = await new WorkingDays(db).AddWorkingDaysAsync(tenantId, start, ended ? 5 : 10);
        var notice = PublicNotice.Create(tenantId, unitId, null, "Công khai thử", end, [new NoticeEntrySpec(row.Id, row.Name, row.UnitName, row.AwardName, "Thành tích thử")])
            .Value!;
        if (published)
        {
            var publisher = await db.Users.OrderBy(u => u.UserName).Select(u => u.Id).FirstAsync(); // any account: the row's publisher must exist
            notice.Publish(start, new Actor(publisher, "kiểm thử", DateTime.UtcNow)).ShouldBeNull();
        }

        db.PublicNotices.Add(notice);
        NoticeComment? c = null;
        if (comment)
        {
            c = new NoticeComment(notice, notice.Entries[0], "Người Góp Ý", "0905123456", "Ý kiến thử", DateTime.UtcNow);
            db.NoticeComments.Add(c);
        }

        await db.SaveChangesAsync();
        return new Made(notice.Id, notice.Entries[0].Id, nominee, c?.Id ?? Guid.Empty, c is null ? "" : NoticeComment.ShowReceipt(c.Receipt));
    }
}
