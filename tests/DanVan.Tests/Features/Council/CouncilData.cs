using DanVan.Features.Awards;
using DanVan.Features.Council;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Tests.Features.Nominations;
using Microsoft.EntityFrameworkCore;
using CouncilEntity = DanVan.Features.Council.Council;

namespace DanVan.Tests.Features.Council;

/// <summary>
/// Council rows for security tests: a council of a unit with three members (people of the tenant's root, so without a
/// conflict on the unit's nominees: two present, one absent with a written opinion), a session, and one item — a
/// nominee of a fresh dossier of the unit — in the state asked for.
/// </summary>
public static class CouncilData
{
    public sealed record Made(Guid Council, Guid Session, Guid Item, Guid Member, Guid AbsentMember, Guid Person, string? Receipt);

    public static async Task<Made> AddCouncilAsync(this AppDbContext db, Guid unitId, SessionState session = SessionState.Open, ItemState item = ItemState.Pending,
        VoteMethod method = VoteMethod.Electronic)
    {
        var made = await db.AddDossierAsync(unitId, nominee: true);
        var tenantId = await db.Units.Where(u => u.Id == unitId).Select(u => u.TenantId).SingleAsync();
        var root = await db.Units.SingleAsync(u => u.TenantId == tenantId && u.ParentId == null);
        var council = CouncilEntity.Create(tenantId, unitId, "Hội đồng thử", new DateOnly(2020, 1, 1), new DateOnly(2099, 12, 31), null).Value!;
        var people = Enumerable.Range(1, 3).Select(i => Person.Create(tenantId, root.Id,
            new PersonDetails($"Thành viên Thử {i}", Gender.Female, 1980, "Ủy viên", StaffCategory.Official, "Kinh", false))).ToList();
        db.People.AddRange(people);
        var members = people.Select((p, i) => new CouncilMember(council, p.Id, p.FullName, root.Id, root.Name, null, i == 0 ? MemberRole.Chair : MemberRole.Member))
            .ToList();
        foreach (var m in members)
        {
            council.AddMember(m).ShouldBeNull();
        }

        db.Councils.Add(council);
        await db.SaveChangesAsync();

        var s = CouncilSession.Create(council, new DateOnly(2026, 6, 1), "Phòng họp thử").Value!;
        s.SetAttendance(members[0].Id, AttendanceStatus.Present).ShouldBeNull();
        s.SetAttendance(members[1].Id, AttendanceStatus.Present).ShouldBeNull();
        s.SetAttendance(members[2].Id, AttendanceStatus.AbsentWithOpinion).ShouldBeNull();
        var kind = await db.AwardKinds.WithVersions().SingleAsync(k => k.Id == made.Kind);
        var nominee = await db.DossierNominees.SingleAsync(n => n.Id == made.Nominee);
        var agendaItem = new AgendaItem(s, nominee.Id, made.Dossier, unitId, nominee.PersonId, unitId, nominee.Name, nominee.UnitName, kind,
            kind.Versions.First(v => v.Id == nominee.VersionId));
        s.AddItems([agendaItem]).ShouldBeNull();
        if (session != SessionState.Draft)
        {
            s.Open().ShouldBeNull();
        }

        string? receipt = null;
        if (item != ItemState.Pending)
        {
            agendaItem.Open(s, council, method).ShouldBeNull();
            var ballot = new Ballot(agendaItem, BallotChoice.Yes, members[0].Id, writtenOpinion: false);
            receipt = ballot.Receipt;
            db.BallotParticipations.Add(new BallotParticipation(agendaItem, members[0].Id, writtenOpinion: false));
            db.Ballots.Add(ballot);
        }

        if (item == ItemState.Closed)
        {
            agendaItem.Close(Tally.Compute(agendaItem.Rule, new BallotCounts(3, 1, 1, 1, 0, 0), new Turnout(3, 0, 2, 0))).ShouldBeNull();
        }

        if (session == SessionState.Closed)
        {
            s.Close().ShouldBeNull();
        }

        db.CouncilSessions.Add(s);
        await db.SaveChangesAsync();
        return new Made(council.Id, s.Id, agendaItem.Id, members[0].Id, members[2].Id, people[0].Id, receipt);
    }
}
