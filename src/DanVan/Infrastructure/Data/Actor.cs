using DanVan.Features.Accounts;

namespace DanVan.Infrastructure.Data;

/// <summary>Who acts and when: what a workflow entity needs to write its own history row.</summary>
public readonly record struct Actor(Guid UserId, string UserName, DateTime At)
{
    public static Actor Of(CurrentUser user, TimeProvider time) => new(user.UserId, user.UserName, time.GetUtcNow().UtcDateTime);
}
