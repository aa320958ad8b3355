using DanVan.Features.Awards;
using DanVan.Features.Council;
using DanVan.Features.Nominations;
using DanVan.Features.People;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using CouncilEntity = DanVan.Features.Council.Council;

namespace DanVan.Features.Demo;

/// <summary>
/// The province's council (issue 15 §1) for the 2021–2026 term: ten members — the chairman (the PPC vice-chairman
/// Nguyễn Thanh Bình, who signs the demo's decisions), the director of Sở Nội vụ as vice-chair, the head of its Ban Thi
/// đua – Khen thưởng as standing member, a secretary, and members from the Party's mass-mobilisation board and the
/// departments; "hoidong1" and "hoidong2" vote with their accounts. A session on 26/12/2025 for the 2025 round's
/// accepted dossier (Sở Tư pháp): its member from Sở Tư pháp is recused on every item; the CSTĐ tỉnh item is closed —
/// secret ballot, 7 yes of 9 (10 members, 1 recused) = 77,77 % against ≥ 90 % of all members: not passed; the next item
/// is open for the demo accounts to vote on.
/// </summary>
internal static class DemoCouncil
{
    private static readonly DateOnly SessionDate = new(2025, 12, 26);

    public static async Task SeedAsync(AppDbContext db, Guid tenantId, Unit root, IReadOnlyList<Unit> departments)
    {
        var ppc = await db.Units.FirstAsync(u => u.TenantId == tenantId && u.Code == "UBND");
        var users = await db.Users.Where(u => u.TenantId == tenantId && (u.UserName == "hoidong1" || u.UserName == "hoidong2"))
            .ToDictionaryAsync(u => u.UserName!, u => (u.Id, u.FullName));
        Person New(Unit unit, string name, Gender gender, string position) =>
            Person.Create(tenantId, unit.Id, new PersonDetails(name, gender, 1972, position, StaffCategory.Official, "Kinh", true));
        var chair = New(ppc, "Nguyễn Thanh Bình", Gender.Male, "Phó Chủ tịch UBND tỉnh");
        var member1 = New(ppc, users["hoidong1"].FullName, Gender.Male, "Chánh Văn phòng UBND tỉnh");
        var member2 = New(ppc, users["hoidong2"].FullName, Gender.Female, "Phó Chánh Văn phòng UBND tỉnh");
        db.People.AddRange(chair, member1, member2);
        await db.SaveChangesAsync();

        var snv = departments[0];
        var snvPath = snv.Path;
        var snvPeople = await db.People.Where(p => p.TenantId == tenantId && db.Units.Any(u => u.Id == p.UnitId && u.Path.StartsWith(snvPath)))
            .OrderBy(p => p.FullNameFolded).ThenBy(p => p.Id).Select(p => new { p.Id, p.FullName, p.UnitId, p.Position }).ToListAsync();
        async Task<(Guid Id, string Name, Guid UnitId)> FirstOfAsync(Unit unit, Guid[] not)
        {
            var p = await db.People.Where(x => x.UnitId == unit.Id && !not.Contains(x.Id)).OrderBy(x => x.FullNameFolded).ThenBy(x => x.Id)
                .Select(x => new { x.Id, x.FullName, x.UnitId }).FirstAsync();
            return (p.Id, p.FullName, p.UnitId);
        }

        var director = snvPeople.First(p => p.Position == "Giám đốc Sở");
        var board = snvPeople.First(p => p.Position == "Trưởng ban Thi đua – Khen thưởng");
        var secretary = snvPeople.First(p => p.Id != director.Id && p.Id != board.Id);
        var mobilization = await db.People.Where(p => p.TenantId == tenantId && p.FullName == "Đặng Thu Thảo").Select(p => new { p.Id, p.FullName, p.UnitId }).FirstAsync();
        var stp = await FirstOfAsync(departments[1], []);
        var syt = await FirstOfAsync(departments[8], []);
        var other = await FirstOfAsync(departments[2], []);
        var units = await db.Units.Where(u => u.TenantId == tenantId).ToDictionaryAsync(u => u.Id, u => u.Name);

        var council = CouncilEntity.Create(tenantId, root.Id, "Hội đồng Thi đua – Khen thưởng tỉnh Sông Trà", new DateOnly(2021, 8, 1), new DateOnly(2026, 7, 31), null).Value!;
        CouncilMember Add(Guid personId, string name, Guid unitId, Guid? userId, MemberRole role)
        {
            var member = new CouncilMember(council, personId, name, unitId, units[unitId], userId, role);
            council.AddMember(member).ShouldBeNull("demo member");
            return member;
        }

        var members = new[]
        {
            Add(chair.Id, chair.FullName, ppc.Id, null, MemberRole.Chair),
            Add(director.Id, director.FullName, director.UnitId, null, MemberRole.ViceChair),
            Add(board.Id, board.FullName, board.UnitId, null, MemberRole.StandingMember),
            Add(secretary.Id, secretary.FullName, secretary.UnitId, null, MemberRole.Secretary),
            Add(mobilization.Id, mobilization.FullName, mobilization.UnitId, null, MemberRole.Member),
            Add(member1.Id, member1.FullName, ppc.Id, users["hoidong1"].Id, MemberRole.Member),
            Add(member2.Id, member2.FullName, ppc.Id, users["hoidong2"].Id, MemberRole.Member),
            Add(stp.Id, stp.Name, stp.UnitId, null, MemberRole.Member),
            Add(syt.Id, syt.Name, syt.UnitId, null, MemberRole.Member),
            Add(other.Id, other.Name, other.UnitId, null, MemberRole.Member),
        };
        db.Councils.Add(council);
        await db.SaveChangesAsync();

        var session = CouncilSession.Create(council, SessionDate, "Phòng họp số 1, trụ sở UBND tỉnh").Value!;
        foreach (var m in members)
        {
            session.SetAttendance(m.Id, m.PersonId == syt.Id ? AttendanceStatus.AbsentWithOpinion : AttendanceStatus.Present).ShouldBeNull("demo attendance");
        }

        var round = await db.NominationRounds.FirstAsync(r => r.TenantId == tenantId && r.Year == 2025);
        var dossier = await db.Dossiers.Include(d => d.Nominees).FirstAsync(d => d.RoundId == round.Id && d.Status == DossierStatus.Accepted);
        var kindIds = dossier.Nominees.Select(n => n.AwardKindId).Distinct().ToList();
        var kinds = await db.AwardKinds.WithVersions().Where(k => kindIds.Contains(k.Id)).ToDictionaryAsync(k => k.Id);
        var people = await db.People.Where(p => dossier.Nominees.Select(n => n.PersonId).Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.UnitId);
        var items = dossier.Nominees.Select(n => new AgendaItem(session, n.Id, dossier.Id, dossier.UnitId, n.PersonId,
                n.SubjectUnitId ?? (n.PersonId is { } p ? people[p] : dossier.UnitId), n.Name, n.UnitName, kinds[n.AwardKindId],
                kinds[n.AwardKindId].VersionOn(SessionDate)!))
            .OrderBy(i => i.AwardPosition).ThenBy(i => i.Name, StringComparer.Ordinal).ToList();
        session.AddItems(items).ShouldBeNull("demo agenda");
        session.Open().ShouldBeNull("demo session");
        var paths = await db.Units.Where(u => u.TenantId == tenantId).ToDictionaryAsync(u => u.Id, u => u.Path);
        foreach (var item in session.Items)
        {
            foreach (var (memberId, reason) in Conflicts.For(item, council.Members, paths))
            {
                item.Recuse(memberId, reason, declared: false).ShouldBeNull("demo recusal");
            }
        }

        db.CouncilSessions.Add(session);
        await db.SaveChangesAsync();

        // The secret ballot on the CSTĐ tỉnh nominee, closed: 6 yes, 1 no, 1 abstain from the present members, 1 written yes.
        var closed = session.Items.OrderBy(i => i.Position).First(i => i.Secret && i.ThresholdPercent >= 90);
        closed.Open(session, council, VoteMethod.Electronic).ShouldBeNull("demo open");
        var voters = members.Where(m => session.StatusOf(m.Id) == AttendanceStatus.Present && !closed.IsRecused(m.Id)).ToList();
        var choices = new[] { BallotChoice.Yes, BallotChoice.Yes, BallotChoice.Yes, BallotChoice.Yes, BallotChoice.Yes, BallotChoice.Yes, BallotChoice.No, BallotChoice.Abstain };
        var ballots = new List<Ballot>();
        foreach (var (member, i) in voters.Select((m, i) => (m, i)))
        {
            db.BallotParticipations.Add(new BallotParticipation(closed, member.Id, writtenOpinion: false));
            ballots.Add(new Ballot(closed, choices[i % choices.Length], member.Id, writtenOpinion: false));
        }

        var absent = members.First(m => m.PersonId == syt.Id);
        db.BallotParticipations.Add(new BallotParticipation(closed, absent.Id, writtenOpinion: true));
        ballots.Add(new Ballot(closed, BallotChoice.Yes, absent.Id, writtenOpinion: true));
        db.Ballots.AddRange(ballots.OrderBy(b => b.Id));
        var counts = new BallotCounts(voters.Count + 1, ballots.Count, ballots.Count, ballots.Count(b => b.Choice == BallotChoice.Yes),
            ballots.Count(b => b.Choice == BallotChoice.No), ballots.Count(b => b.Choice == BallotChoice.Abstain));
        var tally = Tally.Compute(closed.Rule, counts, new Turnout(members.Length, closed.Recusals.Count, voters.Count, 1));
        closed.Close(tally).ShouldBeNull("demo close");

        // The next item is open: "hoidong1" and "hoidong2" vote on it in the walkthrough.
        session.Items.OrderBy(i => i.Position).First(i => i.State == ItemState.Pending).Open(session, council, VoteMethod.Electronic).ShouldBeNull("demo open 2");
        await db.SaveChangesAsync();
    }
}
