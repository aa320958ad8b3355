using System.Net;
using System.Text.RegularExpressions;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Infrastructure;

/// <summary>A browser-like cookie session through the real sign-in pages (anti-forgery tokens included).</summary>
public static partial class CookieSession
{
    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    public static async Task<string> FormTokenAsync(HttpClient client, string page)
    {
        var html = await client.GetStringAsync(page);
        return TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value)
            : throw new InvalidOperationException($"No anti-forgery field on {page}");
    }

    /// <summary>A cookie session through the real sign-in pages; administrators get TOTP switched on and answer it.</summary>
    public static async Task<HttpClient> SignedInAsync(this TestApp app, string userName)
    {
        string? key = null;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync(userName))!;
            if (await DanVanClaimsFactory.IsAdministratorAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), user.Id))
            {
                await users.ResetAuthenticatorKeyAsync(user);
                key = await users.GetAuthenticatorKeyAsync(user);
                await users.SetTwoFactorEnabledAsync(user, true);
            }
        }

        var client = app.CreateClient();
        string token;
        try
        {
            token = await FormTokenAsync(client, "/Account/Login");
        }
        catch (HttpRequestException e)
        {
            throw new InvalidOperationException($"The sign-in page failed ({e.Message}). The app logged:{Environment.NewLine}{app.LoggedErrors}", e);
        }

        using var response = await client.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.Password"] = TestApp.DemoPassword,
            ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        if (key is not null)
        {
            response.Headers.Location!.ToString().ShouldContain("/Account/LoginMfa");
            var mfaToken = await FormTokenAsync(client, response.Headers.Location!.ToString());
            using var mfa = await client.PostAsync("/Account/LoginMfa", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["Code"] = Totp.Compute(key, app.Services.GetRequiredService<TimeProvider>().GetUtcNow()),
                ["__RequestVerificationToken"] = mfaToken,
            }));
            mfa.StatusCode.ShouldBe(HttpStatusCode.Redirect);
        }

        return client;
    }
}
