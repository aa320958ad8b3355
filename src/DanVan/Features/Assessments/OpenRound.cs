using System.Linq.Expressions;
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
        // The rules' units, checked to be the tenant's, with the paths their subtrees are matched by.
        var paths = await db.Units.AsNoTracking().Where(u => ruleUnits.Contains(u.Id) && u.TenantId == tenantId).ToDictionaryAsync(u => u.Id, u => u.Path, ct);
        if (paths.Count != ruleUnits.Count)
        {
            return AppError.NotFound("đơn vị tham gia");
        }

        if (!AssessmentRound.Create(tenantId, set, VietnameseText.Clean(input.Name) ?? "", selfDue, appraisalDue,
                input.AppealWorkingDays ?? AssessmentRound.DefaultAppealWorkingDays, rules).TryGet(out var round, out var invalid))
        {
            return invalid;
        }

        var units = await ParticipatingUnitsAsync(db, tenantId, round, paths, ct);
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

    /// <summary>
    /// The movement-participant rule, in SQL over the units active today: a rule's unit, or (with its subtree) any unit under
    /// it; of the rule's kind when it names one. One query, whatever the number of units.
    /// </summary>
    private static Task<List<Participant>> ParticipatingUnitsAsync(AppDbContext db, Guid tenantId, AssessmentRound round,
        Dictionary<Guid, string> paths, CancellationToken ct) =>
        db.Units.AsNoTracking().ActiveOn(VnTime.Today(db.Time)).Where(u => u.TenantId == tenantId)
            .Where(Matching(round.Participants.Select(p => new Rule(p.UnitId, paths[p.UnitId], p.IncludeDescendants, p.KindId))))
            .OrderBy(u => u.Path).Select(u => new Participant(u.Id, u.KindId)).ToListAsync(ct);

    private sealed record Rule(Guid UnitId, string Path, bool IncludeDescendants, Guid? KindId);

    private sealed record Participant(Guid Id, Guid KindId);

    /// <summary>
    /// The rules as one predicate: <c>(Id = @unit [OR Path LIKE @path%]) [AND KindId = @kind] OR …</c>, each value a parameter
    /// (a round names a handful of rules; the SQL depends only on their number and shape).
    /// </summary>
    private static Expression<Func<Unit, bool>> Matching(IEnumerable<Rule> rules)
    {
        var unit = Expression.Parameter(typeof(Unit), "u");
        Expression any = Expression.Constant(false);
        foreach (var (unitId, path, withSubtree, kindId) in rules)
        {
            Expression<Func<Unit, bool>> rule = withSubtree ? u => u.Id == unitId || u.Path.StartsWith(path) : u => u.Id == unitId;
            var body = new Rebind(rule.Parameters[0], unit).Visit(rule.Body);
            if (kindId is { } kind)
            {
                Expression<Func<Unit, bool>> ofKind = u => u.KindId == kind;
                body = Expression.AndAlso(body, new Rebind(ofKind.Parameters[0], unit).Visit(ofKind.Body));
            }

            any = any is ConstantExpression ? body : Expression.OrElse(any, body);
        }

        return Expression.Lambda<Func<Unit, bool>>(any, unit);
    }

    private sealed class Rebind(ParameterExpression from, Expression to) : ExpressionVisitor
    {
        protected override Expression VisitParameter(ParameterExpression node) => node == from ? to : base.VisitParameter(node);
    }
}
