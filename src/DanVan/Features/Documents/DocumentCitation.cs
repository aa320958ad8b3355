using System.Globalization;

namespace DanVan.Features.Documents;

/// <summary>
/// How a document is cited in Vietnamese administrative writing (the "căn cứ" lines):
/// "Kế hoạch số 70/KH-UBND ngày 04/6/2020 của Ủy ban nhân dân tỉnh Quảng Ngãi".
/// </summary>
/// <remarks>
/// Type name, "số", the number as stored (zero-padded), "ngày" and the date, "của" and the issuer. The date is written
/// as in citations: the day with two digits, the month without a leading zero except January and February
/// (Decree 30/2020 pads them so that "1" cannot become "11" or "12"): 04/6/2020, 15/01/2025, 31/12/2024. A law is
/// cited without "của Quốc hội" (its number names the assembly); a missing date or issuer is left out.
/// </remarks>
public static class DocumentCitation
{
    public static string Format(DocumentType type, string number, DateOnly? issueDate, string? issuer)
    {
        var text = DocumentTypes.Label(type) + " số " + number;
        if (issueDate is { } date)
        {
            text += " ngày " + Date(date);
        }

        if (!string.IsNullOrWhiteSpace(issuer) && type != DocumentType.Law)
        {
            text += " của " + issuer.Trim();
        }

        return text;
    }

    public static string Format(Document document) => Format(document.Type, document.Number, document.IssueDate, document.IssuerName);

    /// <summary>"04/6/2020", "15/01/2025", "31/12/2024".</summary>
    public static string Date(DateOnly date) => $"{Day(date)}/{Month(date)}/{date.Year.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The rule of Decree 30/2020 (Appendix I, II.6), stated once: days below 10 take a leading zero …</summary>
    public static string Day(DateOnly date) => date.Day.ToString("00", CultureInfo.InvariantCulture);

    /// <summary>… and of the months, only January and February.</summary>
    public static string Month(DateOnly date) => date.Month.ToString(date.Month < 3 ? "00" : "0", CultureInfo.InvariantCulture);
}
