using DanVan.Features.Accounts;
using DanVan.Features.Certificates;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed record PrizeDto(Guid Id, int Seq, string Name, PrizeSubject Subject, string SubjectLabel, int Count, long Amount, string Description);

public sealed record ContestCertificateDto(Guid Id, string HolderName, string Code, string VerifyPath);

/// <summary>One line of the results decision; <see cref="Certificates"/> only for the organiser (a code is the paper's secret).</summary>
public sealed record AwardDto(Guid Id, int Seq, Guid PrizeId, string PrizeName, PrizeSubject Subject, Guid TeamId, Guid? PersonId, string HolderName,
    string UnitName, string? Position, int? Rank, decimal? Total, long Amount, bool Withheld, string? Reason, IReadOnlyList<ContestCertificateDto> Certificates);

public sealed record IssuedResultsDto(Guid DocumentId, string Number, DateOnly Date, string SignerTitle, string SignerName, DateTime IssuedAt, string IssuedByName,
    long TotalAmount, IReadOnlyList<AwardDto> Awards);

/// <summary>A contestant an individual prize may go to: a playing member of an accepted team.</summary>
public sealed record ContestantDto(Guid TeamId, string TeamName, Guid PersonId, string Name, string? Position);

/// <summary>
/// The contest's prizes and results. Before the decision, the organiser sees what the last round's standings propose
/// (<see cref="ContestPrizes.Propose"/>, each line explained) and whom an individual prize may go to; once issued,
/// everyone who sees the contest sees the decision's lines, a withheld prize with its reason.
/// </summary>
public sealed record ResultsDto(Guid ContestId, string ContestName, int Version, bool CanManage, string? PrizeBasis, IReadOnlyList<PrizeDto> Prizes, long PrizeFund,
    string LastRoundName, string? Waiting, IReadOnlyList<ProposalLine> Proposal, IReadOnlyList<ContestantDto> Contestants, IssuedResultsDto? Issued);

public static class GetResults
{
    public static async Task<Result<ResultsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct)
    {
        if (!(await ContestAccess.Rule.FindAsync(db, user, contestId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var canManage = await ContestAccess.CanManageAsync(db, user, found, ct);
        return await BuildAsync(db, found.Id, canManage, ct);
    }

    public static async Task<ResultsDto> BuildAsync(AppDbContext db, Guid contestId, bool organiser, CancellationToken ct)
    {
        var contest = await db.Contests.AsNoTracking().Include(c => c.Prizes).FirstAsync(c => c.Id == contestId, ct);
        var prizes = contest.Prizes.OrderBy(p => p.Seq).ToList();
        var rounds = await RoundTeams.RoundsAsync(db, contestId, ct);
        var last = rounds[^1];
        var issued = contest.ResultsDocumentId is null ? null : await IssuedAsync(db, contest, prizes, organiser, ct);
        IReadOnlyList<ProposalLine> proposal = [];
        IReadOnlyList<ContestantDto> contestants = [];
        var waiting = Waiting(contest, rounds)?.Message;
        if (issued is null && organiser && waiting is null)
        {
            (proposal, _) = await ProposeAsync(db, contest, rounds, ct);
            contestants = await ContestantsAsync(db, contestId, ct);
        }

        return new ResultsDto(contest.Id, contest.Name, contest.Version, organiser && issued is null, contest.PrizeBasis, [.. prizes.Select(Prize)],
            prizes.Sum(p => p.Count * p.Amount), last.Name, issued is null ? waiting : null, proposal, contestants, issued);
    }

    /// <summary>Why the results cannot be decided yet: no prize structure, or a round whose results are not final (409).</summary>
    public static AppError? Waiting(Contest contest, IReadOnlyList<ContestRound> rounds) =>
        contest.Prizes.Count == 0 ? ContestErrors.NoPrizes
        : rounds.FirstOrDefault(r => r.Board != BoardState.Final) is { } open ? ContestErrors.RoundNotFinal(open.Name)
        : null;

    /// <summary>The last round's standings (names as on the results) and what they propose.</summary>
    public static async Task<(IReadOnlyList<ProposalLine> Lines, IReadOnlyList<StandingRow> Rows)> ProposeAsync(AppDbContext db, Contest contest,
        IReadOnlyList<ContestRound> rounds, CancellationToken ct)
    {
        var last = rounds[^1];
        var teams = await RoundTeams.ForAsync(db, contest, rounds, last, ct);
        var names = await TeamNamesAsync(db, teams, ct);
        var data = await BoardData.LoadAsync(db, contest, rounds, last, teams, ct);
        var rows = data.Standings(closedOnly: false).Select(r => r with { Name = names[r.TeamId] }).ToList();
        return (ContestPrizes.Propose(contest.Prizes, rows, last.Name), rows);
    }

    /// <summary>"Đội xã Tịnh Khê": how a team is named on the results and its certificate (its unit, never a code name).</summary>
    public static async Task<Dictionary<Guid, string>> TeamNamesAsync(AppDbContext db, IReadOnlyList<ContestTeam> teams, CancellationToken ct)
    {
        var units = await JudgingViews.UnitNamesAsync(db, teams, ct);
        return teams.ToDictionary(t => t.Id, t => TeamName(units[t.UnitId]));
    }

    public static string TeamName(string unitName)
    {
        foreach (var marker in new[] { "xã ", "phường ", "đặc khu ", "thị trấn " })
        {
            var at = unitName.IndexOf(marker, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at == 0 || unitName[at - 1] == ' '))
            {
                return "Đội " + marker + unitName[(at + marker.Length)..].Trim(); // "UBND xã Ba Hải" → "Đội xã Ba Hải"
            }
        }

        return "Đội " + unitName;
    }

    public static async Task<List<ContestantDto>> ContestantsAsync(AppDbContext db, Guid contestId, CancellationToken ct)
    {
        var teams = await db.ContestTeams.AsNoTracking().Include(t => t.Members)
            .Where(t => t.ContestId == contestId && t.State == TeamState.Accepted).ToListAsync(ct);
        var names = await TeamNamesAsync(db, teams, ct);
        return [.. teams.OrderBy(t => names[t.Id], StringComparer.Ordinal).SelectMany(t => t.Players
            .OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal).Select(m => new ContestantDto(t.Id, names[t.Id], m.PersonId, m.Name, m.Position)))];
    }

    private static async Task<IssuedResultsDto> IssuedAsync(AppDbContext db, Contest contest, IReadOnlyList<ContestPrize> prizes, bool organiser, CancellationToken ct)
    {
        var awards = await db.ContestAwards.AsNoTracking().Where(a => a.ContestId == contest.Id).OrderBy(a => a.Seq).ToListAsync(ct);
        var certificates = organiser
            ? (await db.ContestCertificates.AsNoTracking().Where(c => c.ContestId == contest.Id).ToListAsync(ct)).ToLookup(c => c.AwardId)
            : Enumerable.Empty<ContestCertificate>().ToLookup(c => c.AwardId);
        var byId = prizes.ToDictionary(p => p.Id);
        return new IssuedResultsDto(contest.ResultsDocumentId!.Value, contest.ResultsNumber!, contest.ResultsDate!.Value, contest.ResultsSignerTitle!,
            contest.ResultsSignerName!, contest.ResultsIssuedAt!.Value, contest.ResultsByName!, awards.Sum(a => a.Amount),
            [.. awards.Select(a => Award(a, byId[a.PrizeId], certificates[a.Id]))]);
    }

    public static AwardDto Award(ContestAward a, ContestPrize p, IEnumerable<ContestCertificate> certificates) =>
        new(a.Id, a.Seq, p.Id, p.Name, p.Subject, a.TeamId, a.PersonId, a.HolderName, a.UnitName, a.Position, a.Rank, a.Total, a.Amount, a.Withheld, a.Reason,
            [.. certificates.OrderBy(c => c.PersonId is null ? 0 : 1).ThenBy(c => c.HolderName, StringComparer.Ordinal)
                .Select(c => new ContestCertificateDto(c.Id, c.HolderName, c.Code, VerifyLink.Path + c.Code))]);

    public static PrizeDto Prize(ContestPrize p) => new(p.Id, p.Seq, p.Name, p.Subject, p.Subject.Label(), p.Count, p.Amount, ContestPrizes.Describe(p));
}
