using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser freezes a round's public board (usually before its last part): the public keeps the board as it stood
/// (a snapshot on the round); sheets are still recorded and the organiser keeps seeing the live truth.
/// </summary>
public static class FreezeBoard
{
    public static Task<Result<OrganiserBoardDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid roundId, CancellationToken ct) =>
        BoardStep.RunAsync(db, user, contestId, roundId, (data, round, by) =>
            round.Freeze(BoardData.Serialize(data.LivePublic()), by) is { } refused
                ? (refused, null)
                : (null, new BoardStep.Event(ContestAction.BoardFrozen, $"{round.Name}: bảng điểm công khai đóng băng")), ct);
}
