using System.Linq.Expressions;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Accounts;

/// <summary>
/// Load-and-authorise, stated once (ADR 0003): a feature describes its object — the Vietnamese name used in the 404,
/// the caller's view query (the feature's own visibility rule), the unscoped table, and the unit whose rights govern
/// changes — and every handler loads through it. An object outside the caller's view answers 404 (audited as a denial
/// when it exists); a visible object on whose unit the caller lacks the action answers 403.
/// </summary>
public sealed class ObjectAccess<T>(
    string what,
    Func<AppDbContext, CurrentUser, IQueryable<T>> visible,
    Func<AppDbContext, IQueryable<T>> all,
    Func<Guid, Expression<Func<T, bool>>> byId,
    Func<T, Guid> unitOf)
    where T : class
{
    /// <summary>The Vietnamese name of the object in messages ("mô hình", "văn bản", …).</summary>
    public string What { get; } = what;

    /// <summary>The objects the caller may view (one SQL predicate; lists build on it).</summary>
    public IQueryable<T> Visible(AppDbContext db, CurrentUser user) => visible(db, user);

    /// <summary>The 404 for an object the caller cannot see; a denial in the audit when it exists.</summary>
    public Task<AppError> NotVisibleAsync(AppDbContext db, Guid id, CancellationToken ct) =>
        Access.NotVisibleAsync(db, all(db).Where(byId(id)), What, ct);

    /// <summary>The object if the caller may view it; else the 404.</summary>
    public async Task<Result<T>> FindAsync(AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
        await visible(db, user).FirstOrDefaultAsync(byId(id), ct) is { } found ? found : await NotVisibleAsync(db, id, ct);

    /// <summary>The object if the caller may view it and holds <paramref name="action"/> on its unit; else the 404 or the 403.</summary>
    public async Task<Result<T>> LoadAsync(AppDbContext db, CurrentUser user, Guid id, Permission action, CancellationToken ct)
    {
        var found = await FindAsync(db, user, id, ct);
        if (found.Value is not { } item)
        {
            return found;
        }

        return await CanAsync(db, user, item, action, ct) ? item : AppError.Forbidden;
    }

    /// <summary>Whether the caller holds <paramref name="action"/> on the object's unit (the "can X" flags of a detail view).</summary>
    public Task<bool> CanAsync(AppDbContext db, CurrentUser user, T item, Permission action, CancellationToken ct) =>
        Scope.CanAsync(db, user, action, unitOf(item), ct);
}
