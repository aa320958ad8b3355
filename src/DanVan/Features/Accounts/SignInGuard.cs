using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>
/// Lockout per account and client address (ADR 0009): 5 wrong passwords from one address lock that address out of that
/// account for 15 minutes, so nobody can lock an owner (or "admin") out from elsewhere. Identity's own per-account
/// lockout stays as a backstop against guessing from many addresses, at <see cref="AccountBackstop"/> failures.
/// Every refusal is the same answer with the same cost (one password hash), whether the account exists or not.
/// Counters are kept in memory, per instance: several instances behind a load balancer each allow 5.
/// </summary>
public sealed class SignInGuard(TimeProvider time)
{
    public const int MaxFailures = 5;
    public const int AccountBackstop = 50;
    public static readonly TimeSpan Lockout = TimeSpan.FromMinutes(15);
    private const int PruneAbove = 10_000;

    private static readonly string DummyHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), "khong-phai-mat-khau-that");
    private readonly ConcurrentDictionary<(string User, string Address), Counter> counters = new();

    private sealed record Counter(int Failures, DateTimeOffset Since, DateTimeOffset? LockedUntil);

    public bool IsLockedOut(string userName, string? address) =>
        counters.TryGetValue(Key(userName, address), out var c) && c.LockedUntil > time.GetUtcNow();

    public void RecordFailure(string userName, string? address)
    {
        var now = time.GetUtcNow();
        if (counters.Count > PruneAbove)
        {
            foreach (var (key, c) in counters.Where(kv => kv.Value.Since + Lockout < now && !(kv.Value.LockedUntil > now)).ToList())
            {
                counters.TryRemove(new KeyValuePair<(string, string), Counter>(key, c));
            }
        }

        counters.AddOrUpdate(Key(userName, address), _ => new Counter(1, now, null), (_, c) =>
        {
            var fresh = c.Since + Lockout < now && !(c.LockedUntil > now);
            var failures = fresh ? 1 : c.Failures + 1;
            return new Counter(failures, fresh ? now : c.Since, failures >= MaxFailures ? now + Lockout : c.LockedUntil);
        });
    }

    public void Reset(string userName, string? address) => counters.TryRemove(Key(userName, address), out _);

    /// <summary>Spends what a real password check costs, so answer times do not tell which accounts exist or are locked.</summary>
    public static void SpendPasswordCheck(UserManager<AppUser> users, string password) =>
        users.PasswordHasher.VerifyHashedPassword(new AppUser(), DummyHash, password);

    private static (string, string) Key(string userName, string? address) =>
        (userName.Trim().ToUpperInvariant(), address ?? "?");
}
