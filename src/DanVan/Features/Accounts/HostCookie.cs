namespace DanVan.Features.Accounts;

/// <summary>
/// Cookie names and flags (ADR 0009): with HTTPS required, "__Host-" names (Secure, Path=/, no Domain: the browser refuses
/// them from plain http or a sibling subdomain); otherwise plain names, Secure whenever the request itself is HTTPS.
/// </summary>
internal static class HostCookie
{
    public static void Apply(CookieBuilder cookie, string name, bool httpsOnly)
    {
        cookie.Name = httpsOnly ? "__Host-" + name : name;
        cookie.SecurePolicy = httpsOnly ? CookieSecurePolicy.Always : CookieSecurePolicy.SameAsRequest;
        cookie.Path = "/";
        cookie.Domain = null;
    }
}
