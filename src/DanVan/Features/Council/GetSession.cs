using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Council;

/// <summary>
/// A session: attendance and quorum, the agenda in order with each item's rule, recusals with their reasons, how many
/// took part — and, only once an item is closed, its tally.
/// </summary>
public static class GetSession
{
    public static async Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await CouncilAccess.SessionAsync(db, user, id, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        return await DtoAsync(db, loaded, ct);
    }

    public static async Task<SessionDto> DtoAsync(AppDbContext db, CouncilAccess.Loaded loaded, CancellationToken ct)
    {
        var (council, session, manage, me) = loaded;
        var itemIds = session.Items.Select(i => i.Id).ToList();
        var participations = await db.BallotParticipations.AsNoTracking().Where(p => itemIds.Contains(p.ItemId))
            .Select(p => new { p.ItemId, p.MemberId, p.WrittenOpinion }).ToListAsync(ct);
        var names = council.Members.ToDictionary(m => m.Id, m => m.Name);
        var items = session.Items.OrderBy(i => i.Position).Select(i => new ItemDto(i.Id, i.Position, i.Name, i.UnitName, i.AwardKindId, i.AwardName, i.DossierId,
            i.State, i.State.Label(), i.Method, i.Rule.Requirement, i.Secret, i.Citation,
            i.Recusals.Select(r => new RecusalDto(r.MemberId, names.GetValueOrDefault(r.MemberId, ""), r.Reason, r.Declared)).ToList(),
            participations.Count(p => p.ItemId == i.Id), TallyOf(i, participations.Count(p => p.ItemId == i.Id && p.WrittenOpinion)),
            me is not null && i.IsRecused(me.Id), me is not null && participations.Any(p => p.ItemId == i.Id && p.MemberId == me.Id), i.Version)).ToList();
        var attendance = council.Members.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal)
            .Select(m => new AttendanceDto(m.Id, m.Name, m.Role, m.Role.Label(), session.StatusOf(m.Id), session.StatusOf(m.Id).Label())).ToList();
        return new SessionDto(session.Id, council.Id, council.Name, session.Date, session.Place, session.State, session.State.Label(), session.Version, manage,
            me?.Id, council.Members.Count, session.Present, council.HasQuorum(session.Present), CouncilLabels.QuorumRule(council), attendance, items);
    }

    /// <summary>The stored result of a closed item; null while it is not closed (the tally stays hidden).</summary>
    public static TallyDto? TallyOf(AgendaItem i, int writtenOpinions) => i.State != ItemState.Closed ? null
        : new TallyDto(i.Issued!.Value, i.Returned!.Value, i.Valid!.Value, i.Yes!.Value, i.No!.Value, i.Abstain!.Value, writtenOpinions, i.BaseCount!.Value,
            i.Base, Awards.AwardLabels.Label(i.Base), i.Percent!.Value, i.Passed!.Value, i.Rule.Requirement, i.Sentence!, i.Citation);
}
