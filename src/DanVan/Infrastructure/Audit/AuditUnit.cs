using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Features.Registrations;
using DanVan.Features.Units;

namespace DanVan.Infrastructure.Audit;

/// <summary>
/// The unit an audit entry concerns, decided once per entity type at write time; the audit page shows an entry to
/// readers whose ViewAudit scope reaches that unit (Features/Admin/Audit/AuditScope.cs). Entities that carry no unit of
/// their own, tenant-level rows (tenant, unit kinds, accounts, tokens, successions) and security events (sign-ins,
/// denials, exports without a unit filter) have none: only tenant-wide administrators read them.
/// </summary>
internal static class AuditUnit
{
    public static Guid? Of(object entity) => entity switch
    {
        Unit u => u.Id,
        Person p => p.UnitId, // after the change: a transfer shows at the receiving unit
        PersonTransfer t => t.ToUnitId,
        RoleAssignment a => a.UnitId,
        Document d => d.OwnerUnitId,
        Movement m => m.LaunchingUnitId,
        MovementParticipant p => p.UnitId,
        PlanObligation o => o.UnitId,
        Registration r => r.UnitId,
        DvkModel m => m.UnitId,
        DanVan.Features.Ratings.PersonRating r => r.UnitId,
        DanVan.Features.Ratings.Discipline d => d.UnitId,
        DanVan.Features.Assessments.UnitAssessment a => a.UnitId,
        _ => null,
    };
}
