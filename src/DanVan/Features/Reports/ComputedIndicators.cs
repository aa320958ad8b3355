using DanVan.Features.Models;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Reports;

/// <summary>
/// The figures DanVan computes for a unit and a year, offered pre-filled on the form's computed lines: models recognised
/// in the year and models registered for it (the models register), plans due in the year and those issued on time
/// (the plan obligation status rule, <see cref="PlanObligation.WhereStatus"/>).
/// </summary>
public static class ComputedIndicators
{
    public static async Task<IReadOnlyDictionary<string, long>> ForAsync(AppDbContext db, IEnumerable<ReportField> fields, Guid unitId, int year,
        CancellationToken ct)
    {
        var result = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var field in fields.Where(f => f.Source is not null))
        {
            result[field.Code] = await CountAsync(db, field.Source!.Value, unitId, year, ct);
        }

        return result;
    }

    public static Task<int> CountAsync(AppDbContext db, ComputedSource source, Guid unitId, int year, CancellationToken ct)
    {
        var today = VnTime.Today(db.Time);
        var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
        var plans = db.PlanObligations.AsNoTracking().Where(o => o.UnitId == unitId && o.DueOn >= from && o.DueOn <= to);
        return source switch
        {
            ComputedSource.ModelsRecognised => db.DvkModels.CountAsync(m => m.UnitId == unitId && m.Status == ModelStatus.Recognised && m.RecognisedYear == year, ct),
            ComputedSource.ModelsRegistered => db.DvkModels.CountAsync(m => m.UnitId == unitId && m.Year == year && m.Status != ModelStatus.Draft, ct),
            ComputedSource.PlansOnTime => PlanObligation.WhereStatus(plans, PlanStatus.OnTime, today).CountAsync(ct),
            ComputedSource.PlansRequired => plans.CountAsync(o => o.WaivedReason == null, ct),
            _ => throw new ArgumentOutOfRangeException(nameof(source)),
        };
    }

    public static string Label(this ComputedSource source) => source switch
    {
        ComputedSource.ModelsRecognised => "Số mô hình được công nhận trong năm (từ sổ mô hình)",
        ComputedSource.ModelsRegistered => "Số mô hình đăng ký trong năm (từ sổ mô hình)",
        ComputedSource.PlansOnTime => "Số kế hoạch thực hiện phong trào ban hành đúng hạn trong năm",
        ComputedSource.PlansRequired => "Số kế hoạch thực hiện phong trào phải ban hành trong năm",
        _ => source.ToString(),
    };
}
