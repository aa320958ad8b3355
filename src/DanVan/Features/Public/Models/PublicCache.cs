using DanVan.Features.Models;

namespace DanVan.Features.Public.Models;

/// <summary>
/// Public pages are cacheable by anyone only when nobody is signed in: a signed-in visitor's page carries their name in
/// the menu, so it must never sit in a shared cache.
/// </summary>
public static class PublicCache
{
    public static void Apply(HttpContext http) =>
        http.Response.Headers.CacheControl = http.User.Identity?.IsAuthenticated == true ? "private, no-store" : PublicModelsApi.CacheControl;
}
