using DanVan.Features.Accounts;
using DanVan.Features.Awards;
using DanVan.Features.People;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Eligibility;

/// <summary>
/// "Who qualifies" (issue 14 §2): for an award, a year and a unit's subtree, the people or units in scope that pass,
/// fail (with the rule that decides) or cannot be told — the starting point of a unit's proposals. The counts and the
/// quota are over the whole scope; the list is filtered and paged. Ties are ordered by the preference Decree 152 Art. 4
/// states (women; collectives with at least 70 % women), shown on the row, never hidden.
/// </summary>
public static class WhoQualifies
{
    public const int MaxCandidates = 5000;
    public const int PageSize = 50;

    /// <summary>The share of women that makes a collective preferred on a tie (Decree 152 Art. 4).</summary>
    public const decimal PreferredWomenShare = 0.7m;

    public const string PreferenceRule = "Khi các đối tượng có thành tích ngang nhau: ưu tiên cá nhân là nữ, tập thể có từ 70% nữ trở lên "
        + "(Điều 4 Nghị định số 152/2025/NĐ-CP).";

    public sealed record Query(Guid AwardKindId, Guid? UnitId = null, AwardSubject? Subject = null, int? Year = null, DateOnly? Date = null,
        Verdict? Verdict = null, string? Q = null, int? Page = null, Guid? MovementId = null, bool All = false);

    public sealed record Row(Nominee Nominee, Verdict Verdict, string VerdictLabel, string? DecisiveRule, string? DecisiveFinding, bool Preferred,
        string? Preference, string SheetLink);

    public sealed record Quota(decimal Percent, int Base, string BaseDescription, int Max, string Explanation, string Citation, string? Note);

    public sealed record Counts(int Total, int Pass, int Fail, int CannotTell);

    public sealed record View(Guid AwardKindId, string AwardName, int VersionNumber, DateOnly VersionFrom, string VersionCitation, AwardSubject Subject,
        string SubjectLabel, int Year, DateOnly Date, Guid UnitId, string UnitName, Counts Counts, Quota? Quota, string PreferenceRule,
        IReadOnlyList<string> Rules, IReadOnlyList<Row> Rows, int Matching, int Page, int PageCount, string? MovementName = null,
        IReadOnlyList<string>? JudgedByPeople = null);

    private sealed record Candidate(Guid Id, string Folded, bool Preferred, string? Preference);

    public static async Task<Result<View>> HandleAsync(AppDbContext db, CurrentUser user, Query q, CancellationToken ct)
    {
        if (!GetProofSheet.When(db, q.Year, q.Date).TryGet(out var when, out var badDate))
        {
            return badDate;
        }

        if (!(await AwardCatalogue.InForceAsync(db, user, q.AwardKindId, when.Day, ct)).TryGet(out var award, out var refused))
        {
            return refused;
        }

        var (kind, version) = award;
        var subject = q.Subject ?? kind.Subjects.First();
        if (!kind.Accepts(subject))
        {
            return EligibilityErrors.WrongSubject(kind, subject);
        }

        if (subject == AwardSubject.Household)
        {
            return EligibilityErrors.Households;
        }

        MovementTerms? movement = null;
        if (q.MovementId is { } movementId && !(await MovementStandards.LoadAsync(db, user, movementId, subject, ct)).TryGet(out movement, out var noMovement))
        {
            return noMovement;
        }

        var scopeId = q.UnitId ?? await DefaultScopeAsync(db, user, ct);
        if (scopeId is not { } unitId)
        {
            return AppError.NotFound("đơn vị");
        }

        if (await Access.CheckAsync(db, user, unitId, Permission.ViewAwards, Permission.ViewAwards, "đơn vị", ct) is { } outOfScope)
        {
            return outOfScope;
        }

        var scope = await db.Units.AsNoTracking().Where(u => u.Id == unitId).Select(u => new { u.Name, u.Path }).FirstAsync(ct);
        var awardUnits = db.Units.VisibleTo(db, user, Permission.ViewAwards).Where(u => u.Path.StartsWith(scope.Path)).Select(u => u.Id);
        var firstDay = new DateOnly(when.Year, 1, 1);
        var candidates = subject == AwardSubject.Individual
            ? await PeopleAsync(db, user, awardUnits, ct)
            : await UnitsAsync(db, user, awardUnits, firstDay, ct);
        if (candidates is null)
        {
            return EligibilityErrors.TooMany(await (subject == AwardSubject.Individual
                ? db.People.VisibleTo(db, user, Permission.ViewPeople).CountAsync(p => awardUnits.Contains(p.UnitId), ct)
                : awardUnits.CountAsync(ct)));
        }

        var sheets = await Eligibility.EvaluateAsync(db, kind, version, subject, candidates.Select(c => c.Id).ToList(), when.Year, when.Day, ct, movement);
        var byId = candidates.ToDictionary(c => c.Id);
        var counts = new Counts(sheets.Count, sheets.Count(s => s.Verdict == Verdict.Pass), sheets.Count(s => s.Verdict == Verdict.Fail),
            sheets.Count(s => s.Verdict == Verdict.CannotTell));
        var folded = VietnameseText.Fold(q.Q);
        var matching = sheets.Where(s => q.Verdict is null || s.Verdict == q.Verdict)
            .Where(s => folded.Length == 0 || byId[s.Nominee.Id].Folded.Contains(folded, StringComparison.Ordinal))
            .OrderBy(s => Order(s.Verdict)).ThenByDescending(s => byId[s.Nominee.Id].Preferred).ThenBy(s => byId[s.Nominee.Id].Folded, StringComparer.Ordinal)
            .ThenBy(s => s.Nominee.Id)
            .ToList();
        var size = q.All ? Math.Max(1, matching.Count) : PageSize; // All: every matching row on one page (the Excel file)
        var pageCount = Math.Max(1, (matching.Count + size - 1) / size);
        var page = Math.Clamp(q.Page ?? 1, 1, pageCount);
        var rows = matching.Skip((page - 1) * size).Take(size).Select(s =>
        {
            var c = byId[s.Nominee.Id];
            return new Row(s.Nominee, s.Verdict, s.VerdictLabel, s.Decisive?.Rule, s.Decisive?.Finding, c.Preferred, c.Preference,
                SheetLink(kind.Id, s.Nominee, when.Year, q.Date, q.MovementId));
        }).ToList();
        var names = await AwardCatalogue.NamesAsync(db, user.TenantId, ct);
        var rules = version.Rules.OrderBy(r => r.Position).Where(r => Eligibility.Applies(r.Spec, subject))
            .Select(r => RuleKinds.Describe(r.Spec, names) + (r.AnyOfGroup is { } g ? $" (đạt một trong nhóm {g})" : ""))
            .Concat((movement?.Rules ?? []).Where(r => Eligibility.Applies(r.Spec, subject)).Select(r => $"{r.Text} — {r.Spec.Citation}")).ToList();
        return new View(kind.Id, kind.Name, version.Number, version.EffectiveFrom, version.Citation, subject, subject.Label(), when.Year, when.Day, unitId,
            scope.Name, counts, await QuotaAsync(db, user.TenantId, version, subject, candidates, counts, when.Year, names, ct), PreferenceRule, rules,
            rows, matching.Count, page, pageCount, movement?.MovementName, movement?.JudgedByPeople ?? []);
    }

    /// <summary>Where one row's full sheet is (the page and the API take the same parameters).</summary>
    public static string SheetLink(Guid awardKindId, Nominee nominee, int year, DateOnly? date, Guid? movementId = null) =>
        $"/Eligibility/Proof?awardKindId={awardKindId}&{(nominee.Subject == AwardSubject.Individual ? "personId" : "unitId")}={nominee.Id}&year={year}"
        + (date is { } d ? $"&date={d:yyyy-MM-dd}" : "") + (movementId is { } m ? $"&movementId={m}" : "");

    private static int Order(Verdict v) => v switch
    {
        Verdict.Pass => 0,
        Verdict.CannotTell => 1,
        _ => 2,
    };

    /// <summary>The first unit the user may view awards in (their own, usually): the default scope.</summary>
    private static async Task<Guid?> DefaultScopeAsync(AppDbContext db, CurrentUser user, CancellationToken ct) =>
        (await db.Units.VisibleTo(db, user, Permission.ViewAwards).OrderBy(u => u.Depth).ThenBy(u => u.Path).Select(u => (Guid?)u.Id).FirstOrDefaultAsync(ct));

    private static async Task<List<Candidate>?> PeopleAsync(AppDbContext db, CurrentUser user, IQueryable<Guid> awardUnits, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().VisibleTo(db, user, Permission.ViewPeople).Where(p => awardUnits.Contains(p.UnitId))
            .OrderBy(p => p.Id).Select(p => new { p.Id, p.FullNameFolded, p.Gender }).Take(MaxCandidates + 1).ToListAsync(ct);
        return people.Count > MaxCandidates ? null
            : people.Select(p => new Candidate(p.Id, p.FullNameFolded, p.Gender == Gender.Female, p.Gender == Gender.Female ? "Nữ" : null)).ToList();
    }

    private static async Task<List<Candidate>?> UnitsAsync(AppDbContext db, CurrentUser user, IQueryable<Guid> awardUnits, DateOnly firstDay,
        CancellationToken ct)
    {
        // Units that existed at some point of the achievement year; the province itself is not its own nominee.
        var units = await db.Units.AsNoTracking().Where(u => awardUnits.Contains(u.Id) && u.ParentId != null && (u.ValidTo == null || u.ValidTo >= firstDay))
            .OrderBy(u => u.Id).Select(u => new { u.Id, u.NameFolded }).Take(MaxCandidates + 1).ToListAsync(ct);
        if (units.Count > MaxCandidates)
        {
            return null;
        }

        var ids = units.Select(u => u.Id).ToList();
        // the ids as one parameter (json_each / an array), not thousands of bound ones (bench/notes/eligibility.md)
        var staff = await db.People.AsNoTracking().Where(p => p.TenantId == user.TenantId && EF.Parameter(ids).Contains(p.UnitId)).GroupBy(p => p.UnitId)
            .Select(g => new { g.Key, Total = g.Count(), Women = g.Count(p => p.Gender == Gender.Female) }).ToDictionaryAsync(g => g.Key, ct);
        return units.Select(u =>
        {
            var share = staff.TryGetValue(u.Id, out var s) && s.Total > 0 ? (decimal)s.Women / s.Total : (decimal?)null;
            return new Candidate(u.Id, u.NameFolded, share >= PreferredWomenShare,
                share is { } v ? $"{v * 100:0}% nữ ({s!.Women}/{s.Total})" : null);
        }).ToList();
    }

    /// <summary>The version's quota against the scope: a share of those holding the base award that year, or of everyone in scope.</summary>
    private static async Task<Quota?> QuotaAsync(AppDbContext db, Guid tenantId, AwardKindVersion version, AwardSubject subject, List<Candidate> candidates,
        Counts counts, int year, IReadOnlyDictionary<string, string> names, CancellationToken ct)
    {
        if (version.QuotaPercent is not { } percent)
        {
            return null;
        }

        int baseCount;
        string description;
        if (version.QuotaBaseCode is { } code)
        {
            var ids = candidates.Select(c => c.Id).ToList();
            var records = db.AwardRecords.AsNoTracking().Where(AwardRecord.InForce).Where(r => r.TenantId == tenantId && r.Year == year
                && db.AwardKinds.Any(k => k.Id == r.AwardKindId && k.Code == code));
            baseCount = subject == AwardSubject.Individual
                ? await records.Where(r => r.PersonId != null && ids.Contains(r.PersonId.Value)).Select(r => r.PersonId).Distinct().CountAsync(ct)
                : await records.Where(r => r.Subject == AwardSubject.Collective && ids.Contains(r.UnitId)).Select(r => r.UnitId).Distinct().CountAsync(ct);
            description = $"số đạt “{(names.TryGetValue(code, out var n) ? n : code)}” năm {year} trong phạm vi";
        }
        else
        {
            baseCount = counts.Total;
            description = "số đối tượng trong phạm vi";
        }

        var max = (int)Math.Floor(baseCount * percent / 100m);
        var pct = AwardLabels.Number(percent);
        return new Quota(percent, baseCount, description, max, $"Tối đa {pct}% × {baseCount} ({description}) = {max}", version.Citation, version.Note);
    }
}
