using DanVan.Features.Documents;
using DanVan.Infrastructure.Word;

namespace DanVan.Tests.Features.Documents;

public sealed class Decree30Tests
{
    [Theory]
    [InlineData("Tỉnh Sông Trà (dữ liệu mẫu)", "Sông Trà")]
    [InlineData("Thành phố Huế", "Huế")]
    [InlineData("Ủy ban nhân dân tỉnh Quảng Ngãi", "Quảng Ngãi")]
    [InlineData("UBND xã Trà Bình", "Trà Bình")]
    [InlineData("Phường Nghĩa Lộ", "Nghĩa Lộ")]
    [InlineData("Sở Tư pháp", "")]
    [InlineData("Trường Chính trị", "")] // "chính trị" ends in "trị", no locality marker is a whole word
    public void The_place_is_the_locality_a_unit_names(string unit, string place) => Decree30.Place(unit).ShouldBe(place);

    [Fact]
    public void The_province_of_a_root_without_prefix_is_its_name() => Decree30.Province("Quảng Ngãi").ShouldBe("Quảng Ngãi");

    [Theory]
    [InlineData("Tỉnh Sông Trà (dữ liệu mẫu)", "UBND tỉnh Sông Trà")]
    [InlineData("Xã Trà Bình", "UBND xã Trà Bình")]
    [InlineData("Sở Nội vụ", "Sở Nội vụ")]
    public void A_locality_writes_through_its_peoples_committee(string unit, string issuer) => Decree30.PeoplesCommittee(unit).ShouldBe(issuer);

    [Fact]
    public void Days_below_ten_and_the_first_two_months_take_a_zero()
    {
        Decree30.DateLine("Sông Trà", new DateOnly(2026, 1, 5)).ShouldBe("Sông Trà, ngày 05 tháng 01 năm 2026");
        Decree30.DateLine("Sông Trà", new DateOnly(2026, 2, 28)).ShouldBe("Sông Trà, ngày 28 tháng 02 năm 2026");
        Decree30.DateLine("Sông Trà", new DateOnly(2025, 5, 9)).ShouldBe("Sông Trà, ngày 09 tháng 5 năm 2025");
        Decree30.DateLine("", new DateOnly(2025, 12, 26)).ShouldBe("ngày 26 tháng 12 năm 2025");
        Decree30.DraftDateLine("Huế", 2026).ShouldBe("Huế, ngày      tháng      năm 2026");
    }

    [Fact]
    public void The_issuer_of_a_peoples_committee_takes_two_lines() =>
        Decree30.IssuerLines("Ủy ban nhân dân tỉnh Sông Trà").ShouldBe(["ỦY BAN NHÂN DÂN", "TỈNH SÔNG TRÀ"]);

    [Fact]
    public void The_same_blocks_print_as_HTML_with_the_same_words()
    {
        var w = new WordWriter();
        Decree30.Header(w, ["ỦY BAN NHÂN DÂN", "TỈNH SÔNG TRÀ"], "Số: 01/QĐ-UBND", Decree30.DateLine("Sông Trà", new DateOnly(2025, 12, 30)));
        w.Add(WordParagraph.Of("<script>alert(1)</script>"));
        Decree30.Footer(w, ["Như Điều 3;"], "KT. CHỦ TỊCH", "Phó Chủ tịch", "Nguyễn Thanh Bình");
        var html = WordHtml.Render(w, "Quyết định", "DỰ THẢO");
        foreach (var line in WordWriter.Lines(w.ToBytes()).Where(l => l.Length > 0 && !l.Contains('<')))
        {
            System.Net.WebUtility.HtmlDecode(html).ShouldContain(line, Case.Sensitive, line);
        }

        html.ShouldNotContain("<script>");
        html.ShouldContain("&lt;script&gt;");
        html.ShouldContain("DỰ THẢO");
        html.ShouldContain("PHÓ CHỦ TỊCH");
    }
}
