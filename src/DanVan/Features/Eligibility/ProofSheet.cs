using DanVan.Features.Awards;

namespace DanVan.Features.Eligibility;

/// <summary>The outcome of a rule or of a whole sheet. "Cannot tell" is a state (missing data, shown in amber), never a silent fail. Stored by name.</summary>
public enum Verdict
{
    Pass,
    Fail,
    CannotTell,
}

public static class Verdicts
{
    public static string Label(this Verdict v) => v switch
    {
        Verdict.Pass => "Đạt",
        Verdict.Fail => "Không đạt",
        Verdict.CannotTell => "Chưa xác định được",
        _ => throw new ArgumentOutOfRangeException(nameof(v)),
    };

    /// <summary>The Bootstrap colour of a verdict (amber for "cannot tell").</summary>
    public static string Css(this Verdict v) => v switch
    {
        Verdict.Pass => "success",
        Verdict.Fail => "danger",
        _ => "warning",
    };

    /// <summary>
    /// Several verdicts combined, stated once: any fail fails; otherwise any "cannot tell" cannot tell; otherwise pass.
    /// An either-or group combines the other way round (<see cref="AnyOf"/>).
    /// </summary>
    public static Verdict All(IEnumerable<Verdict> verdicts)
    {
        var list = verdicts.ToList();
        return list.Contains(Verdict.Fail) ? Verdict.Fail : list.Contains(Verdict.CannotTell) ? Verdict.CannotTell : Verdict.Pass;
    }

    /// <summary>An either-or group ("đạt một trong"): any pass passes; all fail fails; otherwise "cannot tell".</summary>
    public static Verdict AnyOf(IEnumerable<Verdict> verdicts)
    {
        var list = verdicts.ToList();
        return list.Contains(Verdict.Pass) ? Verdict.Pass : list.All(v => v == Verdict.Fail) ? Verdict.Fail : Verdict.CannotTell;
    }
}

/// <summary>A fact a verdict used: what it says, and where to see it (the rating, the decision, the model).</summary>
public sealed record ProofFact(string Text, string? Link = null);

/// <summary>
/// One rule of the award, evaluated: the rule as a sentence, the verdict, the finding in words ("Năm 2024: Hoàn thành
/// tốt nhiệm vụ — thấp hơn mức yêu cầu"), the facts with links, and the legal source.
/// </summary>
public sealed record RuleCheck(int Position, RuleKind Kind, string Rule, Verdict Verdict, string VerdictLabel, string Finding,
    IReadOnlyList<ProofFact> Facts, string Citation, int? AnyOfGroup);

/// <summary>Who a sheet is for: a person (with their unit) or a unit.</summary>
public sealed record Nominee(AwardSubject Subject, Guid Id, string Name, Guid UnitId, string UnitName, string Link);

/// <summary>
/// The proof sheet (bảng kiểm tra tiêu chuẩn, issue 14 §2): a nominee against one dated version of an award for an
/// achievement year, rule by rule. <see cref="Decisive"/> is the first rule that makes the sheet fail (or, when none
/// fails, the first that cannot be told) — the one line a list shows. With a movement, its checkable standards are
/// among the checks and <see cref="JudgedByPeople"/> lists the others (not part of the verdict).
/// </summary>
public sealed record ProofSheet(Nominee Nominee, Guid AwardKindId, string AwardCode, string AwardName, Guid VersionId, int VersionNumber,
    DateOnly VersionFrom, string VersionCitation, int Year, DateOnly ProposalDate, Verdict Verdict, string VerdictLabel, IReadOnlyList<RuleCheck> Checks,
    string? MovementName = null, IReadOnlyList<string>? JudgedByPeople = null)
{
    public RuleCheck? Decisive => Verdict == Verdict.Pass ? null
        : Checks.FirstOrDefault(c => c.Verdict == Verdict && (c.AnyOfGroup is null || GroupVerdict(c.AnyOfGroup.Value) == Verdict));

    /// <summary>The verdict of an either-or group on this sheet.</summary>
    public Verdict GroupVerdict(int group) => Verdicts.AnyOf(Checks.Where(c => c.AnyOfGroup == group).Select(c => c.Verdict));

    /// <summary>The whole sheet's verdict from its checks (ungrouped rules all, each group any-of), stated once.</summary>
    public static Verdict Combine(IReadOnlyList<RuleCheck> checks) => Verdicts.All(
        checks.Where(c => c.AnyOfGroup is null).Select(c => c.Verdict)
            .Concat(checks.Where(c => c.AnyOfGroup is not null).GroupBy(c => c.AnyOfGroup).Select(g => Verdicts.AnyOf(g.Select(c => c.Verdict)))));
}
