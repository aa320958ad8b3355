using System.Collections.Concurrent;
using DanVan.Infrastructure.Data;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Accounts;

/// <summary>
/// What <see cref="AccessTokenAuthentication"/> learnt from the database about a usable token — its owner's id,
/// tenant and names, whether the owner is enabled and meets the MFA rule — kept for a short window
/// (<c>Security:TokenCacheSeconds</c>, default 30 s; 0 turns it off) keyed by the token's SHA-256. The expiry is
/// still checked on every request, and refused tokens are never kept (each refusal is audited from the database).
/// <para>
/// Any change this process commits to the owner's account, tokens or role assignments forgets the owner's entries at
/// once (<see cref="AccessTokenCacheInvalidation"/>: revoking, disabling, a password or security-stamp change, a role
/// granted or removed). A change made by another process (a second instance, SQL by hand) is seen when the window
/// ends: that window is the only staleness, and it is shorter than the cookie's one-minute security-stamp check.
/// </para>
/// </summary>
public sealed class AccessTokenCache(IOptions<SecurityOptions> options, TimeProvider time)
{
    /// <summary>Beyond this many tokens the cache starts again empty (a bound on memory, not an eviction policy).</summary>
    private const int MaxEntries = 50_000;

    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<Guid, long> forgottenAt = new();
    private readonly TimeSpan window = TimeSpan.FromSeconds(Math.Max(0, options.Value.TokenCacheSeconds));
    private long epoch;

    /// <summary>The count of forgettings so far; read it before the database look-up and give it to <see cref="Keep"/>.</summary>
    public long Epoch => Interlocked.Read(ref epoch);

    /// <summary>A token's owner as last read, while the window lasts and nothing about the owner changed since.</summary>
    public Owner? Find(string tokenHash)
    {
        if (!entries.TryGetValue(tokenHash, out var entry))
        {
            return null;
        }

        if (entry.Until > time.GetUtcNow() && forgottenAt.GetValueOrDefault(entry.Owner.UserId) <= entry.Epoch)
        {
            return entry.Owner;
        }

        entries.TryRemove(KeyValuePair.Create(tokenHash, entry));
        return null;
    }

    /// <summary>
    /// Keeps a usable token's owner. <paramref name="epochBeforeLookup"/> is <see cref="Epoch"/> as it was before the
    /// rows were read: if the owner is forgotten after that (a change saved while the look-up ran), the entry is void.
    /// </summary>
    public void Keep(string tokenHash, Owner owner, long epochBeforeLookup)
    {
        ArgumentNullException.ThrowIfNull(owner);
        if (window <= TimeSpan.Zero)
        {
            return;
        }

        if (entries.Count >= MaxEntries)
        {
            entries.Clear();
        }

        entries[tokenHash] = new Entry(owner, epochBeforeLookup, time.GetUtcNow() + window);
    }

    /// <summary>Forgets every kept token of these users (their account, tokens or grants changed).</summary>
    public void Forget(IEnumerable<Guid> userIds)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        foreach (var id in userIds)
        {
            var now = Interlocked.Increment(ref epoch);
            forgottenAt.AddOrUpdate(id, now, (_, before) => Math.Max(before, now));
        }
    }

    public sealed record Owner(Guid UserId, Guid TenantId, string? UserName, string FullName, DateTime ExpiresAt);

    private sealed record Entry(Owner Owner, long Epoch, DateTimeOffset Until);
}

/// <summary>
/// Forgets the cached tokens of every user whose account (<see cref="AppUser"/>), tokens (<see cref="AccessToken"/>) or
/// role assignments are saved: when the change is saved, and again when its transaction commits, so that a request
/// that read the old rows between the two cannot keep them. Registered on every <c>AppDbContext</c> (DataServices).
/// </summary>
public sealed class AccessTokenCacheInvalidation(AccessTokenCache cache) : AfterCommitInterceptor
{
    protected override Guid? IdOf(object entity) => entity switch
    {
        AppUser user => user.Id,
        AccessToken token => token.UserId,
        RoleAssignment assignment => assignment.UserId,
        _ => null,
    };

    protected override void Saving(IReadOnlyCollection<Guid> ids) => cache.Forget(ids);

    protected override void Committed(IReadOnlyCollection<Guid> ids) => cache.Forget(ids);
}
