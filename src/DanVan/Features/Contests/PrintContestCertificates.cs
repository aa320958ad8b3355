using DanVan.Features.Accounts;
using DanVan.Features.Certificates;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Contests;

/// <summary>
/// The prize certificates of a contest's results decision as one PDF (the certificates feature's layout,
/// <see cref="CertificatePaper"/>: "GIẤY CHỨNG NHẬN", the prize, the holder, the decision, the QR code to the public
/// verification page): in the decision's order, the team's own first, then its members. The organiser's; 409 before the decision.
/// </summary>
public static class PrintContestCertificates
{
    public static async Task<Result<PrintCertificates.Printed>> HandleAsync(AppDbContext db, CurrentUser user, PdfRenderer pdf, Guid contestId, string baseUrl,
        CancellationToken ct)
    {
        if (!(await JudgingAccess.ManagedAsync(db, user, contestId, ct)).TryGet(out var contest, out var error))
        {
            return error;
        }

        if (contest.ResultsDocumentId is null)
        {
            return new AppError("contest.results_not_issued", "Hội thi chưa có quyết định công bố kết quả: chưa in giấy chứng nhận được.", null, ErrorKind.Conflict);
        }

        var sheets = await SheetsAsync(db, contest, baseUrl, ct);
        return new PrintCertificates.Printed(await pdf.RenderAsync(CertificatePaper.Html(sheets), ct),
            $"giay-chung-nhan-{PrintCertificates.Slug(contest.ResultsNumber!)}.pdf");
    }

    public static async Task<List<CertificateSheet>> SheetsAsync(AppDbContext db, Contest contest, string baseUrl, CancellationToken ct)
    {
        var awards = await db.ContestAwards.AsNoTracking().Where(a => a.ContestId == contest.Id && !a.Withheld).OrderBy(a => a.Seq).ToListAsync(ct);
        var prizes = await db.ContestPrizes.AsNoTracking().Where(p => p.ContestId == contest.Id).ToDictionaryAsync(p => p.Id, ct);
        var certificates = (await db.ContestCertificates.AsNoTracking().Where(c => c.ContestId == contest.Id).ToListAsync(ct)).ToLookup(c => c.AwardId);
        var organiser = await db.Units.AsNoTracking().Where(u => u.Id == contest.OrganisingUnitId).Select(u => u.Name).FirstAsync(ct);
        var root = await db.Units.AsNoTracking().Where(u => u.TenantId == contest.TenantId && u.ParentId == null).Select(u => u.Name).FirstAsync(ct);
        var date = contest.ResultsDate!.Value;
        var decision = $"Quyết định số {contest.ResultsNumber} ngày {Infrastructure.Text.VnTime.Date(date)}";
        return [.. awards.SelectMany(a => certificates[a.Id].OrderBy(c => c.PersonId is null ? 0 : 1).ThenBy(c => c.HolderName, StringComparer.Ordinal).Select(c =>
            new CertificateSheet(c.Code, VerifyLink.For(baseUrl, c.Code), CertificateLayout.Title, Decree30.Upper(organiser), c.HolderName, c.Position, c.UnitName,
                prizes[a.PrizeId].Name, Achievement(contest, a, c), decision, Decree30.DateLine(Decree30.Province(root), date), null,
                Decree30.Upper(contest.ResultsSignerTitle!), contest.ResultsSignerName!)))];
    }

    private static string Achievement(Contest contest, ContestAward a, ContestCertificate c) =>
        a.PersonId is not null ? $"Đạt giải cá nhân tại {contest.Name}: {a.Reason}"
        : c.PersonId is null ? $"Đội thi đạt giải tại {contest.Name}"
        : $"Thành viên {LowerFirst(a.HolderName)} đạt giải tại {contest.Name}";

    private static string LowerFirst(string s) => s.Length == 0 ? s : char.ToLower(s[0], Infrastructure.Text.VietnameseText.Culture) + s[1..];
}
