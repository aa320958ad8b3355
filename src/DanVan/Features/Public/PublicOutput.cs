using Microsoft.AspNetCore.OutputCaching;

namespace DanVan.Features.Public;

/// <summary>
/// A server-side output cache for what anonymous visitors see (the public models API and pages). The middleware's
/// default policy applies: only anonymous GET/HEAD answers with status 200 that set no cookie are kept, so a signed-in
/// visitor's page (it carries their name) never is. Entries live a minute and any successful change under the models'
/// routes evicts them all, so publishing or withdrawing a model shows at once.
/// <para>
/// The key is the route plus only the query parameters an answer depends on (the default would vary on every one, so
/// a random <c>?x=…</c> would skip the cache and reach the database each time): <see cref="Policy"/> for the lists
/// (search, cursor, page size), <see cref="ItemPolicy"/> for one model and its photos (the route alone).
/// </para>
/// </summary>
public static class PublicOutput
{
    public const string Policy = "public";
    public const string ItemPolicy = "public-item";
    public const string Tag = "public-models";
    public static readonly TimeSpan Duration = TimeSpan.FromMinutes(1);

    /// <summary>The query parameters the public lists read (the page binds q and cursor; the API also limit).</summary>
    private static readonly string[] ListQuery = ["q", "cursor", "limit"];

    public static IServiceCollection AddPublicOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.AddPolicy(Policy, b => b.Expire(Duration).Tag(Tag).SetVaryByQuery(ListQuery));
            o.AddPolicy(ItemPolicy, b => b.Expire(Duration).Tag(Tag).SetVaryByQuery([]));
        });

    /// <summary>After authentication (so that signed-in requests are recognised and never cached).</summary>
    public static WebApplication UsePublicOutputCache(this WebApplication app)
    {
        app.Use(async (http, next) =>
        {
            await next();
            if (ChangesModels(http.Request) && http.Response.StatusCode < 400)
            {
                await http.RequestServices.GetRequiredService<IOutputCacheStore>().EvictByTagAsync(Tag, CancellationToken.None);
            }
        });
        app.UseOutputCache();
        return app;
    }

    private static bool ChangesModels(HttpRequest request) =>
        !HttpMethods.IsGet(request.Method) && !HttpMethods.IsHead(request.Method)
        && (request.Path.StartsWithSegments("/api/v1/models") || request.Path.StartsWithSegments("/Models")
            || request.Path.StartsWithSegments("/api/v1/units") || request.Path.StartsWithSegments("/Units"));
}
