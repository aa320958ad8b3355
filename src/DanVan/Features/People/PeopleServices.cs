using DanVan.Features.Accounts;

namespace DanVan.Features.People;

public static class PeopleServices
{
    /// <summary>The people register: its editing pages need ManagePeople somewhere (then the person's unit is checked).</summary>
    public static IServiceCollection AddPeople(this IServiceCollection services) =>
        services.RequirePermissionForPages(Permission.ManagePeople, "/People/Edit", "/People/Transfer", "/People/Import");
}
