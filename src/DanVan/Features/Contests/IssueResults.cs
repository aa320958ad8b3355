using System.Globalization;
using System.Text;
using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class AwardInput
{
    public Guid? PrizeId { get; set; }
    public Guid? TeamId { get; set; }

    /// <summary>For an individual prize: the contestant (a playing member of the team).</summary>
    public Guid? PersonId { get; set; }
    public string? Reason { get; set; }
}

public sealed class WithheldInput
{
    public Guid? TeamId { get; set; }
    public string? Reason { get; set; }
}

public sealed class IssueResultsInput
{
    public string? Number { get; set; }
    public DateOnly? IssueDate { get; set; }
    public string? SignerTitle { get; set; }
    public string? SignerName { get; set; }
    public List<AwardInput>? Awards { get; set; }

    /// <summary>Teams the standings propose a prize for that the decision does not give it to, each with the reason.</summary>
    public List<WithheldInput>? Withheld { get; set; }
}

/// <summary>
/// The results decision (issue 17 §4): once every round's results are final, the organiser issues it — registered in the
/// document register as a decision of the organising unit — with the prizes given. A team prize as the last round's
/// standings propose it needs nothing more; any other line says why (a team given another prize or none, a tie across a
/// prize's last place, every individual prize). A prize the standings proposed is given or withheld with a reason, never
/// silently dropped; no prize is given more often than the structure says. The prizes' money is the structure's; each
/// winning team, each of its playing members and each individual winner gets a certificate with its verification code.
/// All in one save; a second decision is refused.
/// </summary>
public static class IssueResults
{
    public static async Task<Result<ResultsDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, IssueResultsInput input, int? version,
        CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var found, out var error))
        {
            return error;
        }

        var contest = await db.Contests.Include(c => c.Prizes).FirstAsync(c => c.Id == found.Id, ct);
        if (db.Expect(contest, version) is { } stale)
        {
            return stale;
        }

        var rounds = await RoundTeams.RoundsAsync(db, contest.Id, ct);
        if ((contest.ResultsRefusal() ?? GetResults.Waiting(contest, rounds)) is { } refusal)
        {
            return refusal;
        }

        var finalOn = DateOnly.FromDateTime(VnTime.ToLocal(rounds.Max(r => r.FinalAt!.Value)));
        var today = VnTime.Today(db.Time);
        if (string.IsNullOrWhiteSpace(input.Number))
        {
            return ContestErrors.ResultsNumber;
        }

        if (input.IssueDate is not { } date || date < finalOn || date > today)
        {
            return ContestErrors.ResultsDate(VnTime.Date(finalOn));
        }

        if (string.IsNullOrWhiteSpace(input.SignerTitle) || string.IsNullOrWhiteSpace(input.SignerName)
            || input.SignerTitle.Trim().Length > Document.SignerMax || input.SignerName.Trim().Length > Document.SignerMax)
        {
            return ContestErrors.ResultsSigner;
        }

        var (proposal, rows) = await GetResults.ProposeAsync(db, contest, rounds, ct);
        if (!(await AwardsAsync(db, contest, input, proposal, rows, ct)).TryGet(out var awards, out error))
        {
            return error;
        }

        var by = Actor.Of(user, db.Time);
        var title = $"Quyết định công nhận kết quả và tặng giải {contest.Name}";
        var created = await CreateDocument.CreateAsync(db, user, new DocumentInput
        {
            Number = input.Number.Trim(), Type = DocumentType.Decision, IssuerUnitId = contest.OrganisingUnitId, OwnerUnitId = contest.OrganisingUnitId,
            IssueDate = date, Status = DocumentStatus.InForce, Signer = input.SignerName.Trim(), SigningCapacity = input.SignerTitle.Trim(),
            Title = title.Length > Document.TitleMax ? title[..Document.TitleMax] : title, Body = Body(contest, awards),
        }, ct);
        if (!created.TryGet(out var document, out error))
        {
            return error;
        }

        db.ContestAwards.AddRange(awards.Select(a => a.Award));
        db.ContestCertificates.AddRange(awards.SelectMany(a => a.Certificates));
        if (contest.IssueResults(document.Id, document.Number, date, input.SignerTitle.Trim(), input.SignerName.Trim(), by) is { } refused)
        {
            return refused;
        }

        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (Infrastructure.Web.DanVanExceptionHandler.IsUniqueViolation(e))
        {
            // The register's unique identity: the number was taken between the check and the save.
            return new AppError("document.duplicate", $"Số văn bản {document.Number} đã có trong sổ văn bản của đơn vị.", "Number", ErrorKind.Conflict);
        }

        return await GetResults.BuildAsync(db, contest.Id, organiser: true, ct);
    }

    private sealed record Given(ContestAward Award, ContestPrize Prize, IReadOnlyList<ContestCertificate> Certificates);

    /// <summary>The decision's lines checked against the structure, the teams and the proposal; team prizes first (by prize, then rank), then individual ones, then the withheld.</summary>
    private static async Task<Result<List<Given>>> AwardsAsync(AppDbContext db, Contest contest, IssueResultsInput input, IReadOnlyList<ProposalLine> proposal,
        IReadOnlyList<StandingRow> rows, CancellationToken ct)
    {
        var lines = input.Awards ?? [];
        if (lines.Count == 0)
        {
            return ContestErrors.AwardsRequired;
        }

        var prizes = contest.Prizes.ToDictionary(p => p.Id);
        var teams = await db.ContestTeams.AsNoTracking().Include(t => t.Members)
            .Where(t => t.ContestId == contest.Id && t.State == TeamState.Accepted).ToDictionaryAsync(t => t.Id, ct);
        var names = await GetResults.TeamNamesAsync(db, [.. teams.Values], ct);
        var units = await JudgingViews.UnitNamesAsync(db, teams.Values, ct);
        var proposed = proposal.ToDictionary(p => p.TeamId);
        var row = rows.ToDictionary(r => r.TeamId);
        var given = new List<Given>();
        foreach (var line in lines)
        {
            if (line.PrizeId is not { } prizeId || !prizes.TryGetValue(prizeId, out var prize))
            {
                return ContestErrors.PrizeNotFound;
            }

            if (line.TeamId is not { } teamId || !teams.TryGetValue(teamId, out var team))
            {
                return ContestErrors.AwardTeam;
            }

            var reason = line.Reason?.Trim();
            if (reason is { Length: > ContestAward.ReasonMax })
            {
                return ContestErrors.AwardReason($"{names[teamId]} — {prize.Name}");
            }

            var rank = row.GetValueOrDefault(teamId);
            if (prize.Subject == PrizeSubject.Team)
            {
                if (line.PersonId is not null)
                {
                    return ContestErrors.TeamPrizeToPerson(prize.Name, names[teamId]);
                }

                if (given.Any(g => g.Prize.Subject == PrizeSubject.Team && g.Award.TeamId == teamId))
                {
                    return ContestErrors.TeamTwice(names[teamId]);
                }

                var asProposed = proposed.TryGetValue(teamId, out var p) && p.Decided && p.PrizeId == prizeId;
                if (!asProposed && string.IsNullOrEmpty(reason))
                {
                    var why = p is null ? "không có giải nào được đề xuất theo bảng điểm" : p.Decided ? $"bảng điểm đề xuất {p.PrizeName}" : "đồng hạng ở ranh giới giải, Ban tổ chức quyết định";
                    return ContestErrors.AwardReason($"{names[teamId]} nhận {prize.Name} khác đề xuất ({why})");
                }

                var award = new ContestAward(contest.TenantId, contest.Id, 0, prize, teamId, null, names[teamId], units[team.UnitId], null, rank?.Rank, rank?.Total,
                    withheld: false, asProposed ? null : reason);
                var players = team.Players.OrderBy(m => m.Role).ThenBy(m => m.Name, StringComparer.Ordinal);
                given.Add(new Given(award, prize, [
                    new ContestCertificate(contest.TenantId, contest.Id, award.Id, null, names[teamId], units[team.UnitId], null),
                    .. players.Select(m => new ContestCertificate(contest.TenantId, contest.Id, award.Id, m.PersonId, m.Name, units[team.UnitId], m.Position)),
                ]));
            }
            else
            {
                var member = line.PersonId is { } personId ? team.Players.FirstOrDefault(m => m.PersonId == personId) : null;
                if (member is null)
                {
                    return ContestErrors.NotMember(names[teamId]);
                }

                if (string.IsNullOrEmpty(reason))
                {
                    return ContestErrors.AwardReason($"{member.Name} — {prize.Name} (giải cá nhân ghi rõ thành tích)");
                }

                if (given.Any(g => g.Prize.Id == prizeId && g.Award.PersonId == member.PersonId))
                {
                    return ContestErrors.PersonTwice(member.Name, prize.Name);
                }

                var award = new ContestAward(contest.TenantId, contest.Id, 0, prize, teamId, member.PersonId, member.Name, units[team.UnitId], member.Position,
                    null, null, withheld: false, reason);
                given.Add(new Given(award, prize,
                    [new ContestCertificate(contest.TenantId, contest.Id, award.Id, member.PersonId, member.Name, units[team.UnitId], member.Position)]));
            }
        }

        foreach (var over in given.GroupBy(g => g.Prize).Where(g => g.Count() > g.Key.Count))
        {
            return ContestErrors.PrizeOverCount(over.Key.Name, over.Key.Count, over.Count());
        }

        var withheld = new List<Given>();
        foreach (var w in input.Withheld ?? [])
        {
            if (w.TeamId is not { } teamId || !proposed.TryGetValue(teamId, out var p))
            {
                return ContestErrors.WithheldNotProposed(w.TeamId is { } id && names.TryGetValue(id, out var n) ? n : "Đội này");
            }

            var reason = w.Reason?.Trim();
            if (string.IsNullOrEmpty(reason) || reason.Length > ContestAward.ReasonMax)
            {
                return ContestErrors.AwardReason($"Không trao {(p.Decided ? p.PrizeName : "giải")} cho {names[teamId]}");
            }

            if (given.Any(g => g.Award.TeamId == teamId && g.Prize.Subject == PrizeSubject.Team) || withheld.Any(g => g.Award.TeamId == teamId))
            {
                return ContestErrors.TeamTwice(names[teamId]);
            }

            withheld.Add(new Given(new ContestAward(contest.TenantId, contest.Id, 0, prizes[p.PrizeId], teamId, null, names[teamId],
                units[teams[teamId].UnitId], null, p.Rank, p.Total, withheld: true, reason), prizes[p.PrizeId], []));
        }

        // Every team the standings propose a prize for — or leave to the organiser at a tie — gets a team prize or a reason why not.
        foreach (var p in proposal)
        {
            if (!given.Any(g => g.Award.TeamId == p.TeamId && g.Prize.Subject == PrizeSubject.Team) && withheld.All(g => g.Award.TeamId != p.TeamId))
            {
                return p.Decided ? ContestErrors.ProposalUndecided(p.TeamName, p.PrizeName) : ContestErrors.TieUndecided(p.TeamName, p.PrizeName);
            }
        }

        var ordered = given.OrderBy(g => g.Prize.Subject).ThenBy(g => g.Prize.Seq).ThenBy(g => g.Award.Rank ?? int.MaxValue)
            .ThenBy(g => g.Award.HolderName, StringComparer.Ordinal).Concat(withheld.OrderBy(g => g.Award.Rank)).ToList();
        foreach (var (g, i) in ordered.Select((g, i) => (g, i + 1)))
        {
            g.Award.Number(i);
        }

        return ordered;
    }

    /// <summary>Article 1 of the decision as the register keeps it: each prize with its winners and money, then the total.</summary>
    private static string Body(Contest contest, IReadOnlyList<Given> awards)
    {
        var b = new StringBuilder();
        b.Append(CultureInfo.InvariantCulture, $"Điều 1. Công nhận kết quả {contest.Name} và tặng giải cho các tập thể, cá nhân sau:");
        foreach (var prize in awards.Where(a => !a.Award.Withheld).GroupBy(a => a.Prize).OrderBy(g => g.Key.Subject).ThenBy(g => g.Key.Seq))
        {
            b.Append('\n').Append(prize.Key.Name).Append(": ")
                .Append(string.Join("; ", prize.Select(a => a.Award.PersonId is null ? a.Award.HolderName : $"{a.Award.HolderName} ({a.Award.UnitName})")))
                .Append(prize.Key.Amount > 0 ? $" — mỗi giải {ContestPrizes.Money(prize.Key.Amount)} đồng." : ".");
        }

        var total = awards.Sum(a => a.Award.Amount);
        b.Append('\n').Append(CultureInfo.InvariantCulture, $"Điều 2. Tổng số tiền thưởng: {ContestPrizes.Money(total)} đồng, căn cứ {contest.PrizeBasis}.");
        var text = b.ToString();
        return text.Length > Document.BodyMax ? text[..Document.BodyMax] : text;
    }
}
