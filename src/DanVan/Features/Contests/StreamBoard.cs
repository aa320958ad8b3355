using System.Text.Json;
using DanVan.Infrastructure.Web;
using Microsoft.Extensions.Options;

namespace DanVan.Features.Contests;

/// <summary>
/// The public board as server-sent events: an <c>event: board</c> with the board's JSON (the same as
/// <c>GET …/board</c>) now and whenever it changes (the <see cref="ContestBoardNotifier"/> wakes the stream after a save;
/// an unchanged board is not sent again), a comment line every 15 s to keep proxies from closing the connection, until the
/// viewer leaves. <c>once=true</c>: the current board as one event, then the stream ends (for clients that poll).
/// </summary>
public static class StreamBoard
{
    public static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(15);

    /// <summary>
    /// Each board's JSON text, serialised once: every stream woken by a change holds the same <see cref="BoardDto"/>
    /// instance from <see cref="PublicBoards"/>, so 300 viewers cost one serialisation, not 300 (bench "board").
    /// </summary>
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<BoardDto, string> Texts = new();

    public static async Task<IResult> HandleAsync(PublicBoards boards, ContestBoardNotifier notifier, Guid contestId, Guid? roundId, bool once, CancellationToken ct)
    {
        var version = notifier.Version(contestId); // read before the board: a change in between wakes the stream at once
        var first = await boards.GetAsync(contestId, roundId, ct);
        return first.Error is { } error ? error.ToProblem() : new BoardStream(boards, notifier, contestId, roundId, once, version, first.Value!);
    }

    private sealed class BoardStream(PublicBoards boards, ContestBoardNotifier notifier, Guid contestId, Guid? roundId, bool once, long version, BoardDto first) : IResult
    {
        public async Task ExecuteAsync(HttpContext httpContext)
        {
            var response = httpContext.Response;
            var ct = httpContext.RequestAborted;
            var json = httpContext.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
            response.ContentType = "text/event-stream; charset=utf-8";
            response.Headers.CacheControl = "no-cache";
            response.Headers["X-Accel-Buffering"] = "no";
            var (board, seen, last) = (first, version, (string?)null);
            try
            {
                while (true)
                {
                    var text = Texts.GetValue(board, b => JsonSerializer.Serialize(b, json));
                    if (text != last)
                    {
                        await WriteAsync(response, $"event: board\ndata: {text}\n\n", ct);
                        last = text;
                    }

                    if (once)
                    {
                        return;
                    }

                    while (!await notifier.WaitAsync(contestId, seen, Heartbeat, ct))
                    {
                        await WriteAsync(response, ": ping\n\n", ct);
                    }

                    seen = notifier.Version(contestId);
                    var next = await boards.GetAsync(contestId, roundId, ct); // shared by every viewer of the contest (PublicBoards)
                    if (next.Error is not null)
                    {
                        return; // the contest or round went away: the viewer's EventSource reconnects and gets the 404
                    }

                    board = next.Value!;
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                // the viewer left
            }
        }

        private static async Task WriteAsync(HttpResponse response, string text, CancellationToken ct)
        {
            await response.WriteAsync(text, ct);
            await response.Body.FlushAsync(ct);
        }
    }
}
