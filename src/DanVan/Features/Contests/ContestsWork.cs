using DanVan.Features.Accounts;
using DanVan.Features.Work;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// Work list for contests (issue 17): the organiser (ManageContests at the organising unit) checks each registered team
/// before the contest starts; a unit that may field a team (RegisterContestTeams on an eligible unit, never the
/// organiser's own staff) registers by the deadline, and registers again a team returned to it — with the organiser's
/// reason — until the contest starts (<see cref="Contest.RegistrationOpen"/>); a seated judge scores while a judged or
/// written part of their round is open during the contest, once the round has its teams (<see cref="RoundTeams"/>); the organiser
/// types the teams' quiz sheets while a quiz part of such a round is open (the quiz desk, until the part is closed), and
/// issues the results decision once every round is final (undated: no rule sets its deadline).
/// </summary>
public sealed class ContestsWork : IWorkProvider
{
    public const string Kind = "contests.contest";
    private const string Label = "Hội thi";

    public async Task<WorkBatch> ListAsync(AppDbContext db, CurrentUser user, WorkQuery query, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var today = query.Today;
        var open = await db.Contests.AsNoTracking().Where(c => c.TenantId == tenantId && c.Status == ContestStatus.Open && c.EndsOn >= today)
            .Select(c => new { c.Id, c.Name, c.OrganisingUnitId, c.StartsOn, c.EndsOn, c.RegistrationDeadline,
                Organiser = db.Units.Where(u => u.Id == c.OrganisingUnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        var managedUnits = db.Units.VisibleTo(db, user, Permission.ManageContests).Select(u => u.Id);
        var items = new List<WorkItem>();

        // The organiser: once every round's results are final, the results decision (prizes, then the decision; no legal
        // deadline, so undated). A contest past its last day is still listed here, until the decision is issued.
        var deciding = await db.Contests.AsNoTracking().Where(c => c.TenantId == tenantId && c.Status == ContestStatus.Open && c.ResultsDocumentId == null
                && managedUnits.Contains(c.OrganisingUnitId)
                && db.ContestRounds.Any(r => r.ContestId == c.Id) && !db.ContestRounds.Any(r => r.ContestId == c.Id && r.Board != BoardState.Final))
            .Select(c => new { c.Id, c.Name, c.OrganisingUnitId, Organiser = db.Units.Where(u => u.Id == c.OrganisingUnitId).Select(u => u.Name).First(),
                HasPrizes = db.ContestPrizes.Any(p => p.ContestId == c.Id) })
            .ToListAsync(ct);
        items.AddRange(deciding.Select(c => WorkItem.Due(Kind, Label, $"Ban hành quyết định công bố kết quả — {c.Name}", c.OrganisingUnitId, c.Organiser, null,
            query, $"/Contests/Results/{c.Id}", c.HasPrizes
                ? "Kết quả các vòng thi đã chính thức: xem đề xuất giải theo bảng xếp hạng, rồi ban hành quyết định."
                : "Kết quả các vòng thi đã chính thức: nhập cơ cấu giải thưởng kèm căn cứ, rồi ban hành quyết định.")));

        if (open.Count == 0)
        {
            return Batch(items, 0, query);
        }

        var ids = open.Select(c => c.Id).ToList();
        var managed = (await db.Contests.Where(c => ids.Contains(c.Id) && managedUnits.Contains(c.OrganisingUnitId)).Select(c => c.Id).ToListAsync(ct)).ToHashSet();
        var contests = open.ToDictionary(c => c.Id);
        var notLoaded = 0;

        // The organiser: teams waiting for their check.
        var managedIds = managed.ToList();
        var waiting = await db.ContestTeams.AsNoTracking().Where(t => managedIds.Contains(t.ContestId) && t.State == TeamState.Registered)
            .Join(db.Units, t => t.UnitId, u => u.Id, (t, u) => new { t.ContestId, t.UnitId, Unit = u.Name }).ToListAsync(ct);
        items.AddRange(waiting.Select(t => WorkItem.Due(Kind, Label, $"Kiểm tra đội dự thi của {t.Unit} — {contests[t.ContestId].Name}", t.UnitId, t.Unit,
            contests[t.ContestId].StartsOn.AddDays(-1), query, $"/Contests/Details/{t.ContestId}", "Đơn vị đã đăng ký: chấp nhận hoặc trả lại kèm lý do.")));

        // The organiser's quiz desk: an open quiz part of a running contest whose round has its teams, until the part is closed
        // (each team's paper sheet typed in, then the part closed so that the standings count it).
        var quizzes = await db.ContestParts.AsNoTracking().Where(p => p.Kind == PartKind.Quiz && p.ClosedAt == null)
            .Join(db.ContestRounds, p => p.RoundId, r => r.Id, (p, r) => new { p.Id, p.Name, r.ContestId, r.Seq, Round = r.Name })
            .Where(x => managedIds.Contains(x.ContestId)
                && !db.ContestRounds.Any(b => b.ContestId == x.ContestId && b.Seq < x.Seq && b.Board != BoardState.Final))
            .Select(x => new { x.Id, x.Name, x.ContestId, x.Round, Sheets = db.ContestQuizAnswers.Count(a => a.PartId == x.Id) })
            .ToListAsync(ct);
        items.AddRange(quizzes.Where(q => contests[q.ContestId].StartsOn <= today).Select(q =>
        {
            var c = contests[q.ContestId];
            return WorkItem.Due(Kind, Label, $"Nhập phiếu trắc nghiệm {q.Round}: {q.Name} — {c.Name}", c.OrganisingUnitId, c.Organiser, c.EndsOn, query,
                $"/Contests/Quiz/{c.Id}?partId={q.Id}", $"Đã nhập phiếu của {q.Sheets} đội; nhập đủ rồi kết thúc phần thi để bảng điểm tính phần này.");
        }));

        // Units fielding a team: to register by the deadline, or to register again after a return, until the contest starts.
        var registering = db.Units.VisibleTo(db, user, Permission.RegisterContestTeams).Select(u => u.Id);
        var returned = await db.ContestTeams.AsNoTracking().Where(t => ids.Contains(t.ContestId) && !managedIds.Contains(t.ContestId) && t.State == TeamState.Returned
                && registering.Contains(t.UnitId))
            .Join(db.Units, t => t.UnitId, u => u.Id, (t, u) => new { t.ContestId, t.UnitId, Unit = u.Name, t.ReturnReason }).ToListAsync(ct);
        items.AddRange(returned.Where(t => today < contests[t.ContestId].StartsOn).Select(t => WorkItem.Due(Kind, Label,
            $"Bổ sung và đăng ký lại đội dự thi {contests[t.ContestId].Name}", t.UnitId, t.Unit, contests[t.ContestId].StartsOn.AddDays(-1), query,
            $"/Contests/Register/{t.ContestId}", $"Ban tổ chức đã trả lại. Lý do: {t.ReturnReason}")));
        foreach (var c in open.Where(c => !managed.Contains(c.Id) && today <= c.RegistrationDeadline))
        {
            var without = ContestAccess.RegisterableUnits(db, user, c.Id, c.OrganisingUnitId, tenantId)
                .Where(u => !db.ContestTeams.Any(t => t.ContestId == c.Id && t.UnitId == u.Id));
            var units = await without.OrderBy(u => u.Path).Select(u => new { u.Id, u.Name }).Take(query.Take).ToListAsync(ct);
            notLoaded += units.Count < query.Take ? 0 : await without.CountAsync(ct) - units.Count;
            items.AddRange(units.Select(u => WorkItem.Due(Kind, Label, $"Đăng ký đội dự thi {c.Name}", u.Id, u.Name, c.RegistrationDeadline, query,
                $"/Contests/Register/{c.Id}", "Thành viên là cán bộ của đơn vị, đúng chức vụ thể lệ cho phép.")));
        }

        // Judges: an open judged or written part of their round, while the contest runs, once the round has its teams
        // (a later round's come when the round before is final: RoundTeams).
        var userId = user.UserId;
        var judging = await db.ContestJudges.AsNoTracking().Where(j => j.TenantId == tenantId && j.UserId == userId && ids.Contains(j.ContestId)
                && db.ContestParts.Any(p => p.RoundId == j.RoundId && p.ClosedAt == null && p.Kind != PartKind.Quiz))
            .Join(db.ContestRounds, j => j.RoundId, r => r.Id, (j, r) => new { j.ContestId, r.Seq, Round = r.Name, j.UnitId,
                UnitName = db.Units.Where(u => u.Id == j.UnitId).Select(u => u.Name).FirstOrDefault() })
            .Where(x => !db.ContestRounds.Any(b => b.ContestId == x.ContestId && b.Seq < x.Seq && b.Board != BoardState.Final))
            .ToListAsync(ct);
        items.AddRange(judging.Where(j => contests[j.ContestId].StartsOn <= today).Select(j =>
        {
            var c = contests[j.ContestId]; // the judge's own unit (a guest's: the organiser's), as their other work is listed
            return WorkItem.Due(Kind, Label, $"Chấm điểm {j.Round} — {c.Name}", j.UnitId ?? c.OrganisingUnitId, j.UnitName ?? c.Organiser, c.EndsOn, query,
                $"/Contests/Judge/{c.Id}", "Phiếu chấm của giám khảo; khóa khi Ban Tổ chức kết thúc phần thi.");
        }));

        return Batch(items, notLoaded, query);
    }

    private static WorkBatch Batch(List<WorkItem> items, int notLoaded, WorkQuery query)
    {
        var ordered = items.OrderBy(i => i.Deadline ?? DateOnly.MaxValue).ThenBy(i => i.Title, StringComparer.Ordinal).ToList();
        return new WorkBatch([.. ordered.Take(query.Take)], ordered.Count + notLoaded);
    }
}
