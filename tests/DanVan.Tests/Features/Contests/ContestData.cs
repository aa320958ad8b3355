using DanVan.Features.Contests;
using DanVan.Features.Demo;
using DanVan.Features.Movements;
using DanVan.Features.People;
using DanVan.Infrastructure.Text;
using DanVan.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Contests;

/// <summary>A test's own contest: the seed-004 rules on the demo's plan 1816/KH-UBND, organised by Sở Nội vụ, with the dates and eligible units the test needs.</summary>
internal static class ContestData
{
    /// <summary>Two accepted teams in the first cluster — "Đội Sen" of XA001 and "Đội Mai" of XA002, a captain each (the commune's first person).</summary>
    public static Task<(Guid Sen, Guid Mai)> TwoTeamsAsync(TestApp app, Guid contestId) => app.WithDbAsync(async db =>
    {
        var c = await db.Contests.Include(x => x.Clusters).SingleAsync(x => x.Id == contestId);
        var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
        var ids = new List<Guid>();
        foreach (var (code, name) in new[] { ("XA001", "Đội Sen"), ("XA002", "Đội Mai") })
        {
            var unit = await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
            var person = await db.People.Where(p => p.UnitId == unit || p.Unit!.ParentId == unit).OrderBy(p => p.Id).Select(p => new { p.Id, p.FullName, p.Position }).FirstAsync();
            var team = ContestTeam.Register(c, unit, [new MemberChoice(person.Id, person.FullName, person.Position, MemberRole.Captain)], VnTime.Today(db.Time), by);
            team.Accept(c.Clusters.OrderBy(k => k.Seq).First().Id, name, by).ShouldBeNull();
            db.ContestTeams.Add(team);
            ids.Add(team.Id);
        }

        await db.SaveChangesAsync();
        return (ids[0], ids[1]);
    });

    public sealed record Commune(Guid Unit, Guid Culture, Guid Chair, Guid Vice, Guid Officer);

    public static async Task<ContestInput> InputAsync(TestApp app, int deadlineInDays = 5, string? eligibleKind = "COMMUNE")
    {
        var (plan, snv, ppc, kind, today) = await app.WithDbAsync(async db => (
            await db.Documents.Where(d => d.Number == DemoContests.PlanNumber).Select(d => d.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "SNV").Select(u => u.Id).SingleAsync(),
            await db.Units.Where(u => u.Code == "UBND").Select(u => u.Id).SingleAsync(),
            eligibleKind is null ? (Guid?)null : await db.UnitKinds.Where(k => k.Code == eligibleKind).Select(k => k.Id).FirstAsync(),
            VnTime.Today(db.Time)));
        var input = DemoContests.Input(plan, snv, [new ParticipantInput { UnitId = ppc, IncludeDescendants = true, KindId = kind }], today);
        input.Name = $"Hội thi thử {Guid.NewGuid():N}";
        input.RegistrationDeadline = today.AddDays(deadlineInDays);
        input.StartsOn = today.AddDays(Math.Max(deadlineInDays, 0) + 5);
        input.EndsOn = input.StartsOn.Value.AddDays(2);
        return input;
    }

    /// <summary>Creates and publishes the contest as Sở Nội vụ's officer.</summary>
    public static async Task<ContestDto> OpenAsync(TestApp app, HttpClient organiser, ContestInput input)
    {
        var created = await (await organiser.PostJsonAsync("/api/v1/contests", input)).ReadAsync<ContestDto>(System.Net.HttpStatusCode.Created);
        return await (await organiser.PostAsync($"/api/v1/contests/{created.Id}/open", null)).ReadAsync<ContestDto>();
    }

    /// <summary>A demo commune's unit, its culture–society division, and its chairman, vice-chairman and culture–society officer.</summary>
    public static Task<Commune> CommuneAsync(TestApp app, string code) => app.WithDbAsync(async db =>
    {
        var unit = await db.Units.Where(u => u.Code == code).Select(u => u.Id).SingleAsync();
        var culture = await db.Units.Where(u => u.Code == code + ".VHXH").Select(u => u.Id).SingleAsync();
        var people = await db.People.Where(p => p.UnitId == unit || p.UnitId == culture).Select(p => new { p.Id, p.Position }).ToListAsync();
        return new Commune(unit, culture, people.First(p => p.Position!.StartsWith("Chủ tịch", StringComparison.Ordinal)).Id,
            people.First(p => p.Position!.StartsWith("Phó Chủ tịch", StringComparison.Ordinal)).Id,
            people.First(p => p.Position!.StartsWith("Công chức Văn hóa", StringComparison.Ordinal)).Id);
    });

    public static Task<Guid> AddPersonAsync(TestApp app, Guid unitId, string name, string position) => app.WithDbAsync(async db =>
    {
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var person = Person.Create(tenantId, unitId, new PersonDetails(name, Gender.Male, 1985, position, StaffCategory.CivilServant, "Kinh", true));
        db.People.Add(person);
        await db.SaveChangesAsync();
        return person.Id;
    });

    public static object Team(Guid unitId, params (Guid Person, MemberRole Role)[] members) =>
        new { unitId, members = members.Select(m => new { personId = m.Person, role = m.Role.ToString() }).ToArray() };
}

/// <summary>A contest written straight to the database in any province (security tables): draft or open, optionally with a team of one fresh person.</summary>
internal static class ContestDb
{
    public sealed record Made(Guid Contest, Guid Cluster, Guid? Team, Guid? Member, Guid? Newcomer);

    public static async Task<Made> AddContestAsync(this DanVan.Infrastructure.Data.AppDbContext db, Guid organiserId, Guid planId, bool open = true,
        Guid? teamUnitId = null, TeamState? team = null)
    {
        var organiser = await db.Units.SingleAsync(u => u.Id == organiserId);
        var root = await db.Units.Where(u => u.TenantId == organiser.TenantId && u.ParentId == null).Select(u => u.Id).SingleAsync();
        var today = VnTime.Today(db.Time);
        var input = DemoContests.Input(planId, organiserId, [new ParticipantInput { UnitId = root, IncludeDescendants = true }], today);
        input.RegistrationDeadline = today.AddDays(5);
        input.StartsOn = today.AddDays(10);
        input.EndsOn = today.AddDays(12);
        input.TeamMin = 1;
        input.AllowedPositions = [];
        var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
        var contest = Contest.Create(organiser.TenantId, organiserId, input, by).Value!;
        if (open)
        {
            contest.Open(by).ShouldBeNull();
        }

        db.Contests.Add(contest);
        Guid? teamId = null, member = null, newcomer = null;
        if (team is { } state && teamUnitId is { } unitId)
        {
            var people = Enumerable.Range(0, 2).Select(i => Person.Create(organiser.TenantId, unitId,
                new PersonDetails($"Thí sinh {i} {Guid.NewGuid():N}"[..30], Gender.Female, 1990, "Chuyên viên", StaffCategory.CivilServant, "Kinh", false))).ToList();
            db.People.AddRange(people);
            var made = ContestTeam.Register(contest, unitId, [new MemberChoice(people[0].Id, people[0].FullName, people[0].Position, MemberRole.Captain)], today, by);
            if (state == TeamState.Accepted)
            {
                made.Accept(contest.Clusters[0].Id, null, by).ShouldBeNull();
            }

            db.ContestTeams.Add(made);
            (teamId, member, newcomer) = (made.Id, people[0].Id, people[1].Id);
        }

        await db.SaveChangesAsync();
        return new Made(contest.Id, contest.Clusters[0].Id, teamId, member, newcomer);
    }
}

/// <summary>Judging written straight to the database (security tables): a judge (the given account) on the first round, optionally a sheet for the team on its first judged part, optionally that part closed.</summary>
internal static class ContestJudgingDb
{
    public sealed record Judging(Guid Contest, Guid Round, Guid Part, Guid Team, Guid Judge, Guid? Sheet, object[] Points);

    public static async Task<Judging> AddJudgingAsync(this DanVan.Infrastructure.Data.AppDbContext db, ContestDb.Made made, Guid userId, SheetSource? sheet = null,
        bool close = false)
    {
        var contest = await db.Contests.AsSplitQuery().Include(c => c.Rounds).ThenInclude(r => r.Parts).ThenInclude(p => p.Criteria).SingleAsync(c => c.Id == made.Contest);
        var round = contest.Rounds.OrderBy(r => r.Seq).First();
        var part = round.Parts.OrderBy(p => p.Seq).First(p => p.Criteria.Count > 0);
        var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
        var judge = new ContestJudge(contest.TenantId, contest.Id, round.Id, userId, null, null, "Giám khảo thử", "Báo thử", false, by);
        db.ContestJudges.Add(judge);
        Guid? sheetId = null;
        if (sheet is { } source)
        {
            var made2 = ContestSheet.Start(contest.TenantId, contest.Id, part.Id, judge.Id, made.Team!.Value, source, [.. part.Criteria.Select(c => new SheetPoints(c.Id, 1))], by);
            db.ContestSheets.Add(made2);
            sheetId = made2.Id;
        }

        if (close)
        {
            part.Close(by).ShouldBeNull();
        }

        await db.SaveChangesAsync();
        return new Judging(contest.Id, round.Id, part.Id, made.Team!.Value, judge.Id, sheetId,
            [.. part.Criteria.OrderBy(c => c.Seq).Select(c => (object)new { criterionId = c.Id, points = 1 })]);
    }

    /// <summary>The contest's quiz part with a two-question bank, both on a drawn paper; optionally a question off the paper (removable).</summary>
    public sealed record Quiz(Guid Contest, Guid Part, Guid Team, Guid OnPaper, Guid Spare, string? Code = null);

    /// <summary>The contest's first quiz part with a bank of three and a paper of two; with <paramref name="seat"/>, the team's code for answering on a device.</summary>
    /// <summary>A paper of two questions on the first round's quiz part; with <paramref name="seat"/> the team's code; <paramref name="timer"/>: the devices' timer started ("started") or paused too ("paused").</summary>
    public static async Task<Quiz> AddQuizAsync(this DanVan.Infrastructure.Data.AppDbContext db, ContestDb.Made made, bool seat = false, string? timer = null)
    {
        var contest = await db.Contests.Include(c => c.Rounds).ThenInclude(r => r.Parts).SingleAsync(c => c.Id == made.Contest);
        var part = contest.Rounds.OrderBy(r => r.Seq).First().Parts.First(p => p.Kind == PartKind.Quiz);
        var by = new DanVan.Infrastructure.Data.Actor(Guid.Empty, "test", DateTime.UtcNow);
        var questions = Enumerable.Range(1, 3).Select(i => ContestQuestion.Create(contest.TenantId, contest.Id, i, $"Câu hỏi thử {i}?", ["Có", "Không"], "A", "Luật thử", by).Value!).ToList();
        db.ContestQuestions.AddRange(questions);
        db.ContestPaperQuestions.AddRange(questions.Take(2).Select((q, i) => new ContestPaperQuestion(contest.TenantId, part.Id, i + 1, q.Id)));
        var code = seat ? new ContestQuizSeat(contest.TenantId, contest.Id, part.Id, made.Team!.Value, DateTime.UtcNow) : null;
        if (code is not null)
        {
            db.ContestQuizSeats.Add(code);
        }

        if (timer is "started" or "paused")
        {
            part.StartQuiz(by).ShouldBeNull();
            (timer == "paused" ? part.PauseQuiz("Mất điện", by) : null).ShouldBeNull();
        }

        await db.SaveChangesAsync();
        return new Quiz(contest.Id, part.Id, made.Team!.Value, questions[0].Id, questions[2].Id, code?.Code);
    }
}
