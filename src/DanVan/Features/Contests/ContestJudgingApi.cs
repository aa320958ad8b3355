using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Contests;

/// <summary>Judging routes (issue 17 §3): judges, conflicts, sheets (own, paper, correction), attendance, the quiz (bank, paper, answers), closing a part, standings.</summary>
public static class ContestJudgingApi
{
    public static RouteGroupBuilder MapContestJudgingApi(this RouteGroupBuilder g)
    {
        g.MapGet("/{id:guid}/judges", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) => ApiResults.Ok(await ListJudges.HandleAsync(db, user, id, ct)))
            .WithSummary("Ban tổ chức: giám khảo từng vòng, kèm các đội mỗi người không chấm và lý do (tự động hoặc đã khai báo)");
        g.MapPost("/{id:guid}/judges", (AppDbContext db, CurrentUser user, Guid id, AddJudgeInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => AddJudge.HandleAsync(db, user, id, input, ct), j => $"/api/v1/contests/{id}/judges"))
            .WithSummary("Ban tổ chức thêm giám khảo của một vòng: người trong tỉnh hoặc khách mời (họ tên, cơ quan), kèm tài khoản");
        g.MapDelete("/{id:guid}/judges/{judgeId:guid}", async (AppDbContext db, CurrentUser user, Guid id, Guid judgeId, CancellationToken ct) =>
                ApiResults.Ok(await RemoveJudge.HandleAsync(db, user, id, judgeId, ct)))
            .WithSummary("Ban tổ chức bỏ giám khảo chưa có phiếu chấm");
        g.MapPost("/{id:guid}/judges/{judgeId:guid}/conflicts", (AppDbContext db, CurrentUser user, Guid id, Guid judgeId, ConflictInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => DeclareConflict.HandleAsync(db, user, id, judgeId, input, ct)))
            .WithSummary("Ban tổ chức khai báo giám khảo không chấm một đội (bắt buộc lý do)");
        g.MapGet("/{id:guid}/sheets/mine", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) => ApiResults.Ok(await GetMyJudging.HandleAsync(db, user, id, ct)))
            .WithSummary("Giám khảo: các phần thi mình chấm, các đội (theo mật danh), phiếu chấm của mình, các đội mình không chấm và lý do");
        g.MapPut("/{id:guid}/sheets/mine", (AppDbContext db, CurrentUser user, Guid id, SheetInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => SaveOwnSheet.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Giám khảo nhập hoặc sửa phiếu chấm của mình cho một đội, theo tiêu chí, khi phần thi chưa khóa điểm");
        g.MapPost("/{id:guid}/sheets/paper", (AppDbContext db, CurrentUser user, Guid id, SheetInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => EnterPaperSheet.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Thư ký nhập phiếu chấm giấy của giám khảo (lần 1, hoặc người nhập lần 1 sửa lần nhập của mình)");
        g.MapGet("/{id:guid}/sheets/{sheetId:guid}", async (AppDbContext db, CurrentUser user, Guid id, Guid sheetId, CancellationToken ct) =>
                ApiResults.Ok(await GetSheet.HandleAsync(db, user, id, sheetId, ct)))
            .WithSummary("Một phiếu chấm theo tiêu chí (hai lần nhập của phiếu giấy, tiêu chí lệch được đánh dấu)");
        g.MapPost("/{id:guid}/sheets/{sheetId:guid}/confirm", (AppDbContext db, CurrentUser user, Guid id, Guid sheetId, PointsInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => ConfirmPaperSheet.HandleAsync(db, user, id, sheetId, input, ct)))
            .WithSummary("Người thứ hai nhập lại phiếu giấy để xác nhận: trùng thì phiếu được xác nhận, lệch thì giữ cả hai lần nhập và chỉ ra tiêu chí lệch");
        g.MapPost("/{id:guid}/sheets/{sheetId:guid}/correct", (AppDbContext db, CurrentUser user, Guid id, Guid sheetId, SheetInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => CorrectSheet.HandleAsync(db, user, id, sheetId, input, ct)))
            .WithSummary("Sau khi khóa điểm: trưởng ban giám khảo hoặc ban tổ chức sửa phiếu chấm, bắt buộc lý do (ghi vào lịch sử)");
        g.MapGet("/{id:guid}/parts/{partId:guid}/sheets", async (AppDbContext db, CurrentUser user, Guid id, Guid partId, CancellationToken ct) =>
                ApiResults.Ok(await GetPartSheets.HandleAsync(db, user, id, partId, ct)))
            .WithSummary("Bàn phiếu chấm của một phần thi: mọi phiếu giám khảo × đội (hai lần nhập của phiếu giấy), điểm danh, các lần sửa sau khi khóa điểm; "
                + "cho ban tổ chức và trưởng ban giám khảo của vòng (để sửa phiếu sau khi khóa, kèm lý do)");
        g.MapPut("/{id:guid}/parts/{partId:guid}/attendance", (AppDbContext db, CurrentUser user, Guid id, Guid partId, AttendanceInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => RecordAttendance.HandleAsync(db, user, id, partId, input, ct)))
            .WithSummary("Ban tổ chức ghi đội vắng mặt (0 điểm phần thi) hoặc số ngày nộp muộn (trừ điểm theo thể lệ)");
        g.MapPost("/{id:guid}/parts/{partId:guid}/close", async (AppDbContext db, CurrentUser user, Guid id, Guid partId, CancellationToken ct) =>
                ApiResults.Ok(await ClosePart.HandleAsync(db, user, id, partId, ct)))
            .WithSummary("Ban tổ chức khóa điểm phần thi: phiếu chấm không sửa được nữa (trừ trưởng ban giám khảo / ban tổ chức, kèm lý do)");
        g.MapGet("/{id:guid}/quiz", async (AppDbContext db, CurrentUser user, Guid id, Guid? partId, CancellationToken ct) =>
                ApiResults.Ok(await GetQuiz.HandleAsync(db, user, id, partId, ct)))
            .WithSummary("Ban tổ chức: ngân hàng câu hỏi, đề đã bốc thăm của phần thi trắc nghiệm, bài làm và điểm của từng đội");
        g.MapPost("/{id:guid}/questions", (AppDbContext db, CurrentUser user, Guid id, QuestionInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => AddQuestion.HandleAsync(db, user, id, input, ct), q => $"/api/v1/contests/{id}/quiz"))
            .WithSummary("Ban tổ chức thêm câu hỏi trắc nghiệm (2–4 phương án, đáp án đúng, căn cứ pháp lý của đáp án)");
        g.MapGet("/{id:guid}/questions.xlsx", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                (await GetQuiz.HandleAsync(db, user, id, null, ct)).TryGet(out var quiz, out var error)
                    ? (Microsoft.AspNetCore.Http.IResult)await ExcelHttp.DownloadAsync(ContestBankExcel.FileName(quiz), s => Task.FromResult(ContestBankExcel.Write(quiz, s)))
                    : error.ToProblem())
            .WithSummary("Ban tổ chức xuất ngân hàng câu hỏi ra Excel (STT, câu hỏi, phương án A–D, đáp án đúng, căn cứ) — cùng mẫu với tệp nhập");
        // Antiforgery: see ExcelHttp.ImportAsync (Bearer clients are exempt; cookie requests are still checked there).
        g.MapPost("/{id:guid}/questions/import", (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ExcelHttp.ImportAsync(http, () => ImportQuestions.MayImportAsync(db, user, id, ct), file => ImportQuestions.HandleAsync(db, user, id, file, ct)))
            .DisableAntiforgery()
            .WithMetadata(AntiforgeryCheckedByEndpoint.Instance)
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary("Ban tổ chức nhập nhiều câu hỏi vào ngân hàng từ Excel (cùng mẫu với tệp xuất); có dòng lỗi hoặc câu trùng thì không lưu gì");
        g.MapDelete("/{id:guid}/questions/{questionId:guid}", async (AppDbContext db, CurrentUser user, Guid id, Guid questionId, CancellationToken ct) =>
                ApiResults.Ok(await RemoveQuestion.HandleAsync(db, user, id, questionId, ct)))
            .WithSummary("Ban tổ chức xóa câu hỏi chưa có trong đề đã bốc thăm");
        g.MapPost("/{id:guid}/parts/{partId:guid}/paper", (AppDbContext db, CurrentUser user, Guid id, Guid partId, DrawPaperInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => DrawPaper.HandleAsync(db, user, id, partId, input, ct)))
            .WithSummary("Ban tổ chức bốc thăm đề thi trắc nghiệm từ ngân hàng câu hỏi (một đề chung cho mọi đội; bốc lại được khi chưa nhập bài làm)");
        g.MapPut("/{id:guid}/parts/{partId:guid}/answers", (AppDbContext db, CurrentUser user, Guid id, Guid partId, QuizAnswersInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => EnterQuizAnswers.HandleAsync(db, user, id, partId, input, ct)))
            .WithSummary("Ban tổ chức nhập bài làm trắc nghiệm của một đội (mỗi câu một chữ cái, “-” bỏ trống); chấm tự động theo đáp án của đề");
        g.MapGet("/{id:guid}/rounds/{roundId:guid}/standings", async (AppDbContext db, CurrentUser user, Guid id, Guid roundId, CancellationToken ct) =>
                ApiResults.Ok(await GetStandings.HandleAsync(db, user, id, roundId, ct)))
            .WithSummary("Bảng điểm của vòng thi: điểm từng phần (trung bình hoặc bỏ cao nhất, thấp nhất), trừ điểm, tổng, hạng (đồng hạng), đội vào vòng sau");
        return g;
    }
}
