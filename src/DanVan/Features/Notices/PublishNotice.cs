using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Notices;

/// <summary>Publishes a draft on the public portal (once; a second publish, or a race of two, answers 409 and changes nothing).</summary>
public static class PublishNotice
{
    public static async Task<Result<NoticeDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, int? expectedVersion, CancellationToken ct)
    {
        if (!(await NoticeAccess.Rule.LoadAsync(db, user, id, Permission.ManageCouncil, ct)).TryGet(out var notice, out var error))
        {
            return error;
        }

        if ((db.Expect(notice, expectedVersion) ?? notice.Publish(VnTime.Today(db.Time), Actor.Of(user, db.Time))) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetNotice.DtoAsync(db, notice, true, ct);
    }
}
