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

    /// <summary>
    /// A contest's public scoreboard (the projector page, its fragment, the JSON): keyed by the contest's board version
    /// (<see cref="Contests.ContestBoardNotifier"/>, read when the request starts, before the board), so a change is a new
    /// key at once — no eviction to race with a render of the old board — and every viewer woken by a change shares one
    /// render. The key takes the round and the handler as parsed (a junk <c>roundId</c> shows the default round under the
    /// default key, never a new entry). An entry lives half of <see cref="Contests.PublicBoards.MaxAge"/>, so a change the
    /// notifier never hears of (another instance, a unit renamed) shows within 1.5 × MaxAge at most.
    /// </summary>
    public const string BoardPolicy = "public-contest-board";

    public static IServiceCollection AddPublicOutputCache(this IServiceCollection services) =>
        services.AddOutputCache(o =>
        {
            o.AddPolicy(Policy, b => b.Expire(Duration).Tag(Tag).SetVaryByQuery(ListQuery));
            o.AddPolicy(ItemPolicy, b => b.Expire(Duration).Tag(Tag).SetVaryByQuery([]));
            o.AddPolicy(BoardPolicy, b => b.Expire(Contests.PublicBoards.MaxAge / 2).SetVaryByQuery([]).VaryByValue(BoardKey));
        });

    /// <summary>The board's key beyond the path: the contest's notifier version, the round asked for (parsed), the fragment or the page.</summary>
    private static KeyValuePair<string, string> BoardKey(HttpContext http)
    {
        var version = http.GetRouteValue("id") is string id && Guid.TryParse(id, out var contestId)
            ? http.RequestServices.GetRequiredService<Contests.ContestBoardNotifier>().Version(contestId)
            : -1;
        var round = Guid.TryParse(http.Request.Query["roundId"], out var roundId) ? roundId.ToString("N") : "";
        var fragment = string.Equals(http.Request.Query["handler"], "Fragment", StringComparison.OrdinalIgnoreCase) ? "f" : "";
        return new("board", string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{version}|{round}|{fragment}"));
    }

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
