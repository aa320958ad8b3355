using DanVan.Infrastructure.Web;

namespace DanVan.Tests.Infrastructure;

/// <summary>What a page reads from a typed or number-input decimal: the browser's "1.5", a Vietnamese "1,5", never 15.</summary>
public sealed class NumberBindingTests
{
    [Theory]
    [InlineData("1.5", "1.5")]
    [InlineData("0.35", "0.35")]
    [InlineData("1,5", "1.5")]
    [InlineData(" 12 ", "12")]
    [InlineData("-2.25", "-2.25")]
    [InlineData("1.234,5", "1234.5")]
    public void A_decimal_is_read_as_the_browser_or_a_Vietnamese_user_wrote_it(string text, string expected) =>
        NumberModelBinderProvider.Parse(text).ShouldBe(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("mười")]
    [InlineData("1.5.5x")]
    public void Text_that_is_no_number_is_not_a_number(string text) => NumberModelBinderProvider.Parse(text).ShouldBeNull();
}
