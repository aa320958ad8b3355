using DanVan.Features.Documents;
using DanVan.Features.Documents.Extraction;

namespace DanVan.Tests.Features.Documents.Extraction;

/// <summary>Each reader of the extractor on its own, on the shapes it must handle (one table per reader).</summary>
public sealed class ReaderTests
{
    private static ExtractionPage Page(string text) => ExtractionPage.Of(text, CancellationToken.None);

    [Theory]
    [InlineData("Số: 70/KH-UBND", "70/KH-UBND")]
    [InlineData("Số 37-HD/BTGDVTW", "37-HD/BTGDVTW")]
    [InlineData("Số: 9476 /BNNMT-CNTY", "9476/BNNMT-CNTY")]
    [InlineData("Số:\n1234/QĐ-BNV", "1234/QĐ-BNV")]
    [InlineData("Luật số: 72/2025/QH15", "72/2025/QH15")]
    [InlineData("Nghị quyết số: 35/2023/UBTVQH15", "35/2023/UBTVQH15")]
    [InlineData("Số: 76/2025/UBTVQH15", "76/2025/UBTVQH15")]
    [InlineData("Sở Nội vụ", null)]
    public void NumberReader_finds_the_number_line(string text, string? expected) =>
        (NumberReader.FindNumberLine(Page(text))?.Format()).ShouldBe(expected);

    [Theory]
    [InlineData("Quảng Ngãi, ngày 04 tháng 6 năm 2020", "Quảng Ngãi", "2020-06-04")]
    [InlineData("Hà Nội, ngày 24\ntháng 11 năm 2025", "Hà Nội", "2025-11-24")]
    [InlineData("Hà Nội, ngày\n24 tháng 11 năm 2025", "Hà Nội", "2025-11-24")]
    [InlineData("V/v tăng cường\nHà\nNội, ngày 05 tháng 12 năm 2025", "Hà Nội", "2025-12-05")]
    [InlineData("Số: 70/KH-UBND Quảng Ngãi, ngày 04/6/2020", "Quảng Ngãi", "2020-06-04")]
    [InlineData("VIỆT NAM\nHà Nội, ngày 28 tháng 02 năm 2025", "Hà Nội", "2025-02-28")]
    public void PlaceDateReader_joins_broken_lines(string text, string place, string date)
    {
        var (p, d) = PlaceDateReader.FindPlaceDate(Page(text));
        p.ShouldBe(place);
        d.ShouldBe(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban nhân dân tỉnh Quảng Ngãi", null)]
    [InlineData("BỘ TÀI CHÍNH\nCỤC THUẾ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Cục Thuế", "Bộ Tài chính")]
    [InlineData("BỘ NÔNG NGHIỆP\nVÀ MÔI TRƯỜNG\n-----\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bộ Nông nghiệp và Môi trường", null)]
    [InlineData("BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\n*\nSố 37-HD/BTGDVTW\nĐẢNG CỘNG SẢN\nVIỆT NAM", "Ban Tuyên giáo và Dân vận", "Ban Chấp hành Trung ương")]
    [InlineData("Trang 1THỦ TƯỚNG CHÍNH PHỦ\n-------\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA\nVIỆT NAM", "Thủ tướng Chính phủ", null)]
    [InlineData("ỦY BAN THƯỜNG VỤ QUỐC HỘI\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Ủy ban Thường vụ Quốc hội", null)]
    public void IssuerReader_reads_the_header_block(string text, string issuer, string? parent)
    {
        var page = Page(text);
        var (i, p) = IssuerReader.HeaderIssuer(page, IssuerReader.FindMotto(page));
        i.ShouldBe(issuer);
        p.ShouldBe(parent);
    }

    [Theory]
    [InlineData("Nơi nhận:\n- Như trên;\n- Lưu: VT.\nKT. BỘ TRƯỞNG\nTHỨ TRƯỞNG\n\n\nLê Minh Khoa", "Lê Minh Khoa", "KT. Bộ trưởng – Thứ trưởng")]
    [InlineData("Nơi nhận:\n- Lưu.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n\nPhạm Quang Vinh", "Phạm Quang Vinh", "KT. Trưởng ban – Phó Trưởng ban")]
    [InlineData("Nơi nhận:\n- Lưu.\nKT. CỤC TRƯỞNG\nPHÓ CỤC TRƯỞNG\n\nVũ Thị Thanh Hà", "Vũ Thị Thanh Hà", "KT. Cục trưởng – Phó Cục trưởng")]
    [InlineData("… thông qua ngày 14 tháng 6 năm 2025.\n\nCHỦ TỊCH QUỐC HỘI\n\n\nNguyễn Hữu Thành", "Nguyễn Hữu Thành", "Chủ tịch Quốc hội")]
    public void SignatureReader_reads_capacity_and_signer(string text, string signer, string capacity)
    {
        var (s, c) = SignatureReader.FindSignature(Page(text));
        s.ShouldBe(signer);
        c.ShouldBe(capacity);
    }

    [Theory]
    [InlineData("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15 tháng 6 năm 2022;", "06/2022/QH15", DocumentType.Law, "2022-06-15")]
    [InlineData("Căn cứ Báo cáo số 118/BC-BPC ngày 25/9/2025 của Ban Pháp chế;", "118/BC-BPC", DocumentType.Report, "2025-09-25")]
    [InlineData("trên cơ sở phương án 728/PA-UBND đã được phê duyệt", "728/PA-UBND", DocumentType.Option, null)]
    [InlineData("theo Nghị quyết số 203/2025/QH15;", "203/2025/QH15", DocumentType.Resolution, null)]
    [InlineData("Thông tri số 04-TT/TW ngày 10/6/2025 của Ban Bí thư", "04-TT/TW", DocumentType.Instruction, "2025-06-10")]
    public void CitationReader_reads_citations(string text, string number, DocumentType type, string? date)
    {
        var page = Page(text);
        var reference = CitationReader.FindReferences(page).ShouldHaveSingleItem();
        reference.Number.Format().ShouldBe(number);
        reference.Type.ShouldBe(type);
        reference.Date.ShouldBe(date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Theory]
    [InlineData("Số: 4123/CT-CS\nV/v chính sách thuế", DocumentType.Letter)]
    [InlineData("Số: 4123/CT-CS\nKính gửi: Thuế tỉnh Bắc Ninh.", DocumentType.Letter)]
    [InlineData("Số: 19/CT-UBND\nCHỈ THỊ", null)]
    [InlineData("Số: 840/SNV-XDCQ\nV/v hướng dẫn", null)]
    public void TypeReader_takes_a_letter_by_its_layout(string text, DocumentType? expected)
    {
        var page = Page(text);
        TypeReader.LetterByLayout(page, NumberReader.FindNumberLine(page)).ShouldBe(expected);
    }

    [Theory]
    [InlineData("ngày 04/6/2020", "2020-06-04")]
    [InlineData("ngày 04 tháng 6 năm 2020", "2020-06-04")]
    [InlineData("04-6-2020", "2020-06-04")]
    [InlineData("04.06.2020", "2020-06-04")]
    public void DateReader_reads_written_dates(string text, string expected) =>
        DateReader.DateOf(Page(text), text).ShouldBe(DateOnly.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Fact]
    public void DateReader_warns_of_a_date_that_does_not_exist()
    {
        var page = Page("31/02/2020");
        DateReader.DateOf(page, "31/02/2020").ShouldBeNull();
        page.Warnings.ShouldHaveSingleItem().ShouldContain("không tồn tại");
    }

    [Theory]
    [InlineData("Trang 1THỦ TƯỚNG", "THỦ TƯỚNG")]
    [InlineData("Trang 12", "")]
    [InlineData("Trang chủ", "Trang chủ")]
    [InlineData("Trang 3 của tài liệu", "Trang 3 của tài liệu")]
    public void Page_markers_are_dropped(string line, string expected) =>
        ExtractionPage.WithoutPageMarker(line).ShouldBe(expected);

    [Theory]
    [InlineData("Số hiệu: 70/KH-UBND Loại văn bản: Kế hoạch", "Số hiệu:", "70/KH-UBND")]
    [InlineData("Số hiệu: 70/KH-UBND Loại văn bản: Kế hoạch", "Loại văn bản:", "Kế hoạch")]
    public void PropertyReader_reads_portal_properties(string text, string label, string value) =>
        PropertyReader.ReadProperties(Page(text))[label].ShouldBe(value);

    [Theory]
    [InlineData("70/KH-UBND - nội dung", "70/KH-UBND")]
    [InlineData("33/CT-TTg", "33/CT-TTg")]
    [InlineData("24/11/2025", null)]
    public void NumberTokens_cut_back_to_a_number(string token, string? expected) =>
        (NumberTokens.ParseToken(token)?.Format()).ShouldBe(expected);
}
