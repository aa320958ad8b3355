using DanVan.Features.Awards;
using DanVan.Features.Nominations;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Demo;

/// <summary>
/// The 2025 annual nomination round of the demo province (issue 14 §5): dossiers in every state — a draft (XA002), one
/// sent and held by Sở Nội vụ (XA003), one returned with reasons (XA004), one accepted (Sở Tư pháp) — with people and
/// collectives whose stored proof sheets pass, fail or cannot tell, evaluated on the demo's own history. Deterministic;
/// XA001 is left without a dossier for the walkthrough.
/// </summary>
internal static class DemoNominations
{
    private static readonly DateOnly Opened = new(2025, 11, 3);
    private static readonly DateOnly UnitDue = new(2025, 12, 15);
    private static readonly DateOnly SuperiorDue = new(2025, 12, 31);

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit root, IReadOnlyList<Unit> departments, IReadOnlyList<Unit> communes, Actor by)
    {
        var kinds = await db.AwardKinds.WithVersions().Where(k => k.TenantId == tenantId
            && (k.Code == "bang-khen-chu-tich-tinh" || k.Code == "chien-si-thi-dua-tinh" || k.Code == "tap-the-lao-dong-xuat-sac")).ToDictionaryAsync(k => k.Code);
        var round = NominationRound.Create(tenantId, 2025, "Xét khen thưởng tổng kết năm 2025", RoundKind.Annual, Opened,
            new ResolvedDeadline(UnitDue, null, false), new ResolvedDeadline(SuperiorDue, null, false),
            kinds.Values.OrderBy(k => k.Position).Select(k => (k.Id, (string?)null)).ToList()).Value!;
        db.NominationRounds.Add(round);

        async Task<Dossier> DossierAsync(Unit unit, int people, bool collective)
        {
            var at = by with { At = new DateTime(2025, 12, 1, 2, 0, 0, DateTimeKind.Utc) };
            var dossier = new Dossier(tenantId, round.Id, unit.Id, at);
            var path = unit.Path;
            var staff = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(path)))
                .OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Select(p => p.Id).Take(people).ToListAsync();
            foreach (var (person, i) in staff.Select((p, i) => (p, i)))
            {
                await AddAsync(db, dossier, kinds[i == 0 ? "chien-si-thi-dua-tinh" : "bang-khen-chu-tich-tinh"], AwardSubject.Individual, person, at);
            }

            if (collective)
            {
                await AddAsync(db, dossier, kinds["tap-the-lao-dong-xuat-sac"], AwardSubject.Collective, unit.Id, at);
            }

            foreach (var n in dossier.Nominees)
            {
                dossier.SaveReport(n.Id, new NomineeReport(n.ReportPosition, "Thực hiện nhiệm vụ được giao", n.ReportAchievements,
                    $"Năm 2025, {n.Name} hoàn thành xuất sắc nhiệm vụ, đi đầu trong phong trào thi đua “Dân vận khéo”."), at);
            }

            dossier.AddAttachment(new DossierAttachment(tenantId, dossier.Id, null, DossierDocument.CouncilMinutes, Minutes, at), at);
            db.Dossiers.Add(dossier);
            return dossier;
        }

        var sent = by with { At = new DateTime(2025, 12, 10, 2, 0, 0, DateTimeKind.Utc) };
        var later = by with { At = new DateTime(2025, 12, 18, 2, 0, 0, DateTimeKind.Utc) };
        await DossierAsync(communes[1], 1, collective: false); // a draft
        var held = await DossierAsync(communes[2], 2, collective: true);
        Send(held, root, 1, sent);
        var returned = await DossierAsync(communes[3], 2, collective: true);
        Send(returned, root, 1, sent);
        var first = returned.Nominees.First(n => n.Subject == AwardSubject.Individual);
        returned.Return(root.Id, [
            new ReturnItemSpec(first.Id, ReturnRequirement.Rule, RuleKind.Initiative, null,
                "Chưa có văn bản công nhận sáng kiến cấp tỉnh; đề nghị bổ sung quyết định công nhận hoặc giấy chứng nhận."),
            new ReturnItemSpec(null, ReturnRequirement.Document, null, DossierDocument.InitiativeConfirmation,
                "Thiếu văn bản xác nhận sáng kiến kèm hồ sơ."),
        ], later).ShouldBeNull("demo return");
        var accepted = await DossierAsync(departments[1], 2, collective: true);
        Send(accepted, root, 1, sent);
        accepted.Accept(root.Id, null, "Đủ hồ sơ, trình Hội đồng", new DateOnly(2025, 12, 18), SuperiorDue, later).ShouldBeNull("demo accept");
        await db.SaveChangesAsync();
    }

    private static void Send(Dossier dossier, Unit root, int number, Actor at)
    {
        dossier.Number(number, $"{number:D2}/TTr-UBND");
        dossier.Submit(root.Id, [], new DateOnly(2025, 12, 10), UnitDue, at).ShouldBeNull("demo submit");
    }

    private static async Task AddAsync(AppDbContext db, Dossier dossier, AwardKind kind, AwardSubject subject, Guid id, Actor at)
    {
        var version = kind.VersionOn(new DateOnly(2025, 12, 1))!;
        var sheets = await Eligibility.Eligibility.EvaluateAsync(db, kind, version, subject, [id], 2025, new DateOnly(2025, 12, 1), CancellationToken.None);
        if (sheets.Count > 0)
        {
            dossier.AddNominee(new DossierNominee(dossier.TenantId, dossier.Id, kind, version, sheets[0], at.At), at).ShouldBeNull("demo nominee");
        }
    }

    private static readonly byte[] Pdf = "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n"u8.ToArray();

    /// <summary>The council minutes every demo dossier carries (one small PDF, stored once).</summary>
    internal static readonly Infrastructure.Files.UploadedFile Minutes = new("bien-ban-hop-hoi-dong.pdf", Infrastructure.Files.FileKind.Pdf, "application/pdf", Pdf,
        Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Pdf)));
}
