using DanVan.Features.Accounts;
using DanVan.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace DanVan.Tests.Security;

public sealed class SecretsNotAuditedTests(PostgresServer pg) : IClassFixture<PostgresServer>
{
    [ProviderTheory]
    [MemberData(nameof(Providers.All), MemberType = typeof(Providers))]
    public async Task The_audit_log_never_holds_an_authenticator_key_password_hash_or_token_hash(Provider provider)
    {
        await using var app = await TestApp.StartAsync(provider, pg);
        string key;
        await using (var scope = app.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = (await users.FindByNameAsync("qtv.tinh"))!;
            await users.ResetAuthenticatorKeyAsync(user);
            key = (await users.GetAuthenticatorKeyAsync(user))!;
            await users.SetTwoFactorEnabledAsync(user, true);
        }

        using var client = await app.ClientForAsync("qtv.tinh"); // issues a token: its hash must not be audited either
        var (hashes, tokenHashes) = await app.WithDbAsync(async db => (
            await db.Users.Select(u => u.PasswordHash!).ToListAsync(),
            await db.AccessTokens.Select(t => t.TokenHash).ToListAsync()));
        var changes = await app.WithDbAsync(db => db.AuditEntries.Where(a => a.Changes != null).Select(a => a.Changes!).ToListAsync());

        changes.ShouldNotBeEmpty();
        changes.ShouldAllBe(c => !c.Contains(key));
        foreach (var secret in hashes.Concat(tokenHashes))
        {
            changes.ShouldAllBe(c => !c.Contains(secret));
        }

        changes.ShouldContain(c => c.Contains("\"N\":\"***\""), "masked fields are still recorded as changed");
    }
}
