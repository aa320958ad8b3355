using DanVan.Features.Calendar;
using DanVan.Features.Consultations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Consultations;

/// <summary>Consultation rows for security tests: asked by the given level 60 days ago (of an outside body, or of a unit), due 40 days ago, no reply yet.</summary>
public static class ConsultationData
{
    public static async Task<Guid> AddConsultationAsync(this AppDbContext db, Guid dossierId, Guid levelUnitId, Guid? consultedUnitId = null)
    {
        var tenantId = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.TenantId).SingleAsync();
        var today = VnTime.Today(db.Time);
        var due = new WorkingDayResult(today.AddDays(-60), 10, today.AddDays(-40), false, [], []);
        var c = Consultation.Create(tenantId, dossierId, null, levelUnitId, consultedUnitId, "Công an tỉnh", "Cho ý kiến về việc chấp hành pháp luật.", null, null, due, today,
            new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow)).Value!;
        db.Consultations.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }
}
