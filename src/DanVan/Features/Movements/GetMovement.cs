using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Movements;

public static class GetMovement
{
    public static async Task<Result<MovementDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        var m = await MovementAccess.Visible(db, user).AsNoTracking().FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return await MovementAccess.Rule.NotVisibleAsync(db, id, ct);
        }

        var launcher = await db.Units.Where(u => u.Id == m.LaunchingUnitId).Select(u => u.Name).FirstAsync(ct);
        var plan = m.PlanDocumentId is { } planId
            ? await db.Documents.Where(d => d.Id == planId).Select(d => new { d.Number, d.Title }).FirstOrDefaultAsync(ct)
            : null;
        var participants = await db.MovementParticipants.AsNoTracking().Where(p => p.MovementId == id)
            .Join(db.Units, p => p.UnitId, u => u.Id, (p, u) => new { p, u.Name, u.Path })
            .OrderBy(x => x.Path)
            .Select(x => new ParticipantDto(x.p.UnitId, x.Name, x.p.IncludeDescendants, x.p.KindId,
                db.UnitKinds.Where(k => k.Id == x.p.KindId).Select(k => k.Name).FirstOrDefault()))
            .ToListAsync(ct);
        // Kinds are stored as text: order them by the enum (content, standards, awards) in memory.
        var items = (await db.MovementItems.AsNoTracking().Where(i => i.MovementId == id)
            .Select(i => new ItemDto(i.Kind, i.Seq, i.Text, i.RuleCode, i.Quota)).ToListAsync(ct))
            .OrderBy(i => i.Kind).ThenBy(i => i.Seq).ToList();
        var history = await History(db, user, db.MovementEvents.Where(e => e.MovementId == id)).ToListAsync(ct);
        var today = VnTime.Today(db.Time);
        var filable = db.Units.VisibleTo(db, user, Permission.FilePlans).Select(u => u.Id);
        var mine = await db.PlanObligations.AsNoTracking().Where(o => o.MovementId == id && filable.Contains(o.UnitId))
            .Join(db.Units, o => o.UnitId, u => u.Id, (o, u) => new { o, u.Name, u.Path })
            .OrderBy(x => x.Path).Take(20)
            .Select(x => new { x.o, x.Name, Number = db.Documents.Where(d => d.Id == x.o.PlanDocumentId).Select(d => d.Number).FirstOrDefault() })
            .ToListAsync(ct);
        return new MovementDto(m.Id, m.Name, m.Theme, m.Year, m.Form, m.Status, m.LaunchingUnitId, launcher, m.PlanDocumentId, plan?.Number,
            plan?.Title, m.StartsOn, m.EndsOn, m.CollectiveSubjects, m.IndividualSubjects, m.PlanDeadline, m.CascadeToSubunits,
            m.CascadeDeadline, m.RegistrationDeadline, m.InterimReviewOn, m.FinalReviewOn, m.NominationDeadline, m.LaunchedAt, m.ClosedAt,
            m.ReminderDays, m.EscalationDays, Movement.RemindersText(m.ReminderDays, m.EscalationDays), await MovementAccess.CanManageAsync(db, user, m, ct), participants, items, history,
            mine.Select(x => MyObligationDto.From(x.o, x.Name, x.Number, today)).ToList(), m.Version);
    }

    /// <summary>
    /// History rows in order: the movement's own steps for everyone who sees it, a unit's steps (its plan, its
    /// registration) only for those who see that unit.
    /// </summary>
    public static IQueryable<EventDto> History(AppDbContext db, CurrentUser user, IQueryable<MovementEvent> events)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ViewUnits).Select(u => u.Id);
        return events.AsNoTracking().Where(e => e.UnitId == null || units.Contains(e.UnitId.Value))
            .OrderBy(e => e.At).ThenBy(e => e.Id)
            .Select(e => new EventDto(e.At, e.UserName, e.Action, e.UnitId, db.Units.Where(u => u.Id == e.UnitId).Select(u => u.Name).FirstOrDefault(), e.Until, e.Note));
    }
}
