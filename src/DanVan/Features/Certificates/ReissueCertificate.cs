using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>
/// Re-issues a certificate (lost, misprinted): a new code for the same award; the old one becomes "Đã được cấp lại" and
/// its page points to the new one. A reason is required; a revoked or already re-issued certificate: 409.
/// ManageAwardRecords on the decision's issuing unit.
/// </summary>
public static class ReissueCertificate
{
    public static async Task<Result<CertificateDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, ReissueInput input, string baseUrl, CancellationToken ct)
    {
        if (!(await CertificateAccess.LoadAsync(db, user, id, Permission.ManageAwardRecords, ct)).TryGet(out var certificate, out var error))
        {
            return error;
        }

        if (string.IsNullOrWhiteSpace(input.Reason))
        {
            return CertificateErrors.ReissueReasonRequired;
        }

        if (input.Reason.Trim().Length > Certificate.ReasonMax)
        {
            return new AppError("certificate.reason_length", $"Lý do không được dài quá {Certificate.ReasonMax} ký tự.", "Reason");
        }

        if (!certificate.Reissue(input.Reason).TryGet(out var next, out error))
        {
            return error;
        }

        db.Certificates.Add(next);
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            return CertificateErrors.AlreadySuperseded; // a concurrent re-issue took the next generation
        }

        var awardee = await db.DecisionAwardees.AsNoTracking().FirstAsync(a => a.Id == next.AwardeeId, ct);
        return ListCertificates.ToDto(next, awardee, null, baseUrl);
    }
}
