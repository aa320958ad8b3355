using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>A criteria set with its criteria in order, bands, branch maxima and the regulation it cites.</summary>
public static class GetCriteriaSet
{
    public static async Task<Result<CriteriaSetDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        (await AssessmentAccess.FindSetAsync(db, user, id, ct)).TryGet(out var set, out var error) ? await DtoAsync(db, set, ct) : error;

    public static async Task<CriteriaSetDto> DtoAsync(AppDbContext db, CriteriaSet set, CancellationToken ct)
    {
        var kindIds = set.Criteria.Where(c => c.UnitKindId is not null).Select(c => c.UnitKindId!.Value).Distinct().ToList();
        var kinds = await db.UnitKinds.Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id, k => k.Name, ct);
        var regulation = set.RegulationDocumentId is { } docId ? await db.Documents.FirstOrDefaultAsync(d => d.Id == docId, ct) : null;
        var branches = new List<BranchMax>();
        var common = set.Criteria.Where(c => c.UnitKindId is null && c.Kind is CriterionKind.Scored or CriterionKind.Bonus).Sum(c => c.MaxPoints);
        if (kinds.Count == 0)
        {
            branches.Add(new BranchMax(null, "Mọi đơn vị", common + set.SuperiorShare));
        }

        foreach (var (kindId, name) in kinds.OrderBy(k => k.Value, StringComparer.Ordinal))
        {
            branches.Add(new BranchMax(kindId, name, set.MaxTotal(kindId)));
        }

        return new CriteriaSetDto(set.Id, set.Year, set.Edition, set.Name, set.Citation, set.RegulationDocumentId,
            regulation is null ? null : DocumentCitation.Format(regulation), set.SuperiorShare, set.TopRankCapPercent, set.IsFrozen,
            set.Criteria.OrderBy(c => c.Seq).Select(c => new CriterionDto(c.Id, c.Seq, c.Group, c.Code, c.Name, c.Guidance, c.MaxPoints, c.Kind,
                c.EvidenceRequired, c.UnitKindId, c.UnitKindId is { } k ? kinds.GetValueOrDefault(k) : null)).ToList(),
            set.Bands.OrderBy(b => b.Seq).Select(b => new BandDto(b.Seq, b.Label, b.MinPoints)).ToList(), branches, set.Version);
    }
}
