using System.Globalization;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Who a prize goes to: a team (tập thể) or one contestant (cá nhân). Stored by name.</summary>
public enum PrizeSubject
{
    Team,
    Individual,
}

/// <summary>
/// One tier of the contest's prize structure (cơ cấu giải thưởng, issue 17 §4): "Giải Nhất", for a team, 1 prize of
/// 5.000.000 đồng. The tiers are data on the contest with the text they come from (<see cref="Contest.PrizeBasis"/>),
/// set by the organiser until the results decision, never after it.
/// </summary>
public sealed class ContestPrize : ITenantOwned
{
    public const int NameMax = 200;
    public const int MaxCount = 100;
    public const long MaxAmount = 1_000_000_000;

    private ContestPrize()
    {
    }

    public ContestPrize(Guid tenantId, Guid contestId, int seq, string name, PrizeSubject subject, int count, long amount)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        Seq = seq;
        Name = name;
        Subject = subject;
        Count = count;
        Amount = amount;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public int Seq { get; private set; }
    public string Name { get; private set; } = "";
    public PrizeSubject Subject { get; private set; }

    /// <summary>How many of this prize the structure gives.</summary>
    public int Count { get; private set; }

    /// <summary>The money of one prize, in đồng (0: a certificate only).</summary>
    public long Amount { get; private set; }
}

/// <summary>
/// One line of the results decision: a prize given to a team (with its rank and total in the last round) or to one of
/// its contestants, with the reason when it is not what the standings propose (an individual prize always says why);
/// or, <see cref="Withheld"/>, a prize the standings proposed that the decision does not give, with the reason shown to
/// the team. Written once, with the decision.
/// </summary>
public sealed class ContestAward : ITenantOwned
{
    public const int ReasonMax = 1_000;
    public const int NameMax = 300;

    private ContestAward()
    {
    }

    public ContestAward(Guid tenantId, Guid contestId, int seq, ContestPrize prize, Guid teamId, Guid? personId, string holderName, string unitName,
        string? position, int? rank, decimal? total, bool withheld, string? reason)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        Seq = seq;
        PrizeId = prize.Id;
        TeamId = teamId;
        PersonId = personId;
        HolderName = holderName.Length > NameMax ? holderName[..NameMax] : holderName;
        UnitName = unitName;
        Position = position;
        Rank = rank;
        Total = total;
        Amount = withheld ? 0 : prize.Amount;
        Withheld = withheld;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public int Seq { get; private set; }
    public Guid PrizeId { get; private set; }
    public Guid TeamId { get; private set; }
    public Guid? PersonId { get; private set; }
    public string HolderName { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public string? Position { get; private set; }
    public int? Rank { get; private set; }
    public decimal? Total { get; private set; }

    /// <summary>The money as decided (the prize's amount on the day; 0 when withheld).</summary>
    public long Amount { get; private set; }
    public bool Withheld { get; private set; }
    public string? Reason { get; private set; }

    /// <summary>Its line number on the decision, once the lines are ordered.</summary>
    internal void Number(int seq) => Seq = seq;
}

/// <summary>
/// The printed certificate (giấy chứng nhận đạt giải) of a prize: one for the team and one for each of its playing
/// members, or one for the contestant; its unguessable code (<see cref="Certificates.Certificate.NewCode"/>) is what
/// the QR opens on the public verification page, which answers for these as for a decision's certificates.
/// </summary>
public sealed class ContestCertificate : ITenantOwned
{
    private ContestCertificate()
    {
    }

    public ContestCertificate(Guid tenantId, Guid contestId, Guid awardId, Guid? personId, string holderName, string unitName, string? position)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        AwardId = awardId;
        PersonId = personId;
        HolderName = holderName.Length > ContestAward.NameMax ? holderName[..ContestAward.NameMax] : holderName;
        UnitName = unitName;
        Position = position;
        Code = Certificates.Certificate.NewCode();
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid AwardId { get; private set; }
    public Guid? PersonId { get; private set; }
    public string HolderName { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public string? Position { get; private set; }
    public string Code { get; private set; } = "";
}

/// <summary>A tier as typed (API and page).</summary>
public sealed class PrizeInput
{
    public string? Name { get; set; }
    public PrizeSubject? Subject { get; set; }
    public int? Count { get; set; }
    public long? Amount { get; set; }
}

public sealed class PrizesInput
{
    /// <summary>The text the structure comes from: "Kế hoạch số 1816/KH-UBND, mục IV.3".</summary>
    public string? Basis { get; set; }
    public List<PrizeInput>? Prizes { get; set; }
}

/// <summary>
/// What the standings propose for one team of the last round: a prize (<see cref="Decided"/>), or — at a tie across a
/// prize's last place, "cannot tell" — the best prize the tied teams contend for, left to the organiser.
/// </summary>
public sealed record ProposalLine(Guid TeamId, string TeamName, int Rank, decimal Total, Guid PrizeId, string PrizeName, bool Decided, string Explanation);

/// <summary>The rules of prizes, pure: the structure's check and the proposal from the last round's standings.</summary>
public static class ContestPrizes
{
    public const int MaxTiers = 20;
    public const int BasisMax = 500;

    public static AppError? Check(PrizesInput input)
    {
        if (string.IsNullOrWhiteSpace(input.Basis) || input.Basis.Trim().Length > BasisMax)
        {
            return ContestErrors.PrizeBasis;
        }

        var tiers = input.Prizes ?? [];
        if (tiers.Count is 0 or > MaxTiers)
        {
            return ContestErrors.PrizesRequired;
        }

        foreach (var (t, i) in tiers.Select((t, i) => (t, i + 1)))
        {
            if (string.IsNullOrWhiteSpace(t.Name) || t.Name.Trim().Length > ContestPrize.NameMax || t.Subject is null)
            {
                return ContestErrors.PrizeLine(i, $"ghi tên giải (tối đa {ContestPrize.NameMax} ký tự) và giải cho tập thể hay cá nhân");
            }

            if (t.Count is not (>= 1 and <= ContestPrize.MaxCount))
            {
                return ContestErrors.PrizeLine(i, $"số giải từ 1 đến {ContestPrize.MaxCount}");
            }

            if (t.Amount is not (>= 0 and <= ContestPrize.MaxAmount))
            {
                return ContestErrors.PrizeLine(i, $"số tiền mỗi giải từ 0 đến {Money(ContestPrize.MaxAmount)} đồng");
            }
        }

        return tiers.Select(t => Infrastructure.Text.VietnameseText.Fold(t.Name!.Trim())).Distinct().Count() != tiers.Count ? ContestErrors.PrizeDuplicate : null;
    }

    /// <summary>
    /// The team prizes in their order, handed down the last round's standings: the first tier's places to the best
    /// ranks, and so on. Teams absent from every part, or never scored, get nothing. Teams sharing a rank (equal total and
    /// equal tie-break parts) share the proposal when the same prize covers them all; when a prize's last place falls
    /// among them, none of them is proposed and each line says so — the organiser decides, with a reason.
    /// </summary>
    public static IReadOnlyList<ProposalLine> Propose(IReadOnlyList<ContestPrize> prizes, IReadOnlyList<StandingRow> rows, string roundName)
    {
        var slots = prizes.Where(p => p.Subject == PrizeSubject.Team).OrderBy(p => p.Seq).SelectMany(p => Enumerable.Repeat(p, p.Count)).ToList();
        var lines = new List<ProposalLine>();
        var taken = 0;
        var round = roundName.Length == 0 ? roundName : char.ToLower(roundName[0], Infrastructure.Text.VietnameseText.Culture) + roundName[1..];
        foreach (var group in rows.Where(r => !r.NoShow && r.Parts.Any(p => p.Scored)).GroupBy(r => r.Rank).OrderBy(g => g.Key))
        {
            if (taken >= slots.Count)
            {
                break;
            }

            var teams = group.OrderBy(r => r.Name, StringComparer.Ordinal).ToList();
            var open = slots.Skip(taken).Take(teams.Count).ToList();
            var points = ContestErrors.Points(teams[0].Total);
            if (open.Count == teams.Count && open.All(p => p.Id == open[0].Id))
            {
                lines.AddRange(teams.Select(t =>
                {
                    var tied = teams.Count > 1 ? $", đồng hạng với {string.Join(", ", teams.Where(o => o != t).Select(o => o.Name))}" : "";
                    return new ProposalLine(t.TeamId, t.Name, t.Rank, t.Total, open[0].Id, open[0].Name, true,
                        $"Hạng {t.Rank} tại {round} ({points} điểm{tied}): {open[0].Name} theo thứ tự của bảng điểm.");
                }));
            }
            else
            {
                var left = string.Join(", ", open.GroupBy(p => p.Id).Select(g => $"{g.Count()} {g.First().Name}"));
                var names = string.Join(", ", teams.Select(t => t.Name));
                lines.AddRange(teams.Select(t => new ProposalLine(t.TeamId, t.Name, t.Rank, t.Total, open[0].Id, open[0].Name, false,
                    $"Không tự xác định được: {names} cùng hạng {t.Rank} tại {round} ({points} điểm, bằng nhau cả ở các phần thi phân định) " +
                    $"nhưng chỉ còn {left}. Ban tổ chức quyết định và ghi lý do.")));
            }

            taken += teams.Count;
        }

        return lines;
    }

    public static string Money(long amount) => amount.ToString("#,0", Infrastructure.Text.VietnameseText.Culture);

    public static string Label(this PrizeSubject s) => s == PrizeSubject.Team ? "Tập thể (đội thi)" : "Cá nhân";

    /// <summary>"tập thể" / "cá nhân": how a tier names its subject in a sentence and on the page's lines.</summary>
    public static string Word(this PrizeSubject s) => s == PrizeSubject.Team ? "tập thể" : "cá nhân";

    /// <summary>"1 Giải Nhất × 5.000.000 đồng" — how a tier reads on the rules and results.</summary>
    public static string Describe(ContestPrize p) =>
        $"{p.Count.ToString(CultureInfo.InvariantCulture)} {p.Name} ({p.Subject.Word()})" +
        (p.Amount > 0 ? $", mỗi giải {Money(p.Amount)} đồng" : ", giấy chứng nhận");
}
