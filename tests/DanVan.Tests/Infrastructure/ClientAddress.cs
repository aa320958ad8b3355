using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Infrastructure;

/// <summary>
/// The in-memory server has no client address; with <see cref="Register"/> a test names the TCP peer of each request
/// in <see cref="Header"/> (before anything of the app runs), so per-address rules can be tested.
/// </summary>
public static class ClientAddress
{
    public const string Header = "X-Test-Peer-Address";

    public static void Register(IServiceCollection services) => services.AddSingleton<IStartupFilter, PeerFilter>();

    public static HttpRequestMessage From(this HttpRequestMessage request, string address)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Add(Header, address);
        return request;
    }

    private sealed class PeerFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (ctx, nextMiddleware) =>
            {
                if (IPAddress.TryParse(ctx.Request.Headers[Header].ToString(), out var peer))
                {
                    ctx.Connection.RemoteIpAddress = peer;
                    ctx.Request.Headers.Remove(Header);
                }

                await nextMiddleware();
            });
            next(app);
        };
    }
}
