using DanVan.Features.Awards;

namespace DanVan.Features.Decisions;

/// <summary>
/// The order of a decision's list and of presentation (Decree 152 Art. 29; DOMAIN §1.10): collectives, then
/// households, then individuals; within each, higher awards first — the larger prize, then the award's place in the
/// catalogue — then by name.
/// </summary>
public static class AwardeeOrder
{
    public static int Rank(AwardSubject subject) => subject switch
    {
        AwardSubject.Collective => 0,
        AwardSubject.Household => 1,
        _ => 2,
    };

    public static IEnumerable<DecisionAwardee> Sort(IEnumerable<DecisionAwardee> awardees) =>
        awardees.OrderBy(a => Rank(a.Subject)).ThenByDescending(a => a.Amount ?? -1).ThenBy(a => a.AwardPosition)
            .ThenBy(a => a.Name, StringComparer.Create(Infrastructure.Text.VietnameseText.Culture, false)).ThenBy(a => a.Id);
}
