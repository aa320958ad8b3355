using DanVan.Features.Awards;
using DanVan.Features.Certificates;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Tests.Features.Decisions;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Certificates;

/// <summary>
/// Certificate rows for security tests, without Chromium: the unit's decision (<see cref="DecisionData"/>) marked issued
/// with a register document and an award-register row, its first certificate re-issued (so <see cref="Made.Superseded"/>
/// answers 409 instead of printing) and the valid second one, and a revocation of another such award with its recovery pending.
/// </summary>
public static class CertificateData
{
    private static int _number = 10_000; // one counter for the whole test run: random numbers collided in the permission table (UNIQUE number per issuer and year)

    public sealed record Made(Guid Decision, Guid Certificate, Guid Superseded, Guid AwardRecord, Guid Recovery);

    public static async Task<Made> AddCertificateAsync(this AppDbContext db, Guid unitId)
    {
        var (decision, record, document) = await IssuedAsync(db, unitId);
        var old = Certificate.Create(decision.TenantId, decision.Id, decision.Listed[0].Id, record.Id);
        var next = old.Reissue("Thử cấp lại").Value!;
        db.Certificates.AddRange(old, next);

        var (other, otherRecord, _) = await IssuedAsync(db, unitId);
        var by = new Actor(Guid.Empty, "thử", db.Time.GetUtcNow().UtcDateTime);
        otherRecord.Revoke(by.At, document.Id, RevocationGround.A).ShouldBeTrue();
        var revocation = Revocation.Create(decision.TenantId, unitId, $"{Interlocked.Increment(ref _number)}/QĐ-THU", other.DecisionDate, document.Id, RevocationGround.A,
            "Thử", "thu-hoi.pdf", new string('0', 64), "Người Ký", by);
        var owed = new RevokedAward(revocation, otherRecord.Id, other.Listed[0].Id, other.Listed[0].Name, other.Listed[0].AwardName, other.Number!, other.DecisionDate,
            710_000, "Giấy chứng nhận", other.DecisionDate.AddDays(21), false);
        revocation.Add(owed);
        db.Revocations.Add(revocation);
        await db.SaveChangesAsync();
        return new Made(decision.Id, next.Id, old.Id, record.Id, owed.Id);
    }

    private static async Task<(DanVan.Features.Decisions.Decision, AwardRecord, Document)> IssuedAsync(AppDbContext db, Guid unitId)
    {
        var made = await db.AddDecisionAsync(unitId);
        var decision = await db.Decisions.Include(d => d.Awardees).SingleAsync(d => d.Id == made.Decision);
        var unit = await db.Units.SingleAsync(u => u.Id == unitId);
        var today = decision.DecisionDate;
        var number = DocumentNumber.ForState(Interlocked.Increment(ref _number), "QĐ", "THU").Value!;
        var document = Document.Create(decision.TenantId, unitId, number, new DocumentDetails(DocumentType.Decision, unitId, unit.Name, "Thử", today, today, null,
            DocumentStatus.InForce, "Trần Văn Ký", "Giám đốc", decision.Title, null), isStub: false);
        db.Documents.Add(document);
        var by = new Actor(Guid.Empty, "thử", db.Time.GetUtcNow().UtcDateTime);
        decision.Issue(number.Canonical, today, document.Id, "qd.pdf", new string('0', 64), by).ShouldBeNull();
        var a = decision.Listed[0];
        var record = AwardRecord.Create(decision.TenantId, a.AwardKindId, a.Subject, a.PersonId, a.UnitId, a.Name, a.Year, CommendationType.Regular, number.Canonical,
            today, document.Id, null, null, null, by);
        db.AwardRecords.Add(record);
        a.Registered(record.Id);
        await db.SaveChangesAsync();
        return (decision, record, document);
    }
}
