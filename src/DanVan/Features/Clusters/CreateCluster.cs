using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Clusters;

/// <summary>Creates an empty cluster or bloc for a year (members are added one by one, or the year copied from the last).</summary>
public static class CreateCluster
{
    public static readonly AppError NameTaken = new("cluster.name_taken", "Năm này đã có cụm, khối thi đua cùng tên.", "Name", ErrorKind.Conflict);

    public static async Task<Result<ClusterDto>> HandleAsync(AppDbContext db, CurrentUser user, ClusterInput input, CancellationToken ct)
    {
        if (await ClusterAccess.CheckManageAsync(db, user, ct) is { } refused)
        {
            return refused;
        }

        if (CheckYear(db, input.Year!.Value) is { } badYear)
        {
            return badYear;
        }

        var tenantId = user.TenantId;
        if (await db.EmulationClusters.AnyAsync(c => c.TenantId == tenantId && c.Year == input.Year && c.Kind == input.Kind && c.Name == input.Name, ct))
        {
            return NameTaken;
        }

        if (input.FoundingDocumentId is { } documentId && !await db.Documents.AnyAsync(d => d.TenantId == tenantId && d.Id == documentId, ct))
        {
            return ClusterErrors.DocumentNotFound;
        }

        var cluster = EmulationCluster.Create(tenantId, input.Year!.Value, input.Kind!.Value, input.Name!, input.FoundingDocumentId, Actor.Of(user, db.Time));
        db.EmulationClusters.Add(cluster);
        await db.SaveChangesAsync(ct);
        return await GetCluster.HandleAsync(db, user, cluster.Id, ct);
    }

    /// <summary>From 2000 to next year (groups are set up before the year they run).</summary>
    public static AppError? CheckYear(AppDbContext db, int year)
    {
        var max = VnTime.Today(db.Time).Year + 1;
        return year < 2000 || year > max ? ClusterErrors.YearOutOfRange(max) : null;
    }
}
