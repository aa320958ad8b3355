using DanVan.Infrastructure.Jobs;
using DanVan.Infrastructure.Mail;

namespace DanVan.Features.Notifications;

public static class NotificationsServices
{
    public static IServiceCollection AddNotifications(this IServiceCollection services, IConfiguration configuration)
    {
        var settings = configuration.GetSection(NotificationSettings.Section).Get<NotificationSettings>() ?? new NotificationSettings();
        services.AddSingleton(settings);
        services.AddSingleton(configuration.GetSection(SmtpSettings.Section).Get<SmtpSettings>() ?? new SmtpSettings());
        services.AddSingleton<NotificationMail>();
        services.AddJobHandler<SendMail>();
        services.AddJobHandler<FanOutNotification>();
        services.AddJobHandler<SendDigests>();
        services.AddJobHandler<CleanupNotifications>();
        services.AddJobHandler<RemindPlans>();
        services.AddRecurringJob(SendDigests.KindName, RecurringSchedule.Daily, Math.Clamp(settings.DigestHour, 0, 23));
        services.AddRecurringJob(CleanupNotifications.KindName, RecurringSchedule.Daily, 1);
        services.AddRecurringJob(RemindPlans.KindName, RecurringSchedule.Hourly);
        return services;
    }
}
