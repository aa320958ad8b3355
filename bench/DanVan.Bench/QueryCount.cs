namespace DanVan.Bench;

/// <summary>SQL commands per request, and whether they stay the same when the page holds fewer rows.</summary>
internal static class QueryCount
{
    public static async Task<(double PerRequest, bool Fixed)> PerRequestAsync(BenchContext c, HttpClient client, string url, string? smallerUrl = null)
    {
        ArgumentNullException.ThrowIfNull(c);
        var other = smallerUrl is null ? -1 : await CountAsync(c, () => Http.GetAsync(client, smallerUrl));
        var count = await CountAsync(c, () => Http.GetAsync(client, url)); // last, so that Commands holds this request's SQL
        return (count, smallerUrl is null || count == other);
    }

    public static async Task<long> CountAsync(BenchContext c, Func<Task> request)
    {
        ArgumentNullException.ThrowIfNull(c);
        ArgumentNullException.ThrowIfNull(request);
        c.Queries.Reset();
        await request();
        return c.Queries.Count;
    }
}
