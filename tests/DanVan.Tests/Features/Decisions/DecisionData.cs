using DanVan.Features.Awards;
using DanVan.Features.Council;
using DanVan.Features.Decisions;
using DanVan.Infrastructure.Data;
using DanVan.Tests.Features.Council;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Tests.Features.Decisions;

/// <summary>
/// Decision rows for security tests: a fresh council of the unit whose one item (a Lao động tiên tiến nominee of the
/// unit, in a fresh round) is closed as passed (<see cref="AddPassedItemAsync"/>), and the unit head's draft decision for it, priced at 710,000 đồng.
/// </summary>
public static class DecisionData
{
    public sealed record Made(Guid Decision, Guid Awardee, Guid Round, Guid Unit);

    /// <summary>A fresh council of the unit whose one item is closed as passed: both present members voted yes (> 50 % of those present).</summary>
    public static async Task<CouncilData.Made> AddPassedItemAsync(this AppDbContext db, Guid unitId)
    {
        var council = await db.AddCouncilAsync(unitId, SessionState.Open, ItemState.Open);
        var item = await db.AgendaItems.Include(i => i.Recusals).SingleAsync(i => i.Id == council.Item);
        var second = await db.CouncilMembers.Where(m => m.CouncilId == council.Council && m.Id != council.Member && m.Id != council.AbsentMember).Select(m => m.Id).SingleAsync();
        db.BallotParticipations.Add(new BallotParticipation(item, second, writtenOpinion: false));
        db.Ballots.Add(new Ballot(item, BallotChoice.Yes, item.Secret ? null : second, writtenOpinion: false));
        item.Close(Tally.Compute(item.Rule, new BallotCounts(2, 2, 2, 2, 0, 0), new Turnout(3, 0, 2, 0))).ShouldBeNull();
        item.Passed.ShouldBe(true);
        await db.SaveChangesAsync();
        return council;
    }

    public static async Task<Made> AddDecisionAsync(this AppDbContext db, Guid unitId)
    {
        var council = await db.AddPassedItemAsync(unitId);
        var item = await db.AgendaItems.SingleAsync(i => i.Id == council.Item);
        var nominee = await db.DossierNominees.SingleAsync(n => n.Id == item.NomineeId);
        var kind = await db.AwardKinds.SingleAsync(k => k.Id == nominee.AwardKindId);
        var today = DanVan.Infrastructure.Text.VnTime.Today(db.Time);
        var decision = Decision.Create(nominee.TenantId, nominee.RoundId, council.Session, unitId, unitId, DecidingAuthority.UnitHead,
            "Về việc tặng danh hiệu Lao động tiên tiến", today, SignPrefix.None, "Giám đốc", "Trần Văn Ký");
        var awardee = new DecisionAwardee(decision, nominee.Id, nominee.DossierId, AwardSubject.Individual, nominee.PersonId, unitId, nominee.Name,
            nominee.UnitName, "Chuyên viên", kind, nominee.Year, 710_000, "0,3 × 2.340.000 đồng");
        decision.Add(awardee);
        db.Decisions.Add(decision);
        await db.SaveChangesAsync();
        return new Made(decision.Id, awardee.Id, nominee.RoundId, unitId);
    }
}
