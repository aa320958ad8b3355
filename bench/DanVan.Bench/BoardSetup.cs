using System.Net.Http.Headers;
using DanVan.Features.Accounts;
using DanVan.Features.Contests;
using DanVan.Features.Demo;
using DanVan.Features.Movements;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Bench;

/// <summary>A part of the benchmark's round: its criteria (id and maximum, in order) and whether it was closed in the setup.</summary>
internal sealed record BoardPartInfo(Guid Id, int Seq, IReadOnlyList<(Guid Id, decimal Max)> Criteria, bool Closed);

/// <summary>A seated judge of the round, signed in with their own access token.</summary>
internal sealed record BoardJudge(int No, Guid SeatId, HttpClient Client);

/// <summary>The benchmark's contest: one live round, its teams (in the order the setup made them), parts and judges.</summary>
internal sealed record BoardContest(Guid ContestId, Guid RoundId, IReadOnlyList<Guid> Teams, IReadOnlyList<BoardPartInfo> Parts, IReadOnlyList<BoardJudge> Judges) : IDisposable
{
    public void Dispose()
    {
        foreach (var judge in Judges)
        {
            judge.Client.Dispose();
        }
    }
}

/// <summary>
/// Makes the scoreboard workload's contest with the domain's own factories, as the tests' direct-to-database helpers do
/// (contests are not generated): the seed-004 final round ("Bài viết tìm hiểu" 30, "Tôi là tuyên truyền viên" 50,
/// "Xử lý tình huống" 20; no tie-break parts, so a rank is the total's <c>RANK()</c>), opened today (running from 3 days
/// ago), one accepted team per commune or ward (up to 20, code names "Đội 01…"), <see cref="JudgeCount"/> guest judges
/// (accounts <c>bench.judge.N</c>, made once per dataset; guests have no unit, so nobody is recused; five, so a part
/// judged by all of them scores by the trimmed mean), and the first part fully judged and closed — so the public board
/// shows real totals and ranks — while the two judged parts stay open for the judges to score during the run. A new
/// contest every run; the board is Live (a new round's state).
/// </summary>
internal static class BoardSetup
{
    public const int JudgeCount = 5;
    public const int MaxTeams = 20;

    public static async Task<BoardContest> CreateAsync(BenchContext c)
    {
        ArgumentNullException.ThrowIfNull(c);
        await using var scope = c.Host.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var by = new Actor(Guid.Empty, "bench", DateTime.UtcNow);
        var today = VnTime.Today(db.Time);
        var kinds = await db.UnitKinds.AsNoTracking().Where(k => k.TenantId == c.TenantId && (k.Code == "COMMUNE" || k.Code == "WARD")).Select(k => k.Id).ToListAsync();
        var communes = await db.Units.AsNoTracking().Where(u => u.TenantId == c.TenantId && kinds.Contains(u.KindId)).OrderBy(u => u.Code)
            .Select(u => new { u.Id, u.Path, u.ParentId }).Take(MaxTeams).ToListAsync();
        if (communes.Count < 2 || communes[0].ParentId is not { } organiser)
        {
            throw new InvalidOperationException("Bảng điểm: bộ dữ liệu không có đủ xã/phường để lập đội thi.");
        }

        var plan = await db.Documents.AsNoTracking().Where(d => d.TenantId == c.TenantId).OrderBy(d => d.Id).Select(d => d.Id).FirstAsync();
        var input = DemoContests.Input(plan, organiser, [new ParticipantInput { UnitId = organiser, IncludeDescendants = true }], today);
        input.Name = $"Hội thi đo hiệu năng bảng điểm {DateTime.UtcNow:yyyyMMdd-HHmmss}";
        var final = input.Rounds![^1];
        final.TieBreak = [];
        input.Rounds = [final];
        input.Clusters = [];
        input.TeamMin = 1;
        input.AllowedPositions = [];
        var contest = Contest.Create(c.TenantId, organiser, input, by).Value ?? throw new InvalidOperationException("Bảng điểm: thể lệ hội thi bị từ chối.");
        if (contest.Open(by) is { } refused)
        {
            throw new InvalidOperationException($"Bảng điểm: không mở được hội thi: {refused.Message}");
        }

        db.Contests.Add(contest);
        var round = contest.Rounds.Single();
        var teams = new List<ContestTeam>();
        for (var i = 0; i < communes.Count; i++)
        {
            var path = communes[i].Path;
            var person = await db.People.AsNoTracking().Where(p => p.TenantId == c.TenantId && db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(path)))
                .OrderBy(p => p.Id).Select(p => new { p.Id, p.FullName, p.Position }).FirstAsync();
            var team = ContestTeam.Register(contest, communes[i].Id, [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], today, by);
            if (team.Accept(null, $"Đội {i + 1:00}", by) is { } error)
            {
                throw new InvalidOperationException($"Bảng điểm: không nhận được đội thi: {error.Message}");
            }

            db.ContestTeams.Add(team);
            teams.Add(team);
        }

        var seats = new List<(ContestJudge Seat, string Token)>();
        for (var k = 0; k < JudgeCount; k++)
        {
            var user = await JudgeAccountAsync(db, c.TenantId, k, by.At);
            var seat = new ContestJudge(c.TenantId, contest.Id, round.Id, user.Id, null, null, $"Giám khảo khách {k + 1}", "Đo hiệu năng", k == 0, by);
            db.ContestJudges.Add(seat);
            var (token, plain) = AccessToken.Issue(user, "bench-board", by.At, TimeSpan.FromDays(1));
            db.AccessTokens.Add(token);
            seats.Add((seat, plain));
        }

        // The first part fully judged and closed: the public board shows its scores (the totals and ranks the raw query must match).
        var first = round.Parts.OrderBy(p => p.Seq).First();
        var criteria = first.Criteria.OrderBy(k => k.Seq).ToList();
        for (var j = 0; j < seats.Count; j++)
        {
            for (var t = 0; t < teams.Count; t++)
            {
                var points = criteria.Select((k, i) => new SheetPoints(k.Id, Points(j, t, i, k.MaxPoints))).ToList();
                db.ContestSheets.Add(ContestSheet.Start(c.TenantId, contest.Id, first.Id, seats[j].Seat.Id, teams[t].Id, SheetSource.Judge, points, by));
            }
        }

        if (first.Close(by) is { } notClosed)
        {
            throw new InvalidOperationException($"Bảng điểm: không khóa được phần thi: {notClosed.Message}");
        }

        await db.SaveChangesAsync();
        var judges = seats.Select((s, k) =>
        {
            var client = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 4 }) { BaseAddress = c.Host.Address, Timeout = TimeSpan.FromMinutes(2) };
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", s.Token);
            return new BoardJudge(k, s.Seat.Id, client);
        }).ToList();
        var parts = round.Parts.OrderBy(p => p.Seq)
            .Select(p => new BoardPartInfo(p.Id, p.Seq, [.. p.Criteria.OrderBy(k => k.Seq).Select(k => (k.Id, k.MaxPoints))], p.Closed)).ToList();
        return new BoardContest(contest.Id, round.Id, [.. teams.Select(t => t.Id)], parts, judges);
    }

    /// <summary>
    /// A whole number of points in the upper half of the criterion's range, varied by judge, team and criterion. With whole
    /// points the mean of the three sheets the trimmed mean keeps ends in .00, .33 or .67 — never a midpoint — so SQLite's
    /// floating ROUND, PostgreSQL's numeric ROUND and the app's decimal rounding agree.
    /// </summary>
    public static decimal Points(int judge, int team, int criterion, decimal max)
    {
        var half = Math.Floor(max / 2);
        return half + (((judge * 7) + (team * 3) + (criterion * 5)) % (half + 1));
    }

    private static async Task<AppUser> JudgeAccountAsync(AppDbContext db, Guid tenantId, int k, DateTime now)
    {
        var userName = $"bench.judge.{k}";
        var user = await db.Users.FirstOrDefaultAsync(u => u.UserName == userName);
        if (user is null)
        {
            user = new AppUser
            {
                Id = Guid.CreateVersion7(), UserName = userName, NormalizedUserName = userName.ToUpperInvariant(), FullName = $"Giám khảo khách {k + 1}",
                TenantId = tenantId, CreatedAt = now, SecurityStamp = Guid.NewGuid().ToString("N"), ConcurrencyStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
        }

        return user;
    }
}
