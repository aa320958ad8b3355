using System.Net;

namespace DanVan.Features.Accounts;

/// <summary>Section "Security" (env: DANVAN_SECURITY__…); see the README's configuration table and ADR 0009.</summary>
public sealed class SecurityOptions
{
    public const string Section = "Security";

    /// <summary>Roles whose holders must use two-factor sign-in, comma-separated role names.</summary>
    public string MfaRequiredRoles { get; set; } = "SystemAdmin,TenantAdmin";

    /// <summary>Cookies "__Host-"-prefixed and Secure. Unset: on in Production, off elsewhere (plain http://localhost).</summary>
    public bool? RequireHttps { get; set; }

    /// <summary>Reverse proxies whose X-Forwarded-For/-Proto are believed: addresses, comma-separated.</summary>
    public string KnownProxies { get; set; } = "";

    /// <summary>Networks of such proxies, CIDR, comma-separated (e.g. "10.0.0.0/8").</summary>
    public string KnownNetworks { get; set; } = "";

    /// <summary>
    /// How long an API token's owner, once read, is believed without asking the database again (AccessTokenCache);
    /// changes made by this instance end it at once, changes by another instance within this time. 0 turns it off.
    /// </summary>
    public int TokenCacheSeconds { get; set; } = 30;

    public IReadOnlyList<Role> MfaRoles() => Split(MfaRequiredRoles).Select(name => Enum.TryParse<Role>(name, ignoreCase: true, out var role)
            && Enum.IsDefined(role) && !int.TryParse(name, out _)
        ? role
        : throw new InvalidOperationException($"Security:MfaRequiredRoles: “{name}” không phải là vai trò. Các vai trò: {string.Join(", ", Enum.GetNames<Role>())}."))
        .Distinct().ToList();

    public bool HttpsOnly(IHostEnvironment environment) => RequireHttps ?? environment.IsProduction();

    public IEnumerable<IPAddress> Proxies() => Split(KnownProxies).Select(IPAddress.Parse);

    public IEnumerable<IPNetwork> Networks() => Split(KnownNetworks).Select(n => IPNetwork.Parse(n));

    private static string[] Split(string list) => list.Split([',', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
