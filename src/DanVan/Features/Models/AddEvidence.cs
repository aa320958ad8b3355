using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Models;

/// <summary>The owner unit adds an evidence file (JPEG, PNG or PDF, checked by its bytes) to a model, optionally tied to a progress report.</summary>
public static class AddEvidence
{
    public static async Task<Result<EvidenceDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, Guid? progressId, IFormFile? file,
        CancellationToken ct)
    {
        if (!(await ModelAccess.LoadAsync(db, user, id, Permission.ManageModels, ct)).TryGet(out var model, out var refused))
        {
            return refused;
        }

        if (progressId is { } pid && !await db.ModelProgress.AnyAsync(p => p.Id == pid && p.ModelId == id, ct))
        {
            return AppError.NotFound("báo cáo tiến độ");
        }

        if (await db.ModelEvidence.CountAsync(e => e.ModelId == id, ct) >= ModelEvidence.MaxPerModel)
        {
            return ModelErrors.EvidenceFull;
        }

        var read = await FileCheck.ReadAsync(file, ModelEvidence.Kinds, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }

        var f = read.Value!;
        var evidence = new ModelEvidence(user.TenantId, model.Id, progressId, f.FileName, f.ContentType, f.Content.Length, f.Sha256);
        db.ModelEvidence.Add(evidence);
        await db.Files.SaveAsync(f, ct);
        await db.SaveChangesAsync(ct);
        return new EvidenceDto(evidence.Id, evidence.ProgressId, evidence.FileName, evidence.ContentType, evidence.Size,
            model.IsPublished && ModelEvidence.PhotoTypes.Contains(evidence.ContentType));
    }
}
