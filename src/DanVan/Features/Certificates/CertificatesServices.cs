using DanVan.Features.Accounts;
using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Certificates;

public static class CertificatesServices
{
    /// <summary>Verifications from one address: <see cref="VerifiesPerWindow"/> per <see cref="VerifyWindow"/>, then 429. The address is only the limiter's key in memory, never stored.</summary>
    public const string VerifyRateLimit = "certificate-verify";

    public const int VerifiesPerWindow = 30;
    public static readonly TimeSpan VerifyWindow = TimeSpan.FromMinutes(1);

    /// <summary>The staff pages need ViewAwards somewhere; which decisions and revocations a caller sees is checked by the handlers. The public page is Features/Public/Verify.</summary>
    public static IServiceCollection AddCertificates(this IServiceCollection services)
    {
        services.RequirePermissionForFolder(Permission.ViewAwards, "/Certificates");
        services.AddJobHandler<PrintCertificatesJob>();
        return services.AddAddressRateLimit(VerifyRateLimit, VerifiesPerWindow, VerifyWindow);
    }
}
