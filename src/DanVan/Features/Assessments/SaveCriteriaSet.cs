using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Assessments;

/// <summary>
/// The province writes a year's criteria set (new, edited while unused, or copied from an earlier year's set as a start).
/// A set a round has used is frozen: the edit is refused and the way forward is a new edition (a copy).
/// </summary>
public static class SaveCriteriaSet
{
    public static async Task<Result<CriteriaSetDto>> CreateAsync(AppDbContext db, CurrentUser user, CriteriaSetInput input, CancellationToken ct)
    {
        if (await AssessmentAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (!Parse(input).TryGet(out var parsed, out var invalid))
        {
            return invalid;
        }

        if (await CheckReferencesAsync(db, user, parsed, ct) is { } badReference)
        {
            return badReference;
        }

        var edition = await NextEditionAsync(db, user.TenantId, parsed.Year, ct);
        if (!CriteriaSet.Create(user.TenantId, parsed.Year, edition, parsed.Name, parsed.Citation, parsed.DocumentId, parsed.SuperiorShare, parsed.Cap,
                parsed.Criteria, parsed.Bands).TryGet(out var set, out var error))
        {
            return error;
        }

        db.CriteriaSets.Add(set);
        await db.SaveChangesAsync(ct);
        return await GetCriteriaSet.DtoAsync(db, set, ct);
    }

    public static async Task<Result<CriteriaSetDto>> UpdateAsync(AppDbContext db, CurrentUser user, Guid id, CriteriaSetInput input, int? expectedVersion,
        CancellationToken ct)
    {
        if (!(await AssessmentAccess.FindSetAsync(db, user, id, ct)).TryGet(out var set, out var missing))
        {
            return missing;
        }

        if (await AssessmentAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (db.Expect(set, expectedVersion) is { } stale)
        {
            return stale;
        }

        if (!Parse(input with { Year = set.Year }).TryGet(out var parsed, out var invalid))
        {
            return invalid;
        }

        if (await CheckReferencesAsync(db, user, parsed, ct) is { } badReference)
        {
            return badReference;
        }

        if (set.Replace(parsed.Name, parsed.Citation, parsed.DocumentId, parsed.SuperiorShare, parsed.Cap, parsed.Criteria, parsed.Bands) is { } error)
        {
            return error;
        }

        await db.SaveChangesAsync(ct);
        return await GetCriteriaSet.DtoAsync(db, set, ct);
    }

    /// <summary>A new set for <paramref name="year"/> (a new edition when the year has one) with everything of <paramref name="fromId"/>.</summary>
    public static async Task<Result<CriteriaSetDto>> CopyAsync(AppDbContext db, CurrentUser user, Guid fromId, int year, CancellationToken ct)
    {
        if (!(await AssessmentAccess.FindSetAsync(db, user, fromId, ct)).TryGet(out var from, out var missing))
        {
            return missing;
        }

        if (await AssessmentAccess.CheckManageAsync(db, user, ct) is { } denied)
        {
            return denied;
        }

        if (year is < 2000 or > 2100)
        {
            return AssessmentErrors.YearOutOfRange;
        }

        var edition = await NextEditionAsync(db, user.TenantId, year, ct);
        var name = from.Year == year ? from.Name : from.Name.Replace(from.Year.ToString(VietnameseText.Culture), year.ToString(VietnameseText.Culture), StringComparison.Ordinal);
        var set = CriteriaSet.Create(user.TenantId, year, edition, name, from.Citation, from.RegulationDocumentId, from.SuperiorShare, from.TopRankCapPercent,
            from.Specs(), from.BandSpecs()).Value!;
        db.CriteriaSets.Add(set);
        await db.SaveChangesAsync(ct);
        return await GetCriteriaSet.DtoAsync(db, set, ct);
    }

    private static async Task<int> NextEditionAsync(AppDbContext db, Guid tenantId, int year, CancellationToken ct) =>
        (await db.CriteriaSets.Where(s => s.TenantId == tenantId && s.Year == year).MaxAsync(s => (int?)s.Edition, ct) ?? 0) + 1;

    private static async Task<AppError?> CheckReferencesAsync(AppDbContext db, CurrentUser user, Parsed parsed, CancellationToken ct)
    {
        var tenantId = user.TenantId;
        if (parsed.DocumentId is { } documentId
            && !await DocumentAccess.Visible(db, user).AnyAsync(d => d.Id == documentId && d.TenantId == tenantId, ct))
        {
            return new AppError("assessment.regulation_document", "Không tìm thấy văn bản quy định tiêu chí trong sổ văn bản (hoặc bạn không được xem văn bản này).",
                nameof(CriteriaSetInput.RegulationDocumentId));
        }

        var kinds = parsed.Criteria.Where(c => c.UnitKindId is not null).Select(c => c.UnitKindId!.Value).Distinct().ToList();
        var known = kinds.Count == 0 ? [] : await db.UnitKinds.Where(k => kinds.Contains(k.Id) && k.TenantId == tenantId).Select(k => k.Id).ToListAsync(ct);
        var unknown = parsed.Criteria.Select((c, i) => (c, i)).FirstOrDefault(x => x.c.UnitKindId is { } k && !known.Contains(k));
        return unknown.c is null
            ? null
            : new AppError("assessment.unit_kind", $"Tiêu chí {unknown.c.Code}: loại đơn vị không có trong danh mục loại đơn vị.",
                AssessmentErrors.CriterionField(unknown.i, nameof(CriterionInput.UnitKindId)));
    }

    private sealed record Parsed(int Year, string Name, string Citation, Guid? DocumentId, decimal SuperiorShare, int? Cap,
        IReadOnlyList<CriterionSpec> Criteria, IReadOnlyList<BandSpec> Bands);

    /// <summary>NFC at the edge, defaults filled (kind scored, the default bands), every field named when missing.</summary>
    private static Result<Parsed> Parse(CriteriaSetInput input)
    {
        if (input.Year is not { } year || year is < 2000 or > 2100)
        {
            return AssessmentErrors.YearOutOfRange;
        }

        var criteria = new List<CriterionSpec>();
        foreach (var c in input.Criteria ?? [])
        {
            if (c.MaxPoints is null && c.Kind != CriterionKind.Prerequisite)
            {
                return new AppError("assessment.criterion_max", $"Tiêu chí dòng {criteria.Count + 1}: cần điểm tối đa.",
                    AssessmentErrors.CriterionField(criteria.Count, nameof(CriterionInput.MaxPoints)));
            }

            criteria.Add(new CriterionSpec(VietnameseText.Clean(c.Group) ?? "", VietnameseText.Clean(c.Code) ?? "", VietnameseText.Clean(c.Name) ?? "",
                VietnameseText.Clean(c.Guidance), c.MaxPoints ?? 0, c.Kind ?? CriterionKind.Scored, c.EvidenceRequired ?? false, c.UnitKindId));
        }

        var bands = input.Bands is { Count: > 0 }
            ? input.Bands.Select(b => new BandSpec(VietnameseText.Clean(b.Label) ?? "", b.MinPoints ?? -1)).ToList()
            : CriteriaSet.DefaultBands.ToList();
        return new Parsed(year, VietnameseText.Clean(input.Name) ?? "", VietnameseText.Clean(input.Citation) ?? "", input.RegulationDocumentId,
            input.SuperiorShare ?? 0, input.TopRankCapPercent, criteria, bands);
    }
}
