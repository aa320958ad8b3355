using System.Security.Cryptography;
using System.Text;
using DanVan.Features.Awards;
using DanVan.Features.Certificates;
using DanVan.Features.Decisions;
using DanVan.Features.Documents;
using DanVan.Features.Nominations;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// Certificates and a revocation (issue 15 §4). The chairman's issued decision gets its certificate. Sở Y tế's director
/// issues Giấy khen to three of its staff (29/12/2025, a dossier of the 2025 round accepted by the province, numbered from
/// Sở Y tế's counter, registered with a signed copy) — each with a certificate; then the third award is revoked by a
/// revocation decision of Sở Y tế dated today (ground b: the dossier held false information), registered with its own
/// signed copy (stored by <see cref="DemoPhotos.StoreAllAsync"/>): the award register row and the certificate are revoked,
/// and the prize and the Giấy khen are to be given back within 15 working days — still pending.
/// </summary>
internal static class DemoCertificates
{
    private static readonly DateOnly IssuedOn = new(2025, 12, 29);

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit root, Unit unit, Actor by)
    {
        foreach (var issued in await db.Decisions.Include(d => d.Awardees).Where(d => d.TenantId == tenantId && d.State == DecisionState.Issued).ToListAsync())
        {
            IssueCertificates.ForIssued(db, issued);
        }

        await db.SaveChangesAsync();

        var round = await db.NominationRounds.FirstAsync(r => r.TenantId == tenantId && r.Year == 2025);
        var kind = await db.AwardKinds.WithVersions().FirstAsync(k => k.TenantId == tenantId && k.Code == "giay-khen");
        var version = kind.VersionOn(IssuedOn)!;
        var at = by with { At = new DateTime(2025, 12, 15, 2, 0, 0, DateTimeKind.Utc) };
        var dossier = new Dossier(tenantId, round.Id, unit.Id, at);
        var path = unit.Path;
        var staff = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(path)))
            .OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Select(p => new { p.Id, p.UnitId, p.Position }).Take(3).ToListAsync();
        foreach (var person in staff)
        {
            var sheets = await Eligibility.Eligibility.EvaluateAsync(db, kind, version, AwardSubject.Individual, [person.Id], 2025, new DateOnly(2025, 12, 15),
                CancellationToken.None);
            Must(dossier.AddNominee(new DossierNominee(tenantId, dossier.Id, kind, version, sheets[0], at.At), at), "demo nominee");
        }

        dossier.Number(9, "09/TTr-SYT");
        Must(dossier.Submit(root.Id, [], new DateOnly(2025, 12, 16), new DateOnly(2025, 12, 20), at), "demo submit");
        Must(dossier.Accept(root.Id, null, "Đủ hồ sơ", new DateOnly(2025, 12, 18), new DateOnly(2025, 12, 20), at), "demo accept");
        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();

        var salary = await db.BaseSalaries.AsNoTracking().InForceOn(tenantId, IssuedOn).FirstAsync();
        var decision = Decision.Create(tenantId, round.Id, null, unit.Id, unit.Id, DecidingAuthority.UnitHead, "Về việc tặng Giấy khen năm 2025", IssuedOn,
            SignPrefix.None, "Giám đốc", "Phạm Văn Lương");
        foreach (var n in dossier.Nominees)
        {
            var person = staff.First(p => p.Id == n.PersonId);
            var quote = Prize.Compute(kind, version, AwardSubject.Individual, salary, IssuedOn).Value!;
            decision.Add(new DecisionAwardee(decision, n.Id, dossier.Id, AwardSubject.Individual, n.PersonId, person.UnitId, n.Name, n.UnitName, person.Position, kind,
                2025, quote.Amount, quote.Explanation));
        }

        var paper = await DecisionPaper.LoadAsync(db, decision, CancellationToken.None);
        var (number, document) = await RegisterAsync(db, tenantId, unit, paper, IssuedOn, decision.Title, "Phạm Văn Lương", DemoDecisions.SignedPdf(), "giay-khen-da-ky.pdf");
        Must(decision.Issue(number, IssuedOn, document.Id, "giay-khen-da-ky.pdf", Sha(DemoDecisions.SignedPdf()), by), "demo issue");
        db.Decisions.Add(decision);
        var records = new List<AwardRecord>();
        foreach (var a in decision.Listed)
        {
            var record = AwardRecord.Create(tenantId, a.AwardKindId, a.Subject, a.PersonId, a.UnitId, a.Name, a.Year, CommendationType.Regular, number, IssuedOn,
                document.Id, a.Amount is { } m ? $"Tiền thưởng: {DecisionPaper.Money(m)} đồng" : null, null, null, by);
            db.AwardRecords.Add(record);
            a.Registered(record.Id);
            records.Add(record);
        }

        IssueCertificates.ForIssued(db, decision);
        await db.SaveChangesAsync();

        // The revocation: the last awardee's dossier held false information (ground b), found by an inspection.
        var revoked = decision.Listed[^1];
        var today = VnTime.Today(db.Time);
        var reason = "Kết luận thanh tra số 15/KL-TTr của Thanh tra tỉnh: thành tích kê khai trong báo cáo không đúng sự thật.";
        var (revocationNumber, revocationDocument) = await RegisterAsync(db, tenantId, unit, paper, today,
            "Về việc hủy bỏ quyết định khen thưởng và thu hồi hiện vật, tiền thưởng", "Phạm Văn Lương", RevocationPdf(), "thu-hoi-da-ky.pdf");
        var revocation = Revocation.Create(tenantId, unit.Id, revocationNumber, today, revocationDocument.Id, RevocationGround.B, reason, "thu-hoi-da-ky.pdf",
            Sha(RevocationPdf()), "Phạm Văn Lương", by);
        var deadline = await new Calendar.WorkingDays(db).AddWorkingDaysAsync(tenantId, today, Revocation.RecoveryWorkingDays);
        var revokedRecord = records.First(r => r.Id == revoked.AwardRecordId);
        revokedRecord.Revoke(by.At, revocationDocument.Id, RevocationGround.B);
        revocation.Add(new RevokedAward(revocation, revokedRecord.Id, revoked.Id, revoked.Name, revoked.AwardName, number, IssuedOn, revoked.Amount, "Giấy khen",
            deadline.Date, deadline.Provisional));
        db.Revocations.Add(revocation);
        foreach (var certificate in db.Certificates.Local.Where(c => c.AwardeeId == revoked.Id))
        {
            certificate.Revoke(revocation.Id, by.At);
        }

        await db.SaveChangesAsync();
    }

    private static async Task<(string Number, Document Document)> RegisterAsync(AppDbContext db, Guid tenantId, Unit unit, DecisionPaper paper, DateOnly date,
        string title, string signer, byte[] pdf, string fileName)
    {
        var key = Document.KeyOf(unit.Id, "");
        DocumentNumber number;
        do
        {
            var n = await DocumentNumbering.NextAsync(db, tenantId, NumberSeries.State(key, date.Year), CancellationToken.None);
            number = DocumentNumber.ForState(n, "QĐ", paper.IssuerShort).Value!;
        }
        while (await db.Documents.AnyAsync(d => d.TenantId == tenantId && d.NumberKey == number.IdentityKey && d.IssuerKey == key && d.Year == date.Year));

        var document = Document.Create(tenantId, unit.Id, number, new DocumentDetails(DocumentType.Decision, unit.Id, unit.Name, paper.Province, date, date, null,
            DocumentStatus.InForce, signer, "Giám đốc", title, null), isStub: false);
        db.Documents.Add(document);
        // The file itself is stored with the demo's other files (DemoPhotos.StoreAllAsync), as test copies of the seed need.
        db.DocumentAttachments.Add(new DocumentAttachment(tenantId, document.Id, fileName, "application/pdf", pdf.Length, Sha(pdf)));
        return (number.Canonical, document);
    }

    private static string Sha(byte[] bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    /// <summary>The revocation decision's signed copy: a signature dictionary, not a real signature (like the decisions').</summary>
    internal static byte[] RevocationPdf() => Encoding.Latin1.GetBytes(Encoding.Latin1.GetString(DemoDecisions.SignedPdf()).Replace("Signature1", "Revocation1", StringComparison.Ordinal));

    private static void Must(Infrastructure.Web.AppError? error, string what)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"{what}: {error.Message}");
        }
    }
}
