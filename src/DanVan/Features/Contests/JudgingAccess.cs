using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// Who does what in judging. The organiser (ManageContests at the organising unit) names judges, declares conflicts,
/// enters and confirms paper sheets, records no-shows, closes parts and always sees the standings. Being a judge of a
/// round is the permission to score it (<c>JudgeContests</c> is not a role: it is the <see cref="ContestJudge"/> row for
/// the caller's account), and a judge sees and edits only their own sheets — a guest judge needs no other right.
/// </summary>
public static class JudgingAccess
{
    /// <summary>The contest for its organiser: 404 when the caller does not see it, 403 without ManageContests at the organising unit.</summary>
    public static async Task<Result<Contest>> ManagedAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        return await ContestAccess.CanManageAsync(db, user, contest, ct) ? contest : AppError.Forbidden;
    }

    /// <summary>The open contest and the caller's judge seats in it (none: the contest's 404 unless they see it otherwise, then 403).</summary>
    public static async Task<Result<(Contest Contest, List<ContestJudge> Seats)>> JudgeAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var contest = await db.Contests.FirstOrDefaultAsync(c => c.Id == contestId && c.TenantId == tenantId && c.Status == ContestStatus.Open, ct);
        var seats = contest is null ? [] : await db.ContestJudges.Where(j => j.ContestId == contestId && j.UserId == user.UserId).ToListAsync(ct);
        if (contest is null || seats.Count == 0)
        {
            return (await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).Error is { } notVisible ? notVisible : ContestErrors.NotAJudge;
        }

        return (contest, seats);
    }

    /// <summary>
    /// Who may correct sheets of the round after a part closed: the organiser (true), a judge seated as the chair of the
    /// round (false: a judge, who knows the teams by their code names), or nobody (null).
    /// </summary>
    public static async Task<bool?> CorrectorAsync(AppDbContext db, CurrentUser user, Contest contest, Guid roundId, CancellationToken ct) =>
        await ContestAccess.CanManageAsync(db, user, contest, ct) ? true : await IsChairAsync(db, user, roundId, ct) ? false : null;

    /// <summary>Whether the caller is seated as the chair of the round's jury.</summary>
    public static Task<bool> IsChairAsync(AppDbContext db, CurrentUser user, Guid roundId, CancellationToken ct) =>
        db.ContestJudges.AnyAsync(j => j.RoundId == roundId && j.UserId == user.UserId && j.IsChair, ct);

    /// <summary>
    /// Why a judge may not score a team, for every recused pair: declared conflicts (with their reason), a judge of the
    /// team's unit or of a unit inside it, and a judge from the team's former district — the parent, before the 2025
    /// merges, of a unit the team's unit succeeded (<see cref="UnitLineage"/>), when the judge's unit (or one it
    /// succeeded) lies inside it. Guests have no unit: only declared conflicts apply to them.
    /// </summary>
    public static async Task<Dictionary<(Guid Judge, Guid Team), string>> RecusalsAsync(AppDbContext db, Guid tenantId, IReadOnlyList<ContestJudge> judges,
        IReadOnlyList<ContestTeam> teams, CancellationToken ct)
    {
        var result = new Dictionary<(Guid, Guid), string>();
        var judgeIds = judges.Select(j => j.Id).ToList();
        foreach (var c in await db.ContestConflicts.AsNoTracking().Where(c => judgeIds.Contains(c.JudgeId)).ToListAsync(ct))
        {
            result[(c.JudgeId, c.TeamId)] = "xung đột lợi ích đã khai báo — " + c.Reason;
        }

        var judgeUnits = judges.Where(j => j.UnitId != null).Select(j => j.UnitId!.Value).Distinct().ToList();
        if (judgeUnits.Count == 0 || teams.Count == 0)
        {
            return result;
        }

        var teamUnits = teams.Select(t => t.UnitId).Distinct().ToList();
        var teamHeirs = await UnitLineage.HeirsAsync(db, tenantId, teamUnits, ct);
        var judgeHeirs = await UnitLineage.HeirsAsync(db, tenantId, judgeUnits, ct);
        var ids = teamHeirs.Keys.Concat(judgeHeirs.Keys).Distinct().ToList();
        var units = await db.Units.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Path, u.ParentId }).ToDictionaryAsync(u => u.Id, ct);
        var parentIds = teamHeirs.Keys.Where(id => !teamUnits.Contains(id)).Select(id => units[id].ParentId).OfType<Guid>().Distinct().ToList();
        var parents = await db.Units.AsNoTracking().Where(u => parentIds.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.Path }).ToDictionaryAsync(u => u.Id, ct);
        foreach (var team in teams)
        {
            var teamUnit = units[team.UnitId];
            var formerDistricts = teamHeirs.Where(kv => kv.Key != team.UnitId && kv.Value.Contains(team.UnitId))
                .Select(kv => units[kv.Key].ParentId).OfType<Guid>().Distinct().Select(p => parents[p])
                .Where(p => !teamUnit.Path.StartsWith(p.Path, StringComparison.Ordinal)).ToList();
            foreach (var judge in judges.Where(j => j.UnitId != null && !result.ContainsKey((j.Id, team.Id))))
            {
                var judgeUnit = units[judge.UnitId!.Value];
                if (judgeUnit.Path.StartsWith(teamUnit.Path, StringComparison.Ordinal))
                {
                    result[(judge.Id, team.Id)] = judgeUnit.Id == teamUnit.Id ? $"cùng đơn vị với đội thi ({teamUnit.Name})" : $"công tác tại đơn vị thuộc {teamUnit.Name}";
                    continue;
                }

                var judgePaths = judgeHeirs.Where(kv => kv.Value.Contains(judgeUnit.Id)).Select(kv => units[kv.Key].Path).ToList();
                if (formerDistricts.FirstOrDefault(d => judgePaths.Any(p => p.StartsWith(d.Path, StringComparison.Ordinal))) is { } district)
                {
                    result[(judge.Id, team.Id)] = $"cùng địa bàn {district.Name} trước khi sắp xếp đơn vị hành chính";
                }
            }
        }

        return result;
    }

    /// <summary>The points typed for a part: every criterion exactly once, each within [0, its maximum] with at most two decimals.</summary>
    public static Result<List<SheetPoints>> CheckPoints(ContestPart part, IReadOnlyList<PointInput>? input)
    {
        if (part.Criteria.Count == 0)
        {
            return ContestErrors.NoCriteria;
        }

        var points = input ?? [];
        if (points.Count != part.Criteria.Count || points.Any(p => p.CriterionId is null || p.Points is null) ||
            points.Select(p => p.CriterionId).Distinct().Count() != points.Count || points.Any(p => part.Criteria.All(c => c.Id != p.CriterionId)))
        {
            return ContestErrors.PointsIncomplete;
        }

        foreach (var criterion in part.Criteria.OrderBy(c => c.Seq))
        {
            var value = points.Single(p => p.CriterionId == criterion.Id).Points!.Value;
            if (value < 0 || value > criterion.MaxPoints || decimal.Round(value, 2) != value)
            {
                return ContestErrors.PointsOutOfRange(criterion.Name, criterion.MaxPoints);
            }
        }

        return points.Select(p => new SheetPoints(p.CriterionId!.Value, p.Points!.Value)).ToList();
    }

    /// <summary>The part (with its round and criteria) of a contest.</summary>
    public static async Task<(ContestRound Round, ContestPart Part)?> PartAsync(AppDbContext db, Guid contestId, Guid? partId, CancellationToken ct)
    {
        var part = partId is { } id ? await db.ContestParts.Include(p => p.Criteria).FirstOrDefaultAsync(p => p.Id == id, ct) : null;
        var round = part is null ? null : await db.ContestRounds.FirstOrDefaultAsync(r => r.Id == part.RoundId && r.ContestId == contestId, ct);
        return round is null ? null : (round, part!);
    }

    /// <summary>
    /// An open quiz part of a contest its organiser is changing (the paper, a team's sheet): refused when the caller is
    /// not the organiser, the part is not the contest's or not a quiz, the round's results are out, or the part is closed.
    /// </summary>
    public static async Task<Result<(Contest Contest, ContestRound Round, ContestPart Part)>> OpenQuizPartAsync(AppDbContext db, CurrentUser user, Guid contestId,
        Guid partId, CancellationToken ct)
    {
        if (!(await ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (await PartAsync(db, contestId, partId, ct) is not var (round, part))
        {
            return ContestErrors.PartNotFound;
        }

        if (part.Kind != PartKind.Quiz)
        {
            return ContestErrors.NotQuiz;
        }

        if ((await ResultsLock.CheckAsync(db, round.Id, ct) ?? (part.Closed ? ContestErrors.PartClosed : null)) is { } refused)
        {
            return refused;
        }

        return (contest, round, part);
    }

    /// <summary>
    /// Starts the transaction in which a quiz part's paper or a team's answers change, or the part closes, its first
    /// statement a no-op write on the part while it is open: PostgreSQL locks the part's row, SQLite takes the database's
    /// write lock. A draw, a first sheet and the closing of the same part then run one after the other, each reading after
    /// the lock, and every one takes the part's lock before the audit chain's (no deadlock between them). Null, with the
    /// transaction rolled back, when the part was closed meanwhile.
    /// </summary>
    public static async Task<AppDbContext.WriteTransaction?> LockOpenPartAsync(AppDbContext db, Guid partId, CancellationToken ct)
    {
        var transaction = await db.BeginWriteTransactionAsync(ct); // in the process's turn to write (SQLite's writers queue, devices saving at once)
        if (await db.ContestParts.Where(p => p.Id == partId && p.ClosedAt == null).ExecuteUpdateAsync(s => s.SetProperty(p => p.ClosedAt, p => p.ClosedAt), ct) == 1)
        {
            return transaction;
        }

        await transaction.DisposeAsync();
        return null;
    }

    /// <summary>The accepted teams of a contest (those who compete).</summary>
    public static Task<List<ContestTeam>> TeamsAsync(AppDbContext db, Guid contestId, CancellationToken ct) =>
        db.ContestTeams.AsNoTracking().Where(t => t.ContestId == contestId && t.State == TeamState.Accepted).ToListAsync(ct);
}

public sealed class PointInput
{
    public Guid? CriterionId { get; set; }
    public decimal? Points { get; set; }
}
