using DanVan.Features.Calendar;
using DanVan.Features.Consultations;
using DanVan.Features.Nominations;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// Consultations (issue 14 §3): on the accepted dossier, the provincial police agreed within the 10 working days (asked
/// 11/12/2025, answered 17/12/2025); on the dossier Sở Nội vụ is still appraising, the Department of Justice was asked
/// three days ago and has not answered yet — it waits on Sở Nội vụ's work list.
/// </summary>
internal static class DemoConsultations
{
    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Guid rootId, Guid justiceId, Actor by)
    {
        var round = await db.NominationRounds.FirstAsync(r => r.TenantId == tenantId && r.Year == 2025);
        var dossiers = await db.Dossiers.Include(d => d.Nominees).Where(d => d.TenantId == tenantId && d.RoundId == round.Id && d.HeldByUnitId == rootId)
            .OrderBy(d => d.Id).ToListAsync();
        var days = new WorkingDays(db);
        var today = VnTime.Today(db.Time);
        if (dossiers.FirstOrDefault(d => d.Status == DossierStatus.Accepted) is { } accepted)
        {
            var sent = new DateOnly(2025, 12, 11);
            var police = Consultation.Create(tenantId, accepted.Id, accepted.Nominees.OrderBy(n => n.Name, StringComparer.Ordinal).First().Id, rootId, null,
                "Công an tỉnh Sông Trà", "Đề nghị cho ý kiến về việc chấp hành chủ trương, chính sách, pháp luật của cá nhân được đề nghị khen thưởng.",
                "118/SNV-TĐKT", null, await days.AddWorkingDaysAsync(tenantId, sent, Consultation.DefaultWorkingDays), today, by).Value!;
            police.RecordAnswer(ConsultationOpinion.Agree, "Chưa phát hiện vi phạm pháp luật.", "2041/CAT-PV01", new DateOnly(2025, 12, 17), today, by)
                .ShouldBeNull("demo answer");
            db.Consultations.Add(police);
        }

        if (dossiers.FirstOrDefault(d => d.Status == DossierStatus.Submitted) is { } held)
        {
            var justice = await db.Units.Where(u => u.Id == justiceId).Select(u => u.Name).FirstAsync();
            var asked = Consultation.Create(tenantId, held.Id, null, rootId, justiceId, justice,
                "Đề nghị cho ý kiến về thành tích và việc chấp hành pháp luật của tập thể, cá nhân trong hồ sơ.", "205/SNV-TĐKT", null,
                await days.AddWorkingDaysAsync(tenantId, today.AddDays(-3), Consultation.DefaultWorkingDays), today, by).Value!;
            db.Consultations.Add(asked);
        }

        await db.SaveChangesAsync();
    }
}
