using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

public sealed record PublicModelItem(Guid Id, string Name, string UnitName, string Province, ModelField Field, ModelLevel Level, int Year, Guid? PhotoId);

/// <summary>
/// A published model. <see cref="RecognisedYear"/>: the year of achievement; <see cref="RecognisedUntil"/>: the last year
/// it is recognised for (re-confirmed each year); <see cref="RecognisedThisYear"/>: whether it is recognised for the
/// current year (<see cref="DvkModel.IsRecognisedFor(int)"/>) — a recognition not re-confirmed has lapsed.
/// </summary>
public sealed record PublicModelDto(Guid Id, string Name, string UnitName, string Province, ModelField Field, ModelLevel Level, int Year,
    int? RecognisedYear, string? Problem, string? Goals, string? ContentAndMethods, string? AreaAndBeneficiaries, string? Results,
    IReadOnlyList<PublicProgress> Progress, IReadOnlyList<Guid> Photos, int? RecognisedUntil = null, bool RecognisedThisYear = false);

public sealed record PublicProgress(DateOnly ReportedOn, string Narrative, IReadOnlyDictionary<string, decimal> Indicators);

/// <summary>
/// What the public sees, without signing in: published models that are recognised — nothing else, whatever the
/// caller asks (one predicate, <see cref="Published"/>). Every province's published models; of their progress reports
/// and photos only those a reviewer has approved (<see cref="Reports"/>, <see cref="Photos"/>: what the owner adds after
/// publication waits for the next approval, see <see cref="PublishModel"/>); PDF evidence and people's data stay inside.
/// </summary>
public static class PublicModels
{
    public static IQueryable<DvkModel> Published(AppDbContext db) =>
        db.DvkModels.AsNoTracking().Where(m => m.IsPublished && DvkModel.PublishableStatuses.Contains(m.Status));

    public static IQueryable<ModelProgress> Reports(AppDbContext db) => db.ModelProgress.AsNoTracking().Where(p => p.ReviewedAt != null);

    public static IQueryable<ModelEvidence> Photos(AppDbContext db) =>
        db.ModelEvidence.AsNoTracking().Where(e => e.ReviewedAt != null && ModelEvidence.PhotoTypes.Contains(e.ContentType));

    public static async Task<Result<Page<PublicModelItem>>> ListAsync(AppDbContext db, string? q, int? limit, string? cursor, CancellationToken ct)
    {
        var after = Paging.Decode(cursor);
        if (after.Error is not null)
        {
            return after.Error;
        }

        var models = Published(db);
        models = models.Matching(db, q);

        if (after.Value is { } a)
        {
            var id = a.Id;
            models = models.Where(m => m.Id.CompareTo(id) < 0);
        }

        var take = Paging.Clamp(limit);
        var rows = await models.OrderByDescending(m => m.Id).Take(take + 1)
            .Select(m => new PublicModelItem(m.Id, m.Name, db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).First(),
                db.Tenants.Where(t => t.Id == m.TenantId).Select(t => t.Name).First(), m.Field, m.Level, m.Year,
                Photos(db).Where(e => e.ModelId == m.Id).OrderBy(e => e.Id)
                    .Select(e => (Guid?)e.Id).FirstOrDefault()))
            .ToListAsync(ct);
        return new Page<PublicModelItem>(rows.Take(take).ToList(), rows.Count > take ? Paging.Encode("", rows[take - 1].Id) : null);
    }

    public static async Task<Result<PublicModelDto>> GetAsync(AppDbContext db, Guid id, CancellationToken ct)
    {
        var m = await Published(db).FirstOrDefaultAsync(x => x.Id == id, ct);
        if (m is null)
        {
            return AppError.NotFound("mô hình");
        }

        var unit = await db.Units.Where(u => u.Id == m.UnitId).Select(u => u.Name).FirstAsync(ct);
        var province = await db.Tenants.Where(t => t.Id == m.TenantId).Select(t => t.Name).FirstAsync(ct);
        var reports = await Reports(db).Where(p => p.ModelId == id).OrderBy(p => p.ReportedOn).ThenBy(p => p.Id).ToListAsync(ct);
        var ids = reports.Select(r => r.Id).ToList();
        var values = (await db.ModelIndicatorValues.AsNoTracking().Where(v => ids.Contains(v.ProgressId)).ToListAsync(ct)).ToLookup(v => v.ProgressId);
        var photos = await Photos(db).Where(e => e.ModelId == id).OrderBy(e => e.Id)
            .Select(e => e.Id).ToListAsync(ct);
        return new PublicModelDto(m.Id, m.Name, unit, province, m.Field, m.Level, m.Year, m.RecognisedYear, m.Problem, m.Goals, m.ContentAndMethods,
            m.AreaAndBeneficiaries, m.ExpectedOutputs,
            reports.Select(r => new PublicProgress(r.ReportedOn, r.Narrative, values[r.Id].ToDictionary(v => v.Code, v => v.Value))).ToList(), photos,
            m.ConfirmedYear, m.IsRecognisedFor(VnTime.Today(db.Time).Year));
    }

    public static async Task<IResult> PhotoAsync(AppDbContext db, Guid id, Guid photoId, CancellationToken ct)
    {
        var published = Published(db).Where(m => m.Id == id).Select(m => m.Id);
        var file = await Photos(db)
            .Where(e => e.Id == photoId && e.ModelId == id && published.Contains(e.ModelId))
            .Select(e => new { e.ContentType, e.Sha256 }).FirstOrDefaultAsync(ct);
        return file is null
            ? TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Không tìm thấy ảnh.")
            : StoredFile.Download(db.Files, file.Sha256, file.ContentType, fileName: null);
    }
}
