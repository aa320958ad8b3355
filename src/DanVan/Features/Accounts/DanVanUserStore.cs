using System.Security.Cryptography;
using System.Text;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

/// <summary>
/// Identity's EF store with two changes: recovery codes are stored as SHA-256 hashes (Identity keeps them in clear), and
/// a new authenticator key forgets the last accepted TOTP step (a new key starts a new sequence of codes).
/// </summary>
internal sealed class DanVanUserStore(AppDbContext context, Microsoft.AspNetCore.Identity.IdentityErrorDescriber? describer = null)
    : UserOnlyStore<AppUser, AppDbContext, Guid>(context, describer)
{
    private const string RecoveryProvider = "[DanVan]";
    private const string RecoveryName = "RecoveryCodeHashes";

    public override async Task SetAuthenticatorKeyAsync(AppUser user, string key, CancellationToken cancellationToken)
    {
        await base.SetAuthenticatorKeyAsync(user, key, cancellationToken);
        await RemoveTokenAsync(user, OneTimeTotpProvider.StoreProvider, OneTimeTotpProvider.LastStepToken, cancellationToken);
    }

    public override Task ReplaceCodesAsync(AppUser user, IEnumerable<string> recoveryCodes, CancellationToken cancellationToken) =>
        SetTokenAsync(user, RecoveryProvider, RecoveryName, string.Join(';', recoveryCodes.Select(Hash)), cancellationToken);

    public override async Task<bool> RedeemCodeAsync(AppUser user, string code, CancellationToken cancellationToken)
    {
        var hashes = await StoredAsync(user, cancellationToken);
        var hash = Hash(code);
        if (!hashes.Contains(hash))
        {
            return false;
        }

        // Not saved here: UserManager saves the user row next, with its concurrency stamp (one redemption wins a race).
        await SetTokenAsync(user, RecoveryProvider, RecoveryName, string.Join(';', hashes.Where(h => h != hash)), cancellationToken);
        return true;
    }

    public override async Task<int> CountCodesAsync(AppUser user, CancellationToken cancellationToken) =>
        (await StoredAsync(user, cancellationToken)).Length;

    private async Task<string[]> StoredAsync(AppUser user, CancellationToken ct) =>
        (await GetTokenAsync(user, RecoveryProvider, RecoveryName, ct) ?? "").Split(';', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>Codes are random (50 bits), so a plain SHA-256 is enough; case, spaces and the dash do not matter when typed.</summary>
    private static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(
        code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).ToUpperInvariant())));
}
