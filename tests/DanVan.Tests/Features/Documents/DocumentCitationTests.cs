using DanVan.Features.Documents;

namespace DanVan.Tests.Features.Documents;

public sealed class DocumentCitationTests
{
    [Theory]
    [InlineData(DocumentType.Plan, "70/KH-UBND", "2020-06-04", "Ủy ban nhân dân tỉnh Quảng Ngãi", "Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Ủy ban nhân dân tỉnh Quảng Ngãi")]
    [InlineData(DocumentType.Directive, "16/CT-TTg", "2016-05-16", "Thủ tướng Chính phủ", "Chỉ thị số 16/CT-TTg ngày 16/5/2016 của Thủ tướng Chính phủ")]
    [InlineData(DocumentType.Decision, "09/QĐ-UBND", "2025-01-08", "Ủy ban nhân dân tỉnh", "Quyết định số 09/QĐ-UBND ngày 08/01/2025 của Ủy ban nhân dân tỉnh")]
    [InlineData(DocumentType.Decree, "152/2025/NĐ-CP", "2025-06-14", "Chính phủ", "Nghị định số 152/2025/NĐ-CP ngày 14/6/2025 của Chính phủ")]
    [InlineData(DocumentType.Guidance, "37-HD/BTGDVTW", "2025-02-28", "Ban Tuyên giáo và Dân vận Trung ương", "Hướng dẫn số 37-HD/BTGDVTW ngày 28/02/2025 của Ban Tuyên giáo và Dân vận Trung ương")]
    [InlineData(DocumentType.Report, "118/BC-BPC", "2025-12-31", "Ban Pháp chế", "Báo cáo số 118/BC-BPC ngày 31/12/2025 của Ban Pháp chế")]
    [InlineData(DocumentType.Law, "06/2022/QH15", "2022-06-15", "Quốc hội", "Luật số 06/2022/QH15 ngày 15/6/2022")]
    [InlineData(DocumentType.Plan, "70/KH-UBND", null, "UBND tỉnh", "Kế hoạch số 70/KH-UBND của UBND tỉnh")]
    [InlineData(DocumentType.Plan, "70/KH-UBND", "2020-10-10", "", "Kế hoạch số 70/KH-UBND ngày 10/10/2020")]
    public void Cites_as_administrative_writing_does(DocumentType type, string number, string? date, string issuer, string expected) =>
        DocumentCitation.Format(type, number, date is null ? null : DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), issuer)
            .ShouldBe(expected);
}
