using DanVan.Features.Documents;

namespace DanVan.Tests.Features.Documents;

public sealed class DocumentTypesTests
{
    [Theory]
    [InlineData(DocumentType.Plan, "Kế hoạch", "KH")]
    [InlineData(DocumentType.Decision, "Quyết định", "QĐ")]
    [InlineData(DocumentType.Directive, "Chỉ thị", "CT")]
    [InlineData(DocumentType.Decree, "Nghị định", "NĐ")]
    [InlineData(DocumentType.Circular, "Thông tư", "TT")]
    [InlineData(DocumentType.Resolution, "Nghị quyết", "NQ")]
    [InlineData(DocumentType.Submission, "Tờ trình", "TTr")]
    [InlineData(DocumentType.Programme, "Chương trình", "CTr")]
    [InlineData(DocumentType.Regulation, "Quy định", "QyĐ")]
    [InlineData(DocumentType.Rules, "Quy chế", "QC")]
    [InlineData(DocumentType.Scheme, "Đề án", "ĐA")]
    [InlineData(DocumentType.Project, "Dự án", "DA")]
    [InlineData(DocumentType.Conclusion, "Kết luận", "KL")]
    [InlineData(DocumentType.Dispatch, "Công điện", "CĐ")]
    [InlineData(DocumentType.Invitation, "Giấy mời", "GM")]
    [InlineData(DocumentType.Law, "Luật", null)]
    [InlineData(DocumentType.Letter, "Công văn", null)]
    [InlineData(DocumentType.Other, "Khác", null)]
    [InlineData(DocumentType.Option, "Phương án", "PA")]
    [InlineData(DocumentType.Instruction, "Thông tri", null)]
    [InlineData(DocumentType.Ordinance, "Pháp lệnh", null)]
    public void Label_and_abbreviation(DocumentType type, string label, string? abbreviation)
    {
        DocumentTypes.Label(type).ShouldBe(label);
        DocumentTypes.Abbreviation(type).ShouldBe(abbreviation);
    }

    [Fact]
    public void Every_type_has_a_label_and_every_abbreviation_maps_back_to_its_type()
    {
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            DocumentTypes.Label(type).ShouldNotBeNullOrWhiteSpace();
            if (DocumentTypes.Abbreviation(type) is { } abbreviation)
            {
                DocumentTypes.FromAbbreviation(abbreviation).ShouldBe(type);
            }

            if (type != DocumentType.Other)
            {
                DocumentTypes.FromWord(DocumentTypes.Label(type)).ShouldBe(type);
            }
        }
    }

    [Theory]
    [InlineData("CV", DocumentType.Letter)]
    [InlineData("NQ", DocumentType.Resolution)]
    [InlineData("TTr", DocumentType.Submission)]
    [InlineData("CTr", DocumentType.Programme)]
    [InlineData("QyĐ", DocumentType.Regulation)]
    [InlineData("kh", DocumentType.Plan)]
    [InlineData("qđ", DocumentType.Decision)]
    [InlineData("TTR", null)]
    [InlineData("ttr", null)]
    [InlineData("QYĐ", null)]
    [InlineData("QD", null)]
    [InlineData("UBND", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void FromAbbreviation_is_case_sensitive_for_the_mixed_case_codes(string? abbreviation, DocumentType? expected) =>
        DocumentTypes.FromAbbreviation(abbreviation).ShouldBe(expected);

    [Theory]
    [InlineData("TT", DocumentType.Instruction)]
    [InlineData("QĐi", DocumentType.Regulation)]
    [InlineData("QĐ", DocumentType.Decision)]
    [InlineData("KL", DocumentType.Conclusion)]
    [InlineData("NQ", DocumentType.Resolution)]
    [InlineData("CT", DocumentType.Directive)]
    [InlineData("HD", DocumentType.Guidance)]
    [InlineData("KH", DocumentType.Plan)]
    [InlineData("BC", DocumentType.Report)]
    [InlineData("TTr", DocumentType.Submission)]
    [InlineData("TB", DocumentType.Notice)]
    [InlineData("CV", DocumentType.Letter)]
    [InlineData("QyĐ", null)]
    [InlineData("NĐ", null)]
    public void Party_codes_are_the_Partys_own(string code, DocumentType? expected)
    {
        DocumentTypes.FromPartyAbbreviation(code).ShouldBe(expected);
        if (expected is { } type)
        {
            DocumentTypes.FromPartyAbbreviation(DocumentTypes.PartyAbbreviation(type)).ShouldBe(type);
        }
    }

    [Theory]
    // Every type abbreviation of Decree 30/2020 Appendix III (and the copies) is known, so "NUM/CODE-ISSUER" is not read as a letter.
    [InlineData("NQ")] [InlineData("QĐ")] [InlineData("CT")] [InlineData("QC")] [InlineData("QyĐ")] [InlineData("TC")]
    [InlineData("TB")] [InlineData("HD")] [InlineData("CTr")] [InlineData("KH")] [InlineData("PA")] [InlineData("ĐA")]
    [InlineData("DA")] [InlineData("BC")] [InlineData("BB")] [InlineData("TTr")] [InlineData("HĐ")] [InlineData("CĐ")]
    [InlineData("BGN")] [InlineData("BTT")] [InlineData("GUQ")] [InlineData("GM")] [InlineData("GGT")] [InlineData("GNP")]
    [InlineData("PG")] [InlineData("PC")] [InlineData("PB")] [InlineData("SY")] [InlineData("TrS")] [InlineData("SL")]
    public void Every_appendix_III_code_is_known(string code) =>
        DocumentNumber.Parse($"05/{code}-UBND").Value.ShouldNotBeNull().Form.ShouldBe(DocumentNumberForm.StateAdministrative);

    [Theory]
    [InlineData("Kế hoạch", DocumentType.Plan)]
    [InlineData("KẾ HOẠCH", DocumentType.Plan)]
    [InlineData("ke hoach", DocumentType.Plan)]
    [InlineData("  Kế   hoạch ", DocumentType.Plan)]
    [InlineData("Chỉ thị", DocumentType.Directive)]
    [InlineData("Công văn", DocumentType.Letter)]
    [InlineData("Nghị định", DocumentType.Decree)]
    [InlineData("QUYẾT ĐỊNH", DocumentType.Decision)]
    [InlineData("Kết luận", DocumentType.Conclusion)]
    [InlineData("Đề án", DocumentType.Scheme)]
    [InlineData("Nghị quyết", DocumentType.Resolution)]
    [InlineData("Thông tư", DocumentType.Circular)]
    [InlineData("Thông tư liên tịch", DocumentType.Circular)]
    [InlineData("Hướng dẫn", DocumentType.Guidance)]
    [InlineData("Luật", DocumentType.Law)]
    [InlineData("LUẬT", DocumentType.Law)]
    [InlineData("Quy định", DocumentType.Regulation)]
    [InlineData("Quy chế", DocumentType.Rules)]
    [InlineData("Thông tri", DocumentType.Instruction)]
    [InlineData("Pháp lệnh", DocumentType.Ordinance)]
    [InlineData("Phương án", DocumentType.Option)]
    [InlineData("Khác", null)]
    [InlineData("Xin chào", null)]
    [InlineData("", null)]
    public void FromWord_ignores_case_and_diacritics(string word, DocumentType? expected) =>
        DocumentTypes.FromWord(word).ShouldBe(expected);
}
