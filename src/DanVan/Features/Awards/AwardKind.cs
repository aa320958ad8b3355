using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>
/// An entry of the award catalogue (danh mục danh hiệu thi đua, hình thức khen thưởng; issue 14 §1): its code, name,
/// category and who it may go to. Everything the law or the province may change — authority, prize multiple, dossier,
/// rules, quota, vote rule, notice — lives in dated <see cref="AwardKindVersion"/>s: a change is a new version from its
/// date, never an edit of the one older dossiers were judged by (ADR 0023). In force on a day: the latest version
/// effective by then (<see cref="VersionOn"/>).
/// </summary>
public sealed class AwardKind : ITenantOwned, IStamped
{
    public const int CodeMax = 40;
    public const int NameMax = 200;

    private readonly List<AwardKindVersion> _versions = [];

    private AwardKind()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }

    /// <summary>Stable short code the rules and imports refer to (a–z, 0–9, "-"), e.g. <c>chien-si-thi-dua-co-so</c>.</summary>
    public string Code { get; private set; } = "";

    public string Name { get; private set; } = "";
    public AwardCategory Category { get; private set; }
    public bool ForIndividuals { get; private set; }
    public bool ForCollectives { get; private set; }
    public bool ForHouseholds { get; private set; }

    /// <summary>Order in the catalogue (higher awards first within a category, as decisions list them).</summary>
    public int Position { get; private set; }

    public IReadOnlyList<AwardKindVersion> Versions => _versions;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public bool Accepts(AwardSubject subject) => subject switch
    {
        AwardSubject.Individual => ForIndividuals,
        AwardSubject.Collective => ForCollectives,
        AwardSubject.Household => ForHouseholds,
        _ => false,
    };

    public IEnumerable<AwardSubject> Subjects => Enum.GetValues<AwardSubject>().Where(Accepts);

    public static Result<AwardKind> Create(Guid tenantId, string code, string name, AwardCategory category, IReadOnlyCollection<AwardSubject> subjects,
        int position, AwardTerms terms, IReadOnlySet<string> codes, Actor by)
    {
        code = (code ?? "").Trim().ToLowerInvariant();
        name = (name ?? "").Trim();
        if (code.Length == 0 || code.Length > CodeMax || !code.All(c => c is >= 'a' and <= 'z' or >= '0' and <= '9' or '-'))
        {
            return AwardErrors.BadCode;
        }

        if (codes.Contains(code))
        {
            return AwardErrors.CodeTaken(code);
        }

        if (name.Length == 0)
        {
            return AppError.Required("Name", "tên danh hiệu, hình thức khen thưởng");
        }

        if (name.Length > NameMax)
        {
            return AppError.TooLong("Name", "Tên", NameMax);
        }

        if (!Enum.IsDefined(category))
        {
            return AppError.BadValue("Category");
        }

        if (subjects.Count == 0 || subjects.Any(s => !Enum.IsDefined(s)))
        {
            return AwardErrors.SubjectRequired;
        }

        var kind = new AwardKind
        {
            Id = Guid.CreateVersion7(),
            TenantId = tenantId,
            Code = code,
            Name = name,
            Category = category,
            ForIndividuals = subjects.Contains(AwardSubject.Individual),
            ForCollectives = subjects.Contains(AwardSubject.Collective),
            ForHouseholds = subjects.Contains(AwardSubject.Household),
            Position = position,
        };
        var first = kind.Revise(terms, codes.Append(code).ToHashSet(), by);
        return first.Error is { } error ? error : kind;
    }

    /// <summary>
    /// Adds a version from <see cref="AwardTerms.EffectiveFrom"/>; earlier versions stay as they were. Refused: terms
    /// that break a rule, or a date on which a version already starts (a correction of that version is a new one
    /// from a later date, or — before any dossier uses it — the same date is first withdrawn by the administrator).
    /// </summary>
    public Result<AwardKindVersion> Revise(AwardTerms terms, IReadOnlySet<string> codes, Actor by)
    {
        if (terms.Check(this, codes) is { } error)
        {
            return error;
        }

        if (_versions.Any(v => v.EffectiveFrom == terms.EffectiveFrom))
        {
            return AwardErrors.SameDate(terms.EffectiveFrom);
        }

        var version = new AwardKindVersion(this, _versions.Count == 0 ? 1 : _versions.Max(v => v.Number) + 1, terms, by);
        _versions.Add(version);
        return version;
    }

    /// <summary>The version in force on <paramref name="day"/>: the latest effective by then; null before the first.</summary>
    public AwardKindVersion? VersionOn(DateOnly day) =>
        _versions.Where(v => v.EffectiveFrom <= day).OrderByDescending(v => v.EffectiveFrom).ThenByDescending(v => v.Number).FirstOrDefault();

    /// <summary>The day a version stops being in force (the day before the next one starts), or null while it is the latest.</summary>
    public DateOnly? EndOf(AwardKindVersion version) =>
        _versions.Where(v => v.EffectiveFrom > version.EffectiveFrom).Select(v => (DateOnly?)v.EffectiveFrom.AddDays(-1)).Min();
}
