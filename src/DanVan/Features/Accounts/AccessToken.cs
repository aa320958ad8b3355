using System.Security.Cryptography;
using System.Text;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Accounts;

/// <summary>A personal access token for the API. Only its SHA-256 is stored; it acts with its owner's rights.</summary>
public sealed class AccessToken : ITenantOwned
{
    public const int NameMax = 100;
    public const string Prefix = "dvk_";

    private AccessToken()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid UserId { get; private set; }
    public string Name { get; private set; } = "";
    public string TokenHash { get; private set; } = "";
    public string Hint { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }
    public DateTime ExpiresAt { get; private set; }
    public DateTime? RevokedAt { get; private set; }

    /// <summary>Creates a token; the plain text is returned once and never stored.</summary>
    public static (AccessToken Token, string PlainText) Issue(AppUser owner, string name, DateTime now, TimeSpan lifetime)
    {
        var plain = Prefix + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(32));
        var token = new AccessToken
        {
            Id = Guid.CreateVersion7(),
            TenantId = owner.TenantId,
            UserId = owner.Id,
            Name = name,
            TokenHash = Hash(plain),
            Hint = plain[..(Prefix.Length + 6)],
            CreatedAt = now,
            ExpiresAt = now + lifetime,
        };
        return (token, plain);
    }

    public static string Hash(string plain) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(plain)));

    public bool IsUsable(DateTime now) => RevokedAt is null && now < ExpiresAt;

    public void Revoke(DateTime now) => RevokedAt ??= now;
}
