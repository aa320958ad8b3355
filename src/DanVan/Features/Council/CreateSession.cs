using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>Schedules a session of the council (within its term); every member starts as absent until attendance is taken.</summary>
public static class CreateSession
{
    public static async Task<Result<SessionDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid councilId, SessionInput input, CancellationToken ct)
    {
        if (!(await CouncilAccess.LoadToManageAsync(db, user, councilId, ct)).TryGet(out var council, out var error))
        {
            return error;
        }

        if (input.Date is not { } date)
        {
            return AppError.Required("Date", "ngày họp");
        }

        var place = VietnameseText.Clean(input.Place);
        if (string.IsNullOrWhiteSpace(place))
        {
            return AppError.Required("Place", "địa điểm họp");
        }

        if (place.Length > CouncilSession.PlaceMax)
        {
            return AppError.TooLong("Place", "Địa điểm họp", CouncilSession.PlaceMax);
        }

        if (!CouncilSession.Create(council, date, place).TryGet(out var session, out error))
        {
            return error;
        }

        db.CouncilSessions.Add(session);
        await db.SaveChangesAsync(ct);
        return await GetSession.DtoAsync(db, new CouncilAccess.Loaded(council, session, true, council.Members.FirstOrDefault(m => m.UserId == user.UserId)), ct);
    }
}
