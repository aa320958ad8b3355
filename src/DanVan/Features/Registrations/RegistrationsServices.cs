namespace DanVan.Features.Registrations;

public static class RegistrationsServices
{
    /// <summary>Emulation registrations: the province's list of titles a unit may aim at (configuration).</summary>
    public static IServiceCollection AddRegistrations(this IServiceCollection services) => services.AddSingleton<RegistrationTitles>();
}
