using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser's board of a round (ManageContests at the organising unit): the live truth from every confirmed sheet
/// (with a clear banner while the public board is frozen), what the public sees, the next team the reveal would show,
/// which steps are possible, and the board's history.
/// </summary>
public static class GetOrganiserBoard
{
    public static async Task<Result<OrganiserBoardDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Guid roundId, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        return await BoardData.LoadAsync(db, contest, roundId, ct) is { } data ? await DtoAsync(db, data, ct) : ContestErrors.RoundNotFound;
    }

    internal static async Task<OrganiserBoardDto> DtoAsync(AppDbContext db, BoardData data, CancellationToken ct)
    {
        var round = data.Round;
        var allClosed = round.Parts.All(p => p.Closed);
        var note = round.Board switch
        {
            BoardState.Frozen or BoardState.Revealing => "Bảng điểm đang đóng băng: công chúng chưa thấy các điểm dưới đây sau thời điểm đóng băng.",
            BoardState.Final => "Kết quả đã chốt: không nhập, sửa phiếu chấm được nữa.",
            _ => "Bảng điểm thật của ban tổ chức (mọi phiếu đã xác nhận, kể cả phần thi chưa khóa điểm).",
        };
        var final = data.Final(false);
        var next = round.Board is BoardState.Frozen or BoardState.Revealing && allClosed && round.RevealedCount < final.Count
            ? data.FullNames[final[final.Count - 1 - round.RevealedCount].TeamId] : null;
        var actions = new[] { ContestAction.PartClosed, ContestAction.BoardFrozen, ContestAction.TeamRevealed, ContestAction.ResultsFinal };
        var history = await db.ContestEvents.AsNoTracking().Where(e => e.ContestId == data.Contest.Id && actions.Contains(e.Action))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(100).ToListAsync(ct);
        return new OrganiserBoardDto(data.Dto(data.Truth(), note), data.Public(), round.FrozenAt, round.FrozenByName, round.RevealedCount, data.TeamCount, next,
            round.Board == BoardState.Live, next is not null, round.Board != BoardState.Final && allClosed,
            [.. history.Select(e => new HistoryLine(e.At, e.Action.Label(), e.ByName, e.Note))]);
    }
}
