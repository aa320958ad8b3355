using DanVan.Features.Awards;
using DanVan.Features.Ratings;
using DanVan.Features.Units;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Eligibility;

/// <summary>
/// Everything the rules of one award version read about a set of nominees, loaded set-based: a fixed number of
/// queries per chunk whatever its size, and only the facts the version's rules need (a version without a model rule
/// never reads models). Units are followed through the 2025 merges (<see cref="UnitLineage"/>): a successor holds its
/// predecessors' ranks, awards and models, each fact marked with the unit that earned it. A chunk's ids go to the
/// database as one parameter (<c>EF.Parameter</c>: <c>json_each</c> on SQLite, an array on PostgreSQL), not as 1,000
/// expanded parameters: measured 3–10× cheaper per query on SQLite at M (bench/notes/eligibility.md).
/// </summary>
internal sealed class EligibilityFacts
{
    public sealed record RankFact(Guid UnitId, string UnitName, bool ViaPredecessor, int? RankSeq, string Label, Guid DecisionDocumentId, string? Citation);

    public sealed record ModelFact(Guid Id, string Name, Guid UnitId, int? RecognisedYear, int? ConfirmedYear);

    public sealed record DisciplineFact(Guid Id, DisciplineKind Kind, string DecisionNumber, DateOnly DecisionDate, DateOnly From, DateOnly? To);

    public sealed record UnitState(DateOnly? ValidFrom, DateOnly? ValidTo, IReadOnlyList<(Guid Id, string Name)> Successors);

    public Dictionary<Guid, Nominee> Nominees { get; } = [];
    public Dictionary<(Guid Person, int Year), PersonRatings.RatingFact> Ratings { get; } = [];
    public ILookup<Guid, DisciplineFact> Disciplines { get; private set; } = Empty<DisciplineFact>();
    public ILookup<Guid, AwardHistory.AwardFact> Awards { get; private set; } = Empty<AwardHistory.AwardFact>();
    public ILookup<Guid, RankFact> Ranks { get; private set; } = Empty<RankFact>();
    public ILookup<Guid, ModelFact> Models { get; private set; } = Empty<ModelFact>();
    public Dictionary<Guid, UnitState> Units { get; } = [];

    private static ILookup<Guid, T> Empty<T>() => Array.Empty<(Guid, T)>().ToLookup(x => x.Item1, x => x.Item2);

    /// <param name="awardCode">The award being checked: with the codes the HoldsAward rules name, the only kinds of the register the rules read
    /// (NotAwardedSamePeriod looks for this award, HoldsAward for its own code) — a nominee's other entries are not loaded.</param>
    public static async Task<EligibilityFacts> LoadAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<RuleSpec> rules, AwardSubject subject,
        IReadOnlyCollection<Guid> ids, int year, DateOnly proposalDate, string awardCode, CancellationToken ct)
    {
        var facts = new EligibilityFacts();
        var kinds = rules.Select(r => r.Kind).ToHashSet();
        var codes = rules.Where(r => r.Kind == RuleKind.HoldsAward).Select(r => r.AwardCode!).Append(awardCode).Distinct().ToList();
        if (subject == AwardSubject.Individual)
        {
            await facts.LoadPeopleAsync(db, tenantId, rules, kinds, codes, ids, year, proposalDate, ct);
        }
        else
        {
            await facts.LoadUnitsAsync(db, tenantId, kinds, codes, ids, year, proposalDate, ct);
        }

        return facts;
    }

    private async Task LoadPeopleAsync(AppDbContext db, Guid tenantId, IReadOnlyCollection<RuleSpec> rules, HashSet<RuleKind> kinds, List<string> codes,
        IReadOnlyCollection<Guid> ids, int year, DateOnly proposalDate, CancellationToken ct)
    {
        var people = await db.People.AsNoTracking().Where(p => p.TenantId == tenantId && EF.Parameter(ids).Contains(p.Id))
            .Select(p => new { p.Id, p.FullName, p.UnitId, UnitName = db.Units.Where(u => u.Id == p.UnitId).Select(u => u.Name).First() })
            .ToListAsync(ct);
        foreach (var p in people)
        {
            Nominees[p.Id] = new Nominee(AwardSubject.Individual, p.Id, p.FullName, p.UnitId, p.UnitName, $"/People/Details/{p.Id}");
        }

        var found = Nominees.Keys.ToList();
        if (found.Count == 0)
        {
            return;
        }

        if (kinds.Contains(RuleKind.PersonRating))
        {
            var span = rules.Where(r => r.Kind == RuleKind.PersonRating).Max(r => r.Years ?? 1);
            var years = Enumerable.Range(year - span + 1, span).ToList();
            var rows = await db.PersonRatings.AsNoTracking().Where(r => r.TenantId == tenantId && EF.Parameter(found).Contains(r.PersonId) && years.Contains(r.Year))
                .Select(r => new { r.PersonId, r.Year, r.Level, r.UnitId, r.EnteredByName, r.SourceFile, r.SourceRow }).ToListAsync(ct);
            foreach (var r in rows)
            {
                Ratings[(r.PersonId, r.Year)] = new PersonRatings.RatingFact(r.Level, r.Level.Label(), r.UnitId,
                    new RatingSource(r.SourceFile, r.SourceRow).Describe(r.EnteredByName), $"/People/Details/{r.PersonId}#rating-{r.Year}");
            }
        }

        if (kinds.Contains(RuleKind.NoDiscipline))
        {
            // From the start of the achievement year to the proposal date (DOMAIN §8 rule 3: it blocks while it runs and restarts the clock).
            var first = new DateOnly(year, 1, 1);
            var rows = await db.Disciplines.AsNoTracking()
                .Where(d => d.TenantId == tenantId && EF.Parameter(found).Contains(d.PersonId) && d.From <= proposalDate && (d.To == null || d.To >= first))
                .Select(d => new { d.PersonId, Fact = new DisciplineFact(d.Id, d.Kind, d.DecisionNumber, d.DecisionDate, d.From, d.To) }).ToListAsync(ct);
            Disciplines = rows.OrderBy(r => r.Fact.From).ToLookup(r => r.PersonId, r => r.Fact);
        }

        if (kinds.Contains(RuleKind.HoldsAward) || kinds.Contains(RuleKind.NotAwardedSamePeriod))
        {
            Awards = await AwardHistory.ForPeopleAsync(db, tenantId, found, codes, ct);
        }

        if (kinds.Contains(RuleKind.ModelRecognised))
        {
            var rows = await db.DvkModels.AsNoTracking().Where(m => m.TenantId == tenantId && m.PersonId != null && EF.Parameter(found).Contains(m.PersonId.Value)
                    && m.RecognisedYear != null)
                .Select(m => new { PersonId = m.PersonId!.Value, Fact = new ModelFact(m.Id, m.Name, m.UnitId, m.RecognisedYear, m.ConfirmedYear) })
                .ToListAsync(ct);
            Models = rows.ToLookup(r => r.PersonId, r => r.Fact);
        }
    }

    private async Task LoadUnitsAsync(AppDbContext db, Guid tenantId, HashSet<RuleKind> kinds, List<string> codes, IReadOnlyCollection<Guid> ids, int year,
        DateOnly proposalDate, CancellationToken ct)
    {
        var units = await db.Units.AsNoTracking().Where(u => u.TenantId == tenantId && EF.Parameter(ids).Contains(u.Id))
            .Select(u => new { u.Id, u.Name, u.ValidFrom, u.ValidTo }).ToListAsync(ct);
        foreach (var u in units)
        {
            Nominees[u.Id] = new Nominee(AwardSubject.Collective, u.Id, u.Name, u.Id, u.Name, $"/Units/Details/{u.Id}");
            Units[u.Id] = new UnitState(u.ValidFrom, u.ValidTo, []);
        }

        var found = Nominees.Keys.ToList();
        if (found.Count == 0)
        {
            return;
        }

        if (kinds.Contains(RuleKind.UnitActive) && units.Any(u => u.ValidTo is { } to && to < proposalDate))
        {
            var ended = units.Where(u => u.ValidTo is { } to && to < proposalDate).Select(u => u.Id).ToList();
            var successors = await db.UnitSuccessions.AsNoTracking().Where(s => s.TenantId == tenantId && EF.Parameter(ended).Contains(s.PredecessorId))
                .Join(db.Units, s => s.SuccessorId, u => u.Id, (s, u) => new { s.PredecessorId, u.Id, u.Name }).ToListAsync(ct);
            foreach (var group in successors.GroupBy(s => s.PredecessorId))
            {
                Units[group.Key] = Units[group.Key] with { Successors = group.Select(s => (s.Id, s.Name)).ToList() };
            }
        }

        var needsLineage = kinds.Contains(RuleKind.UnitRank) || kinds.Contains(RuleKind.ModelRecognised);
        var heirs = needsLineage ? await UnitLineage.HeirsAsync(db, tenantId, found, ct) : [];
        var lineage = heirs.Keys.ToList();
        if (kinds.Contains(RuleKind.UnitRank))
        {
            var rows = await db.UnitRatings.AsNoTracking().Where(r => r.TenantId == tenantId && EF.Parameter(lineage).Contains(r.UnitId) && r.Year == year)
                .Select(r => new { r.UnitId, UnitName = db.Units.Where(u => u.Id == r.UnitId).Select(u => u.Name).First(), r.RankSeq, r.Label,
                    r.DecisionDocumentId, r.DecisionCitation })
                .ToListAsync(ct);
            Ranks = rows.SelectMany(r => heirs[r.UnitId].Select(heir => (heir, Fact: new RankFact(r.UnitId, r.UnitName, r.UnitId != heir, r.RankSeq,
                    r.Label, r.DecisionDocumentId, r.DecisionCitation))))
                .ToLookup(x => x.heir, x => x.Fact);
        }

        if (kinds.Contains(RuleKind.ModelRecognised))
        {
            var rows = await db.DvkModels.AsNoTracking().Where(m => m.TenantId == tenantId && EF.Parameter(lineage).Contains(m.UnitId) && m.RecognisedYear != null)
                .Select(m => new ModelFact(m.Id, m.Name, m.UnitId, m.RecognisedYear, m.ConfirmedYear)).ToListAsync(ct);
            Models = rows.SelectMany(m => heirs[m.UnitId].Select(heir => (heir, m))).ToLookup(x => x.heir, x => x.m);
        }

        if (kinds.Contains(RuleKind.HoldsAward) || kinds.Contains(RuleKind.NotAwardedSamePeriod))
        {
            Awards = await AwardHistory.ForUnitsAsync(db, tenantId, found, codes, ct);
        }
    }

    public static string Period(DateOnly from, DateOnly? to) => to is { } end ? $"từ {VnTime.Date(from)} đến {VnTime.Date(end)}" : $"từ {VnTime.Date(from)}";
}
