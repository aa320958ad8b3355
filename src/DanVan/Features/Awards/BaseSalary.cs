using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>
/// The base salary (mức lương cơ sở) from a date, with the decree that set it (DOMAIN §9). Prize money is a multiple of
/// the value in force on the decision date (<see cref="Prize"/>). The administrator adds later values; a row is never
/// edited (a wrong row is corrected by the row of the same date being replaced before any decision uses it — not in
/// this version: a later row is added).
/// </summary>
public sealed class BaseSalary : ITenantOwned, IStamped
{
    public const int CitationMax = 500;
    public const long MaxAmount = 100_000_000;

    private BaseSalary()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>VND per month.</summary>
    public long Amount { get; private set; }

    public string Citation { get; private set; } = "";
    public Guid? CitationDocumentId { get; private set; }
    public string EnteredByName { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Result<BaseSalary> Create(Guid tenantId, DateOnly? effectiveFrom, long? amount, string? citation, Guid? citationDocumentId, Actor by)
    {
        if (effectiveFrom is not { Year: >= 2000 and <= 2100 } from)
        {
            return new AppError("base_salary.date", "Vui lòng nhập ngày áp dụng (trong khoảng năm 2000–2100).", "EffectiveFrom");
        }

        if (amount is not (> 0 and <= MaxAmount) || amount % 1000 != 0)
        {
            return new AppError("base_salary.amount", "Mức lương cơ sở phải là số đồng dương, chẵn nghìn đồng (ví dụ 2.340.000).", "Amount");
        }

        if (string.IsNullOrWhiteSpace(citation))
        {
            return new AppError("base_salary.citation", "Vui lòng ghi căn cứ (nghị định quy định mức lương cơ sở, số và ngày).", "Citation");
        }

        if (citation.Trim().Length > CitationMax)
        {
            return AppError.TooLong("Citation", "Căn cứ", CitationMax);
        }

        return new BaseSalary
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            EffectiveFrom = from,
            Amount = amount.Value,
            Citation = citation.Trim(),
            CitationDocumentId = citationDocumentId,
            EnteredByName = by.UserName,
        };
    }
}

/// <summary>Query pieces for the base-salary table.</summary>
public static class BaseSalaries
{
    /// <summary>The rows in force on <paramref name="day"/> or earlier, the one in force first.</summary>
    public static IQueryable<BaseSalary> InForceOn(this IQueryable<BaseSalary> rows, Guid tenantId, DateOnly day) =>
        rows.Where(s => s.TenantId == tenantId && s.EffectiveFrom <= day).OrderByDescending(s => s.EffectiveFrom);
}
