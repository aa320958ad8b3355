namespace DanVan.Infrastructure.Jobs;

/// <summary>The durable job runner's wiring (ADR 0028); each feature adds its handlers and recurring jobs by name in Program.cs.</summary>
public static class JobsServices
{
    public static IServiceCollection AddJobs(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(JobSettings.Section).Get<JobSettings>() ?? new JobSettings();
        services.AddSingleton(settings);
        services.AddSingleton(_ => JobResults.For(configuration));
        services.AddSingleton<JobRunner>();
        services.AddHostedService<JobWorker>();
        services.AddJobHandler<PruneJobs>();
        services.AddRecurringJob(PruneJobs.KindName, RecurringSchedule.Daily, 2);
        return services;
    }

    public static IServiceCollection AddJobHandler<T>(this IServiceCollection services)
        where T : class, IJobHandler => services.AddScoped<IJobHandler, T>();

    public static IServiceCollection AddRecurringJob(this IServiceCollection services, string kind, RecurringSchedule schedule, int hour = 0) =>
        services.AddSingleton(new RecurringJob(kind, schedule, hour));
}
