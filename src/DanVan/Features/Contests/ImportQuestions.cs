using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;
using static DanVan.Features.Contests.ContestBankExcel;

namespace DanVan.Features.Contests;

/// <summary>
/// The organiser adds many questions to the bank from a spreadsheet in the bank's layout (<see cref="ContestBankExcel"/>),
/// all or nothing: every row is checked by <see cref="ContestQuestion.Create"/> (the rule of the form and the API), its
/// error placed at the row and column; a question already in the bank, or twice in the file, is refused
/// (<see cref="ContestQuestion.TextKey"/>, as when adding one; a file imported twice does not double the bank); the bank's size limit holds. One save: the questions and one history line.
/// </summary>
public static class ImportQuestions
{
    /// <summary>
    /// Whether the upload may be read at all: refused (403, nothing buffered) for a caller who sees the contest but does not
    /// organise it; a contest the caller cannot see goes on to <see cref="HandleAsync"/>, whose 404 tells nothing more.
    /// </summary>
    public static async Task<bool> MayImportAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct) =>
        (await JudgingAccess.ManagedAsync(db, user, contestId, ct)).Error is not { Kind: ErrorKind.Forbidden };

    public static async Task<Result<ImportReport>> HandleAsync(AppDbContext db, CurrentUser user, Guid contestId, Stream file, CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (!(await XlsxReader.ReadSheetsAsync(file, ct)).TryGet(out var sheets, out var unreadable))
        {
            return unreadable;
        }

        var sheet = sheets.FirstOrDefault(s => VietnameseText.Fold(s.Name) == VietnameseText.Fold(Sheet)) ?? (sheets.Count > 0 ? sheets[0] : null);
        if (sheet?.FindTable(Columns) is not { } table)
        {
            return new AppError("contest.bank_header", "Không tìm thấy dòng tiêu đề của ngân hàng câu hỏi (các cột “Câu hỏi”, “Phương án A”, “Phương án B”, "
                + "“Đáp án đúng”, “Căn cứ của đáp án”). Hãy dùng tệp xuất từ hệ thống làm mẫu.", XlsxErrors.Field);
        }

        if (table.Rows.Count == 0)
        {
            return XlsxErrors.NoRows;
        }

        var bank = await db.ContestQuestions.AsNoTracking().Where(q => q.ContestId == contestId).Select(q => new { q.Seq, q.Text }).ToListAsync(ct);
        if (bank.Count + table.Rows.Count > DrawPaper.MaxBank)
        {
            return new AppError(ContestErrors.BankFull.Code, $"{ContestErrors.BankFull.Message} Ngân hàng đang có {bank.Count} câu, tệp có {table.Rows.Count} câu.",
                XlsxErrors.Field, ErrorKind.Conflict);
        }

        var seen = bank.GroupBy(q => ContestQuestion.TextKey(q.Text)).ToDictionary(g => g.Key, g => $"câu {g.Min(q => q.Seq)} đã có trong ngân hàng");
        var errors = new ImportErrorList(Columns);
        var by = Actor.Of(user, db.Time);
        var seq = bank.Count == 0 ? 1 : bank.Max(q => q.Seq) + 1;
        var made = new List<ContestQuestion>();
        foreach (var row in table.Rows)
        {
            List<string?> options = [.. Enumerable.Range(OptionA, 4).Select(i => VietnameseText.Clean(row[i]))];
            var created = ContestQuestion.Create(contest.TenantId, contestId, seq, VietnameseText.Clean(row[Text]), options, row[Correct], VietnameseText.Clean(row[Source]), by);
            if (!created.TryGet(out var question, out var refused))
            {
                errors.Add(row.Number, refused.Field switch
                {
                    "Options" => OptionA + ContestQuestion.OptionAtFault(options), "Correct" => Correct, "Source" => Source, _ => Text,
                }, refused.Message);
                continue;
            }

            var key = ContestQuestion.TextKey(question.Text);
            if (seen.TryGetValue(key, out var first))
            {
                errors.Add(row.Number, Text, $"Câu hỏi trùng với {first}.");
                continue;
            }

            seen[key] = $"dòng {row.Number} của tệp";
            made.Add(question);
            seq++;
        }

        if (errors.Count > 0)
        {
            return new ImportReport(table.Rows.Count, 0, errors.ToList());
        }

        db.ContestQuestions.AddRange(made);
        db.ContestEvents.Add(new ContestEvent(contest, null, ContestAction.QuestionAdded, by,
            $"Nhập từ Excel {made.Count} câu (câu {made[0].Seq}–{made[^1].Seq})"));
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException e) when (DanVanExceptionHandler.IsUniqueViolation(e))
        {
            // The bank's numbering: another question was added between the read and the save.
            return new AppError("contest.bank_changed", "Ngân hàng câu hỏi vừa được người khác thay đổi; hãy nhập lại tệp.", XlsxErrors.Field, ErrorKind.Conflict);
        }

        return new ImportReport(table.Rows.Count, made.Count, []);
    }
}
