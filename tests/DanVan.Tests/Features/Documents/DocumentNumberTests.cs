using DanVan.Features.Documents;
using FsCheck;
using FsCheck.Fluent;

namespace DanVan.Tests.Features.Documents;

public sealed class DocumentNumberTests
{
    [Theory]
    // State administrative documents: NUM/TYPE-ISSUER(-UNIT)*
    [InlineData("70/KH-UBND", DocumentNumberForm.StateAdministrative, "KH", "UBND", 0, DocumentType.Plan)]
    [InlineData("1549/QĐ-UBND", DocumentNumberForm.StateAdministrative, "QĐ", "UBND", 0, DocumentType.Decision)]
    [InlineData("1553/KH-VP", DocumentNumberForm.StateAdministrative, "KH", "VP", 0, DocumentType.Plan)]
    [InlineData("436/QĐ-UBND", DocumentNumberForm.StateAdministrative, "QĐ", "UBND", 0, DocumentType.Decision)]
    [InlineData("622/KH-UBND", DocumentNumberForm.StateAdministrative, "KH", "UBND", 0, DocumentType.Plan)]
    [InlineData("814/KH-UBND", DocumentNumberForm.StateAdministrative, "KH", "UBND", 0, DocumentType.Plan)]
    [InlineData("1816/KH-UBND", DocumentNumberForm.StateAdministrative, "KH", "UBND", 0, DocumentType.Plan)]
    [InlineData("19/CT-UBND", DocumentNumberForm.StateAdministrative, "CT", "UBND", 0, DocumentType.Directive)]
    [InlineData("16/CT-TTg", DocumentNumberForm.StateAdministrative, "CT", "TTg", 0, DocumentType.Directive)]
    [InlineData("33/CT-TTg", DocumentNumberForm.StateAdministrative, "CT", "TTg", 0, DocumentType.Directive)]
    [InlineData("125/NQ-CP", DocumentNumberForm.StateAdministrative, "NQ", "CP", 0, DocumentType.Resolution)]
    [InlineData("12/TTr-SNV", DocumentNumberForm.StateAdministrative, "TTr", "SNV", 0, DocumentType.Submission)]
    [InlineData("05/CTr-UBND", DocumentNumberForm.StateAdministrative, "CTr", "UBND", 0, DocumentType.Programme)]
    [InlineData("03/QyĐ-UBND", DocumentNumberForm.StateAdministrative, "QyĐ", "UBND", 0, DocumentType.Regulation)]
    [InlineData("45/QĐ-UBND-NC", DocumentNumberForm.StateAdministrative, "QĐ", "UBND,NC", 0, DocumentType.Decision)]
    [InlineData("08/PA-UBND", DocumentNumberForm.StateAdministrative, "PA", "UBND", 0, DocumentType.Option)]
    [InlineData("728/PA-UBND", DocumentNumberForm.StateAdministrative, "PA", "UBND", 0, DocumentType.Option)]
    [InlineData("118/BC-BPC", DocumentNumberForm.StateAdministrative, "BC", "BPC", 0, DocumentType.Report)]
    [InlineData("3621/QĐ-BYT", DocumentNumberForm.StateAdministrative, "QĐ", "BYT", 0, DocumentType.Decision)]
    [InlineData("12/HĐ-UBND", DocumentNumberForm.StateAdministrative, "HĐ", "UBND", 0, DocumentType.Other)]
    [InlineData("05/PC-VP", DocumentNumberForm.StateAdministrative, "PC", "VP", 0, DocumentType.Other)]
    [InlineData("03/SY-UBND", DocumentNumberForm.StateAdministrative, "SY", "UBND", 0, DocumentType.Other)]
    [InlineData("02/TrS-UBND", DocumentNumberForm.StateAdministrative, "TrS", "UBND", 0, DocumentType.Other)]
    [InlineData("01/SL-VP", DocumentNumberForm.StateAdministrative, "SL", "VP", 0, DocumentType.Other)]
    [InlineData("07/PG-VP", DocumentNumberForm.StateAdministrative, "PG", "VP", 0, DocumentType.Other)]
    [InlineData("07/PB-VP", DocumentNumberForm.StateAdministrative, "PB", "VP", 0, DocumentType.Other)]
    [InlineData("1024/CT-CS", DocumentNumberForm.StateAdministrative, "CT", "CS", 0, DocumentType.Directive)]
    // State letters: NUM/ISSUER(-UNIT)+
    [InlineData("840/SNV-XDCQ&TCBC", DocumentNumberForm.StateLetter, null, "SNV,XDCQ&TCBC", 0, DocumentType.Letter)]
    [InlineData("7585/BNV-TL", DocumentNumberForm.StateLetter, null, "BNV,TL", 0, DocumentType.Letter)]
    [InlineData("1234/UBND-NC", DocumentNumberForm.StateLetter, null, "UBND,NC", 0, DocumentType.Letter)]
    // Normative documents: NUM/YEAR/TYPE-ISSUER
    [InlineData("91/2017/NĐ-CP", DocumentNumberForm.Normative, "NĐ", "CP", 2017, DocumentType.Decree)]
    [InlineData("98/2023/NĐ-CP", DocumentNumberForm.Normative, "NĐ", "CP", 2023, DocumentType.Decree)]
    [InlineData("152/2025/NĐ-CP", DocumentNumberForm.Normative, "NĐ", "CP", 2025, DocumentType.Decree)]
    [InlineData("07/2023/QĐ-UBND", DocumentNumberForm.Normative, "QĐ", "UBND", 2023, DocumentType.Decision)]
    [InlineData("15/2025/TT-BNV", DocumentNumberForm.Normative, "TT", "BNV", 2025, DocumentType.Circular)]
    [InlineData("01/2014/TTLT-BNV-BTC", DocumentNumberForm.Normative, "TTLT", "BNV,BTC", 2014, DocumentType.Circular)]
    // Laws: NUM/YEAR/QH<term>
    // A law or a resolution of the National Assembly: the text says which, not the number.
    [InlineData("06/2022/QH15", DocumentNumberForm.Law, null, "QH15", 2022, null)]
    [InlineData("202/2025/QH15", DocumentNumberForm.Law, null, "QH15", 2025, null)]
    [InlineData("72/2025/QH15", DocumentNumberForm.Law, null, "QH15", 2025, null)]
    // The National Assembly Standing Committee: a resolution or an ordinance.
    [InlineData("35/2023/UBTVQH15", DocumentNumberForm.StandingCommittee, null, "UBTVQH15", 2023, null)]
    [InlineData("1656/2025/UBTVQH15", DocumentNumberForm.StandingCommittee, null, "UBTVQH15", 2025, null)]
    // Party documents: NUM-TYPE/ISSUER(-ISSUER)*
    [InlineData("114-KL/TW", DocumentNumberForm.Party, "KL", "TW", 0, DocumentType.Conclusion)]
    [InlineData("39-KH/BDVTU", DocumentNumberForm.Party, "KH", "BDVTU", 0, DocumentType.Plan)]
    [InlineData("4156-CV/TU", DocumentNumberForm.Party, "CV", "TU", 0, DocumentType.Letter)]
    [InlineData("869-CV/ĐUK", DocumentNumberForm.Party, "CV", "ĐUK", 0, DocumentType.Letter)]
    [InlineData("120-KH/BDVTU-BCSĐUBND", DocumentNumberForm.Party, "KH", "BDVTU,BCSĐUBND", 0, DocumentType.Plan)]
    [InlineData("22-CT/TU", DocumentNumberForm.Party, "CT", "TU", 0, DocumentType.Directive)]
    [InlineData("05-CT/TW", DocumentNumberForm.Party, "CT", "TW", 0, DocumentType.Directive)]
    [InlineData("03-ĐA/TU", DocumentNumberForm.Party, "ĐA", "TU", 0, DocumentType.Scheme)]
    [InlineData("01-KL/TW", DocumentNumberForm.Party, "KL", "TW", 0, DocumentType.Conclusion)]
    [InlineData("217-QĐ/TW", DocumentNumberForm.Party, "QĐ", "TW", 0, DocumentType.Decision)]
    [InlineData("36-HD/VPTW", DocumentNumberForm.Party, "HD", "VPTW", 0, DocumentType.Guidance)]
    [InlineData("12-XYZ/TU", DocumentNumberForm.Party, "XYZ", "TU", 0, null)]
    // The Party's own codes (Hướng dẫn 36-HD/VPTW): TT is a Thông tri, a Quy định is QĐi.
    [InlineData("37-HD/BTGDVTW", DocumentNumberForm.Party, "HD", "BTGDVTW", 0, DocumentType.Guidance)]
    [InlineData("04-TT/TW", DocumentNumberForm.Party, "TT", "TW", 0, DocumentType.Instruction)]
    [InlineData("144-QĐi/TW", DocumentNumberForm.Party, "QĐi", "TW", 0, DocumentType.Regulation)]
    [InlineData("57-NQ/TW", DocumentNumberForm.Party, "NQ", "TW", 0, DocumentType.Resolution)]
    [InlineData("45-CT/TW", DocumentNumberForm.Party, "CT", "TW", 0, DocumentType.Directive)]
    [InlineData("126-KL/TW", DocumentNumberForm.Party, "KL", "TW", 0, DocumentType.Conclusion)]
    [InlineData("12-KH/TU", DocumentNumberForm.Party, "KH", "TU", 0, DocumentType.Plan)]
    [InlineData("25-BC/ĐU", DocumentNumberForm.Party, "BC", "ĐU", 0, DocumentType.Report)]
    [InlineData("08-TTr/BTGDVTU", DocumentNumberForm.Party, "TTr", "BTGDVTU", 0, DocumentType.Submission)]
    [InlineData("130-TB/TW", DocumentNumberForm.Party, "TB", "TW", 0, DocumentType.Notice)]
    public void Parses_real_numbers(string text, DocumentNumberForm form, string? typeCode, string issuers, int year, DocumentType? type)
    {
        var result = DocumentNumber.Parse(text);

        result.Error.ShouldBeNull();
        var number = result.Value.ShouldNotBeNull();
        number.Form.ShouldBe(form);
        number.TypeCode.ShouldBe(typeCode);
        number.Issuers.ShouldBe(issuers.Split(','));
        number.Year.ShouldBe(year == 0 ? null : year);
        number.Type.ShouldBe(type);
        number.Number.ShouldBe(text[..text.IndexOfAny(['/', '-'])]);
        number.Format().ShouldBe(text);
        number.ToString().ShouldBe(text);
        DocumentNumber.TryParse(text, out var parsed).ShouldBeTrue();
        parsed.ShouldBe(number);
    }

    [Theory]
    [InlineData("Số: 70/KH-UBND", "70/KH-UBND")]
    [InlineData("Số 39-KH/BDVTU", "39-KH/BDVTU")]
    [InlineData("số:70/KH-UBND", "70/KH-UBND")]
    [InlineData("SỐ: 70/KH-UBND", "70/KH-UBND")]
    [InlineData("  814 /KH-UBND ", "814/KH-UBND")]
    [InlineData("70 / KH - UBND", "70/KH-UBND")]
    [InlineData("114\u2013KL/TW", "114-KL/TW")]
    [InlineData("114\u2014KL/TW", "114-KL/TW")]
    [InlineData("Số:\u00A070/KH-UBND", "70/KH-UBND")]
    [InlineData("91 / 2017 / NĐ - CP", "91/2017/NĐ-CP")]
    [InlineData("7/KH-UBND", "7/KH-UBND")]
    public void Normalises_before_parsing(string text, string expected) =>
        DocumentNumber.Parse(text).Value.ShouldNotBeNull().Format().ShouldBe(expected);

    [Fact]
    public void Decomposed_input_parses_to_the_composed_number()
    {
        var decomposed = "91/2017/NĐ-CP".Normalize(System.Text.NormalizationForm.FormD);
        DocumentNumber.Parse(decomposed).Value.ShouldBe(DocumentNumber.Parse("91/2017/NĐ-CP").Value);
        DocumentNumber.Parse("Số: 03-ĐA/TU".Normalize(System.Text.NormalizationForm.FormD)).Value!.TypeCode.ShouldBe("ĐA");
    }

    [Theory]
    [InlineData("7/KH-UBND", "7/KH-UBND", "07/KH-UBND", "KH-UBND", "7|kh-ubnd")]
    [InlineData("70/KH-UBND", "70/KH-UBND", "70/KH-UBND", "KH-UBND", "70|kh-ubnd")]
    [InlineData("070/KH-UBND", "070/KH-UBND", "070/KH-UBND", "KH-UBND", "70|kh-ubnd")]
    [InlineData("04/QĐ-UBND", "04/QĐ-UBND", "04/QĐ-UBND", "QĐ-UBND", "4|qđ-ubnd")]
    [InlineData("91/2017/NĐ-CP", "91/2017/NĐ-CP", "91/2017/NĐ-CP", "2017/NĐ-CP", "91|nđ-cp")]
    [InlineData("6/2022/QH15", "6/2022/QH15", "06/2022/QH15", "2022/QH15", "6|qh15")]
    [InlineData("114-KL/TW", "114-KL/TW", "114-KL/TW", "KL/TW", "114|kl/tw")]
    [InlineData("5-CT/TW", "5-CT/TW", "05-CT/TW", "CT/TW", "5|ct/tw")]
    [InlineData("840/SNV-XDCQ&TCBC", "840/SNV-XDCQ&TCBC", "840/SNV-XDCQ&TCBC", "SNV-XDCQ&TCBC", "840|snv-xdcq&tcbc")]
    public void Format_canonical_symbol_and_identity(string text, string format, string canonical, string symbol, string identity)
    {
        var number = DocumentNumber.Parse(text).Value.ShouldNotBeNull();
        number.Format().ShouldBe(format);
        number.Canonical.ShouldBe(canonical);
        number.Symbol.ShouldBe(symbol);
        number.IdentityKey.ShouldBe(identity);
    }

    [Theory]
    // A state number with a type code may also be a letter: "CT" is the tax department's abbreviation too.
    [InlineData("70/KH-UBND", "Plan,Letter")]
    [InlineData("1024/CT-CS", "Directive,Letter")]
    [InlineData("728/PA-UBND", "Option,Letter")]
    [InlineData("840/SNV-XDCQ&TCBC", "Letter")]
    [InlineData("91/2017/NĐ-CP", "Decree")]
    [InlineData("15/2025/TT-BNV", "Circular")]
    [InlineData("06/2022/QH15", "Law,Resolution")]
    [InlineData("35/2023/UBTVQH15", "Resolution,Ordinance")]
    [InlineData("37-HD/BTGDVTW", "Guidance")]
    [InlineData("04-TT/TW", "Instruction")]
    [InlineData("12-XYZ/TU", "")]
    public void Allowed_types_of_a_number(string text, string allowed)
    {
        var number = DocumentNumber.Parse(text).Value.ShouldNotBeNull();
        number.AllowedTypes.ShouldBe(allowed.Length == 0 ? [] : allowed.Split(',').Select(Enum.Parse<DocumentType>).ToList());
        foreach (var type in Enum.GetValues<DocumentType>())
        {
            number.Admits(type).ShouldBe(allowed.Length == 0 || allowed.Split(',').Contains(type.ToString()), $"{text} admits {type}");
        }
    }

    [Theory]
    [InlineData(9, "KH", "UBND", "09/KH-UBND")]
    [InlineData(70, "KH", "UBND", "70/KH-UBND")]
    [InlineData(1, "QĐ", "UBND", "01/QĐ-UBND")]
    [InlineData(12, null, "UBND,VX", "12/UBND-VX")]
    [InlineData(3621, "QĐ", "BYT", "3621/QĐ-BYT")]
    public void State_numbers_from_a_counter_are_padded(int sequence, string? typeCode, string issuers, string expected)
    {
        var number = DocumentNumber.ForState(sequence, typeCode, issuers.Split(',')).Value.ShouldNotBeNull();
        number.Format().ShouldBe(expected);
        number.Canonical.ShouldBe(expected);
    }

    [Fact]
    public void Party_numbers_from_a_counter_and_the_zero_sequence()
    {
        DocumentNumber.ForParty(7, "HD", "BTGDVTW").Value.ShouldNotBeNull().Format().ShouldBe("07-HD/BTGDVTW");
        DocumentNumber.ForParty(37, "HD", "BTGDVTW").Value.ShouldNotBeNull().Type.ShouldBe(DocumentType.Guidance);
        DocumentNumber.ForState(0, "KH", "UBND").Error.ShouldNotBeNull();
    }

    [Theory]
    [InlineData("9/KH-UBND", "09/KH-UBND")]
    [InlineData("09/KH-UBND", "09/KH-UBND")]
    [InlineData("Số: 9/KH-UBND", "09/KH-UBND")]
    public void Padding_is_shown_but_not_part_of_identity(string text, string shown)
    {
        var number = DocumentNumber.Parse(text).Value.ShouldNotBeNull();
        number.Canonical.ShouldBe(shown);
        number.IdentityKey.ShouldBe(DocumentNumber.Parse("09/KH-UBND").Value!.IdentityKey);
    }

    [Fact]
    public void Numbers_compare_by_value()
    {
        var a = DocumentNumber.Parse("120-KH/BDVTU-BCSĐUBND").Value!;
        var b = DocumentNumber.Parse("Số 120 - KH / BDVTU - BCSĐUBND").Value!;
        a.ShouldBe(b);
        (a == b).ShouldBeTrue();
        a.GetHashCode().ShouldBe(b.GetHashCode());
        a.ShouldNotBe(DocumentNumber.Parse("120-KH/BDVTU").Value);
        DocumentNumber.Parse("70/KH-UBND").Value.ShouldNotBe(DocumentNumber.Parse("070/KH-UBND").Value);
        new HashSet<DocumentNumber> { a, b }.Count.ShouldBe(1);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("Số:")]
    [InlineData("abc")]
    [InlineData("70")]
    [InlineData("70/")]
    [InlineData("/KH-UBND")]
    [InlineData("KH-UBND")]
    [InlineData("70/KH")]
    [InlineData("70/KH-")]
    [InlineData("70/-UBND")]
    [InlineData("70/KH-UBND/")]
    [InlineData("70/KH-UBND-")]
    [InlineData("70//KH-UBND")]
    [InlineData("70/KH UBND")]
    [InlineData("70/KH-UB ND")]
    [InlineData("7a/KH-UBND")]
    [InlineData("7O/KH-UBND")]
    [InlineData("0/KH-UBND")]
    [InlineData("00/KH-UBND")]
    [InlineData("000-KL/TW")]
    [InlineData("70/kh-ubnd")]
    [InlineData("70/SNV")]
    [InlineData("114-KL")]
    [InlineData("114-KL/")]
    [InlineData("114-/TW")]
    [InlineData("114-KL/TW/")]
    [InlineData("91/1900/NĐ-CP")]
    [InlineData("91/1944/NĐ-CP")]
    [InlineData("91/2101/NĐ-CP")]
    [InlineData("91/17/NĐ-CP")]
    [InlineData("91/2017/NĐ")]
    [InlineData("91/2017/")]
    [InlineData("06/2022/QH")]
    [InlineData("06/2022/qh15")]
    [InlineData("1/2/3/4")]
    [InlineData("08/7/2021")]
    [InlineData("70/KH-UBND; 71/KH-UBND")]
    [InlineData("70/KH\nUBND")]
    [InlineData("70/KH-UB.ND")]
    public void Bad_input_is_an_error_never_an_exception(string? text)
    {
        var result = DocumentNumber.Parse(text);

        result.Value.ShouldBeNull();
        result.Error.ShouldNotBeNull().Message.ShouldNotBeNullOrWhiteSpace();
        result.Error.Field.ShouldBe("number");
        DocumentNumber.TryParse(text, out var number).ShouldBeFalse();
        number.ShouldBeNull();
    }

    [Fact]
    public void Too_long_input_is_refused() =>
        DocumentNumber.Parse("70/KH-" + new string('A', 120)).Error.ShouldNotBeNull().Code.ShouldBe("too_long");

    [Fact]
    public void Errors_are_in_vietnamese()
    {
        DocumentNumber.Parse("abc").Error!.Message
            .ShouldBe("Số, ký hiệu văn bản \"abc\" không đúng mẫu (ví dụ 70/KH-UBND, 91/2017/NĐ-CP, 114-KL/TW).");
        DocumentNumber.Parse("").Error!.Message.ShouldBe("Vui lòng nhập số, ký hiệu văn bản.");
        DocumentNumber.Parse("00/KH-UBND").Error!.Code.ShouldBe("zero_number");
        DocumentNumber.Parse("91/1900/NĐ-CP").Error!.Message.ShouldContain("1945");
    }

    [Fact]
    public void Format_then_parse_gives_back_the_same_number() =>
        Prop.ForAll(Numbers().ToArbitrary(), number =>
        {
            var again = DocumentNumber.Parse(number.Format()).Value;
            var canonical = DocumentNumber.Parse(number.Canonical).Value;
            return again == number
                   && again.Format() == number.Format()
                   && canonical is not null
                   && canonical.Canonical == number.Canonical
                   && canonical.IdentityKey == number.IdentityKey;
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Parsing_is_total_and_formatting_is_a_fixed_point() =>
        Prop.ForAll(Inputs().ToArbitrary(), text =>
        {
            var result = DocumentNumber.Parse(text);
            if (result.Value is not { } number)
            {
                return result.Error is { Message.Length: > 0 };
            }

            var formatted = number.Format();
            var again = DocumentNumber.Parse(formatted).Value;
            return again == number && again!.Format() == formatted;
        }).QuickCheckThrowOnFailure();

    private static readonly string[] TypeCodes =
        ["KH", "QĐ", "CT", "NQ", "NĐ", "TT", "HD", "TTr", "BC", "BB", "TB", "KL", "ĐA", "CTr", "QyĐ", "QC", "DA", "CĐ", "TC", "GM", "PA"];

    private static Gen<string> NumberText() =>
        from n in Gen.Choose(1, 99_999)
        from pad in Gen.Elements(true, false)
        select pad ? n.ToString("00", System.Globalization.CultureInfo.InvariantCulture) : n.ToString(System.Globalization.CultureInfo.InvariantCulture);

    private static Gen<string> Group()
    {
        const string first = "ABCDĐEGHIKLMNOPQRSTUVXY";
        const string rest = "ABCDĐEGHIKLMNOPQRSTUVXYabcdđeghiklmnopqrstuvxy0123456789&";
        return from head in Gen.Elements(first.ToCharArray())
               from length in Gen.Choose(0, 6)
               from tail in Gen.ArrayOf(Gen.Elements(rest.ToCharArray()), length)
               select head + new string(tail);
    }

    private static Gen<string[]> Groups(int min, int max) =>
        from count in Gen.Choose(min, max)
        from groups in Gen.ArrayOf(Group(), count)
        select groups;

    private static Gen<string> AnyType() => Gen.OneOf(Gen.Elements(TypeCodes), Group());

    private static Gen<DocumentNumber> Numbers()
    {
        var state =
            from n in NumberText()
            from type in Gen.Elements(TypeCodes)
            from issuers in Groups(1, 3)
            select new DocumentNumber(n, null, DocumentNumberForm.StateAdministrative, type, issuers);
        var letter =
            from n in NumberText()
            from issuers in Groups(2, 4).Where(g => !DocumentTypes.IsTypeCode(g[0]))
            select new DocumentNumber(n, null, DocumentNumberForm.StateLetter, null, issuers);
        var normative =
            from n in NumberText()
            from year in Gen.Choose(DocumentNumber.MinYear, DocumentNumber.MaxYear)
            from type in AnyType()
            from issuers in Groups(1, 2)
            select new DocumentNumber(n, year, DocumentNumberForm.Normative, type, issuers);
        var law =
            from n in NumberText()
            from year in Gen.Choose(DocumentNumber.MinYear, DocumentNumber.MaxYear)
            from term in Gen.Choose(1, 20)
            select new DocumentNumber(n, year, DocumentNumberForm.Law, null, ["QH" + term]);
        var party =
            from n in NumberText()
            from type in AnyType()
            from issuers in Groups(1, 3)
            select new DocumentNumber(n, null, DocumentNumberForm.Party, type, issuers);
        return Gen.OneOf(state, letter, normative, law, party);
    }

    /// <summary>Valid numbers written loosely (prefix, spaces, dashes), and character soup.</summary>
    private static Gen<string> Inputs()
    {
        var loose =
            from number in Numbers()
            from prefix in Gen.Elements("", "Số: ", "Số ", "số:", " ")
            from spaced in Gen.Elements(true, false)
            from dash in Gen.Elements("-", "\u2013", "\u2014")
            let written = number.Format().Replace("-", dash, StringComparison.Ordinal)
            select prefix + (spaced ? written.Replace("/", " / ", StringComparison.Ordinal) : written);
        const string soup = "0123456789//--KHQĐUBNDCTPTWkhđa& :.\u2013\u00A0Số";
        var noise = Gen.ArrayOf(Gen.Elements(soup.ToCharArray())).Select(cs => new string(cs));
        return Gen.Frequency((3, loose), (2, noise));
    }
}
