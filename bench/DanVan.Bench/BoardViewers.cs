using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text.Json;

namespace DanVan.Bench;

/// <summary>
/// N anonymous viewers of the public board's server-sent events (<c>GET …/board/stream</c>), each on its own connection
/// of one shared <see cref="HttpClient"/>, read with async streams (no thread held per viewer). Every <c>event: board</c>
/// is kept with the moment its data line arrived and the board's sheet counts per team × part; <c>: ping</c> comments and
/// other lines are skipped. The counts only grow while the judges add sheets, so "the first event whose count for the
/// team and part reaches what the submit made it" is the event that carries that submit, even when the stream sent one
/// board for two quick changes. With a <c>fragment</c> URL each viewer behaves like the projector page's script
/// (<c>contest-board.js</c>): on every board event it fetches the rendered board (the page's Fragment handler) on a
/// connection of its own, and the event counts as arrived when that HTML has arrived — what the audience sees.
/// </summary>
internal sealed class BoardViewers : IAsyncDisposable
{
    private readonly HttpClient client;
    private readonly HttpClient pages; // the scripts' fetches, beside the event streams (a browser opens another connection for them)
    private readonly string? fragment;
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentDictionary<string, int[]> parsed = new(StringComparer.Ordinal); // the same board text reaches every viewer: parsed once
    private readonly Dictionary<Guid, int> teamIndex;
    private readonly int parts;
    private readonly List<Viewer> viewers = [];
    private readonly List<Task> reading = [];

    public BoardViewers(Uri address, IReadOnlyList<Guid> teams, int parts, string? fragment = null)
    {
        this.fragment = fragment;
        pages = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue }) { BaseAddress = address, Timeout = TimeSpan.FromMinutes(2) };
        client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = int.MaxValue, PooledConnectionLifetime = Timeout.InfiniteTimeSpan })
        {
            BaseAddress = address,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        teamIndex = teams.Select((t, i) => (t, i)).ToDictionary(x => x.t, x => x.i);
        this.parts = parts;
    }

    /// <summary>One viewer's board events: when each arrived (Stopwatch timestamp) and its sheet counts (team index × parts + part number − 1).</summary>
    public sealed class Viewer
    {
        private readonly List<(long At, int[] Counts)> events = [];

        public string? Error { get; set; }

        public int Count
        {
            get
            {
                lock (events)
                {
                    return events.Count;
                }
            }
        }

        public void Add(long at, int[] counts)
        {
            lock (events)
            {
                events.Add((at, counts));
            }
        }

        /// <summary>When the first event whose count in <paramref name="cell"/> reached <paramref name="expected"/> arrived; null if none yet.</summary>
        public long? FirstReaching(int cell, int expected)
        {
            lock (events)
            {
                foreach (var (at, counts) in events)
                {
                    if (counts[cell] >= expected)
                    {
                        return at;
                    }
                }

                return null;
            }
        }
    }

    public IReadOnlyList<Viewer> All => viewers;

    /// <summary>Where a team's (by its index in the contest's list) count for a part (by number) is kept in an event's counts.</summary>
    public static int Cell(int team, int partSeq, int parts) => (team * parts) + partSeq - 1;

    /// <summary>Connects <paramref name="count"/> viewers and waits until each has its first board (the one sent at connect).</summary>
    public async Task ConnectAsync(string url, int count, TimeSpan timeout)
    {
        for (var i = 0; i < count; i++)
        {
            var viewer = new Viewer();
            viewers.Add(viewer);
            reading.Add(Task.Run(() => ReadAsync(viewer, url)));
        }

        var until = Stopwatch.StartNew();
        while (viewers.Any(v => v.Count == 0 && v.Error is null))
        {
            if (until.Elapsed > timeout)
            {
                throw new InvalidOperationException($"Bảng điểm: {viewers.Count(v => v.Count == 0)}/{count} người xem chưa nhận được bảng đầu tiên sau {timeout.TotalSeconds:0} s.");
            }

            await Task.Delay(20);
        }

        if (viewers.FirstOrDefault(v => v.Error is not null) is { } failed)
        {
            throw new InvalidOperationException($"Bảng điểm: người xem không kết nối được: {failed.Error}");
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        await Task.WhenAll(reading);
        client.Dispose();
        pages.Dispose();
        stop.Dispose();
    }

    private async Task ReadAsync(Viewer viewer, string url)
    {
        try
        {
            using var response = await client.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, stop.Token);
            if (!response.IsSuccessStatusCode)
            {
                viewer.Error = $"GET {url} → {(int)response.StatusCode}";
                return;
            }

            await using var stream = await response.Content.ReadAsStreamAsync(stop.Token);
            using var reader = new StreamReader(stream);
            string? name = null;
            while (await reader.ReadLineAsync(stop.Token) is { } line)
            {
                if (line.StartsWith("event: ", StringComparison.Ordinal))
                {
                    name = line[7..];
                }
                else if (line.StartsWith("data: ", StringComparison.Ordinal) && name == "board")
                {
                    var arrived = Stopwatch.GetTimestamp();
                    var counts = parsed.GetOrAdd(line[6..], Counts);
                    if (fragment is not null)
                    {
                        await Http.GetAsync(pages, fragment); // throws on a non-success status: the viewer's error
                        arrived = Stopwatch.GetTimestamp();
                    }

                    viewer.Add(arrived, counts);
                }
                else if (line.Length == 0)
                {
                    name = null; // end of an event; ": ping" comments fall through here and are ignored
                }
            }

            viewer.Error = "the stream ended";
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            // the run is over
        }
        catch (HttpRequestException e)
        {
            viewer.Error = e.Message;
        }
        catch (IOException e)
        {
            viewer.Error = e.Message;
        }
        catch (InvalidOperationException e)
        {
            viewer.Error = e.Message; // the fragment's status
        }
    }

    /// <summary>The board's confirmed-sheet count of every team × part (<c>rows[].parts[].sheetsIn</c>).</summary>
    private int[] Counts(string json)
    {
        var counts = new int[teamIndex.Count * parts];
        using var document = JsonDocument.Parse(json);
        foreach (var row in document.RootElement.GetProperty("rows").EnumerateArray())
        {
            var team = teamIndex[row.GetProperty("teamId").GetGuid()];
            foreach (var part in row.GetProperty("parts").EnumerateArray())
            {
                counts[Cell(team, part.GetProperty("seq").GetInt32(), parts)] = part.GetProperty("sheetsIn").GetInt32();
            }
        }

        return counts;
    }
}
