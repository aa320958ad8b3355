using DanVan.Features.Accounts;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Units;

/// <summary>
/// A closed unit's open work passes to the successor the operator chose, one choice per kind or one for all
/// (<see cref="Choice"/>): plan obligations not yet filed or waived, registrations of movements not closed, models still
/// alive (not withdrawn, rejected or dropped), role assignments, people still assigned, and active sub-units. Each object
/// changes through its own entity method and gets a <see cref="WorkHandover"/> line saying why (sáp nhập, giải thể, chia
/// tách) and under which decision; the audit log records the field change. Where the successor already has the same
/// thing (an obligation or a registration for the movement, the same role for the same person) the closed unit's one is
/// not duplicated: an obligation is waived with the reason, a registration is kept as history, a role is removed.
/// Runs inside the caller's transaction; it saves (sub-unit paths need the moved rows saved) but never commits.
/// A change dated after today passes nothing yet: <see cref="HandOverAsync"/> checks the choice and records it as a
/// <see cref="PendingHandover"/>, which <see cref="ApplyPendingHandovers"/> passes through <see cref="PassAsync"/> on the date.
/// </summary>
public static class ReassignOpenWork
{
    /// <summary>Which successor takes each kind of open work; a kind left empty goes to <see cref="AllTo"/>, or stays.</summary>
    public sealed class Choice
    {
        public Guid? AllTo { get; set; }
        public Guid? PlanObligationsTo { get; set; }
        public Guid? RegistrationsTo { get; set; }
        public Guid? ModelsTo { get; set; }
        public Guid? RoleAssignmentsTo { get; set; }
        public Guid? PeopleTo { get; set; }
        public Guid? SubUnitsTo { get; set; }

        public Guid? For(WorkKind kind) => kind switch
        {
            WorkKind.PlanObligation => PlanObligationsTo,
            WorkKind.Registration => RegistrationsTo,
            WorkKind.Model => ModelsTo,
            WorkKind.RoleAssignment => RoleAssignmentsTo,
            WorkKind.Person => PeopleTo,
            WorkKind.SubUnit => SubUnitsTo,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        } ?? AllTo;

        public IEnumerable<Guid> Chosen() => Enum.GetValues<WorkKind>().Select(For).OfType<Guid>().Distinct();
    }

    /// <summary>The reason written in every line, by kind of change.</summary>
    public static string Reason(SuccessionKind kind) => kind switch
    {
        SuccessionKind.Merge => "Sáp nhập",
        SuccessionKind.Dissolve => "Giải thể",
        SuccessionKind.Split => "Chia tách",
        SuccessionKind.Transfer => "Điều chỉnh một phần",
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    /// <summary>What passed; for a change dated after today nothing yet, and <see cref="PendingUntil"/> is the day it will.</summary>
    public sealed record Summary(int Obligations, int Registrations, int Models, int RoleAssignments, int People, int SubUnits,
        DateOnly? PendingUntil = null)
    {
        /// <summary>The page's message after "<paramref name="done"/>" (e.g. "Đã giải thể đơn vị").</summary>
        public string Message(string done) => PendingUntil is { } on
            ? $"{done}; công việc đang dở sẽ chuyển giao vào ngày có hiệu lực {VnTime.Date(on)}."
            : $"{done} và chuyển giao công việc đang dở.";
    }

    /// <summary>
    /// What merge, dissolve and split call: on or before today (Vietnam) the work passes now (<see cref="PassAsync"/>); for a
    /// later date the choice is checked now, exactly as it would be applied, and kept as a <see cref="PendingHandover"/>.
    /// </summary>
    public static async Task<Result<Summary>> HandOverAsync(AppDbContext db, CurrentUser user, Unit closed, Choice choice,
        IReadOnlyDictionary<Guid, UnitSuccession> successions, string basis, DateOnly effectiveOn, CancellationToken ct)
    {
        if (effectiveOn <= VnTime.Today(db.Time))
        {
            return await PassAsync(db, user, closed, choice, successions, basis, effectiveOn, ct);
        }

        if (await CheckAsync(db, user, closed, choice, successions, effectiveOn, ct) is { } refused)
        {
            return refused;
        }

        db.PendingHandovers.Add(new PendingHandover(user.TenantId, closed.Id, successions.Values.First().Kind, effectiveOn, basis, choice,
            Actor.Of(user, db.Time)));
        await db.SaveChangesAsync(ct);
        return new Summary(0, 0, 0, 0, 0, 0, effectiveOn);
    }

    /// <summary>
    /// Whether the choice can be carried out: each chosen unit is a successor of this change, the operator's grant reach
    /// covers the role assignments on both units, and the active sub-units have a successor and fit under it.
    /// </summary>
    public static async Task<AppError?> CheckAsync(AppDbContext db, CurrentUser user, Unit closed, Choice choice,
        IReadOnlyDictionary<Guid, UnitSuccession> successions, DateOnly effectiveOn, CancellationToken ct)
    {
        if (choice.Chosen().Any(id => !successions.ContainsKey(id)))
        {
            return UnitErrors.HandoverNotSuccessor;
        }

        var tenantId = user.TenantId;
        var successors = await db.Units.Where(u => successions.Keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        if (choice.For(WorkKind.RoleAssignment) is { } aTo)
        {
            var assignments = await db.RoleAssignments.Where(a => a.TenantId == tenantId && a.UnitId == closed.Id).ToListAsync(ct);
            var to = successors[aTo];
            if (assignments.Count > 0 && !await GrantReach.CoversAsync(db, user,
                    [.. assignments.SelectMany(a => new[]
                    {
                        new Scope.Grant(a.Role, a.UnitId, a.UnitPath, a.IncludeDescendants), new Scope.Grant(a.Role, to.Id, to.Path, a.IncludeDescendants),
                    })], ct))
            {
                return AccountErrors.BeyondReach;
            }
        }

        var children = await OpenSubUnits(db, tenantId, closed, successions, effectiveOn).ToListAsync(ct);
        if (children.Count == 0)
        {
            return null;
        }

        if (choice.For(WorkKind.SubUnit) is not { } sTo)
        {
            return UnitErrors.HandoverSubUnits;
        }

        foreach (var child in children)
        {
            if (successors[sTo].Depth + 1 + await SubtreePaths.HeightAsync(db, tenantId, child.Path, child.Depth, ct) >= Unit.MaxDepth)
            {
                return UnitErrors.TooDeep;
            }
        }

        return null;
    }

    private static IQueryable<Unit> OpenSubUnits(AppDbContext db, Guid tenantId, Unit closed, IReadOnlyDictionary<Guid, UnitSuccession> successions,
        DateOnly effectiveOn) =>
        db.Units.ActiveOn(effectiveOn).Where(c => c.TenantId == tenantId && c.ParentId == closed.Id && !successions.Keys.Contains(c.Id));

    /// <summary>
    /// Hands <paramref name="closed"/>'s open work to the successors chosen in <paramref name="choice"/>; each chosen id
    /// must be a successor of this change (a key of <paramref name="successions"/>, successor id → its succession row).
    /// <paramref name="onItsDate"/>: applied on the effective date from a <see cref="PendingHandover"/>, which the note says.
    /// </summary>
    public static async Task<Result<Summary>> PassAsync(AppDbContext db, CurrentUser user, Unit closed, Choice choice,
        IReadOnlyDictionary<Guid, UnitSuccession> successions, string basis, DateOnly effectiveOn, CancellationToken ct, bool onItsDate = false)
    {
        if (await CheckAsync(db, user, closed, choice, successions, effectiveOn, ct) is { } refused)
        {
            return refused;
        }

        var kind = successions.Values.First().Kind;
        var note = $"{Reason(kind)} {closed.Name} theo {basis}" + (onItsDate ? $" (chuyển giao vào ngày có hiệu lực {VnTime.Date(effectiveOn)})" : "");
        if (note.Length > WorkHandover.NoteMax)
        {
            note = note[..WorkHandover.NoteMax];
        }

        var tenantId = user.TenantId;
        var now = db.Time.GetUtcNow().UtcDateTime;
        var successors = await db.Units.Where(u => successions.Keys.Contains(u.Id)).ToDictionaryAsync(u => u.Id, ct);
        void Line(WorkKind k, Guid objectId, Guid to, HandoverOutcome outcome) =>
            db.WorkHandovers.Add(new WorkHandover(tenantId, successions[to].Id, k, objectId, closed.Id, to, outcome, now, user.UserId, note));

        var obligations = 0;
        if (choice.For(WorkKind.PlanObligation) is { } oTo)
        {
            var open = await db.PlanObligations.Where(o => o.TenantId == tenantId && o.UnitId == closed.Id && o.PlanDocumentId == null && o.WaivedReason == null)
                .ToListAsync(ct);
            var movements = open.Select(o => o.MovementId).ToList();
            var held = await db.PlanObligations.Where(o => o.TenantId == tenantId && o.UnitId == oTo && movements.Contains(o.MovementId))
                .Select(o => o.MovementId).ToListAsync(ct);
            foreach (var o in open)
            {
                if (held.Contains(o.MovementId))
                {
                    if (o.Waive($"{note}; {successors[oTo].Name} thực hiện kế hoạch của mình", Actor.Of(user, db.Time)) is { } waiveRefused)
                    {
                        return waiveRefused;
                    }
                    Line(WorkKind.PlanObligation, o.Id, oTo, HandoverOutcome.Waived);
                }
                else
                {
                    o.PassTo(oTo);
                    Line(WorkKind.PlanObligation, o.Id, oTo, HandoverOutcome.Passed);
                }

                obligations++;
            }
        }

        var registrations = 0;
        if (choice.For(WorkKind.Registration) is { } rTo)
        {
            var open = await db.Registrations.Where(r => r.TenantId == tenantId && r.UnitId == closed.Id
                    && db.Movements.Any(m => m.Id == r.MovementId && m.Status != MovementStatus.Closed))
                .ToListAsync(ct);
            var movements = open.Select(r => r.MovementId).ToList();
            var held = await db.Registrations.Where(r => r.TenantId == tenantId && r.UnitId == rTo && movements.Contains(r.MovementId))
                .Select(r => r.MovementId).ToListAsync(ct);
            foreach (var r in open)
            {
                if (held.Contains(r.MovementId))
                {
                    Line(WorkKind.Registration, r.Id, rTo, HandoverOutcome.Kept);
                }
                else
                {
                    r.PassTo(rTo);
                    Line(WorkKind.Registration, r.Id, rTo, HandoverOutcome.Passed);
                    registrations++;
                }
            }
        }

        var models = 0;
        if (choice.For(WorkKind.Model) is { } mTo)
        {
            foreach (var m in await db.DvkModels.Where(m => m.TenantId == tenantId && m.UnitId == closed.Id && DvkModel.OpenStatuses.Contains(m.Status)).ToListAsync(ct))
            {
                m.PassTo(mTo);
                Line(WorkKind.Model, m.Id, mTo, HandoverOutcome.Passed);
                models++;
            }
        }

        var roles = 0;
        if (choice.For(WorkKind.RoleAssignment) is { } aTo)
        {
            var assignments = await db.RoleAssignments.Where(a => a.TenantId == tenantId && a.UnitId == closed.Id).ToListAsync(ct);
            var to = successors[aTo];
            var existing = await db.RoleAssignments.Where(a => a.TenantId == tenantId && a.UnitId == aTo).Select(a => new { a.UserId, a.Role }).ToListAsync(ct);
            foreach (var a in assignments)
            {
                if (existing.Any(e => e.UserId == a.UserId && e.Role == a.Role))
                {
                    db.RoleAssignments.Remove(a);
                    Line(WorkKind.RoleAssignment, a.Id, aTo, HandoverOutcome.Removed);
                }
                else
                {
                    a.PassTo(to);
                    Line(WorkKind.RoleAssignment, a.Id, aTo, HandoverOutcome.Passed);
                }

                roles++;
            }
        }

        var people = 0;
        if (choice.For(WorkKind.Person) is { } pTo)
        {
            foreach (var p in await db.People.Where(p => p.TenantId == tenantId && p.UnitId == closed.Id).ToListAsync(ct))
            {
                db.PersonTransfers.Add(p.TransferTo(pTo, effectiveOn, note.Length > PersonTransfer.NoteMax ? note[..PersonTransfer.NoteMax] : note));
                Line(WorkKind.Person, p.Id, pTo, HandoverOutcome.Passed);
                people++;
            }
        }

        var moved = new List<(Unit Unit, string OldPath, int OldDepth)>();
        var children = await OpenSubUnits(db, tenantId, closed, successions, effectiveOn).ToListAsync(ct);
        if (children.Count > 0 && choice.For(WorkKind.SubUnit) is { } sTo) // CheckAsync refused sub-units without a successor
        {
            var target = successors[sTo];
            foreach (var child in children)
            {
                var (oldPath, oldDepth) = (child.Path, child.Depth);
                if (child.MoveUnder(target) is { } moveRefused)
                {
                    return moveRefused;
                }

                Line(WorkKind.SubUnit, child.Id, sTo, HandoverOutcome.Passed);
                moved.Add((child, oldPath, oldDepth));
            }
        }

        await db.SaveChangesAsync(ct);
        foreach (var (unit, oldPath, oldDepth) in moved)
        {
            await SubtreePaths.RewriteAsync(db, tenantId, unit.Id, oldPath, unit.Path, unit.Depth - oldDepth, ct);
        }

        return new Summary(obligations, registrations, models, roles, people, moved.Count);
    }
}
