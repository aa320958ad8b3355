using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using DanVan.Infrastructure.Word;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Features.Decisions;

public enum DecisionPaperKind
{
    /// <summary>Sở Nội vụ's Tờ trình to the chairman (or a unit's to its head).</summary>
    Submission,

    /// <summary>The Quyết định with its annex.</summary>
    Decision,
}

/// <summary>
/// A decision's Tờ trình or Quyết định (<see cref="DecisionDocuments"/>), for anyone who sees the decision: as an editable
/// DOCX, or as PDF printed from the same blocks (a draft's PDF is marked "DỰ THẢO").
/// </summary>
public static class DownloadDecisionPaper
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public static async Task<Result<File>> DocxAsync(AppDbContext db, CurrentUser user, Guid id, DecisionPaperKind kind, CancellationToken ct)
    {
        if (!(await WriteAsync(db, user, id, kind, ct)).TryGet(out var paper, out var error))
        {
            return error;
        }

        return new File(paper.Stem + ".docx", FileCheck.ContentType(FileKind.Docx), paper.Writer.ToBytes());
    }

    public static async Task<Result<File>> PdfAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid id, DecisionPaperKind kind, CancellationToken ct)
    {
        if (!(await WriteAsync(db, user, id, kind, ct)).TryGet(out var paper, out var error))
        {
            return error;
        }

        var html = WordHtml.Render(paper.Writer, paper.Title, paper.Draft ? "DỰ THẢO — chưa ban hành" : null);
        return new File(paper.Stem + ".pdf", "application/pdf", await pdf.RenderAsync(html, ct));
    }

    private sealed record Written(string Stem, string Title, bool Draft, WordWriter Writer);

    private static async Task<Result<Written>> WriteAsync(AppDbContext db, CurrentUser user, Guid id, DecisionPaperKind kind, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.FindAsync(db, user, id, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        var paper = await DecisionPaper.LoadAsync(db, decision, ct);
        var stem = decision.Number is { } n ? VietnameseText.Fold(n).Replace('/', '-') : "du-thao"; // "01/QĐ-UBND" → "01-qd-ubnd": ASCII, as every client saves it
        return kind == DecisionPaperKind.Submission
            ? new Written("to-trinh-" + stem, "Tờ trình", true, DecisionDocuments.SubmissionWriter(paper))
            : new Written("quyet-dinh-" + stem, "Quyết định", decision.Number is null, DecisionDocuments.DecisionPaperWriter(paper));
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> ToResult(Result<File> result) => result.TryGet(out var file, out var error)
        ? TypedResults.File(file.Content, file.ContentType, file.FileName)
        : error.ToProblem();
}
