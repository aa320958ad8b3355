using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// Who sees and does what in the assessment (issue 13 §7): criteria sets and rounds are the province's — seen by anyone
/// holding ViewAssessments in the tenant, managed with ManageAssessments at the province's root. A unit's assessment is
/// seen with ViewAssessments on the unit; the unit scores it (SelfAssess), its head sends it (ApproveSelfAssessments), the
/// appraisal team appraises it (AppraiseAssessments on the unit — the team is a role assignment, ADR 0008). Nobody changes
/// anything once the round is decided (<see cref="AssessmentRound.CheckOpen"/>).
/// </summary>
public static class AssessmentAccess
{
    public static readonly ObjectAccess<UnitAssessment> Rule = new("kết quả đánh giá của đơn vị", Visible, db => db.UnitAssessments,
        id => a => a.Id == id, a => a.UnitId);

    /// <summary>
    /// The assessments of units the caller may view. The scope is a correlated EXISTS on the assessment's own unit (a key
    /// probe per row), not <c>UnitId IN (every unit the caller reaches)</c>: SQLite built that whole list first — 7 ms per
    /// request for a province officer at L, more than the rest of the ranking (bench/README.md, ranking workload).
    /// </summary>
    public static IQueryable<UnitAssessment> Visible(AppDbContext db, CurrentUser user)
    {
        var units = db.Units.VisibleTo(db, user, Permission.ViewAssessments);
        var tenantId = user.TenantId;
        return db.UnitAssessments.Where(a => a.TenantId == tenantId && units.Any(u => u.Id == a.UnitId));
    }

    public static Task<bool> CanViewProvinceWorkAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        Scope.HoldsAnywhereAsync(db, user, Permission.ViewAssessments, ct);

    /// <summary>ManageAssessments at every root of the tenant (the province's Ban Thi đua – Khen thưởng, or its administrator).</summary>
    public static async Task<bool> CanManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        var managed = db.Units.VisibleTo(db, user, Permission.ManageAssessments).Select(u => u.Id);
        var roots = await db.Units.Where(u => u.TenantId == tenantId && u.ParentId == null).Select(u => managed.Contains(u.Id)).ToListAsync(ct);
        return roots.Count > 0 && roots.All(r => r);
    }

    /// <summary>The 404 for someone who sees no assessment at all, the 403 for a viewer who may not manage; null to go on.</summary>
    public static async Task<AppError?> CheckManageAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        !await CanViewProvinceWorkAsync(db, user, ct) ? AppError.NotFound("bộ tiêu chí, đợt đánh giá")
        : await CanManageAsync(db, user, ct) ? null
        : AppError.Forbidden;

    public static async Task<Result<CriteriaSet>> FindSetAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!await CanViewProvinceWorkAsync(db, user, ct))
        {
            return AssessmentErrors.SetNotFound;
        }

        var tenantId = user.TenantId;
        return await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Bands).AsSplitQuery()
            .FirstOrDefaultAsync(s => s.Id == id && s.TenantId == tenantId, ct) is { } set ? set : AssessmentErrors.SetNotFound;
    }

    public static async Task<Result<AssessmentRound>> FindRoundAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!await CanViewProvinceWorkAsync(db, user, ct))
        {
            return AssessmentErrors.RoundNotFound;
        }

        var tenantId = user.TenantId;
        return await db.AssessmentRounds.Include(r => r.Participants).FirstOrDefaultAsync(r => r.Id == id && r.TenantId == tenantId, ct) is { } round
            ? round
            : AssessmentErrors.RoundNotFound;
    }

    /// <summary>An assessment with its scores, round and set, if the caller may view it and holds <paramref name="action"/> on its unit.</summary>
    public static async Task<Result<Loaded>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, Permission action, CancellationToken ct)
    {
        if (!(await Rule.LoadAsync(db, user, id, action, ct)).TryGet(out var assessment, out var error))
        {
            return error;
        }

        await db.Entry(assessment).Collection(a => a.Scores).LoadAsync(ct);
        await db.Entry(assessment).Collection(a => a.Evidence).LoadAsync(ct);
        var round = await db.AssessmentRounds.FirstAsync(r => r.Id == assessment.RoundId, ct);
        var set = await db.CriteriaSets.Include(s => s.Criteria).Include(s => s.Bands).AsSplitQuery().FirstAsync(s => s.Id == round.CriteriaSetId, ct);
        return new Loaded(assessment, round, set);
    }

    public sealed record Loaded(UnitAssessment Assessment, AssessmentRound Round, CriteriaSet Set);

    /// <summary>
    /// Every change to a unit's assessment, stated once: load it with <paramref name="action"/> on its unit (404/403), refuse
    /// when the round is decided or the caller's version is old (409), apply the entity's own step, save, and answer the
    /// assessment as it now stands. A refused step saves nothing.
    /// </summary>
    public static async Task<Result<AssessmentDto>> ChangeAsync(AppDbContext db, CurrentUser user, Guid id, Permission action, int? expectedVersion,
        Func<Loaded, Task<AppError?>> step, CancellationToken ct)
    {
        if (!(await LoadAsync(db, user, id, action, ct)).TryGet(out var loaded, out var error))
        {
            return error;
        }

        if ((loaded.Round.CheckOpen() ?? db.Expect(loaded.Assessment, expectedVersion) ?? await step(loaded)) is { } refused)
        {
            return refused;
        }

        await db.SaveChangesAsync(ct);
        return await GetAssessment.DtoAsync(db, user, loaded, ct);
    }
}
