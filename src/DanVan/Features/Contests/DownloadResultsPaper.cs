using DanVan.Features.Accounts;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using DanVan.Infrastructure.Word;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The issued results decision as paper (Decree 30 layout, like the commendation decisions): the organising unit's
/// header, the grounds (the contest's plan, the prize structure's basis, the last round's official results), three
/// articles and the annex listing each prize with its holder and amount — a withheld prize with its reason. An editable
/// DOCX, or a PDF printed from the same blocks. For anyone who sees the contest, once the decision is issued.
/// </summary>
public static class DownloadResultsPaper
{
    public sealed record File(string FileName, string ContentType, byte[] Content);

    public static async Task<Result<File>> DocxAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct) =>
        (await WriteAsync(db, user, contestId, ct)).TryGet(out var paper, out var error)
            ? new File(paper.Stem + ".docx", Infrastructure.Files.FileCheck.ContentType(Infrastructure.Files.FileKind.Docx), paper.Writer.ToBytes())
            : error;

    public static async Task<Result<File>> PdfAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid contestId, CancellationToken ct) =>
        (await WriteAsync(db, user, contestId, ct)).TryGet(out var paper, out var error)
            ? new File(paper.Stem + ".pdf", "application/pdf", await pdf.RenderAsync(WordHtml.Render(paper.Writer, "Quyết định"), ct))
            : error;

    private sealed record Written(string Stem, WordWriter Writer);

    private static async Task<Result<Written>> WriteAsync(AppDbContext db, CurrentUser user, Guid contestId, CancellationToken ct)
    {
        if (!(await GetResults.HandleAsync(db, user, contestId, ct)).TryGet(out var results, out var error))
        {
            return error;
        }

        if (results.Issued is not { } issued)
        {
            return ContestErrors.ResultsNotIssued;
        }

        var contest = await db.Contests.AsNoTracking().Where(c => c.Id == contestId)
            .Select(c => new
            {
                Organiser = db.Units.Where(u => u.Id == c.OrganisingUnitId).Select(u => u.Name).First(),
                Root = db.Units.Where(u => u.TenantId == c.TenantId && u.ParentId == null).Select(u => u.Name).First(),
                Plan = db.Documents.Where(d => d.Id == c.PlanDocumentId).Select(d => new { d.Type, d.Number, d.IssueDate, d.IssuerName, d.Title }).First(),
            })
            .FirstAsync(ct);
        var w = new WordWriter();
        Decree30.Header(w, Decree30.IssuerLines(contest.Organiser), $"Số: {issued.Number}", Decree30.DateLine(Decree30.Province(contest.Root), issued.Date));
        w.Add(WordParagraph.Of("QUYẾT ĐỊNH", WordAlign.Center, bold: true, size: 14));
        w.Add(WordParagraph.Of($"Về việc công nhận kết quả và trao giải {results.ContestName}", WordAlign.Center, bold: true, size: 14, after: 12));
        w.Add(WordParagraph.Of(Decree30.Upper($"{issued.SignerTitle} {Decree30.WithoutNote(contest.Organiser)}"), WordAlign.Center, bold: true, size: 14, after: 12));
        foreach (var ground in new[]
                 {
                     $"Căn cứ {DocumentCitation.Format(contest.Plan.Type, contest.Plan.Number, contest.Plan.IssueDate, contest.Plan.IssuerName)} {ContestErrors.LowerFirst(contest.Plan.Title)};",
                     $"Căn cứ cơ cấu giải thưởng của Hội thi ({results.PrizeBasis});",
                     $"Căn cứ kết quả chấm thi chính thức của Ban Giám khảo {ContestErrors.LowerFirst(results.LastRoundName)};",
                     "Theo đề nghị của Ban Tổ chức Hội thi.",
                 })
        {
            w.Add(WordParagraph.Of(ground, WordAlign.Justify, italic: true, indent: 10, after: 3));
        }

        var given = issued.Awards.Where(a => !a.Withheld).ToList();
        w.Add(WordParagraph.Of("QUYẾT ĐỊNH:", WordAlign.Center, bold: true, after: 6));
        Article(w, 1, $"Công nhận kết quả và trao giải {results.ContestName} cho {given.Count(a => a.PersonId is null)} tập thể và {given.Count(a => a.PersonId is not null)} cá nhân "
            + "có tên trong danh sách kèm theo.");
        Article(w, 2, issued.TotalAmount == 0
            ? "Các giải tại Điều 1 không kèm tiền thưởng."
            : $"Tiền thưởng kèm theo các giải tại Điều 1: tổng cộng {ContestPrizes.Money(issued.TotalAmount)} đồng, theo cơ cấu giải thưởng của Hội thi, chi từ kinh phí tổ chức Hội thi.");
        Article(w, 3, "Ban Tổ chức Hội thi, bộ phận tài chính – kế toán và các tập thể, cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.", after: 12);
        Decree30.Footer(w, ["Như Điều 3;", "Lưu: VT."], null, Decree30.Upper(issued.SignerTitle), issued.SignerName);
        Annex(w, $"(Kèm theo Quyết định số {issued.Number} ngày {DocumentCitation.Date(issued.Date)} của {contest.Organiser})", issued);
        return new Written("quyet-dinh-" + VietnameseText.Fold(issued.Number).Replace('/', '-'), w);
    }

    private static void Article(WordWriter w, int n, string text, double after = 3) =>
        w.Add(new WordParagraph([new WordRun($"Điều {n}. ", Bold: true), new WordRun(text)], WordAlign.Justify, Indent: 10, After: after));

    private static void Annex(WordWriter w, string reference, IssuedResultsDto issued)
    {
        w.Add(new WordParagraph([new WordRun("DANH SÁCH", Bold: true)], WordAlign.Center, PageBreakBefore: true));
        w.Add(WordParagraph.Of("Các tập thể, cá nhân đạt giải", WordAlign.Center, bold: true));
        w.Add(WordParagraph.Of(reference, WordAlign.Center, italic: true, size: 13, after: 6));
        IReadOnlyList<WordParagraph> Cell(string text, WordAlign align = WordAlign.Left, bool bold = false) => [WordParagraph.Of(text, align, bold: bold, size: 12)];
        var rows = new List<IReadOnlyList<IReadOnlyList<WordParagraph>>>
        {
            new[] { Cell("STT", WordAlign.Center, true), Cell("Giải", WordAlign.Center, true), Cell("Tập thể / Họ và tên", WordAlign.Center, true),
                Cell("Đơn vị, chức vụ", WordAlign.Center, true), Cell("Số tiền (đồng)", WordAlign.Center, true) },
        };
        rows.AddRange(issued.Awards.Select((a, i) => (IReadOnlyList<IReadOnlyList<WordParagraph>>)new[]
        {
            Cell((i + 1).ToString(VietnameseText.Culture), WordAlign.Center), Cell(a.PrizeName),
            Cell(a.Withheld ? $"Không trao — {a.Reason}" : a.HolderName),
            Cell(a.Withheld ? "" : a.Position is { } position ? $"{position}, {a.UnitName}" : a.UnitName),
            Cell(a.Withheld ? "—" : ContestPrizes.Money(a.Amount), WordAlign.Right),
        }));
        rows.Add(new[] { Cell(""), Cell("Tổng cộng", bold: true), Cell(""), Cell(""), Cell(ContestPrizes.Money(issued.TotalAmount), WordAlign.Right, true) });
        w.Add(new WordTable([12, 35, 50, 50, 23], rows, Borders: true));
    }
}
