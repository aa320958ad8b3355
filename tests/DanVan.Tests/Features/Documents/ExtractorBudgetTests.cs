using System.Diagnostics;
using System.Globalization;
using System.Text;
using DanVan.Features.Demo;
using DanVan.Features.Documents;

namespace DanVan.Tests.Features.Documents;

/// <summary>
/// QUALITY.md "bounded work per request": the extractor's worst inputs. Each adversarial text just under the length
/// limit is read (or refused) well within a fixed budget, and the extractor stops when its caller gives up.
/// </summary>
public sealed class ExtractorBudgetTests
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(2);

    /// <summary>Repeats <paramref name="unit"/> after <paramref name="head"/> up to just under the extractor's limit.</summary>
    private static string Fill(string head, string unit, string tail = "")
    {
        var sb = new StringBuilder(head, DocumentExtractor.MaxTextLength);
        while (sb.Length + unit.Length + tail.Length <= DocumentExtractor.MaxTextLength)
        {
            sb.Append(unit);
        }

        return sb.Append(tail).ToString();
    }

    private static string ManyCitations(int count) => string.Concat(Enumerable.Range(1, count).Select(i =>
        string.Create(CultureInfo.InvariantCulture, $"Căn cứ Kế hoạch số {i}/KH-UBND ngày 01/02/2020 của Ủy ban nhân dân tỉnh;\n")));

    public static TheoryData<string, string> Adversarial => new()
    {
        // The security review's input: one "number" of 100,000 groups, cut back one group at a time.
        { "luat-dd", "Luật 1" + string.Concat(Enumerable.Repeat("/đ", 99_990)) },
        { "slashes", Fill("Kế hoạch số 1", "/1") },
        { "dashes", Fill("Chỉ thị 1", "-A") },
        { "spaced-slashes", Fill("Quyết định số 1", " / đ") },
        { "issuance-token", Fill("Ngày 01/02/2020, UBND tỉnh ban hành Kế hoạch số 1", "/KH") },
        { "source-token", Fill("nguồn: Kế hoạch 1", "/a") },
        { "bare-slashes", Fill("Kế hoạch số 1", "/") },
        { "number-lines", Fill("", "Số: 1" + string.Concat(Enumerable.Repeat("/đ", 40)) + "\n") },
        { "short-number-lines", Fill("", "Số: 1/đ\n") },
        { "citations", Fill("", "Căn cứ Kế hoạch số 1/KH-UBND ngày 01/02/2020 của Ủy ban nhân dân tỉnh;\n") },
        { "distinct-citations", ManyCitations(2_500) },
        { "one-long-line", Fill("", "Ngày 01/02/2020, Ủy ban nhân dân tỉnh ban hành Kế hoạch số 7/KH-UBND, ") },
        { "issuances-no-comma", Fill("", "Ủy ban nhân dân tỉnh đã ban hành Kế hoạch triển khai ") },
        { "source-lines", Fill("", "(nguồn: " + string.Concat(Enumerable.Repeat("1/a ", 400)) + ")\n") },
        { "impossible-dates", Fill("", "Kế hoạch số 5/KH-UBND ngày 31/02/2020; ") },
        { "signature-blocks", Fill("", "KT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n") },
        { "recipients", Fill("Số: 70/KH-UBND\n", "Nơi nhận:\n- Như trên;\n") },
        { "whitespace", Fill("Kế hoạch", " ", "số 70/KH-UBND") },
        { "mottos", Fill("", "ỦY BAN NHÂN DÂN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n") },
        { "capital-lines", Fill("KẾ HOẠCH\n", "VỀ VIỆC THI ĐUA\n") },
        { "properties", Fill("", "Số hiệu: 1/KH-UBND Loại văn bản: Kế hoạch Nơi ban hành: Tỉnh Người ký: A B\n") },
        { "places", Fill("", "Quảng Ngãi, ngày 04 tháng 6 năm 2020\n") },
        { "issuers", Fill("", "Kế hoạch số 9/KH-UBND của Ban Thường vụ Tỉnh ủy khóa XII khóa XII khóa XII ") },
    };

    [Theory]
    [MemberData(nameof(Adversarial))]
    public void An_adversarial_text_is_read_or_refused_within_the_budget(string shape, string text)
    {
        text.Length.ShouldBeLessThanOrEqualTo(DocumentExtractor.MaxTextLength, shape);
        DocumentExtractor.Extract("Số: 1/KH-UBND ngày 01/02/2020"); // warm: the regexes build their automata on first use

        var clock = Stopwatch.StartNew();
        var result = DocumentExtractor.Extract(text);
        clock.Stop();

        clock.Elapsed.ShouldBeLessThan(Limit, shape);
        (result.Value is not null || result.Error is not null).ShouldBeTrue(shape);
    }

    [Fact]
    public void The_reviewers_input_is_read_completely_not_cut_off_by_the_budget()
    {
        var text = "Luật 1" + string.Concat(Enumerable.Repeat("/đ", 99_990));

        var result = DocumentExtractor.Extract(text);

        // Linear work: the extractor finishes on its own (this text is no document), it is not stopped by the clock.
        result.Error.ShouldNotBeNull().Code.ShouldBe("not_a_document");
    }

    [Fact]
    public void Two_thousand_citations_are_all_read()
    {
        var document = DocumentExtractor.Extract("Số: 1/KH-STP\n" + ManyCitations(2_000)).Value.ShouldNotBeNull();

        document.Citations.Count.ShouldBe(2_000);
        document.Citations[1_999].Number.ShouldBe("2000/KH-UBND");
        document.Citations[1_999].Issuer.ShouldBe("Ủy ban nhân dân tỉnh");
    }

    [Fact]
    public void A_cancelled_caller_stops_the_extraction()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        Should.Throw<OperationCanceledException>(() => DocumentExtractor.Extract(DemoSeeds.Read("003"), cancelled.Token));
    }

    [Fact]
    public void The_limit_is_stated_once_in_the_message()
    {
        var result = DocumentExtractor.Extract(new string('a', DocumentExtractor.MaxTextLength + 1));

        result.Error.ShouldNotBeNull().Code.ShouldBe("text_too_long");
        result.Error.Message.ShouldContain(DocumentExtractor.MaxTextLength.ToString("N0", CultureInfo.GetCultureInfo("vi-VN")));
    }
}
