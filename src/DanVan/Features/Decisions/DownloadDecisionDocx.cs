using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Features.Decisions;

public enum DecisionPaperKind
{
    /// <summary>Sở Nội vụ's Tờ trình to the chairman (or a unit's to its head).</summary>
    Submission,

    /// <summary>The Quyết định with its annex.</summary>
    Decision,
}

/// <summary>A decision's Tờ trình or Quyết định as an editable DOCX (<see cref="DecisionDocuments"/>), for anyone who sees the decision.</summary>
public static class DownloadDecisionDocx
{
    public sealed record File(string FileName, byte[] Content);

    public static async Task<Result<File>> HandleAsync(AppDbContext db, CurrentUser user, Guid id, DecisionPaperKind kind, CancellationToken ct)
    {
        if (!(await DecisionAccess.Rule.FindAsync(db, user, id, ct)).TryGet(out var decision, out var error))
        {
            return error;
        }

        var paper = await DecisionPaper.LoadAsync(db, decision, ct);
        var stem = decision.Number is { } n ? n.Replace('/', '-') : "du-thao";
        return kind == DecisionPaperKind.Submission
            ? new File($"to-trinh-{stem}.docx", DecisionDocuments.Submission(paper))
            : new File($"quyet-dinh-{stem}.docx", DecisionDocuments.Decision(paper));
    }

    public static Results<FileContentHttpResult, ProblemHttpResult> ToResult(Result<File> result) => result.TryGet(out var file, out var error)
        ? TypedResults.File(file.Content, FileCheck.ContentType(FileKind.Docx), file.FileName)
        : error.ToProblem();
}
