using System.Security.Cryptography;
using System.Text;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

/// <summary>What a verification says. Stored by name in the scan log.</summary>
public enum VerificationStatus
{
    Valid,
    Revoked,
    Superseded,
    NotFound,
    CannotCheck,
}

/// <summary>What the certificate prints (never a birth date, an id or anything else about the holder).</summary>
public sealed record VerifiedCertificate(string HolderName, string UnitName, string AwardName, int Year, string Issuer, string DecisionNumber, DateOnly DecisionDate,
    string DecisionLine);

/// <summary>The revocation decision that annulled the award, with its legal ground.</summary>
public sealed record VerifiedRevocation(string Number, DateOnly Date, string GroundLetter, string Ground, string Citation);

/// <summary>The answer of the verification page and of GET /api/v1/verify/{code}: always 200, the status says the rest.</summary>
public sealed record VerificationDto(VerificationStatus Status, string StatusLabel, string Explanation, DateTime AsOf, string AsOfText,
    VerifiedCertificate? Certificate, VerifiedRevocation? Revocation, string? SupersededByCode);

/// <summary>
/// The public check of a certificate's code (anonymous; the page /xac-minh/{code} and GET /api/v1/verify/{code}): it
/// answers truthfully, as of now — Hợp lệ; Đã bị thu hồi (by which decision, on which ground a–d of Law 06/2022 ch. VII);
/// Đã được cấp lại (with the new certificate's code); a contest's prize certificate too (Hợp lệ while its results decision
/// stands); Không tìm thấy for a code that matches none, with the same status code, the same lookups (a decision's
/// certificates, then a contest's) and the same log write as a found one; and Không kiểm tra được whenever anything fails — never
/// "valid" on an error. Every answer is logged (<see cref="CertificateScan"/>: time, certificate or code hash, result),
/// never the visitor. The caller rate-limits by address (<see cref="CertificatesServices.VerifyRateLimit"/>).
/// </summary>
public static class VerifyCertificate
{
    /// <summary>Longer input is cut before hashing: hostile text costs nothing.</summary>
    private const int InputMax = 100;

    public static async Task<VerificationDto> HandleAsync(AppDbContext db, string? input, ILogger logger, CancellationToken ct)
    {
        var asOf = db.Time.GetUtcNow().UtcDateTime;
        var code = (input ?? "").Trim().ToLowerInvariant();
        code = code.Length > InputMax ? code[..InputMax] : code;
        VerificationDto answer;
        Guid? certificateId = null;
        try
        {
            var row = await db.Certificates.AsNoTracking().Where(c => c.Code == code).Select(c => new
            {
                c.Id, c.State,
                Next = db.Certificates.Where(n => n.Id == c.SupersededById).Select(n => n.Code).FirstOrDefault(),
                Awardee = db.DecisionAwardees.Where(a => a.Id == c.AwardeeId).Select(a => new { a.Name, a.UnitName, a.AwardName, a.Year }).First(),
                Decision = db.Decisions.Where(d => d.Id == c.DecisionId)
                    .Select(d => new { d.Number, d.DecisionDate, Issuer = db.Units.Where(u => u.Id == d.UnitId).Select(u => u.Name).First() }).First(),
                Revocation = db.Revocations.Where(r => r.Id == c.RevocationId).Select(r => new { r.Number, r.DecisionDate, r.Ground }).FirstOrDefault(),
            }).FirstOrDefaultAsync(ct);
            if (row is null)
            {
                answer = await ContestPrizeAsync(db, code, asOf, ct) ?? Answer(VerificationStatus.NotFound, asOf);
            }
            else
            {
                certificateId = row.Id;
                var facts = new VerifiedCertificate(row.Awardee.Name, row.Awardee.UnitName, row.Awardee.AwardName, row.Awardee.Year, row.Decision.Issuer,
                    row.Decision.Number ?? "", row.Decision.DecisionDate, $"Quyết định số {row.Decision.Number} ngày {VnTime.Date(row.Decision.DecisionDate)}");
                answer = row.State switch
                {
                    CertificateState.Valid when row.Decision.Number is not null => Answer(VerificationStatus.Valid, asOf) with { Certificate = facts },
                    CertificateState.Revoked when row.Revocation is { } r => Answer(VerificationStatus.Revoked, asOf) with
                    {
                        Certificate = facts,
                        Revocation = new VerifiedRevocation(r.Number, r.DecisionDate, RevocationGrounds.Of(r.Ground).Letter, RevocationGrounds.Of(r.Ground).Text,
                            RevocationGrounds.Citation),
                    },
                    CertificateState.Superseded when row.Next is not null => Answer(VerificationStatus.Superseded, asOf) with { Certificate = facts, SupersededByCode = row.Next },
                    _ => Answer(VerificationStatus.CannotCheck, asOf), // a state without what it needs: say so, never "valid"
                };
            }
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "Certificate verification failed");
            answer = Answer(VerificationStatus.CannotCheck, asOf);
        }

        try
        {
            db.ChangeTracker.Clear();
            db.CertificateScans.Add(new CertificateScan(certificateId, Hash(code), answer.Status, asOf));
            await db.SaveChangesAsync(ct);
        }
        catch (Exception e) when (e is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            logger.LogError(e, "A certificate scan could not be logged");
            if (answer.Status != VerificationStatus.CannotCheck)
            {
                answer = Answer(VerificationStatus.CannotCheck, asOf); // an answer that cannot be logged is not given
            }
        }

        return answer;
    }

    /// <summary>
    /// A contest's prize certificate (<see cref="Contests.ContestCertificate"/>): valid while its contest's results
    /// decision stands in the register (a decision's lines are never changed; one marked replaced answers "cannot
    /// check"); null when the code is none of them. The scan log keeps
    /// its code's hash only (its certificate id names a decision's certificate).
    /// </summary>
    private static async Task<VerificationDto?> ContestPrizeAsync(AppDbContext db, string code, DateTime asOf, CancellationToken ct)
    {
        var row = await db.ContestCertificates.AsNoTracking().Where(c => c.Code == code).Select(c => new
        {
            c.HolderName, c.UnitName,
            Award = db.ContestAwards.Where(a => a.Id == c.AwardId).Select(a => new { a.Withheld, Prize = db.ContestPrizes.Where(p => p.Id == a.PrizeId).Select(p => p.Name).First() })
                .First(),
            Contest = db.Contests.Where(k => k.Id == c.ContestId).Select(k => new
            {
                k.Name, k.Year, k.ResultsNumber, k.ResultsDate, Issuer = db.Units.Where(u => u.Id == k.OrganisingUnitId).Select(u => u.Name).First(),
                Register = db.Documents.Where(d => d.Id == k.ResultsDocumentId).Select(d => (Documents.DocumentStatus?)d.Status).FirstOrDefault(),
            }).First(),
        }).FirstOrDefaultAsync(ct);
        if (row is null)
        {
            return null;
        }

        // The decision must stand in the register: one replaced by another cannot vouch for the paper (say so, never "valid").
        if (row.Contest.ResultsNumber is null || row.Contest.ResultsDate is not { } date || row.Award.Withheld
            || row.Contest.Register is null or Documents.DocumentStatus.Replaced)
        {
            return Answer(VerificationStatus.CannotCheck, asOf);
        }

        return Answer(VerificationStatus.Valid, asOf) with
        {
            Certificate = new VerifiedCertificate(row.HolderName, row.UnitName, $"{row.Award.Prize} — {row.Contest.Name}", row.Contest.Year, row.Contest.Issuer,
                row.Contest.ResultsNumber, date, $"Quyết định số {row.Contest.ResultsNumber} ngày {VnTime.Date(date)}"),
        };
    }

    public static string Hash(string code) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(code)));

    public static string Label(this VerificationStatus s) => s switch
    {
        VerificationStatus.Valid => "Hợp lệ",
        VerificationStatus.Revoked => "Đã bị thu hồi",
        VerificationStatus.Superseded => "Đã được cấp lại",
        VerificationStatus.NotFound => "Không tìm thấy",
        VerificationStatus.CannotCheck => "Không kiểm tra được",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };

    private static VerificationDto Answer(VerificationStatus status, DateTime asOf) => new(status, status.Label(), status switch
    {
        VerificationStatus.Valid => "Bằng khen, giấy khen này do cơ quan có thẩm quyền cấp và đang có hiệu lực.",
        VerificationStatus.Revoked => "Khen thưởng này đã bị hủy bỏ bằng quyết định thu hồi dưới đây; bản in không còn giá trị.",
        VerificationStatus.Superseded => "Bản này đã được cấp lại; bản in này không còn giá trị, hãy kiểm tra bản mới.",
        VerificationStatus.NotFound => "Không có bằng khen, giấy khen nào có mã này. Hãy kiểm tra lại mã (quét lại mã QR) hoặc liên hệ cơ quan khen thưởng.",
        _ => "Hệ thống chưa kiểm tra được mã này lúc này. Đây không phải là xác nhận hợp lệ; vui lòng thử lại sau.",
    }, asOf, VnTime.DateAndTime(asOf), null, null, null);
}
