using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>The scoreboard's routes (issue 17 §4): the organiser's board and its steps (freeze, reveal the next team, final), the public board and its live stream.</summary>
public static class ContestBoardApi
{
    public static RouteGroupBuilder MapContestBoardApi(this RouteGroupBuilder g)
    {
        g.MapGet("/{id:guid}/rounds/{roundId:guid}/board", async (AppDbContext db, CurrentUser user, Guid id, Guid roundId, CancellationToken ct) =>
                ApiResults.Ok(await GetOrganiserBoard.HandleAsync(db, user, id, roundId, ct)))
            .WithSummary("Ban tổ chức: bảng điểm thật của vòng thi (kể cả khi bảng công khai đang đóng băng), bảng công chúng đang thấy, bước tiếp theo, lịch sử");
        g.MapPost("/{id:guid}/rounds/{roundId:guid}/board/freeze", async (AppDbContext db, CurrentUser user, Guid id, Guid roundId, CancellationToken ct) =>
                ApiResults.Ok(await FreezeBoard.HandleAsync(db, user, id, roundId, ct)))
            .WithSummary("Ban tổ chức đóng băng bảng điểm công khai của vòng thi (thường trước phần thi cuối); điểm vẫn được ghi nhận");
        g.MapPost("/{id:guid}/rounds/{roundId:guid}/board/reveal", async (AppDbContext db, CurrentUser user, Guid id, Guid roundId, CancellationToken ct) =>
                ApiResults.Ok(await RevealNextTeam.HandleAsync(db, user, id, roundId, ct)))
            .WithSummary("Ban tổ chức công bố kết quả thêm một đội, từ cuối bảng lên (mọi phần thi đã khóa điểm; từ đây kết quả bị khóa)");
        g.MapPost("/{id:guid}/rounds/{roundId:guid}/board/final", async (AppDbContext db, CurrentUser user, Guid id, Guid roundId, CancellationToken ct) =>
                ApiResults.Ok(await FinaliseResults.HandleAsync(db, user, id, roundId, ct)))
            .WithSummary("Ban tổ chức chốt kết quả vòng thi: công bố tất cả, không sửa phiếu chấm, điểm danh được nữa");
        return g;
    }

    public static RouteGroupBuilder MapPublicContestBoardApi(this RouteGroupBuilder open)
    {
        open.MapGet("/{id:guid}/board", async (PublicBoards boards, Guid id, Guid? roundId, CancellationToken ct) => ApiResults.Ok(await boards.GetAsync(id, roundId, ct)))
            .CacheOutput(Public.PublicOutput.BoardPolicy)
            .WithSummary("Bảng điểm công khai của hội thi đã công bố (không cần đăng nhập): theo cụm và toàn vòng; đóng băng, công bố từng đội, kết quả chính thức");
        open.MapGet("/{id:guid}/board/stream", (PublicBoards boards, ContestBoardNotifier notifier, Guid id, Guid? roundId, bool? once, CancellationToken ct) =>
                StreamBoard.HandleAsync(boards, notifier, id, roundId, once ?? false, ct))
            .Produces<BoardDto>(StatusCodes.Status200OK, "text/event-stream").ProducesProblem(StatusCodes.Status404NotFound)
            .WithSummary("Bảng điểm công khai dạng server-sent events: sự kiện “board” (JSON như GET …/board) mỗi khi bảng thay đổi, dòng chú thích giữ kết nối mỗi 15 giây");
        return open;
    }
}
