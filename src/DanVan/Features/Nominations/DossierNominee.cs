using DanVan.Features.Awards;
using DanVan.Features.Eligibility;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Nominations;

/// <summary>The achievement report's fields (báo cáo thành tích): position and unit, duties, the achievements, and the narrative.</summary>
public sealed record NomineeReport(string? Position, string? Duties, string? Achievements, string? Narrative)
{
    public const int FieldMax = 1000;
    public const int NarrativeMax = 8000;
}

/// <summary>
/// One nominee of a dossier: a person or a unit in the proposing unit's subtree, an award on offer (the version in force
/// on the proposal date), the achievement year, the proof sheet as stored rows (checks and their facts — taken when the
/// nominee is added and again on submission), and the achievement report, pre-filled from the sheet's facts.
/// </summary>
public sealed class DossierNominee : ITenantOwned
{
    public const int NameMax = 300;

    private readonly List<NomineeCheck> _checks = [];

    private DossierNominee()
    {
    }

    public DossierNominee(Guid tenantId, Guid dossierId, AwardKind kind, AwardKindVersion version, ProofSheet sheet, DateTime at)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        DossierId = dossierId;
        Subject = sheet.Nominee.Subject;
        PersonId = sheet.Nominee.Subject == AwardSubject.Individual ? sheet.Nominee.Id : null;
        SubjectUnitId = sheet.Nominee.Subject == AwardSubject.Individual ? null : sheet.Nominee.Id;
        Name = sheet.Nominee.Name.Length > NameMax ? sheet.Nominee.Name[..NameMax] : sheet.Nominee.Name;
        UnitName = sheet.Nominee.UnitName.Length > NameMax ? sheet.Nominee.UnitName[..NameMax] : sheet.Nominee.UnitName;
        AwardKindId = kind.Id;
        AwardName = kind.Name;
        VersionId = version.Id;
        Year = sheet.Year;
        ProposalDate = sheet.ProposalDate;
        Store(sheet, at);
        ReportPosition = Subject == AwardSubject.Individual ? Clip(sheet.Nominee.UnitName, NomineeReport.FieldMax) : null;
        ReportAchievements = Clip(string.Join("\n", sheet.Checks.SelectMany(c => c.Facts).Select(f => "- " + f.Text).Distinct()), NomineeReport.FieldMax);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid DossierId { get; private set; }

    /// <summary>The dossier's round, copied here so that the database itself holds "once per round and award" (a unique index).</summary>
    public Guid RoundId { get; private set; }

    /// <summary>When the dossier was withdrawn: the nominee no longer counts, and may be proposed again (the unique index skips it).</summary>
    public DateTime? WithdrawnAt { get; private set; }

    public AwardSubject Subject { get; private set; }
    public Guid? PersonId { get; private set; }
    public Guid? SubjectUnitId { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public Guid AwardKindId { get; private set; }
    public string AwardName { get; private set; } = "";
    public Guid VersionId { get; private set; }
    public int Year { get; private set; }
    public DateOnly ProposalDate { get; private set; }
    public Verdict Verdict { get; private set; }
    public DateTime EvaluatedAt { get; private set; }
    public string? ReportPosition { get; private set; }
    public string? ReportDuties { get; private set; }
    public string? ReportAchievements { get; private set; }
    public string? ReportNarrative { get; private set; }
    public IReadOnlyList<NomineeCheck> Checks => _checks;

    public Guid SubjectId => PersonId ?? SubjectUnitId!.Value;

    public bool SameAs(DossierNominee other) => other.SubjectId == SubjectId && other.AwardKindId == AwardKindId && other.Year == Year;

    /// <summary>Replaces the stored sheet with a fresh evaluation (on submission).</summary>
    public void Store(ProofSheet sheet, DateTime at)
    {
        _checks.Clear();
        foreach (var check in sheet.Checks)
        {
            _checks.Add(new NomineeCheck(TenantId, Id, check));
        }

        Verdict = sheet.Verdict;
        EvaluatedAt = at;
    }

    internal void PlaceIn(Guid roundId) => RoundId = roundId;

    internal void Withdraw(DateTime at) => WithdrawnAt ??= at;

    internal void SetReport(NomineeReport report)
    {
        ReportPosition = report.Position;
        ReportDuties = report.Duties;
        ReportAchievements = report.Achievements;
        ReportNarrative = report.Narrative;
    }

    private static string? Clip(string? text, int max) => string.IsNullOrWhiteSpace(text) ? null : text.Length > max ? text[..max] : text;
}

/// <summary>One stored rule check of a nominee's proof sheet, with its facts.</summary>
public sealed class NomineeCheck : ITenantOwned
{
    public const int TextMax = 1000;
    public const int CitationMax = AwardKindVersion.CitationMax;

    private readonly List<NomineeFact> _facts = [];

    private NomineeCheck()
    {
    }

    internal NomineeCheck(Guid tenantId, Guid nomineeId, RuleCheck check)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        NomineeId = nomineeId;
        Position = check.Position;
        Kind = check.Kind;
        Rule = Clip(check.Rule, TextMax);
        Verdict = check.Verdict;
        Finding = Clip(check.Finding, TextMax);
        Citation = Clip(check.Citation, CitationMax);
        AnyOfGroup = check.AnyOfGroup;
        var seq = 0;
        foreach (var fact in check.Facts)
        {
            _facts.Add(new NomineeFact(tenantId, Id, ++seq, Clip(fact.Text, TextMax), fact.Link is { Length: > NomineeFact.LinkMax } ? null : fact.Link));
        }
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid NomineeId { get; private set; }
    public int Position { get; private set; }
    public RuleKind Kind { get; private set; }
    public string Rule { get; private set; } = "";
    public Verdict Verdict { get; private set; }
    public string Finding { get; private set; } = "";
    public string Citation { get; private set; } = "";
    public int? AnyOfGroup { get; private set; }
    public IReadOnlyList<NomineeFact> Facts => _facts;

    public RuleCheck ToCheck() => new(Position, Kind, Rule, Verdict, Verdict.Label(), Finding,
        _facts.OrderBy(f => f.Seq).Select(f => new ProofFact(f.Text, f.Link)).ToList(), Citation, AnyOfGroup);

    internal static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}

/// <summary>One fact a stored check used: its text and link.</summary>
public sealed class NomineeFact : ITenantOwned
{
    public const int LinkMax = 300;

    private NomineeFact()
    {
    }

    internal NomineeFact(Guid tenantId, Guid checkId, int seq, string text, string? link)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CheckId = checkId;
        Seq = seq;
        Text = text;
        Link = link;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CheckId { get; private set; }
    public int Seq { get; private set; }
    public string Text { get; private set; } = "";
    public string? Link { get; private set; }
}
