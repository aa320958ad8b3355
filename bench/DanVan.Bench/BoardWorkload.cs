using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using DanVan.Features.Contests;

namespace DanVan.Bench;

/// <summary>
/// The contest's live scoreboard (issue 17 §5): "the scoreboard with 300 viewers connected and judges submitting, against
/// hello-world and a raw query of the standings in the same run (goal: an update reaches every viewer within 1 s p95; the
/// page ≥ 30 % of hello-world)". On the contest of <see cref="BoardSetup"/>:
/// <list type="number">
/// <item>The raw standings query is checked against the app's public board (same totals, ranks, shown scores and sheet
/// counts for every team), then the board JSON is timed against it — computed afresh for each request (the bench
/// announces a change first, as a save does) and as cached.</item>
/// <item>Fan-out: <c>--viewers</c> anonymous viewers hold the event stream open; the judges save <c>--submits</c> new
/// sheets one after another (<c>PUT …/sheets/mine</c>, a pause between them), each adding a confirmed sheet to a team's
/// open part — which the live public board shows as that cell's sheet count (an open part's scores are not public).
/// For every submit × viewer: the time from the submit's request start (the judge presses save) to the arrival of the
/// first board event carrying it (also given from the response). A pair without such an event after the wait is missing.
/// Twice: viewers reading the events only, then viewers doing what the projector page's script does (on each event,
/// fetch the rendered board), timed to the arrival of that HTML.</item>
/// <item>The page under load, the browser-like viewers still connected and a judge saving a sheet every second (each save
/// invalidates the shared board): <c>/hoi-thi/{id}/bang-diem</c> and the board JSON against <c>/bench/hello</c>, same
/// workers, same conditions; and the delivery of those saves to the viewers meanwhile.</item>
/// </list>
/// </summary>
internal static class BoardWorkload
{
    private const string DeliveryGoal = "cập nhật tới mọi người xem: p95 ≤ 1 s, không thiếu lượt nào";

    private sealed record Submit(int Cell, int Expected, long Start, long End);

    public static async Task<IReadOnlyList<WorkloadResult>> RunAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        using var contest = await BoardSetup.CreateAsync(c);
        var (id, round) = (contest.ContestId, contest.RoundId);
        var json = $"api/v1/public/contests/{id}/board?roundId={round}";
        var stream = $"api/v1/public/contests/{id}/board/stream?roundId={round}";
        var page = $"hoi-thi/{id}/bang-diem?roundId={round}";
        var fragment = page + "&handler=Fragment";
        var results = new List<WorkloadResult>();

        // 1. The raw standings, checked to do the same work, then timed against the board computed afresh and as cached.
        var iterations = Math.Max(3, c.Options.Iterations / 4);
        await using var connection = c.Host.OpenRaw();
        await using var raw = BenchContext.Command(connection, BoardStandingsSql.Sql, ("@contest", c.Host.Id(id)), ("@round", c.Host.Id(round)),
            ("@trim", ContestStandings.DefaultTrimFrom));
        await SameStandingsAsync(c, raw, json);
        var rawFigure = await Measure.SequentialAsync(() => RawSql.ReadAllAsync(raw), iterations);
        var notifier = c.Host.Services.GetRequiredService<ContestBoardNotifier>();
        Task Computed()
        {
            notifier.Changed(id); // what every save of a sheet does (ContestBoardChanges): the next read computes the board again
            return Http.GetAsync(c.Anonymous, json);
        }

        using (var memory = new MemoryPeak())
        {
            var computed = await Measure.SequentialAsync(Computed, iterations);
            var cached = await Measure.SequentialAsync(() => Http.GetAsync(c.Anonymous, json), iterations);
            var computedSql = await QueryCount.CountAsync(c, Computed);
            var sql = c.Queries.Commands;
            var cachedSql = await QueryCount.CountAsync(c, () => Http.GetAsync(c.Anonymous, json));
            var ratio = Math.Round(computed.P95 / Math.Max(rawFigure.P95, 1e-6), 2);
            results.Add(new WorkloadResult($"Bảng điểm công khai (JSON, tính lại sau mỗi thay đổi; {contest.Teams.Count} đội)", "GET /" + json,
                "bảng xếp hạng của vòng bằng SQL thuần (điểm phần thi = trung bình các phiếu, tổng, hạng, số phiếu)", computed, rawFigure, ratio, computedSql, null,
                memory.PeakMegabytes, RankingWorkload.Goal, computed.P95 <= (1.5 * rawFigure.P95) + 15,
                string.Create(CultureInfo.InvariantCulture, $"khi đã có sẵn (không đổi gì): p95 {cached.P95:0.0} ms, {cachedSql} lệnh SQL/yêu cầu"))
            {
                Sql = sql,
                Details = new { Cached = cached, CachedSqlPerRequest = cachedSql },
            });
        }

        // 2. Fan-out to the viewers while the judges save sheets one after another.
        var pool = Pool(contest);
        var expected = new Dictionary<int, int>();
        var submits = Math.Min(c.Options.Submits, pool.Count * 2 / 5); // twice (events only, then as browsers), leaving a fifth for the load phase
        var pause = TimeSpan.FromMilliseconds(c.Options.Smoke ? 50 : 250);
        var wait = TimeSpan.FromSeconds(c.Options.Smoke ? 10 : 15);
        var next = 0;
        async Task<Submit> SubmitNextAsync()
        {
            var (judge, team, part) = pool[next++];
            var cell = BoardViewers.Cell(team, part.Seq, contest.Parts.Count);
            expected[cell] = expected.GetValueOrDefault(cell) + 1;
            var body = new
            {
                partId = part.Id,
                teamId = contest.Teams[team],
                points = part.Criteria.Select((k, i) => new { criterionId = k.Id, points = BoardSetup.Points(judge.No, team, i + part.Seq, k.Max) }).ToArray(),
            };
            var start = Stopwatch.GetTimestamp();
            using var response = await judge.Client.PutAsJsonAsync($"api/v1/contests/{id}/sheets/mine", body);
            var end = Stopwatch.GetTimestamp();
            if (!response.IsSuccessStatusCode)
            {
                throw new InvalidOperationException($"PUT …/sheets/mine → {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
            }

            return new Submit(cell, expected[cell], start, end);
        }

        async Task<WorkloadResult> FanOutAsync(BoardViewers viewers, string name)
        {
            using var memory = new MemoryPeak();
            await viewers.ConnectAsync(stream, c.Options.Viewers, TimeSpan.FromSeconds(60));
            using var threads = new ThreadPoolPeak(); // after the connections, whose start queues one work item per viewer
            var made = new List<Submit>();
            var wall = Stopwatch.StartNew();
            for (var i = 0; i < submits; i++)
            {
                made.Add(await SubmitNextAsync());
                await Task.Delay(pause);
            }

            await WaitForAsync(viewers, made[^1], wait);
            return Delivery(name, made, viewers, wall.Elapsed, memory.PeakMegabytes, threads,
                string.Create(CultureInfo.InvariantCulture, $"{made.Count} phiếu chấm mới, nghỉ {pause.TotalMilliseconds:0} ms giữa hai phiếu"));
        }

        // 2a. The event streams alone: when the board event reaches each viewer.
        await using (var streams = new BoardViewers(c.Host.Address, contest.Teams, contest.Parts.Count))
        {
            results.Add(await FanOutAsync(streams, $"Bảng điểm trực tiếp: {c.Options.Viewers} người xem (sự kiện), giám khảo lần lượt chấm"));
        }

        // 2b. As the projector page's script does: on each event, fetch the rendered board; when that HTML reaches each viewer.
        await using var viewers = new BoardViewers(c.Host.Address, contest.Teams, contest.Parts.Count, fragment);
        results.Add(await FanOutAsync(viewers, $"Bảng điểm trực tiếp: {c.Options.Viewers} người xem như trình duyệt (sự kiện + tải phần bảng)"));

        // 3. The page and the JSON under load against hello-world, the browser-like viewers connected and a judge saving a sheet every second.
        using (var memory = new MemoryPeak())
        using (var threads = new ThreadPoolPeak())
        {
            var (workers, seconds) = (c.Options.Workers, c.Options.Seconds);
            var during = new List<Submit>();
            var pace = TimeSpan.FromMilliseconds(c.Options.Smoke ? 250 : 1000);
            using var stop = new CancellationTokenSource();
            var wall = Stopwatch.StartNew();
            var judging = Task.Run(async () =>
            {
                while (!stop.IsCancellationRequested && next < pool.Count)
                {
                    during.Add(await SubmitNextAsync());
                    try
                    {
                        await Task.Delay(pace, stop.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // the load phases are over
                    }
                }
            });
            var hello = await Measure.ConcurrentAsync(_ => Http.GetAsync(c.Anonymous, BenchBaseline.Hello), workers, seconds);
            var board = await Measure.ConcurrentAsync(_ => Http.GetAsync(c.Anonymous, json), workers, seconds);
            var pageFigure = await Measure.ConcurrentAsync(_ => Http.GetAsync(c.Anonymous, page), workers, seconds);
            await stop.CancelAsync();
            await judging;
            var sizes = new { Page = await Http.GetAsync(c.Anonymous, page), Fragment = await Http.GetAsync(c.Anonymous, fragment), Json = await Http.GetAsync(c.Anonymous, json) };
            var note = string.Create(CultureInfo.InvariantCulture,
                $"{c.Options.Viewers} người xem như trình duyệt vẫn kết nối; {during.Count} phiếu chấm mới trong lúc đo (cách nhau {pace.TotalMilliseconds:0} ms; mỗi phiếu làm bảng phải tính lại); ")
                + string.Create(CultureInfo.InvariantCulture, $"trang {sizes.Page} B, phần bảng {sizes.Fragment} B, JSON {sizes.Json} B; thread pool: hàng đợi tối đa {threads.Queue}, tối đa {threads.Threads} luồng");
            var pageShare = Math.Round(pageFigure.Throughput / Math.Max(hello.Throughput, 1e-6), 3);
            var boardShare = Math.Round(board.Throughput / Math.Max(hello.Throughput, 1e-6), 3);
            results.Add(new WorkloadResult("Trang bảng điểm công khai (tải đồng thời, có người xem)", "GET /" + page, "hello-world", pageFigure, hello, pageShare,
                null, null, memory.PeakMegabytes, "thông lượng ≥ 30 % hello-world", pageShare >= 0.30, note) { Details = new { Bytes = sizes } });
            results.Add(new WorkloadResult("Bảng điểm công khai JSON (tải đồng thời, có người xem)", "GET /" + json, "hello-world", board, hello, boardShare,
                null, null, memory.PeakMegabytes, "thông lượng ≥ 30 % hello-world", boardShare >= 0.30, note));
            if (during.Count > 0)
            {
                await WaitForAsync(viewers, during[^1], wait);
                results.Add(Delivery($"Bảng điểm trực tiếp: {c.Options.Viewers} người xem như trình duyệt, trong lúc trang chịu tải", during, viewers, wall.Elapsed, memory.PeakMegabytes, threads,
                    string.Create(CultureInfo.InvariantCulture, $"{during.Count} phiếu chấm cách nhau {pace.TotalMilliseconds:0} ms, {workers} luồng tải trang/JSON/hello cùng lúc")));
            }
        }

        // After every save, the board still gives what the raw standings give.
        await SameStandingsAsync(c, raw, json);
        return results;
    }

    /// <summary>Every new sheet the judges can add: the open parts, judge by judge, team by team (each adds one to a cell's count).</summary>
    private static List<(BoardJudge Judge, int Team, BoardPartInfo Part)> Pool(BoardContest contest) =>
        [.. contest.Parts.Where(p => !p.Closed).SelectMany(p => contest.Judges.SelectMany(j => contest.Teams.Select((_, t) => (j, t, p))))];

    /// <summary>Until every connected viewer has the last submit (the board carrying it carries every earlier one too), or the wait is over.</summary>
    private static async Task WaitForAsync(BoardViewers viewers, Submit last, TimeSpan wait)
    {
        var until = Stopwatch.StartNew();
        while (until.Elapsed < wait && viewers.All.Any(v => v.Error is null && v.FirstReaching(last.Cell, last.Expected) is null))
        {
            await Task.Delay(20);
        }
    }

    private static WorkloadResult Delivery(string name, List<Submit> submits, BoardViewers viewers, TimeSpan wall, long memory, ThreadPoolPeak threads, string what)
    {
        var fromStart = new List<double>();
        var fromResponse = new List<double>();
        var missing = 0;
        foreach (var s in submits)
        {
            foreach (var v in viewers.All)
            {
                if (v.FirstReaching(s.Cell, s.Expected) is { } at)
                {
                    fromStart.Add(Stopwatch.GetElapsedTime(s.Start, at).TotalMilliseconds);
                    fromResponse.Add(Math.Max(0, Stopwatch.GetElapsedTime(s.End, at).TotalMilliseconds)); // the event may come before the response
                }
                else
                {
                    missing++;
                }
            }
        }

        var max = fromStart.Count == 0 ? 0 : Math.Round(fromStart.Max(), 1);
        var delivery = Figure.From(fromStart, wall);
        var response = Figure.From(fromResponse, wall);
        var submit = Figure.From([.. submits.Select(s => Stopwatch.GetElapsedTime(s.Start, s.End).TotalMilliseconds)], wall);
        var errors = viewers.All.Where(v => v.Error is not null).Select(v => v.Error!).Distinct().Take(3).ToList();
        var note = string.Create(CultureInfo.InvariantCulture, $"{what}; {submits.Count} × {viewers.All.Count} = {submits.Count * viewers.All.Count} lượt giao, thiếu {missing}; ")
                   + string.Create(CultureInfo.InvariantCulture, $"tính từ lúc gửi phiếu: p50/p95/p99/max {delivery.P50:0.0}/{delivery.P95:0.0}/{delivery.P99:0.0}/{max:0.0} ms; ")
                   + string.Create(CultureInfo.InvariantCulture, $"tính từ lúc phiếu được trả lời: p95 {response.P95:0.0} ms; bản thân phiếu chấm p95 {submit.P95:0.0} ms; ")
                   + string.Create(CultureInfo.InvariantCulture, $"thread pool: hàng đợi tối đa {threads.Queue}, tối đa {threads.Threads} luồng")
                   + (errors.Count > 0 ? $"; người xem bị ngắt: {string.Join(" | ", errors)}" : "");
        return new WorkloadResult(name, "GET /api/v1/public/contests/{id}/board/stream + PUT /api/v1/contests/{id}/sheets/mine",
            "phiếu chấm (PUT …/sheets/mine); tỉ lệ = p95 ÷ 1 s", delivery, submit, Math.Round(delivery.P95 / 1000, 3), null, null, memory, DeliveryGoal,
            missing == 0 && delivery.P95 <= 1000, note)
        {
            Details = new
            {
                Viewers = viewers.All.Count,
                Submits = submits.Count,
                Pairs = submits.Count * viewers.All.Count,
                Missing = missing,
                MaxMs = max,
                FromRequestStart = delivery,
                FromResponse = response,
                Submit = submit,
                ViewerErrors = viewers.All.Count(v => v.Error is not null),
                ThreadPoolQueuePeak = threads.Queue,
                ThreadPoolThreadsPeak = threads.Threads,
            },
        };
    }

    /// <summary>The raw query and the app's public board give every team the same total, rank and parts.</summary>
    private static async Task SameStandingsAsync(BenchContext c, System.Data.Common.DbCommand raw, string json)
    {
        var rawLines = await BoardStandingsSql.ReadAsync(raw);
        var app = BoardStandingsSql.FromBoard(await c.Anonymous.GetStringAsync(json));
        if (!BoardStandingsSql.Same(app, rawLines))
        {
            throw new InvalidOperationException($"Bảng điểm của ứng dụng ({app.Count} đội) khác SQL thuần ({rawLines.Count} đội): đường cơ sở không cùng phép tính.");
        }
    }
}
