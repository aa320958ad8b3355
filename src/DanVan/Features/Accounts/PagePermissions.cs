using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Accounts;

/// <summary>
/// How a feature states its pages' permissions, next to its own services (its <c>AddX()</c>): a page that only makes
/// sense for someone who may change something sits behind "holds the permission somewhere" (403 for everyone else,
/// revealing nothing); past that policy the page checks the unit with <see cref="Access"/> (ADR 0003).
/// </summary>
public static class PagePermissions
{
    public static IServiceCollection RequirePermissionForPages(this IServiceCollection services, Permission permission, params string[] pages) =>
        services.Configure<RazorPagesOptions>(o =>
        {
            foreach (var page in pages)
            {
                o.Conventions.AuthorizePage(page, PermissionRequirement.PolicyName(permission));
            }
        });

    public static IServiceCollection RequirePermissionForFolder(this IServiceCollection services, Permission permission, string folder) =>
        services.Configure<RazorPagesOptions>(o => o.Conventions.AuthorizeFolder(folder, PermissionRequirement.PolicyName(permission)));
}
