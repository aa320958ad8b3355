namespace DanVan.Features.Work;

/// <summary>The work list's wiring: its settings here, and each feature's provider added by name in Program.cs.</summary>
public static class WorkServices
{
    public static IServiceCollection AddWorkList(this IServiceCollection services) => services.AddSingleton<WorkSettings>();

    public static IServiceCollection AddWorkProvider<T>(this IServiceCollection services)
        where T : class, IWorkProvider => services.AddSingleton<IWorkProvider, T>();
}
