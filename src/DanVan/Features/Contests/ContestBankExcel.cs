using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>
/// A contest's question bank as a spreadsheet, shared by the export and the import (the exported layout imports as it
/// is): sheet "Ngân hàng câu hỏi", the contest's name above a table STT · Câu hỏi · Phương án A–D · Đáp án đúng · Căn cứ.
/// </summary>
public static class ContestBankExcel
{
    public const string Sheet = "Ngân hàng câu hỏi";

    public const int Seq = 0;
    public const int Text = 1;
    public const int OptionA = 2;
    public const int Correct = 6;
    public const int Source = 7;

    public static readonly IReadOnlyList<XlsxColumn> Columns =
    [
        new("STT", 8),
        new("Câu hỏi*", 60),
        new("Phương án A*", 30),
        new("Phương án B*", 30),
        new("Phương án C", 30),
        new("Phương án D", 30),
        new("Đáp án đúng*", 12, List: "\"A,B,C,D\""),
        new("Căn cứ của đáp án*", 40),
    ];

    public static string FileName(QuizDto quiz) => $"ngan-hang-cau-hoi-{quiz.ContestId.ToString("N")[..8]}.xlsx";

    /// <summary>Writes the bank as the organiser's quiz desk reads it, and says how many questions.</summary>
    public static Result<int> Write(QuizDto quiz, Stream output)
    {
        using var xlsx = XlsxWriter.Create(output);
        using var sheet = xlsx.StartSheet(Sheet, Columns, [new XlsxLine([quiz.ContestName], Bold: true), new XlsxLine([])]);
        foreach (var q in quiz.Bank)
        {
            sheet.WriteRow([q.Seq, q.Text, .. Enumerable.Range(0, 4).Select(i => (object?)q.Options.ElementAtOrDefault(i)), q.Correct, q.Source]);
        }

        return quiz.Bank.Count;
    }
}
