using System.Globalization;
using System.Text;
using DanVan.Infrastructure.Text;
using FsCheck;
using FsCheck.Fluent;

namespace DanVan.Tests.Infrastructure.Text;

public sealed class VietnameseTextTests
{
    [Theory]
    [InlineData("Nguyễn Văn Ấn", "nguyen van an")]
    [InlineData("Đào", "dao")]
    [InlineData("đào thị hoa", "dao thi hoa")]
    [InlineData("TRẦN VĂN BÌNH", "tran van binh")]
    [InlineData("ĐẶNG THU THẢO", "dang thu thao")]
    [InlineData("Ủy ban MTTQ Việt Nam", "uy ban mttq viet nam")]
    [InlineData("Phường Nghĩa Lộ", "phuong nghia lo")]
    public void Fold_lowercases_and_strips_every_diacritic_including_d_with_stroke(string input, string expected) =>
        VietnameseText.Fold(input).ShouldBe(expected);

    [Fact]
    public void Fold_gives_the_same_key_for_decomposed_and_composed_input()
    {
        const string composed = "Nguyễn Thị Ánh Đào";
        var decomposed = composed.Normalize(NormalizationForm.FormD);
        decomposed.ShouldNotBe(composed);

        VietnameseText.Fold(decomposed).ShouldBe(VietnameseText.Fold(composed));
        VietnameseText.Fold(decomposed).ShouldBe("nguyen thi anh dao");
    }

    [Theory]
    [InlineData("  Nguyễn   Văn\tẤn  ", "nguyen van an")]
    [InlineData("Lê\u00A0Minh\r\nQuân", "le minh quan")]
    [InlineData("   ", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Fold_trims_and_collapses_whitespace(string? input, string expected) =>
        VietnameseText.Fold(input).ShouldBe(expected);

    [Fact]
    public void Clean_trims_and_composes_and_keeps_null()
    {
        VietnameseText.Clean(null).ShouldBeNull();
        var cleaned = VietnameseText.Clean("  " + "Hồ Thị Hạnh".Normalize(NormalizationForm.FormD) + " ");
        cleaned.ShouldBe("Hồ Thị Hạnh");
        cleaned!.IsNormalized(NormalizationForm.FormC).ShouldBeTrue();
    }

    [Fact]
    public void Fold_is_idempotent() =>
        Prop.ForAll(VietnameseStrings(), s => VietnameseText.Fold(VietnameseText.Fold(s)) == VietnameseText.Fold(s))
            .QuickCheckThrowOnFailure();

    [Fact]
    public void Fold_output_has_no_combining_marks_no_d_with_stroke_and_no_upper_case() =>
        Prop.ForAll(VietnameseStrings(), s =>
        {
            var folded = VietnameseText.Fold(s);
            return !folded.Normalize(NormalizationForm.FormD).Any(IsMark)
                   && !folded.Contains('đ', StringComparison.Ordinal) && !folded.Contains('Đ', StringComparison.Ordinal)
                   && !folded.Any(char.IsUpper)
                   && !folded.StartsWith(' ') && !folded.EndsWith(' ') && !folded.Contains("  ", StringComparison.Ordinal);
        }).QuickCheckThrowOnFailure();

    [Fact]
    public void Fold_does_not_depend_on_the_normalization_form_of_its_input() =>
        Prop.ForAll(VietnameseStrings(), s =>
                VietnameseText.Fold(s.Normalize(NormalizationForm.FormD)) == VietnameseText.Fold(s.Normalize(NormalizationForm.FormC)))
            .QuickCheckThrowOnFailure();

    private static bool IsMark(char c) => CharUnicodeInfo.GetUnicodeCategory(c)
        is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

    /// <summary>Strings of Vietnamese letters (both cases, composed), loose combining marks, ASCII and assorted whitespace.</summary>
    private static Arbitrary<string> VietnameseStrings()
    {
        const string letters = "aăâbcdđeêghiklmnoôơpqrstuưvxyAĂÂBCDĐEÊGHIKLMNOÔƠPQRSTUƯVXY" +
                               "áàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ" +
                               "ÁÀẢÃẠẤẦẨẪẬẮẰẲẴẶÉÈẺẼẸẾỀỂỄỆÍÌỈĨỊÓÒỎÕỌỐỒỔỖỘỚỜỞỠỢÚÙỦŨỤỨỪỬỮỰÝỲỶỸỴ" +
                               "0123456789.-'fjwzFJWZ";
        const string marks = "\u0300\u0301\u0303\u0309\u0323\u0302\u0306\u031B";
        const string spaces = " \t\n\r\u00A0\u2003";
        var character = Gen.Frequency(
            (10, Gen.Elements(letters.ToCharArray())),
            (2, Gen.Elements(marks.ToCharArray())),
            (3, Gen.Elements(spaces.ToCharArray())));
        return Gen.ListOf(character).Select(cs => new string([.. cs])).ToArbitrary();
    }
}
