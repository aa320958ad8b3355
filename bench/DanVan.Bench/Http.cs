using System.Net.Http.Json;

namespace DanVan.Bench;

/// <summary>Requests whose failure is a broken harness (or a broken app): any non-success status throws.</summary>
internal static class Http
{
    public static async Task<long> GetAsync(HttpClient client, string url)
    {
        using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead);
        await using var body = await response.Content.ReadAsStreamAsync();
        var length = await Drain(body);
        Ensure(response, url);
        return length;
    }

    public static async Task PostJsonAsync(HttpClient client, string url, object payload)
    {
        using var response = await client.PostAsJsonAsync(url, payload);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"POST {url} → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        }
    }

    private static void Ensure(HttpResponseMessage response, string url)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"GET {url} → {(int)response.StatusCode}");
        }
    }

    private static async Task<long> Drain(Stream body)
    {
        var buffer = new byte[81920];
        long total = 0;
        int read;
        while ((read = await body.ReadAsync(buffer)) > 0)
        {
            total += read;
        }

        return total;
    }
}
