using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.Documents;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Eligibility;

/// <summary>A rule a movement adds to an award's: the standard's own words, its rule, and the movement as its source.</summary>
public sealed record ExtraRule(string Text, RuleSpec Spec);

/// <summary>What a movement adds to a nominee's sheet: the standards DanVan checks, and those people judge (listed, outside the verdict).</summary>
public sealed record MovementTerms(Guid MovementId, string MovementName, IReadOnlyList<ExtraRule> Rules, IReadOnlyList<string> JudgedByPeople);

/// <summary>
/// A movement's emulation standards for a subject (collective or individual), read through <see cref="StandardCodes"/>
/// (seed 003: a collective Bằng khen needs a recognised model and the rank "hoàn thành xuất sắc"). Standards without a
/// code, or with a code DanVan cannot check, are judged by people and listed as such.
/// </summary>
public static class MovementStandards
{
    public static async Task<Result<MovementTerms>> LoadAsync(AppDbContext db, CurrentUser user, Guid movementId, AwardSubject subject, CancellationToken ct)
    {
        if (!(await MovementAccess.FindAsync(db, user, movementId, ct)).TryGet(out var movement, out var notFound))
        {
            return notFound;
        }

        var kind = subject == AwardSubject.Individual ? MovementItemKind.IndividualStandard : MovementItemKind.CollectiveStandard;
        var items = (await db.MovementItems.AsNoTracking().Where(i => i.MovementId == movementId && i.Kind == kind).ToListAsync(ct))
            .OrderBy(i => i.Seq).ToList();
        var plan = movement.PlanDocumentId is { } planId
            ? await db.Documents.AsNoTracking().Where(d => d.Id == planId).Select(d => new { d.Type, d.Number, d.IssueDate, d.IssuerName }).FirstOrDefaultAsync(ct)
            : null;
        var source = $"phong trào “{movement.Name}”" + (plan is null ? "" : $" ({DocumentCitation.Format(plan.Type, plan.Number, plan.IssueDate, plan.IssuerName)})");
        var rules = new List<ExtraRule>();
        var judged = new List<string>();
        foreach (var item in items)
        {
            if (StandardCodes.Find(item.RuleCode) is { Rule: { } rule })
            {
                rules.Add(new ExtraRule(item.Text, rule with { Citation = $"Tiêu chuẩn {item.Seq} của {source}" }));
            }
            else
            {
                judged.Add(item.Text);
            }
        }

        return new MovementTerms(movement.Id, movement.Name, rules, judged);
    }
}
