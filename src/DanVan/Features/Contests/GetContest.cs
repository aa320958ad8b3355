using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>A contest with its rules, clusters, rounds, parts, criteria, teams and history, and what the caller may do.</summary>
public static class GetContest
{
    public static async Task<Result<ContestDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.FindAsync(db, user, id, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var contest = await LoadAsync(db, found.Id, ct);
        var canManage = await ContestAccess.CanManageAsync(db, user, contest, ct);
        var registerable = await ContestAccess.RegisterableUnits(db, user, contest).Select(u => u.Id).ToListAsync(ct);
        var teams = await db.ContestTeams.AsNoTracking().Include(t => t.Members).Include(t => t.Events).Where(t => t.ContestId == id).ToListAsync(ct);
        return await DtoAsync(db, contest, teams, canManage, registerable, ct);
    }

    public static Task<Contest> LoadAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        db.Contests.AsNoTracking().AsSplitQuery().Include(c => c.Eligible).Include(c => c.Clusters).Include(c => c.Events)
            .Include(c => c.Rounds).ThenInclude(r => r.Parts).ThenInclude(p => p.Criteria).FirstAsync(c => c.Id == id, ct);

    /// <summary>"1816/KH-UBND ngày 03/05/2019 — title": how the contest names its plan.</summary>
    public static async Task<string> PlanTextAsync(AppDbContext db, Guid documentId, CancellationToken ct)
    {
        var d = await db.Documents.AsNoTracking().Where(d => d.Id == documentId).Select(d => new { d.Number, d.IssueDate, d.Title }).FirstAsync(ct);
        return d.Number + (d.IssueDate is { } on ? $" ngày {VnTime.Date(on)}" : "") + " — " + d.Title;
    }

    public static async Task<ContestDto> DtoAsync(AppDbContext db, Contest contest, IReadOnlyList<ContestTeam> teams, bool canManage, IReadOnlyList<Guid> registerable,
        CancellationToken ct)
    {
        var unitIds = contest.Eligible.Select(e => e.UnitId).Concat(teams.Select(t => t.UnitId)).Append(contest.OrganisingUnitId).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Name, ct);
        var kindIds = contest.Eligible.Where(e => e.KindId != null).Select(e => e.KindId!.Value).ToList();
        var kinds = await db.UnitKinds.AsNoTracking().Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var clusters = contest.Clusters.OrderBy(c => c.Seq).Select(c => new ClusterDto(c.Id, c.Seq, c.Name)).ToList();
        var today = VnTime.Today(db.Time);
        return new ContestDto(contest.Id, contest.Version, contest.Name, contest.Year, contest.Status, contest.Status.Label(), contest.PlanDocumentId,
            await PlanTextAsync(db, contest.PlanDocumentId, ct), contest.OrganisingUnitId, units[contest.OrganisingUnitId], contest.CoOrganisers, contest.StartsOn,
            contest.EndsOn, contest.Venue, contest.TeamMin, contest.TeamMax, contest.ReservesMax, contest.Positions, contest.RegistrationDeadline,
            contest.RegistrationOpen(today),
            [.. contest.Eligible.Select(e => new EligibleDto(e.UnitId, units[e.UnitId], e.IncludeDescendants, e.KindId, e.KindId is { } k ? kinds[k] : null))],
            clusters, [.. contest.Rounds.OrderBy(r => r.Seq).Select(Round)],
            [.. teams.OrderBy(t => clusters.FirstOrDefault(c => c.Id == t.ClusterId)?.Seq ?? int.MaxValue).ThenBy(t => units[t.UnitId], StringComparer.Ordinal)
                .Select(t => Team(t, units[t.UnitId], clusters, canManage, registerable.Contains(t.UnitId)))],
            [.. contest.Events.Where(e => e.TeamId == null).OrderBy(e => e.At).ThenBy(e => e.Id).Select(Event)], canManage,
            registerable.Any(u => teams.FirstOrDefault(t => t.UnitId == u) is var team
                && (team is null ? contest.RegistrationOpen(today) : team.State == TeamState.Returned && contest.RegistrationOpen(today, returnedTeam: true))));
    }

    public static RoundDto Round(ContestRound r) => new(r.Id, r.Seq, r.Name, r.Kind, r.Kind.Label(), r.MaxPoints, r.Advancement, r.AdvanceValue,
        ContestLabels.AdvancementText(r.Advancement, r.AdvanceValue),
        r.TieBreak.Any() ? "Khi bằng tổng điểm, xếp trên đội có điểm cao hơn ở: " + string.Join(", rồi ", r.TieBreak.Select(p => $"phần {p.Seq} ({p.Name})")) + "."
            : "Khi bằng tổng điểm, các đội đồng hạng.",
        [.. r.Parts.OrderBy(p => p.Seq).Select(p => new PartDto(p.Id, p.Seq, p.Name, p.Kind, p.Kind.Label(), p.MaxPoints, p.LatePenaltyPerDay, p.TieBreakRank,
            [.. p.Criteria.OrderBy(c => c.Seq).Select(c => new CriterionDto(c.Seq, c.Name, c.MaxPoints))], p.QuizMinutes,
            p.TimeLimitMinutes, p.OvertimePenaltyPerMinute, p.Closed))], r.Board);

    public static TeamDto Team(ContestTeam t, string unitName, IReadOnlyList<ClusterDto> clusters, bool canManage, bool canRegister) =>
        new(t.Id, t.Version, t.ContestId, t.UnitId, unitName, t.ClusterId, clusters.FirstOrDefault(c => c.Id == t.ClusterId)?.Name, t.CodeName, t.State,
            t.State.Label(), t.ReturnReason, t.RegisteredOn, t.RegisteredByName,
            [.. t.Members.OrderByDescending(m => m.Active).ThenBy(m => m.Role).ThenBy(m => m.AddedAt)
                .Select(m => new MemberDto(m.PersonId, m.Name, m.Position, m.Role, m.Role.Label(), m.Active, m.AddedAt, m.LeftAt, m.LeftByName))],
            [.. t.Events.OrderBy(e => e.At).ThenBy(e => e.Id).Select(Event)], canManage, canRegister);

    public static EventDto Event(ContestEvent e) => new(e.Action, e.Action.Label(), e.At, e.ByName, e.Note);
}
