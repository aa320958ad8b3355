using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>
/// Authenticator codes (RFC 6238: HMAC-SHA1, 30-second steps, 6 digits) that are accepted once (ASVS 5.0 6.5.1): the
/// last accepted time step is kept per user next to the key, in Identity's token table, and a code of that step or an
/// earlier one is refused. One step of clock drift either way is allowed.
/// </summary>
internal sealed class OneTimeTotpProvider(TimeProvider time) : IUserTwoFactorTokenProvider<AppUser>
{
    public const string Name = "DanVanTotp";
    public const string StoreProvider = "[DanVan]";
    public const string LastStepToken = "TotpLastStep";
    private const int Drift = 1;

    public Task<string> GenerateAsync(string purpose, UserManager<AppUser> manager, AppUser user) =>
        Task.FromResult(string.Empty); // the code comes from the user's app, never from the server

    public async Task<bool> CanGenerateTwoFactorTokenAsync(UserManager<AppUser> manager, AppUser user) =>
        !string.IsNullOrWhiteSpace(await manager.GetAuthenticatorKeyAsync(user));

    public async Task<bool> ValidateAsync(string purpose, string token, UserManager<AppUser> manager, AppUser user)
    {
        var key = await manager.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key) || token.Length != 6
            || !int.TryParse(token, NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            return false;
        }

        var last = long.TryParse(await manager.GetAuthenticationTokenAsync(user, StoreProvider, LastStepToken),
            NumberStyles.Integer, CultureInfo.InvariantCulture, out var stored) ? stored : long.MinValue;
        var secret = Base32Decode(key);
        var now = time.GetUtcNow().ToUnixTimeSeconds() / 30;
        for (var step = Math.Max(now - Drift, last + 1); step <= now + Drift; step++)
        {
            if (Code(secret, step) == code)
            {
                // Saved with the user row's concurrency stamp: of two requests racing with one code, one wins.
                var saved = await manager.SetAuthenticationTokenAsync(user, StoreProvider, LastStepToken, step.ToString(CultureInfo.InvariantCulture));
                return saved.Succeeded;
            }
        }

        return false;
    }

    private static int Code(byte[] secret, long step)
    {
        Span<byte> counter = stackalloc byte[8];
        BinaryPrimitives.WriteInt64BigEndian(counter, step);
#pragma warning disable CA5350 // RFC 6238 authenticator codes are HMAC-SHA1 by definition; every authenticator app computes this
        var hash = HMACSHA1.HashData(secret, counter);
#pragma warning restore CA5350
        var offset = hash[^1] & 0x0F;
        var binary = ((hash[offset] & 0x7F) << 24) | (hash[offset + 1] << 16) | (hash[offset + 2] << 8) | hash[offset + 3];
        return binary % 1_000_000;
    }

    private static byte[] Base32Decode(string text)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
        var bytes = new List<byte>(text.Length * 5 / 8);
        int buffer = 0, bits = 0;
        foreach (var c in text)
        {
            var value = alphabet.IndexOf(char.ToUpperInvariant(c), StringComparison.Ordinal);
            if (value < 0)
            {
                continue; // separators and padding
            }

            buffer = (buffer << 5) | value;
            bits += 5;
            if (bits >= 8)
            {
                bits -= 8;
                bytes.Add((byte)(buffer >> bits));
                buffer &= (1 << bits) - 1;
            }
        }

        return [.. bytes];
    }
}
