using DanVan.Features.Assessments;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Assessments;

/// <summary>Assessment rows for security tests: a fresh set and round with one unit's assessment walked to a state.</summary>
public static class AssessmentData
{
    private static int _edition;

    public static readonly IReadOnlyList<SelfScoreInput> FullSelf =
        [new("1", 8, null, "Giải trình", "Minh chứng"), new("2", null, true, null, null)];

    public static async Task<(Guid Set, Guid Round, Guid Assessment)> AddAssessmentAsync(this AppDbContext db, Guid unitId,
        AssessmentStatus state = AssessmentStatus.Draft)
    {
        var unit = await db.Units.SingleAsync(u => u.Id == unitId);
        // Sets of one tenant are numbered by year and edition: a fresh edition of a year no demo uses keeps every set unique.
        const int year = 2099;
        var edition = Interlocked.Increment(ref _edition);
        var set = CriteriaSet.Create(unit.TenantId, year, edition, $"Bộ tiêu chí thử {year}.{edition}", "Quyết định thử", null, 5, null,
            [new CriterionSpec("I", "1", "Tiêu chí chấm điểm", null, 10, CriterionKind.Scored, false, null),
             new CriterionSpec("I", "2", "Tiêu chí điều kiện", null, 0, CriterionKind.Prerequisite, false, null)], CriteriaSet.DefaultBands).Value!;
        var today = VnTime.Today(db.Time);
        var round = AssessmentRound.Create(unit.TenantId, set, $"Đợt thử {year}.{edition}", today.AddDays(60), today.AddDays(90), 5, [(unitId, false, null)]).Value!;
        set.Freeze(DateTime.UtcNow);
        var assessment = new UnitAssessment(unit.TenantId, round.Id, unitId, unit.KindId);
        var by = new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow);
        if (state != AssessmentStatus.Draft)
        {
            assessment.SaveSelf(set, FullSelf, today, today.AddDays(60), by).ShouldBeNull();
            assessment.Submit(set, today, today.AddDays(60), by).ShouldBeNull();
        }

        if (state is AssessmentStatus.Appraised or AssessmentStatus.Appealed)
        {
            assessment.SaveAppraisal(set, [new("1", 7, null, "Thiếu minh chứng"), new("2", null, true, null)], 5, null, by).ShouldBeNull();
            assessment.FinishAppraisal(set, today.AddDays(30), by).ShouldBeNull();
        }

        if (state == AssessmentStatus.Appealed)
        {
            assessment.Appeal(set, new Dictionary<string, string> { ["1"] = "Đã có minh chứng" }, today, by).ShouldBeNull();
        }

        db.AddRange(set, round, assessment);
        await db.SaveChangesAsync();
        return (set.Id, round.Id, assessment.Id);
    }

    /// <summary>A draft assessment of the unit with one evidence file on criterion 1 (its bytes in the file store).</summary>
    public static async Task<(Guid Assessment, Guid Evidence)> AddAssessmentEvidenceAsync(this AppDbContext db, Guid unitId)
    {
        var (setId, roundId, id) = await db.AddAssessmentAsync(unitId);
        var assessment = await db.UnitAssessments.Include(a => a.Evidence).SingleAsync(a => a.Id == id);
        var round = await db.AssessmentRounds.SingleAsync(r => r.Id == roundId);
        var set = await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Bands).SingleAsync(s => s.Id == setId);
        var pdf = DanVan.Tests.Security.MovementData.Pdf;
        var file = new DanVan.Infrastructure.Files.UploadedFile("minh-chung.pdf", DanVan.Infrastructure.Files.FileKind.Pdf, "application/pdf", pdf,
            await DanVan.Tests.Security.MovementData.StoreAsync(db, pdf));
        var evidence = assessment.AddEvidence(set, "1", file, null, VnTime.Today(db.Time), round.SelfAssessmentDue,
            new Actor(Guid.Empty, "kiểm thử", DateTime.UtcNow)).Value!;
        await db.SaveChangesAsync();
        return (id, evidence.Id);
    }
}
