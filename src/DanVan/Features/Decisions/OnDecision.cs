using DanVan.Infrastructure.Data;

namespace DanVan.Features.Decisions;

/// <summary>
/// The nominees already on a decision — a draft or an issued one, not a revoked one — unless removed from it with a
/// reason. They go on no second decision (<see cref="ApprovedList"/>) and on no later council agenda (Council/BuildAgenda).
/// </summary>
public static class OnDecision
{
    public static IQueryable<Guid> NomineeIds(AppDbContext db) =>
        db.DecisionAwardees.Where(a => a.RemovedReason == null && db.Decisions.Any(d => d.Id == a.DecisionId && d.State != DecisionState.Revoked))
            .Select(a => a.NomineeId);
}
