using DanVan.Features.Accounts;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The province opens a year's round: its criteria set (frozen from now on), the participating units (resolved now, among
/// the units active today, one assessment each, scored on its kind's branch), the deadlines.
/// </summary>
public static class OpenRound
{
    public static async Task<Result<RoundDto>> HandleAsync(AppDbContext db, CurrentUser user, RoundInput input, CancellationToken ct)
    {
        if (await AssessmentAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (input.CriteriaSetId is not { } setId)
        {
            return AppError.Required("CriteriaSetId", "bộ tiêu chí");
        }

        if (input.SelfAssessmentDue is not { } selfDue)
        {
            return AppError.Required("SelfAssessmentDue", "hạn tự chấm");
        }

        if (input.AppraisalDue is not { } appraisalDue)
        {
            return AppError.Required("AppraisalDue", "hạn thẩm định");
        }

        if (!(await AssessmentAccess.FindSetAsync(db, user, setId, ct)).TryGet(out var set, out var missing))
        {
            return missing;
        }

        if (await db.AssessmentRounds.AnyAsync(r => r.CriteriaSetId == setId, ct))
        {
            return AssessmentErrors.RoundExists;
        }

        var tenantId = user.TenantId;
        var rules = (input.Participants ?? []).Where(p => p.UnitId is not null)
            .Select(p => (p.UnitId!.Value, p.IncludeDescendants ?? false, p.KindId)).ToList();
        var ruleUnits = rules.Select(r => r.Item1).Distinct().ToList();
        if (await db.Units.CountAsync(u => ruleUnits.Contains(u.Id) && u.TenantId == tenantId, ct) != ruleUnits.Count)
        {
            return AppError.NotFound("đơn vị tham gia");
        }

        if (!AssessmentRound.Create(tenantId, set, VietnameseText.Clean(input.Name) ?? "", selfDue, appraisalDue,
                input.AppealWorkingDays ?? AssessmentRound.DefaultAppealWorkingDays, rules).TryGet(out var round, out var invalid))
        {
            return invalid;
        }

        var units = await ParticipatingUnitsAsync(db, tenantId, round, ct);
        if (units.Count == 0)
        {
            return AssessmentErrors.NoUnitsMatched;
        }

        set.Freeze(db.Time.GetUtcNow().UtcDateTime);
        db.AssessmentRounds.Add(round);
        foreach (var unit in units)
        {
            db.UnitAssessments.Add(new UnitAssessment(tenantId, round.Id, unit.Id, unit.KindId));
        }

        await db.SaveChangesAsync(ct);
        return (await GetRound.HandleAsync(db, user, round.Id, ct)).Value!;
    }

    /// <summary>The movement-participant rule: a rule's unit, or (with its subtree) any unit under it; of the rule's kind when it names one.</summary>
    private static Task<List<Unit>> ParticipatingUnitsAsync(AppDbContext db, Guid tenantId, AssessmentRound round, CancellationToken ct)
    {
        var rules = round.Participants.Select(p => new { p.UnitId, p.IncludeDescendants, p.KindId }).ToList();
        var ruleUnits = rules.Select(r => r.UnitId).ToList();
        return LoadAsync();

        async Task<List<Unit>> LoadAsync()
        {
            var paths = await db.Units.Where(u => ruleUnits.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
            var candidates = await db.Units.AsNoTracking().ActiveOn(VnTime.Today(db.Time)).Where(u => u.TenantId == tenantId).OrderBy(u => u.Path).ToListAsync(ct);
            return candidates.Where(u => rules.Any(r => (r.UnitId == u.Id || (r.IncludeDescendants && u.Path.StartsWith(paths[r.UnitId], StringComparison.Ordinal)
                    && u.Id != r.UnitId)) && (r.KindId == null || r.KindId == u.KindId))).ToList();
        }
    }
}
