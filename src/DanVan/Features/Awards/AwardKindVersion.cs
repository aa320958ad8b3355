using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Awards;

/// <summary>
/// Everything about an award that is dated and cited, as entered for a new version: from when, whether it is still
/// conferred, who decides, the prize (a multiple of the base salary; for a form that also goes to collectives or
/// households, their factor of the individual amount — Decree 152 Art. 54), the dossier, the quota, the council's vote
/// rule, the public notice and the eligibility rules, with the legal text it rests on.
/// </summary>
public sealed record AwardTerms(
    DateOnly EffectiveFrom,
    bool Active,
    IReadOnlyList<DecidingAuthority> Authorities,
    decimal? PrizeMultiple,
    decimal? CollectiveFactor,
    decimal? HouseholdFactor,
    IReadOnlyList<DossierDocument> Documents,
    ReportTemplate ReportTemplate,
    decimal? QuotaPercent,
    string? QuotaBaseCode,
    decimal? VoteThresholdPercent,
    VoteBase VoteBase,
    bool SecretBallot,
    int? NoticeWorkingDays,
    IReadOnlyList<RuleSpec> Rules,
    string Citation,
    Guid? CitationDocumentId,
    string? Note)
{
    public const decimal MaxMultiple = 100m;
    public const decimal MaxFactor = 10m;
    public const int MaxNoticeDays = 60;
    public const int MaxRules = 12;

    /// <summary>The first rule these terms break for <paramref name="kind"/>, or null.</summary>
    public AppError? Check(AwardKind kind, IReadOnlySet<string> codes)
    {
        if (EffectiveFrom.Year is < 2000 or > 2100)
        {
            return new("award.effective", "Vui lòng nhập ngày áp dụng của phiên bản (trong khoảng năm 2000–2100).", "EffectiveFrom");
        }

        if (string.IsNullOrWhiteSpace(Citation))
        {
            return AwardErrors.CitationRequired;
        }

        if (Citation.Length > AwardKindVersion.CitationMax)
        {
            return AppError.TooLong("Citation", "Căn cứ", AwardKindVersion.CitationMax);
        }

        if (Note is { Length: > AwardKindVersion.NoteMax })
        {
            return AppError.TooLong("Note", "Ghi chú", AwardKindVersion.NoteMax);
        }

        if (Active && Authorities.Count == 0)
        {
            return AwardErrors.AuthorityRequired;
        }

        if (Authorities.Any(a => !Enum.IsDefined(a)) || Documents.Any(d => !Enum.IsDefined(d)) || !Enum.IsDefined(ReportTemplate) || !Enum.IsDefined(VoteBase))
        {
            return AppError.BadValue("Authorities");
        }

        if (PrizeMultiple is < 0 or > MaxMultiple || PrizeMultiple is { } m && decimal.Round(m, 2) != m)
        {
            return AwardErrors.Multiple;
        }

        var ofIndividual = kind.ForIndividuals;
        if (CollectiveFactor is { } cf && (!ofIndividual || !kind.ForCollectives || cf < 1 || cf > MaxFactor))
        {
            return AwardErrors.Factor("CollectiveFactor", "tập thể");
        }

        if (HouseholdFactor is { } hf && (!ofIndividual || !kind.ForHouseholds || hf < 1 || hf > MaxFactor))
        {
            return AwardErrors.Factor("HouseholdFactor", "hộ gia đình");
        }

        if (QuotaPercent is <= 0 or > 100)
        {
            return AwardErrors.Quota;
        }

        if (QuotaBaseCode is { } q && (QuotaPercent is null || !codes.Contains(q.Trim())))
        {
            return AwardErrors.QuotaBase(q);
        }

        if (VoteThresholdPercent is < 50 or > 100)
        {
            return AwardErrors.VoteThreshold;
        }

        if (NoticeWorkingDays is < 1 or > MaxNoticeDays)
        {
            return AwardErrors.NoticeDays;
        }

        if (Rules.Count > MaxRules)
        {
            return AwardErrors.TooManyRules;
        }

        for (var i = 0; i < Rules.Count; i++)
        {
            if (RuleKinds.Check(Rules[i], i, kind, codes) is { } error)
            {
                return error;
            }
        }

        return null;
    }
}

/// <summary>One dated version of an <see cref="AwardKind"/> (see <see cref="AwardTerms"/> for what it holds).</summary>
public sealed class AwardKindVersion : ITenantOwned
{
    public const int CitationMax = 1000;
    public const int NoteMax = 1000;

    private readonly List<AwardVersionAuthority> _authorities = [];
    private readonly List<AwardVersionDocument> _documents = [];
    private readonly List<AwardRule> _rules = [];

    private AwardKindVersion()
    {
    }

    internal AwardKindVersion(AwardKind kind, int number, AwardTerms t, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = kind.TenantId;
        AwardKindId = kind.Id;
        Number = number;
        EffectiveFrom = t.EffectiveFrom;
        Active = t.Active;
        PrizeMultiple = t.PrizeMultiple;
        CollectiveFactor = t.CollectiveFactor;
        HouseholdFactor = t.HouseholdFactor;
        ReportTemplate = t.ReportTemplate;
        QuotaPercent = t.QuotaPercent;
        QuotaBaseCode = string.IsNullOrWhiteSpace(t.QuotaBaseCode) ? null : t.QuotaBaseCode.Trim();
        VoteThresholdPercent = t.VoteThresholdPercent;
        VoteBase = t.VoteBase;
        SecretBallot = t.SecretBallot;
        NoticeWorkingDays = t.NoticeWorkingDays;
        Citation = t.Citation.Trim();
        CitationDocumentId = t.CitationDocumentId;
        Note = string.IsNullOrWhiteSpace(t.Note) ? null : t.Note.Trim();
        CreatedAt = by.At;
        CreatedById = by.UserId == Guid.Empty ? null : by.UserId;
        CreatedByName = by.UserName;
        _authorities.AddRange(t.Authorities.Distinct().Select(a => new AwardVersionAuthority(this, a)));
        _documents.AddRange(t.Documents.Distinct().Select(d => new AwardVersionDocument(this, d)));
        _rules.AddRange(t.Rules.Select((r, i) => new AwardRule(this, i + 1, r with { AwardCode = r.AwardCode?.Trim() })));
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid AwardKindId { get; private set; }

    /// <summary>1, 2, 3… per award kind, in the order entered.</summary>
    public int Number { get; private set; }

    public DateOnly EffectiveFrom { get; private set; }

    /// <summary>False: from this date the award is no longer conferred (no new dossiers); the versions before it still explain old ones.</summary>
    public bool Active { get; private set; }

    /// <summary>Multiple of the base salary for the kind's first subject (individual when it has one); null: no prize money.</summary>
    public decimal? PrizeMultiple { get; private set; }

    public decimal? CollectiveFactor { get; private set; }
    public decimal? HouseholdFactor { get; private set; }
    public ReportTemplate ReportTemplate { get; private set; }
    public decimal? QuotaPercent { get; private set; }

    /// <summary>The award whose count the quota is a share of (e.g. CSTĐ cơ sở ≤ 15 % of those given LĐTT); null: of the people or units in scope.</summary>
    public string? QuotaBaseCode { get; private set; }

    /// <summary>The council's pass threshold, in percent of <see cref="VoteBase"/>; null: no ballot required by the rule.</summary>
    public decimal? VoteThresholdPercent { get; private set; }

    public VoteBase VoteBase { get; private set; }
    public bool SecretBallot { get; private set; }

    /// <summary>Working days the list is published for comment before the council meets; null: no public notice required.</summary>
    public int? NoticeWorkingDays { get; private set; }

    public string Citation { get; private set; } = "";
    public Guid? CitationDocumentId { get; private set; }
    public string? Note { get; private set; }
    public DateTime CreatedAt { get; private set; }
    public Guid? CreatedById { get; private set; }
    public string CreatedByName { get; private set; } = "";
    public IReadOnlyList<AwardVersionAuthority> Authorities => _authorities;
    public IReadOnlyList<AwardVersionDocument> Documents => _documents;
    public IReadOnlyList<AwardRule> Rules => _rules;

    public AwardTerms Terms => new(EffectiveFrom, Active, _authorities.Select(a => a.Authority).Order().ToList(), PrizeMultiple, CollectiveFactor,
        HouseholdFactor, _documents.Select(d => d.Document).Order().ToList(), ReportTemplate, QuotaPercent, QuotaBaseCode, VoteThresholdPercent, VoteBase,
        SecretBallot, NoticeWorkingDays, _rules.OrderBy(r => r.Position).Select(r => r.Spec).ToList(), Citation, CitationDocumentId, Note);
}

/// <summary>An office that decides the award under a version.</summary>
public sealed class AwardVersionAuthority : ITenantOwned
{
    private AwardVersionAuthority()
    {
    }

    internal AwardVersionAuthority(AwardKindVersion version, DecidingAuthority authority)
    {
        TenantId = version.TenantId;
        VersionId = version.Id;
        Authority = authority;
    }

    public Guid TenantId { get; private set; }
    public Guid VersionId { get; private set; }
    public DecidingAuthority Authority { get; private set; }
}

/// <summary>A document a dossier for the award must hold under a version.</summary>
public sealed class AwardVersionDocument : ITenantOwned
{
    private AwardVersionDocument()
    {
    }

    internal AwardVersionDocument(AwardKindVersion version, DossierDocument document)
    {
        TenantId = version.TenantId;
        VersionId = version.Id;
        Document = document;
    }

    public Guid TenantId { get; private set; }
    public Guid VersionId { get; private set; }
    public DossierDocument Document { get; private set; }
}
