using DanVan.Features.Calendar;
using DanVan.Features.Consultations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Consultations;

/// <summary>Consultation rows for security tests: asked by the given level 60 days ago, due 40 days ago, no reply yet.</summary>
public static class ConsultationData
{
    public static async Task<Guid> AddConsultationAsync(this AppDbContext db, Guid dossierId, Guid levelUnitId)
    {
        var tenantId = await db.Dossiers.Where(d => d.Id == dossierId).Select(d => d.TenantId).SingleAsync();
        var today = VnTime.Today(db.Time);
        var due = new WorkingDayResult(today.AddDays(-60), 10, today.AddDays(-40), false, [], []);
        var c = Consultation.Create(tenantId, dossierId, null, levelUnitId, null, "Công an tỉnh", "Cho ý kiến về việc chấp hành pháp luật.", null, null, due, today,
            new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow)).Value!;
        db.Consultations.Add(c);
        await db.SaveChangesAsync();
        return c.Id;
    }
}
