using System.Security.Cryptography;
using System.Text;
using DanVan.Features.Awards;
using DanVan.Features.Council;
using DanVan.Features.Decisions;
using DanVan.Features.Documents;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// Decisions of the 2025 round (issue 15 §3). The council session's last item (a Bằng khen of the chairman) is voted and
/// closed as passed — 8 yes, 1 no of the present members (simple majority: the award has no threshold of its own) — so
/// the approved list holds that nominee; the CSTĐ tỉnh nominee failed and the open item waits for the demo accounts'
/// ballots. An issued decision of the chairman (signed KT. by the vice-chairman Nguyễn Thanh Bình on 30/12/2025, Tờ trình
/// of Sở Nội vụ) for the approved nominee: numbered from the PPC's counter, registered as a Quyết định with a signed PDF
/// (a signature dictionary, not a real signature), prize fixed from the base salary in force, one award-register row.
/// </summary>
internal static class DemoDecisions
{
    private static readonly DateOnly IssuedOn = new(2025, 12, 30);

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, IReadOnlyList<Unit> departments, Actor by)
    {
        var session = await db.CouncilSessions.Include(s => s.Attendance).Include(s => s.Items).ThenInclude(i => i.Recusals).AsSplitQuery()
            .FirstAsync(s => s.TenantId == tenantId && s.Date == new DateOnly(2025, 12, 26));
        var council = await db.Councils.Include(c => c.Members).FirstAsync(c => c.Id == session.CouncilId);
        var item = session.Items.OrderBy(i => i.Position).Last(i => i.State == ItemState.Pending);
        Must(item.Open(session, council, VoteMethod.Electronic), "demo open");
        var voters = council.Members.Where(m => session.StatusOf(m.Id) == AttendanceStatus.Present && !item.IsRecused(m.Id)).ToList();
        var ballots = voters.Select((m, i) => new Ballot(item, i == 0 ? BallotChoice.No : BallotChoice.Yes, item.Secret ? null : m.Id, writtenOpinion: false)).ToList();
        db.BallotParticipations.AddRange(voters.Select(m => new BallotParticipation(item, m.Id, writtenOpinion: false)));
        db.Ballots.AddRange(ballots.OrderBy(b => b.Id));
        var yes = ballots.Count(b => b.Choice == BallotChoice.Yes);
        var tally = Tally.Compute(item.Rule, new BallotCounts(voters.Count, ballots.Count, ballots.Count, yes, ballots.Count - yes, 0),
            new Turnout(council.Members.Count, item.Recusals.Count, voters.Count, 0));
        Must(item.Close(tally), "demo close");
        await db.SaveChangesAsync();

        var ppc = await db.Units.FirstAsync(u => u.TenantId == tenantId && u.Code == "UBND");
        var round = await db.NominationRounds.FirstAsync(r => r.TenantId == tenantId && r.Year == 2025);
        var approved = await ApprovedList.ForAsync(db, tenantId, round.Id, DecidingAuthority.ProvinceChairman, ppc.Path, IssuedOn, CancellationToken.None);
        var salary = await db.BaseSalaries.AsNoTracking().InForceOn(tenantId, IssuedOn).FirstAsync();
        var decision = Decision.Create(tenantId, round.Id, session.Id, ppc.Id, departments[0].Id, DecidingAuthority.ProvinceChairman,
            $"Về việc khen thưởng các tập thể, cá nhân có thành tích trong {round.Name}", IssuedOn, SignPrefix.ForHead, "Phó Chủ tịch", "Nguyễn Thanh Bình");
        foreach (var a in approved)
        {
            var quote = Prize.Compute(a.Kind, a.Kind.VersionOn(IssuedOn)!, a.Nominee.Subject, salary, IssuedOn).Value!;
            decision.Add(new DecisionAwardee(decision, a.Nominee.Id, a.Nominee.DossierId, a.Nominee.Subject, a.Nominee.PersonId, a.UnitId, a.Nominee.Name,
                a.Nominee.UnitName, a.Position, a.Kind, a.Nominee.Year, quote.Amount, quote.Explanation));
        }

        var key = Document.KeyOf(ppc.Id, "");
        DocumentNumber number;
        do
        {
            var n = await DocumentNumbering.NextAsync(db, tenantId, NumberSeries.State(key, IssuedOn.Year), CancellationToken.None);
            number = DocumentNumber.ForState(n, "QĐ", "UBND").Value!;
        }
        while (await db.Documents.AnyAsync(d => d.TenantId == tenantId && d.NumberKey == number.IdentityKey && d.IssuerKey == key && d.Year == IssuedOn.Year));

        var document = Document.Create(tenantId, ppc.Id, number, new DocumentDetails(DocumentType.Decision, ppc.Id, ppc.Name, "Sông Trà", IssuedOn, IssuedOn, null,
            DocumentStatus.InForce, "Nguyễn Thanh Bình", "KT. Chủ tịch – Phó chủ tịch", decision.Title, null), isStub: false);
        db.Documents.Add(document);
        var pdf = SignedPdf();
        var sha = Convert.ToHexStringLower(SHA256.HashData(pdf));
        // The file itself is stored with the demo's other files (DemoPhotos.StoreAllAsync), as test copies of the seed need.
        db.DocumentAttachments.Add(new DocumentAttachment(tenantId, document.Id, "quyet-dinh-da-ky.pdf", "application/pdf", pdf.Length, sha));
        Must(decision.Issue(number.Canonical, IssuedOn, document.Id, "quyet-dinh-da-ky.pdf", sha, by), "demo issue");
        db.Decisions.Add(decision);
        foreach (var a in decision.Listed)
        {
            var record = AwardRecord.Create(tenantId, a.AwardKindId, a.Subject, a.PersonId, a.UnitId, a.Name, a.Year, CommendationType.Regular, number.Canonical,
                IssuedOn, document.Id, a.Amount is { } m ? $"Tiền thưởng: {DecisionPaper.Money(m)} đồng" : null, null, null, by);
            db.AwardRecords.Add(record);
            a.Registered(record.Id);
        }

        await db.SaveChangesAsync();
    }

    /// <summary>A one-page PDF carrying a signature dictionary (/Type /Sig, /ByteRange, /Contents): what the check looks for, not a real signature.</summary>
    internal static byte[] SignedPdf() => Encoding.Latin1.GetBytes("""
        %PDF-1.7
        1 0 obj << /Type /Catalog /Pages 2 0 R /AcroForm << /Fields [4 0 R] /SigFlags 3 >> >> endobj
        2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj
        3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj
        4 0 obj << /FT /Sig /T (Signature1) /V 5 0 R >> endobj
        5 0 obj << /Type /Sig /Filter /Adobe.PPKLite /SubFilter /adbe.pkcs7.detached /ByteRange [0 100 200 300] /Contents <3082> >> endobj
        trailer << /Root 1 0 R >>
        %%EOF
        """);

    private static void Must(Infrastructure.Web.AppError? error, string what)
    {
        if (error is not null)
        {
            throw new InvalidOperationException($"{what}: {error.Message}");
        }
    }
}
