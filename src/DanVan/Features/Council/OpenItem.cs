using DanVan.Features.Accounts;
using DanVan.Features.Notices;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>
/// Puts an item to the vote (electronic by default, or paper) while the session is open and the quorum is present;
/// conflicts computed from the current members are recorded first. A nominee on a public notice waits until the notice
/// has ended and every comment about them has a disposition (<see cref="NoticeGate"/>); one whose dossier a consultation is
/// still waiting on, until its reply or silence is recorded (<see cref="Consultations.ConsultationGate"/>).
/// </summary>
public static class OpenItem
{
    public static Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid itemId, OpenItemInput? input, int? expectedVersion,
        CancellationToken ct) =>
        ItemChange.HandleAsync(db, user, itemId, expectedVersion, async (l, item) =>
        {
            await Conflicts.ApplyAsync(db, l.Council, [item], ct);
            return item.Open(l.Session, l.Council, input?.Method ?? VoteMethod.Electronic)
                   ?? await NoticeGate.CheckVoteAsync(db, item.TenantId, item.NomineeId, item.Name, ct)
                   ?? await Consultations.ConsultationGate.CheckVoteAsync(db, item.TenantId, item.NomineeId, item.DossierId, item.Name, ct)
                   ?? Notifications.Notify.BallotOpened(db, user, l.Council, item);
        }, ct);
}
