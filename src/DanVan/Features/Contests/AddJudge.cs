using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

public sealed class AddJudgeInput
{
    public Guid? RoundId { get; set; }

    /// <summary>The judge's account (of the tenant): how they sign in and score.</summary>
    public Guid? UserId { get; set; }

    /// <summary>A person of the tenant (their unit decides automatic recusal); empty for an external guest.</summary>
    public Guid? PersonId { get; set; }

    /// <summary>A guest's name and organisation (ignored for a person of the tenant).</summary>
    public string? Name { get; set; }

    public string? Organisation { get; set; }
    public bool IsChair { get; set; }
}

/// <summary>The organiser seats a judge on a round: a person of the tenant or an external guest, each with an account of the tenant.</summary>
public static class AddJudge
{
    public static async Task<Result<JudgeDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, AddJudgeInput input, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        var round = input.RoundId is { } roundId ? await db.ContestRounds.AsNoTracking().FirstOrDefaultAsync(r => r.Id == roundId && r.ContestId == contestId, ct) : null;
        if (round is null)
        {
            return ContestErrors.RoundNotFound;
        }

        var tenantId = contest.TenantId;
        var account = input.UserId is { } userId ? await db.Users.AsNoTracking().FirstOrDefaultAsync(u => u.Id == userId && u.TenantId == tenantId && !u.IsDisabled, ct) : null;
        if (account is null)
        {
            return ContestErrors.AccountNotFound;
        }

        string name;
        string? organisation;
        Guid? unitId = null;
        if (input.PersonId is { } personId)
        {
            var person = await db.People.AsNoTracking().Where(p => p.Id == personId && p.TenantId == tenantId)
                .Select(p => new { p.FullName, p.UnitId, Unit = p.Unit!.Name }).FirstOrDefaultAsync(ct);
            if (person is null)
            {
                return ContestErrors.PersonNotFound;
            }

            (name, organisation, unitId) = (person.FullName, person.Unit, person.UnitId);
        }
        else
        {
            name = VietnameseText.Clean(input.Name) ?? "";
            organisation = VietnameseText.Clean(input.Organisation);
            if (name.Length is 0 or > ContestJudge.NameMax || string.IsNullOrEmpty(organisation) || organisation.Length > ContestJudge.OrganisationMax)
            {
                return ContestErrors.JudgeName;
            }
        }

        if (await db.ContestJudges.AnyAsync(j => j.RoundId == round.Id && j.UserId == account.Id, ct))
        {
            return ContestErrors.JudgeTwice;
        }

        if (await db.ContestJudges.CountAsync(j => j.RoundId == round.Id, ct) >= ContestRules.MaxJudges)
        {
            return ContestErrors.JudgesFull;
        }

        var by = Actor.Of(user, db.Time);
        var judge = new ContestJudge(tenantId, contestId, round.Id, account.Id, input.PersonId, unitId, name, organisation, input.IsChair, by);
        db.ContestJudges.Add(judge);
        db.ContestEvents.Add(new ContestEvent(tenantId, contestId, null, ContestAction.JudgeAdded, by,
            $"{round.Name}: {name}" + (organisation is null ? "" : $" ({organisation})") + (input.IsChair ? " — trưởng ban giám khảo" : "")));
        await db.SaveChangesAsync(ct);
        return (await ListJudges.HandleAsync(db, user, contestId, ct)).Value!.Single(j => j.Id == judge.Id);
    }
}
