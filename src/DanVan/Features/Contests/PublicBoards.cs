using System.Collections.Concurrent;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// The public boards as last computed, per contest and round asked for, tagged with the contest's version in
/// <see cref="ContestBoardNotifier"/>: the projector page, the phones' pages, their streams and the fragment the script
/// fetches all read one computation until a save changes the contest (the version moves) or <see cref="MaxAge"/> passes
/// (what no save of the contest's rows announces: a unit renamed, the contest closed). One computation per change however
/// many watch — the viewers woken by a sheet share it (single flight) instead of each recomputing the board (review of
/// issue 17: 300 viewers cost 600 boards per sheet). Only boards are kept, never an error (an unknown round asked for is
/// computed each time), and at most <see cref="MaxEntries"/> of them.
/// </summary>
public sealed class PublicBoards(ContestBoardNotifier notifier, IServiceScopeFactory scopes, TimeProvider time)
{
    public static readonly TimeSpan MaxAge = TimeSpan.FromSeconds(30);
    public const int MaxEntries = 256;

    private readonly ConcurrentDictionary<(Guid Contest, Guid? Round), Entry> entries = new();

    public Task<Result<BoardDto>> GetAsync(Guid contestId, Guid? roundId, CancellationToken ct)
    {
        var key = (contestId, roundId);
        var version = notifier.Version(contestId); // read before computing: a change during it makes the next caller compute again
        var now = time.GetUtcNow();
        if (!entries.ContainsKey(key) && entries.Count >= MaxEntries)
        {
            Evict(now);
        }

        Entry? candidate = null;
        candidate = new Entry(version, now, new Lazy<Task<Result<BoardDto>>>(() => Task.Run(() => ComputeAsync(key, candidate!))));
        var entry = entries.AddOrUpdate(key, candidate, (_, old) => old.FreshAt(version, now) ? old : candidate);
        return entry.Board.Value.WaitAsync(ct);
    }

    /// <summary>Computed on the thread pool (Task.Run): SQLite's calls complete synchronously, and the viewers waiting on the Lazy must not hold threads meanwhile.</summary>
    private async Task<Result<BoardDto>> ComputeAsync((Guid Contest, Guid? Round) key, Entry entry)
    {
        // A scope of its own: the viewer who started it may leave while others wait for the same board.
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var board = await GetBoard.HandleAsync(db, key.Contest, key.Round, CancellationToken.None);
        if (board.Error is not null)
        {
            entries.TryRemove(KeyValuePair.Create(key, entry)); // only this computation's entry, never a newer one
        }

        return board;
    }

    /// <summary>Drops the stale, failed and expired boards; if that is not enough (many rounds asked for at once), every finished one.</summary>
    private void Evict(DateTimeOffset now)
    {
        foreach (var (key, entry) in entries)
        {
            if (now - entry.At >= MaxAge || entry.Board.IsValueCreated && entry.Board.Value.IsCompleted && (entry.Board.Value.IsFaulted
                    || entry.Board.Value.Result.Error is not null || entry.Version != notifier.Version(key.Contest)))
            {
                entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }

        if (entries.Count >= MaxEntries)
        {
            foreach (var (key, entry) in entries.Where(e => e.Value.Board.IsValueCreated && e.Value.Board.Value.IsCompleted))
            {
                entries.TryRemove(KeyValuePair.Create(key, entry));
            }
        }
    }

    private sealed record Entry(long Version, DateTimeOffset At, Lazy<Task<Result<BoardDto>>> Board)
    {
        public bool FreshAt(long version, DateTimeOffset now) =>
            Version == version && now - At < MaxAge && !(Board.IsValueCreated && Board.Value.IsFaulted);
    }
}
