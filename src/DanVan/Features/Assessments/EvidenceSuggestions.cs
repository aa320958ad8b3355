using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Features.Registrations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>A record DanVan already holds that can prove a criterion: what it is, the fact it proves, where to read it.</summary>
public sealed record SuggestedEvidence(EvidenceKind Kind, Guid RecordId, string Fact, string Href);

/// <summary>
/// The evidence DanVan can offer a unit for its self-assessment of year Y (issue 13 §3), each with the fact it proves:
/// its implementation plans issued in Y (on time or late — <see cref="PlanObligation.StatusOn"/>), its "Dân vận khéo"
/// models recognised for Y (<see cref="DvkModel.RecognisedIn"/>: in Y, or since an earlier year and still in force in Y) and its approved emulation registration for Y. A link is
/// attached only if it is among these (the unit cannot link another unit's record).
/// </summary>
public static class EvidenceSuggestions
{
    /// <summary>What the unit's officer may link as evidence to its assessment <paramref name="id"/> (SelfAssess on the unit).</summary>
    public static async Task<Result<IReadOnlyList<SuggestedEvidence>>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await AssessmentAccess.LoadAsync(db, user, id, Permission.SelfAssess, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        return Result<IReadOnlyList<SuggestedEvidence>>.From(await ForAsync(db, user.TenantId, loaded.Assessment.UnitId, loaded.Round.Year, VnTime.Today(db.Time), ct));
    }

    public static async Task<IReadOnlyList<SuggestedEvidence>> ForAsync(AppDbContext db, Guid tenantId, Guid unitId, int year, DateOnly today,
        CancellationToken ct)
    {
        var plans = await db.PlanObligations.AsNoTracking()
            .Where(o => o.TenantId == tenantId && o.UnitId == unitId && o.PlanDocumentId != null && o.PlanIssuedOn != null && o.PlanIssuedOn.Value.Year == year)
            .Join(db.Movements, o => o.MovementId, m => m.Id, (o, m) => new { Obligation = o, Movement = m.Name })
            .Join(db.Documents, x => x.Obligation.PlanDocumentId, d => d.Id, (x, d) => new { x.Obligation, x.Movement, Document = d })
            .ToListAsync(ct);
        var models = await db.DvkModels.AsNoTracking().Where(m => m.TenantId == tenantId && m.UnitId == unitId).Where(DvkModel.RecognisedIn(year))
            .GroupJoin(db.Documents, m => m.RecognitionDocumentId, d => d.Id, (m, ds) => new { m.Id, m.Name, m.RecognisedYear, Documents = ds })
            .SelectMany(x => x.Documents.DefaultIfEmpty(), (x, d) => new { x.Id, x.Name, x.RecognisedYear, Document = d })
            .OrderBy(x => x.Name).ToListAsync(ct);
        var registrations = await db.Registrations.AsNoTracking()
            .Where(r => r.TenantId == tenantId && r.UnitId == unitId && r.Year == year && r.Status == RegistrationStatus.Approved)
            .Join(db.Movements, r => r.MovementId, m => m.Id, (r, m) => new { r.Id, r.Titles, r.ApprovedAt, Movement = m.Name })
            .ToListAsync(ct);

        var list = new List<SuggestedEvidence>();
        foreach (var p in plans.OrderBy(p => p.Obligation.PlanIssuedOn))
        {
            var status = p.Obligation.StatusOn(today) == PlanStatus.OnTime
                ? $"đúng hạn (hạn {VnTime.Date(p.Obligation.DueOn)})"
                : $"trễ hạn (hạn {VnTime.Date(p.Obligation.DueOn)})";
            list.Add(new SuggestedEvidence(EvidenceKind.Plan, p.Obligation.Id,
                $"Kế hoạch triển khai phong trào “{p.Movement}”: {DocumentCitation.Format(p.Document)} — ban hành {status}",
                $"/Movements/Details/{p.Obligation.MovementId}"));
        }

        foreach (var m in models)
        {
            var decision = m.Document is { } d ? $" theo {DocumentCitation.Format(d)}" : "";
            // A model recognised in an earlier year and re-confirmed since proves that it is still in force in Y, not that Y recognised it.
            var fact = m.RecognisedYear is { } since && since < year
                ? $"Mô hình “{m.Name}” được công nhận từ năm {since}{decision}, còn hiệu lực năm {year}"
                : $"Mô hình “{m.Name}” được công nhận năm {year}{decision}";
            list.Add(new SuggestedEvidence(EvidenceKind.Model, m.Id, fact, $"/Models/Details/{m.Id}"));
        }

        foreach (var r in registrations)
        {
            var approved = r.ApprovedAt is { } at ? $", được duyệt ngày {VnTime.Date(at)}" : "";
            list.Add(new SuggestedEvidence(EvidenceKind.Registration, r.Id,
                $"Đăng ký thi đua năm {year} theo phong trào “{r.Movement}”: {r.Titles}{approved}", $"/Registrations/Edit/{r.Id}"));
        }

        return list;
    }
}
