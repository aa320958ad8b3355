using System.Globalization;
using System.Text.RegularExpressions;

namespace DanVan.Features.Documents.Extraction;

/// <summary>Dates as written: "04/06/2020", "04-6-2020", "ngày 04 tháng 6 năm 2020"; an impossible date is a warning.</summary>
internal static class DateReader
{
    internal const string DatePattern =
        @"(?<d>\d{1,2})(?:\s*[/.\-]\s*|\s+tháng\s+)(?<m>\d{1,2})(?:\s*[/.\-]\s*|\s+năm\s+)(?<y>\d{4})";

    internal static readonly Regex DateAtStart = new(@"^(?:ngày\s+)?" + DatePattern, TextShape.ScanIgnoreCase);

    internal static readonly Regex DateBeforeComma = new(@"\bngày\s+" + DatePattern + @"\s*$", TextShape.ScanIgnoreCase);

    private static readonly Regex Passed = new(@"\bthông\s+qua\s+ngày\s+" + DatePattern, TextShape.ScanIgnoreCase);

    /// <summary>An act without a place-date line (a law): "… kỳ họp thứ 9 thông qua ngày 14 tháng 6 năm 2025".</summary>
    internal static DateOnly? PassedOn(ExtractionPage page)
    {
        var match = Passed.Match(page.Text);
        return match.Success ? ToDate(page, match) : null;
    }

    internal static DateOnly? DateOf(ExtractionPage page, string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var i = 0;
        return ReadDate(page, value.Trim(), ref i, out _);
    }

    /// <summary>A date at <paramref name="i"/>; <paramref name="consumed"/> is true when a date was written there, even an impossible one.</summary>
    internal static DateOnly? ReadDate(ExtractionPage page, string s, ref int i, out bool consumed)
    {
        consumed = false;
        if (i >= s.Length)
        {
            return null;
        }

        var slice = s.Length - i > 60 ? s.Substring(i, 60) : s[i..];
        var match = DateAtStart.Match(slice);
        if (!match.Success || (match.Length < slice.Length && char.IsAsciiDigit(slice[match.Length])))
        {
            return null;
        }

        consumed = true;
        i += match.Length;
        return ToDate(page, match);
    }

    internal static DateOnly? ToDate(ExtractionPage page, Match match)
    {
        var day = int.Parse(match.Groups["d"].Value, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["y"].Value, CultureInfo.InvariantCulture);
        if (year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month))
        {
            return new DateOnly(year, month, day);
        }

        page.Warnings.Add($"Ngày \"{TextShape.Collapse(match.Value)}\" không tồn tại nên đã được bỏ qua.");
        return null;
    }

}
