using System.Globalization;
using DanVan.Features.Awards;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Council;

/// <summary>
/// The rule an item is voted under, copied from the award version in force on the session's date (the catalogue's
/// threshold, base, secrecy and citation). An award without a threshold of its own is voted by simple majority: more
/// than half of the members taking part (present, plus absent members' written opinions).
/// </summary>
public sealed record VoteRule(decimal ThresholdPercent, VoteBase Base, bool Strict, bool Secret, string Citation)
{
    public const string MajorityNote = "biểu quyết theo đa số (danh mục không quy định tỷ lệ riêng cho danh hiệu, hình thức này)";

    public static VoteRule Of(AwardKindVersion version) => version.VoteThresholdPercent is { } threshold
        ? new VoteRule(threshold, version.VoteBase, false, version.SecretBallot, version.Citation)
        : new VoteRule(50m, VoteBase.PresentMembers, true, version.SecretBallot, $"{version.Citation}; {MajorityNote}");

    /// <summary>"≥ 90 % tổng số thành viên Hội đồng" or "> 50 % số thành viên có mặt".</summary>
    public string Requirement => $"{(Strict ? ">" : "≥")} {Tally.Pct(ThresholdPercent)} % {Base.Label()}";
}

/// <summary>The counts of one item's ballots (phiếu phát ra, thu về, hợp lệ, đồng ý, không đồng ý, không biểu quyết).</summary>
public sealed record BallotCounts(int Issued, int Returned, int Valid, int Yes, int No, int Abstain)
{
    public const int Max = 10_000;

    /// <summary>The first way these counts do not add up, or null. <paramref name="eligible"/>: members not recused.</summary>
    public AppError? Check(int eligible)
    {
        if (new[] { Issued, Returned, Valid, Yes, No, Abstain }.Any(n => n is < 0 or > Max))
        {
            return CouncilErrors.Counts("Các số phiếu phải là số nguyên không âm.");
        }

        if (Issued > eligible)
        {
            return CouncilErrors.Counts($"Số phiếu phát ra ({Issued}) nhiều hơn số thành viên được biểu quyết ({eligible}).");
        }

        if (Returned > Issued)
        {
            return CouncilErrors.Counts($"Số phiếu thu về ({Returned}) nhiều hơn số phiếu phát ra ({Issued}).");
        }

        if (Valid > Returned)
        {
            return CouncilErrors.Counts($"Số phiếu hợp lệ ({Valid}) nhiều hơn số phiếu thu về ({Returned}).");
        }

        return Yes + No + Abstain != Valid
            ? CouncilErrors.Counts($"Đồng ý ({Yes}) + không đồng ý ({No}) + không biểu quyết ({Abstain}) = {Yes + No + Abstain}, khác số phiếu hợp lệ ({Valid}).")
            : null;
    }

    /// <summary>The fields in which two entries differ, named in Vietnamese with both values — never averaged.</summary>
    public IReadOnlyList<string> Differences(BallotCounts other)
    {
        var result = new List<string>();
        void Compare(string label, int a, int b)
        {
            if (a != b)
            {
                result.Add($"{label}: lần 1 = {a}, lần 2 = {b}");
            }
        }

        Compare("Số phiếu phát ra", Issued, other.Issued);
        Compare("Số phiếu thu về", Returned, other.Returned);
        Compare("Số phiếu hợp lệ", Valid, other.Valid);
        Compare("Đồng ý", Yes, other.Yes);
        Compare("Không đồng ý", No, other.No);
        Compare("Không biểu quyết", Abstain, other.Abstain);
        return result;
    }
}

/// <summary>Who could take part in an item: the council's size, recusals, attendance and written opinions.</summary>
public sealed record Turnout(int Members, int Recused, int PresentEligible, int WrittenOpinions)
{
    public int Eligible => Members - Recused;
}

/// <summary>An item's result: the counts, the base, the percentage, pass or fail and the sentence that explains it.</summary>
public sealed record Tally(BallotCounts Counts, int Base, decimal Percent, bool Passed, string Sentence)
{
    private static readonly CultureInfo Vn = CultureInfo.GetCultureInfo("vi-VN");

    /// <summary>A percentage as vi-VN writes it, at most two decimals: "88,88".</summary>
    public static string Pct(decimal value) => value.ToString("0.##", Vn);

    /// <summary>
    /// The base (ADR 0025): all members minus those recused for the item; members present (not recused) plus written
    /// opinions; or the valid ballots. The percentage is yes ÷ base × 100 rounded <b>down</b> to two decimals, for display
    /// only; pass or fail compares the exact integers (yes × 100 against threshold × base), so rounding never decides.
    /// </summary>
    public static Tally Compute(VoteRule rule, BallotCounts counts, Turnout turnout)
    {
        var (baseCount, explained) = rule.Base switch
        {
            VoteBase.AllMembers => (turnout.Eligible, turnout.Recused > 0
                ? $"{turnout.Members} thành viên, trừ {turnout.Recused} thành viên không tham gia biểu quyết nội dung này"
                : $"{turnout.Members} thành viên"),
            VoteBase.PresentMembers => (turnout.PresentEligible + turnout.WrittenOpinions,
                $"{turnout.PresentEligible} thành viên có mặt được biểu quyết, {turnout.WrittenOpinions} ý kiến bằng văn bản"),
            VoteBase.VotesCast => (counts.Valid, $"{counts.Valid} phiếu hợp lệ"),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
        var percent = baseCount == 0 ? 0m : Math.Round(counts.Yes * 100m / baseCount, 2, MidpointRounding.ToZero);
        var needed = rule.ThresholdPercent * baseCount;
        var passed = baseCount > 0 && (rule.Strict ? counts.Yes * 100m > needed : counts.Yes * 100m >= needed);
        var sentence = $"{counts.Yes}/{baseCount} phiếu đồng ý = {Pct(percent)} % {rule.Base.Label()} ({explained}); "
            + $"yêu cầu {rule.Requirement} — {(passed ? "ĐẠT" : "KHÔNG ĐẠT")}. "
            + "Tỷ lệ làm tròn xuống 2 chữ số thập phân; so sánh với ngưỡng bằng số chính xác. "
            + $"Căn cứ: {rule.Citation}.";
        return new Tally(counts, baseCount, percent, passed, sentence);
    }
}
