using DanVan.Features.Accounts;

namespace DanVan.Features.Ratings;

public static class RatingsServices
{
    /// <summary>The ratings list shows the people the user may view (ViewPeople); editing needs ManageRatings on the person's unit (checked by the handlers), the import page ManageRatings somewhere.</summary>
    public static IServiceCollection AddRatings(this IServiceCollection services) =>
        services.RequirePermissionForFolder(Permission.ViewPeople, "/Ratings")
            .RequirePermissionForPages(Permission.ManageRatings, "/Ratings/Import");
}
