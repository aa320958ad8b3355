using System.Text;
using DanVan.Features.Demo;
using DanVan.Features.Documents;

namespace DanVan.Tests.Features.Documents;

public sealed class DocumentExtractorTests
{
    private static ExtractedDocument ExtractSeed(string name) => Extract(DemoSeeds.Read(name));

    private static ExtractedDocument Extract(string text)
    {
        var result = DocumentExtractor.Extract(text);
        result.Error.ShouldBeNull();
        return result.Value.ShouldNotBeNull();
    }

    /// <summary>Number | type | yyyy-MM-dd or empty | issuer or empty.</summary>
    private static void CitationsShouldBe(ExtractedDocument document, params string[] expected)
    {
        var actual = document.Citations
            .Select(c => $"{c.Number} | {c.Type} | {c.IssueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)} | {c.Issuer}")
            .ToArray();
        actual.ShouldBe(expected);
    }

    [Fact]
    public void Seeds_are_embedded_byte_for_byte()
    {
        foreach (var name in DemoSeeds.Names)
        {
            DemoSeeds.Read(name).Length.ShouldBeGreaterThan(1_000);
        }

        DemoSeeds.Read("003").ShouldStartWith("Từ khoá: Số Hiệu");
        Should.Throw<ArgumentException>(() => DemoSeeds.Read("999"));
    }

    [Fact]
    public void Seed_003_Quang_Ngai_plan_70_is_read_in_full()
    {
        var document = ExtractSeed("003");

        document.Number.ShouldBe("70/KH-UBND");
        document.Type.ShouldBe(DocumentType.Plan);
        document.Issuer.ShouldBe("Ủy ban nhân dân tỉnh Quảng Ngãi");
        document.Place.ShouldBe("Quảng Ngãi");
        document.IssueDate.ShouldBe(new DateOnly(2020, 6, 4));
        document.Title.ShouldBe("Phát động phong trào thi đua “Dân vận khéo” trong các cơ quan hành chính nhà nước");
        document.Signer.ShouldBe("Đặng Ngọc Dũng");
        document.SigningCapacity.ShouldBe("KT. Chủ tịch – Phó Chủ tịch");
        CitationsShouldBe(
            document,
            "16/CT-TTg | Directive | 2016-05-16 | Thủ tướng Chính phủ",
            "22-CT/TU | Directive | 2017-04-03 | Ban Thường vụ Tỉnh ủy",
            "4156-CV/TU | Letter | 2020-02-03 | Ban Thường vụ Tỉnh ủy",
            "120-KH/BDVTU-BCSĐUBND | Plan | 2020-01-15 | Ban Dân vận Tỉnh ủy và Ban Cán sự đảng UBND tỉnh",
            "05-CT/TW | Directive | 2016-05-15 | Bộ Chính trị",
            "436/QĐ-UBND | Decision | 2019-06-11 | UBND tỉnh",
            "91/2017/NĐ-CP | Decree | 2017-07-31 | Chính phủ");
        document.Citations[0].Text.ShouldBe("Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ");
        document.Citations[4].Text.ShouldBe("Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị khóa XII");
        document.Citations[6].Text.ShouldBe("Nghị định số 91/2017/NĐ-CP ngày 31/7/2017 của Chính phủ");
        document.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Seed_000_news_page_about_decision_1549_takes_its_number_from_the_source_line()
    {
        var document = ExtractSeed("000");

        document.Number.ShouldBe("1549/QĐ-UBND");
        document.Type.ShouldBe(DocumentType.Decision);
        document.Issuer.ShouldBe("UBND tỉnh");
        document.Place.ShouldBeNull();
        document.IssueDate.ShouldBe(new DateOnly(2021, 7, 8));
        document.Title.ShouldBe("Ủy ban nhân dân tỉnh phê duyệt “Kế hoạch phát động thi đua thực hiện công tác Dân vận của các cơ quan nhà nước năm 2021”");
        document.Signer.ShouldBeNull();
        document.SigningCapacity.ShouldBeNull();
        CitationsShouldBe(
            document,
            "114-KL/TW | Conclusion | 2015-07-14 | Ban Bí thư Trung ương Đảng",
            "03-ĐA/TU | Scheme | 2017-06-22 | Ban Thường vụ Tỉnh ủy",
            "05-CT/TW | Directive |  | ",
            "39-KH/BDVTU | Plan | 2021-06-21 | Ban Dân vận Tỉnh ủy");
        document.Citations[0].Text.ShouldBe("Kết luận số 114-KL/TW, ngày 14/7/2015 của Ban Bí thư Trung ương Đảng");
        document.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Seed_001_office_plan_has_no_number_of_its_own_but_cites_the_provincial_plan()
    {
        var document = ExtractSeed("001");

        document.Number.ShouldBeNull();
        document.Type.ShouldBeNull();
        document.Issuer.ShouldBeNull();
        document.Place.ShouldBeNull();
        document.IssueDate.ShouldBeNull();
        document.Title.ShouldBe("Phát động thi đua thực hiện “Năm Dân vận khéo” 2020");
        document.Signer.ShouldBeNull();
        document.SigningCapacity.ShouldBeNull();
        CitationsShouldBe(
            document,
            "622/KH-UBND | Plan | 2020-03-30 | UBND tỉnh Tây Ninh",
            "1553/KH-VP | Plan | 2020-03-11 | Văn phòng",
            "869-CV/ĐUK | Letter | 2020-03-18 | Ban Thường vụ Đảng ủy Khối Cơ quan và Doanh nghiệp tỉnh");
        document.Citations[1].Text.ShouldBe("Kế hoạch số 1553/KH-VP, ngày 11/3/2020 của Văn phòng");
        document.Warnings.ShouldContain("Không tìm thấy số, ký hiệu của chính văn bản.");
        document.Warnings.ShouldContain("Không tìm thấy ngày ban hành của văn bản.");
    }

    [Fact]
    public void Seed_002_plan_814_is_found_from_its_source_line_and_its_issuance_sentence()
    {
        var document = ExtractSeed("002");

        document.Number.ShouldBe("814/KH-UBND");
        document.Type.ShouldBe(DocumentType.Plan);
        document.Issuer.ShouldBe("UBND tỉnh");
        document.Place.ShouldBeNull();
        document.IssueDate.ShouldBe(new DateOnly(2021, 12, 28));
        document.Title.ShouldBe("An Giang: Triển khai thực hiện Chỉ thị của Thủ tướng Chính phủ về tiếp tục tăng cường và đổi mới công tác dân vận");
        document.Signer.ShouldBeNull();
        document.SigningCapacity.ShouldBeNull();
        CitationsShouldBe(
            document,
            "33/CT-TTg | Directive | 2021-11-26 | Thủ tướng Chính phủ",
            "01-KL/TW | Conclusion | 2021-05-18 | Bộ Chính trị",
            "217-QĐ/TW | Decision |  | ",
            "218-QĐ/TU | Decision | 2013-12-12 | Bộ Chính trị");
        document.Citations[0].Text.ShouldBe("Chỉ thị số 33/CT-TTg ngày 26 tháng 11 năm 2021 của Thủ tướng Chính phủ");
        document.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Seed_004_plan_1816_is_found_from_the_issuance_sentence()
    {
        var document = ExtractSeed("004");

        document.Number.ShouldBe("1816/KH-UBND");
        document.Type.ShouldBe(DocumentType.Plan);
        document.Issuer.ShouldBe("Chủ tịch UBND tỉnh Ninh Thuận");
        document.Place.ShouldBeNull();
        document.IssueDate.ShouldBe(new DateOnly(2019, 5, 3));
        document.Title.ShouldBe("Chủ tịch UBND tỉnh ban hành Kế hoạch tổ chức hội thi “Cán bộ, công chức cấp xã với công tác Dân vận chính quyền” năm 2019");
        document.Signer.ShouldBeNull();
        document.SigningCapacity.ShouldBeNull();
        CitationsShouldBe(document, "19/CT-UBND | Directive | 2016-08-26 | Chủ tịch Ủy ban nhân dân tỉnh");
        document.Warnings.ShouldBeEmpty();
    }

    [Fact]
    public void Decomposed_text_and_windows_line_breaks_give_the_same_result()
    {
        var seed = DemoSeeds.Read("003");
        var expected = ExtractSeed("003");

        var decomposed = Extract(seed.Normalize(NormalizationForm.FormD));
        var crlf = Extract(seed.Replace("\n", "\r\n", StringComparison.Ordinal));

        foreach (var other in new[] { decomposed, crlf })
        {
            other.Number.ShouldBe(expected.Number);
            other.Issuer.ShouldBe(expected.Issuer);
            other.IssueDate.ShouldBe(expected.IssueDate);
            other.Title.ShouldBe(expected.Title);
            other.Signer.ShouldBe(expected.Signer);
            other.SigningCapacity.ShouldBe(expected.SigningCapacity);
            other.Citations.ShouldBe(expected.Citations);
        }
    }

    [Fact]
    public void Clean_party_document()
    {
        const string text = """
            TỈNH ỦY QUẢNG NGÃI
            BAN DÂN VẬN
            *
            Số 39-KH/BDVTU

            ĐẢNG CỘNG SẢN VIỆT NAM

            Quảng Ngãi, ngày 21 tháng 6 năm 2021

            KẾ HOẠCH
            TRIỂN KHAI PHONG TRÀO THI ĐUA “DÂN VẬN KHÉO” NĂM 2021

            Căn cứ Kết luận số 114–KL/TW, ngày 14/7/2015 của Ban Bí thư Trung ương Đảng (khóa XI) về nâng cao hiệu quả;
            Căn cứ Luật số 06/2022/QH15 ngày 15/6/2022 của Quốc hội;

            Nơi nhận:
            - Như trên;
            - Lưu.
            T/M BAN THƯỜNG VỤ
            PHÓ BÍ THƯ

            Nguyễn Văn An
            """;

        var document = Extract(text);

        document.Number.ShouldBe("39-KH/BDVTU");
        document.Type.ShouldBe(DocumentType.Plan);
        document.Issuer.ShouldBe("Ban Dân vận");
        document.Place.ShouldBe("Quảng Ngãi");
        document.IssueDate.ShouldBe(new DateOnly(2021, 6, 21));
        document.Title.ShouldBe("Triển khai phong trào thi đua “Dân vận khéo” năm 2021");
        document.Signer.ShouldBe("Nguyễn Văn An");
        document.SigningCapacity.ShouldBe("T/M Ban Thường vụ – Phó Bí thư");
        CitationsShouldBe(
            document,
            "114-KL/TW | Conclusion | 2015-07-14 | Ban Bí thư Trung ương Đảng",
            "06/2022/QH15 | Law | 2022-06-15 | Quốc hội");
    }

    [Fact]
    public void Property_block_of_a_legal_database_page_is_a_fallback()
    {
        const string text = """
            Trang chủ > Văn bản pháp luật
            Số hiệu: 07/2023/QĐ-UBND Loại văn bản: Quyết định
            Nơi ban hành: Tỉnh Quảng Ngãi Người ký: Trần Hoàng Tuấn
            Ngày ban hành: 04-6-2023 Ngày hiệu lực: Đã biết
            """;

        var document = Extract(text);

        document.Number.ShouldBe("07/2023/QĐ-UBND");
        document.Type.ShouldBe(DocumentType.Decision);
        document.Issuer.ShouldBe("Tỉnh Quảng Ngãi");
        document.IssueDate.ShouldBe(new DateOnly(2023, 6, 4));
        document.Signer.ShouldBe("Trần Hoàng Tuấn");
        document.Citations.ShouldBeEmpty();
    }

    [Fact]
    public void Citations_are_deduplicated_by_number_and_later_occurrences_fill_gaps()
    {
        const string text = """
            Thực hiện Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ về công tác dân vận;
            nội dung của Chỉ thị số 33 / CT-TTg ngày 26/11/2021 và Chỉ thị 33/CT-TTg, ngày 26-11-2021 của Chính phủ.
            Kế hoạch số 5/KH-UBND; Kế hoạch số 05/KH-UBND ngày 04.6.2020 của UBND huyện; Công văn số 840/SNV-XDCQ&TCBC.
            """;

        var document = Extract(text);

        CitationsShouldBe(
            document,
            "33/CT-TTg | Directive | 2021-11-26 | Thủ tướng Chính phủ",
            "05/KH-UBND | Plan | 2020-06-04 | UBND huyện",
            "840/SNV-XDCQ&TCBC | Letter |  | ");
        document.Citations[0].Text.ShouldBe("Chỉ thị số 33/CT-TTg của Thủ tướng Chính phủ");
        document.Number.ShouldBeNull();
    }

    [Fact]
    public void Impossible_dates_are_ignored_with_a_warning()
    {
        const string text = """
            ỦY BAN NHÂN DÂN
            HUYỆN SƠN TỊNH

            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
            Độc lập - Tự do - Hạnh phúc

            Số: 12/KH-UBND

            Sơn Tịnh, ngày 31/02/2020

            KẾ HOẠCH
            THỬ NGHIỆM

            Thực hiện Kế hoạch số 5/KH-UBND ngày 31 tháng 2 năm 2020 của UBND tỉnh;
            """;

        var document = Extract(text);

        document.Number.ShouldBe("12/KH-UBND");
        document.Issuer.ShouldBe("Ủy ban nhân dân huyện Sơn Tịnh");
        document.IssueDate.ShouldBeNull();
        document.Warnings.ShouldContain(w => w.Contains("31/02/2020", StringComparison.Ordinal));
        document.Warnings.ShouldContain(w => w.Contains("31 tháng 2 năm 2020", StringComparison.Ordinal));
        CitationsShouldBe(document, "05/KH-UBND | Plan |  | UBND tỉnh");
    }

    [Theory]
    [InlineData("Xin chào, hôm nay trời đẹp")]
    [InlineData("Trang chủ\nGiới thiệu\nLiên hệ")]
    [InlineData("Kế hoạch số abc của ai đó")]
    public void Text_that_is_not_a_document_is_refused(string text)
    {
        var result = DocumentExtractor.Extract(text);

        result.Value.ShouldBeNull();
        result.Error.ShouldNotBeNull().Message.ShouldBe("Không nhận ra văn bản: không tìm thấy số, ký hiệu hay ngày ban hành.");
    }

    [Theory]
    [InlineData("")]
    [InlineData("  \n\t ")]
    public void Empty_text_is_refused(string text) =>
        DocumentExtractor.Extract(text).Error.ShouldNotBeNull().Code.ShouldBe("empty_text");

    [Fact]
    public void Text_over_the_limit_is_refused()
    {
        var result = DocumentExtractor.Extract("Số: 70/KH-UBND " + new string('x', 300_000));

        result.Error.ShouldNotBeNull().Code.ShouldBe("text_too_long");
        result.Error.Message.ShouldBe("Văn bản quá dài (300.015 ký tự); tối đa 200.000 ký tự.");
    }

    [Fact]
    public void A_garbage_tail_does_not_blow_up()
    {
        static string Garbage(int times) => string.Concat(Enumerable.Repeat("aaaa số 1/", times));
        var tail = Garbage(6_000) + "\nSố: 1/" + Garbage(1_000) + "\nKế hoạch số 1/" + Garbage(1_000)
                   + "ban hành Kế hoạch số 1/" + Garbage(1_000) + "\nnguồn 1/" + Garbage(1_000) + " ngày 1/1/" + Garbage(100);
        tail.Length.ShouldBeGreaterThan(100_000);
        var text = DemoSeeds.Read("003") + "\n" + tail;
        text.Length.ShouldBeLessThan(DocumentExtractor.MaxTextLength);

        var document = Extract(text);

        document.Number.ShouldBe("70/KH-UBND");
        document.Citations.Count.ShouldBe(7);
    }
}
