using System.Globalization;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>A prize amount with the arithmetic that made it, in the words a decision's annex uses.</summary>
public sealed record PrizeQuote(long Amount, decimal Multiple, decimal? Factor, long BaseAmount, DateOnly BaseFrom, string BaseCitation, string Citation,
    string Explanation);

/// <summary>
/// The prize rule (Decree 152 Art. 49–50, 54; DOMAIN §1.4, §9): multiple × the base salary in force on the decision
/// date, rounded up to the next 10,000 VND; a collective's (household's) prize for a form that also goes to individuals
/// is its factor × the individual amount, rounded up again. Several titles for the same period: the highest only.
/// </summary>
public static class Prize
{
    public const long RoundTo = 10_000;

    public static long RoundUp(decimal amount) => (long)(Math.Ceiling(amount / RoundTo) * RoundTo);

    /// <param name="day">The decision date the base salary was looked up for (named when there is none).</param>
    public static Result<PrizeQuote> Compute(AwardKind kind, AwardKindVersion version, AwardSubject subject, BaseSalary? baseSalary, DateOnly day)
    {
        if (!kind.Accepts(subject))
        {
            return AwardErrors.WrongSubject(kind, subject);
        }

        if (version.PrizeMultiple is not { } multiple)
        {
            return AwardErrors.NoPrize(kind);
        }

        if (baseSalary is null)
        {
            return AwardErrors.NoBaseSalary(day);
        }

        var vnd = CultureInfo.GetCultureInfo("vi-VN");
        string Money(long v) => v.ToString("N0", vnd) + " đồng";
        var basis = $"{multiple.ToString("0.##", vnd)} × {Money(baseSalary.Amount)} (mức lương cơ sở từ {VnTime.Date(baseSalary.EffectiveFrom)})";
        var individual = RoundUp(multiple * baseSalary.Amount);
        var factor = subject switch
        {
            AwardSubject.Collective when kind.ForIndividuals => version.CollectiveFactor,
            AwardSubject.Household when kind.ForIndividuals => version.HouseholdFactor,
            _ => null,
        };
        if (subject != AwardSubject.Individual && kind.ForIndividuals && factor is null)
        {
            return AwardErrors.NoFactor(kind, subject);
        }

        var amount = factor is { } f ? RoundUp(f * individual) : individual;
        var rounded = multiple * baseSalary.Amount == individual ? "" : $", làm tròn lên {Money(individual)}";
        var explanation = factor is { } g
            ? $"{basis} = {Money((long)(multiple * baseSalary.Amount))}{rounded} cho cá nhân; {subject.Label().ToLowerInvariant()} gấp {g.ToString("0.##", vnd)} lần = {Money(amount)}"
            : $"{basis} = {Money((long)(multiple * baseSalary.Amount))}{rounded}";
        return new PrizeQuote(amount, multiple, factor, baseSalary.Amount, baseSalary.EffectiveFrom, baseSalary.Citation, version.Citation, explanation);
    }

    /// <summary>
    /// Several titles for the same achievement period go with the highest prize only (DOMAIN §8 rule 6): the index of the
    /// award that keeps its money (the first of the highest), or −1 for an empty list.
    /// </summary>
    public static int HighestOnly(IReadOnlyList<long> amounts)
    {
        var best = -1;
        for (var i = 0; i < amounts.Count; i++)
        {
            if (best < 0 || amounts[i] > amounts[best])
            {
                best = i;
            }
        }

        return best;
    }
}
