using DanVan.Features.Awards;
using DanVan.Features.Eligibility;
using DanVan.Features.Nominations;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Nominations;

/// <summary>Nomination rows for security tests: a fresh round of a unit's province and the unit's dossier walked to a state.</summary>
public static class NominationData
{
    public const string Award = "lao-dong-tien-tien"; // needs only the Tờ trình: a dossier with one nominee is complete

    public sealed record Made(Guid Round, Guid Kind, Guid Dossier, Guid? Nominee, Guid? Attachment);

    private static readonly Actor By = new(Guid.Empty, "kiểm thử", DateTime.UtcNow);

    /// <summary>An open 2026 round of the unit's province offering Lao động tiên tiến (the catalogue seeded if the province has none).</summary>
    public static async Task<(Guid Round, Guid Kind)> AddNominationRoundAsync(this AppDbContext db, Guid unitId)
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        if (!await db.AwardKinds.AnyAsync(k => k.TenantId == tenantId))
        {
            db.AwardKinds.AddRange(AwardCatalogueSeed.Kinds(tenantId, By));
            await db.SaveChangesAsync();
        }

        var kind = await db.AwardKinds.Where(k => k.TenantId == tenantId && k.Code == Award).Select(k => k.Id).SingleAsync();
        var today = VnTime.Today(db.Time);
        var round = NominationRound.Create(tenantId, 2026, "Đợt xét thử", RoundKind.Annual, today, new ResolvedDeadline(new DateOnly(2099, 12, 30), null, false),
            new ResolvedDeadline(new DateOnly(2099, 12, 31), null, false), [(kind, null)]).Value!;
        db.NominationRounds.Add(round);
        await db.SaveChangesAsync();
        return (round.Id, kind);
    }

    /// <summary>
    /// The unit's dossier in a fresh round: a draft (with one nominee of the unit, and a file, when asked), or — with
    /// <paramref name="heldBy"/> — sent and held by that level.
    /// </summary>
    public static async Task<Made> AddDossierAsync(this AppDbContext db, Guid unitId, bool nominee = false, bool attachment = false, Guid? heldBy = null)
    {
        var (roundId, kindId) = await db.AddNominationRoundAsync(unitId);
        var unit = await db.Units.SingleAsync(u => u.Id == unitId);
        var dossier = new Dossier(unit.TenantId, roundId, unitId, By);
        Guid? nomineeId = null;
        if (nominee || attachment || heldBy is not null)
        {
            var person = Person.Create(unit.TenantId, unitId, new PersonDetails("Lê Văn Đề Nghị", Gender.Male, 1985, "Chuyên viên", StaffCategory.CivilServant, "Kinh", true));
            db.People.Add(person);
            var kind = await db.AwardKinds.WithVersions().SingleAsync(k => k.Id == kindId);
            var version = kind.VersionOn(VnTime.Today(db.Time))!;
            var sheet = new ProofSheet(new Nominee(AwardSubject.Individual, person.Id, "Lê Văn Đề Nghị", unitId, unit.Name, ""), kind.Id, kind.Code, kind.Name,
                version.Id, version.Number, version.EffectiveFrom, version.Citation, 2026, VnTime.Today(db.Time), Verdict.CannotTell, "Chưa xác định được", []);
            var row = new DossierNominee(unit.TenantId, dossier.Id, kind, version, sheet, DateTime.UtcNow);
            dossier.AddNominee(row, By).ShouldBeNull();
            nomineeId = row.Id;
        }

        Guid? attachmentId = null;
        if (attachment)
        {
            var pdf = DanVan.Tests.Security.MovementData.Pdf;
            var file = new UploadedFile("bien-ban.pdf", FileKind.Pdf, "application/pdf", pdf, await DanVan.Tests.Security.MovementData.StoreAsync(db, pdf));
            var added = new DossierAttachment(unit.TenantId, dossier.Id, null, DossierDocument.CouncilMinutes, file, By);
            dossier.AddAttachment(added, By).ShouldBeNull();
            attachmentId = added.Id;
        }

        if (heldBy is { } level)
        {
            dossier.Submit(level, [], VnTime.Today(db.Time), new DateOnly(2099, 12, 30), By).ShouldBeNull();
        }

        db.Dossiers.Add(dossier);
        await db.SaveChangesAsync();
        return new Made(roundId, kindId, dossier.Id, nomineeId, attachmentId);
    }
}
