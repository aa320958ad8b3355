using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Pdf;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Certificates;

public static class CertificatesApi
{
    private const string Tag = "Bằng khen, giấy khen, thu hồi (Certificates)";
    private const string PublicTag = "Công khai (Public)";

    public static RouteGroupBuilder MapCertificatesApi(this RouteGroupBuilder api)
    {
        var certificates = api.MapGroup("/certificates").WithTags(Tag);
        certificates.MapGet("/decisions/{id:guid}", async (AppDbContext db, HttpContext http, IConfiguration config, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await ListCertificates.HandleAsync(db, user, id, VerifyLink.Base(http.Request, config), ct)))
            .WithSummary("Bằng khen, giấy khen của một quyết định đã ban hành (theo thứ tự Điều 29 Nghị định 152), kèm tình trạng và địa chỉ xác minh");
        certificates.MapGet("/decisions/{id:guid}/certificates.pdf", async (AppDbContext db, HttpContext http, IConfiguration config, PdfRenderer pdf, CurrentUser user,
                Guid id, CancellationToken ct) => File(await PrintCertificates.PdfAsync(db, user, pdf, id, VerifyLink.Base(http.Request, config), ct)))
            .WithSummary("In cả quyết định: một tệp PDF, mỗi trang một bằng khen, giấy khen còn hiệu lực");
        certificates.MapGet("/decisions/{id:guid}/certificates.zip", ZipAsync)
            .WithSummary("In cả quyết định: tệp ZIP gồm từng PDF riêng (01-ho-ten.pdf …), gửi dần khi in xong từng tệp");
        certificates.MapPost("/decisions/{id:guid}/batches", async Task<Results<Accepted<Admin.Jobs.JobDto>, ProblemHttpResult>> (AppDbContext db, HttpContext http,
                IConfiguration config, PdfRenderer pdf, CurrentUser user, Guid id, CertificateBatchInput input, CancellationToken ct) =>
                (await StartCertificateBatch.HandleAsync(db, pdf, user, id, input.Format ?? CertificateBatchFormat.Pdf, VerifyLink.Base(http.Request, config), ct))
                .TryGet(out var job, out var error) ? TypedResults.Accepted($"/api/v1/jobs/{job.Id}", job) : error.ToProblem())
            .WithSummary("In cả quyết định bằng việc nền (quyết định lớn): format Pdf (một tệp) hoặc Zip (từng tệp); trả về việc nền (202, Location: /api/v1/jobs/{id}) "
                + "để theo dõi tiến độ và tải kết quả khi xong");
        certificates.MapGet("/artwork", async (AppDbContext db, CurrentUser user, Guid unitId, CancellationToken ct) =>
                ApiResults.Ok(await ListArtwork.HandleAsync(db, user, unitId, ct)))
            .WithSummary("Ảnh nền (theo mẫu Bằng khen, Giấy khen, Giấy chứng nhận) và chữ ký (theo người ký) của đơn vị in trên bằng; kèm ảnh nền của tỉnh dùng chung");
        certificates.MapPost("/artwork", async (AppDbContext db, HttpContext http, CurrentUser user, CancellationToken ct) =>
            {
                var form = await http.Request.ReadFormAsync(ct);
                var input = new ArtworkInput(Guid.TryParse(form["unitId"], out var unit) ? unit : Guid.Empty, Named<ArtworkKind>(form["kind"]),
                    Named<CertificateLayout>(form["layout"]), form["signerName"]);
                return ApiResults.Ok(await UploadArtwork.HandleAsync(db, user, input, form.Files.GetFile("file"), ct));
            })
            .DisableAntiforgery() // the API's own check (a cookie request's header token) still applies
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary($"Tải ảnh lên (multipart): unitId, kind (Background | Signature), layout (BangKhen | GiayKhen | Title, cho ảnh nền), signerName (cho chữ ký), "
                + $"file (JPEG hoặc PNG, tối đa {CertificateArtwork.MaxKilobytes / 1024} MB); cùng chỗ thì thay ảnh cũ");
        certificates.MapDelete("/artwork/{id:guid}", async (AppDbContext db, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Ok(await RemoveArtwork.HandleAsync(db, user, id, ct)))
            .WithSummary("Bỏ một ảnh: bằng in từ nay không dùng ảnh này nữa");
        certificates.MapGet("/artwork/{id:guid}/image", async Task<Results<FileStreamHttpResult, ProblemHttpResult>> (AppDbContext db, CurrentUser user, Guid id,
                CancellationToken ct) =>
            {
                var tenantId = user.TenantId;
                var row = await db.CertificateArtworks.AsNoTracking().Where(a => a.TenantId == tenantId && a.Id == id).FirstOrDefaultAsync(ct);
                if (row is null || !await Scope.CanAsync(db, user, Permission.ViewAwards, row.UnitId, ct)
                        && !await ListArtwork.Shared(db).AnyAsync(a => a.Id == id, ct))
                {
                    return CertificateErrors.ArtworkNotFound.ToProblem();
                }

                return db.Files.OpenRead(row.Sha256) is { } stream
                    ? TypedResults.File(stream, row.ContentType)
                    : CertificateErrors.ArtworkNotFound.ToProblem();
            })
            .WithSummary("Xem một ảnh dùng cho bằng khen, giấy khen");
        certificates.MapGet("/{id:guid}/certificate.pdf", async (AppDbContext db, HttpContext http, IConfiguration config, PdfRenderer pdf, CurrentUser user, Guid id,
                CancellationToken ct) => File(await PrintCertificates.OneAsync(db, user, pdf, id, VerifyLink.Base(http.Request, config), ct)))
            .WithSummary("Một bằng khen, giấy khen (PDF khổ A4 ngang, có mã QR xác minh)");
        certificates.MapPost("/{id:guid}/reissue", (AppDbContext db, HttpContext http, IConfiguration config, CurrentUser user, Guid id, ReissueInput input,
                CancellationToken ct) => ApiResults.Write(input, () => ReissueCertificate.HandleAsync(db, user, id, input, VerifyLink.Base(http.Request, config), ct)))
            .WithSummary("Cấp lại (bị mất, in sai): mã mới; bản cũ thành “Đã được cấp lại”. reason bắt buộc");
        certificates.MapGet("/revocations", async (AppDbContext db, CurrentUser user, CancellationToken ct) => TypedResults.Ok(await ListRevocations.HandleAsync(db, user, ct)))
            .WithSummary("Các quyết định thu hồi người gọi xem được, kèm các khoản phải thu hồi, hạn (15 ngày làm việc) và tình trạng");
        certificates.MapPost("/revocations", CreateRevocationAsync)
            .DisableAntiforgery()
            .Accepts<IFormFile>("multipart/form-data")
            .WithSummary($"Quyết định hủy bỏ khen thưởng (Chương VII Luật Thi đua, khen thưởng): unitId, awardRecordIds (lặp lại), ground (A–D), reason, signerName, date (yyyy-MM-dd), number (tùy chọn), objects (tùy chọn), file (PDF đã ký số, tối đa {FileCheck.MaxMegabytes} MB)");
        certificates.MapPost("/recoveries/{id:guid}/recovered", (AppDbContext db, CurrentUser user, Guid id, RecoveryInput input, CancellationToken ct) =>
                ApiResults.Write(input, () => RecordRecovery.HandleAsync(db, user, id, input, ct)))
            .WithSummary("Ghi nhận đã thu hồi tiền thưởng, hiện vật: date (mặc định hôm nay), note (bắt buộc)");

        api.MapGet("/verify/{code}", async (AppDbContext db, ILoggerFactory logs, string code, CancellationToken ct) =>
                TypedResults.Ok(await VerifyCertificate.HandleAsync(db, code, logs.CreateLogger(nameof(VerifyCertificate)), ct)))
            .AllowAnonymous()
            .RequireRateLimiting(CertificatesServices.VerifyRateLimit)
            .WithTags(PublicTag)
            .WithSummary("Xác minh bằng khen, giấy khen theo mã (không cần đăng nhập): Valid, Revoked, Superseded, NotFound, CannotCheck — luôn 200, kèm thời điểm kiểm tra");
        return api;
    }

    /// <summary>An enum value given by its name only (a number, or a name not defined, is no value).</summary>
    private static T? Named<T>(string? text) where T : struct, Enum =>
        !int.TryParse(text, out _) && Enum.TryParse<T>(text, true, out var value) && Enum.IsDefined(value) ? value : null;

    private static Results<FileContentHttpResult, ProblemHttpResult> File(Result<PrintCertificates.Printed> result) => PrintCertificates.Printed.Answer(result);

    private static async Task<Results<PushStreamHttpResult, ProblemHttpResult>> ZipAsync(AppDbContext db, HttpContext http, IConfiguration config, PdfRenderer pdf,
        CurrentUser user, Guid id, CancellationToken ct)
    {
        if (!(await PrintCertificates.BatchAsync(db, user, id, VerifyLink.Base(http.Request, config), ct)).TryGet(out var batch, out var error))
        {
            return error.ToProblem();
        }

        if (!pdf.Installed)
        {
            throw new PdfUnavailableException("Máy chủ chưa cài trình duyệt Chromium để tạo PDF.");
        }

        // ZipArchive writes each entry's header and the central directory synchronously: allowed for this response only.
        if (http.Features.Get<Microsoft.AspNetCore.Http.Features.IHttpBodyControlFeature>() is { } body)
        {
            body.AllowSynchronousIO = true;
        }

        return TypedResults.Stream(stream => PrintCertificates.WriteZipAsync(batch, pdf, stream, ct), "application/zip", batch.Name + ".zip");
    }

    private static async Task<Results<Created<RevokeAwards.RevocationDto>, ProblemHttpResult>> CreateRevocationAsync(AppDbContext db,
        WorkingDays workingDays, CurrentUser user, [FromForm] string? unitId, [FromForm] string? date, [FromForm] string? number, [FromForm] string? ground,
        [FromForm] string? reason, [FromForm] string? signerName, [FromForm] string? objects, [FromForm] string[]? awardRecordIds, IFormFile? file, CancellationToken ct)
    {
        var input = new RevocationInput { Reason = reason, SignerName = signerName, Objects = objects };
        if (!Guid.TryParse(unitId, out var unit))
        {
            return Bad("unitId", "Vui lòng chọn đơn vị đã quyết định khen thưởng.");
        }

        input.UnitId = unit;
        if (!string.IsNullOrWhiteSpace(date))
        {
            if (!DateOnly.TryParseExact(date.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d))
            {
                return Bad("date", "Ngày ký phải có dạng yyyy-MM-dd (ví dụ 2026-01-05).");
            }

            input.Date = d;
        }

        if (!string.IsNullOrWhiteSpace(number))
        {
            if (!int.TryParse(number.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var n))
            {
                return Decisions.DecisionErrors.BadNumber.ToProblem();
            }

            input.Number = n;
        }

        if (!string.IsNullOrWhiteSpace(ground))
        {
            if (!Enum.TryParse<RevocationGround>(ground.Trim(), ignoreCase: true, out var g) || !Enum.IsDefined(g) || int.TryParse(ground, out _))
            {
                return Bad("ground", "Căn cứ thu hồi phải là một trong A, B, C, D (điểm a–d Chương VII Luật Thi đua, khen thưởng).");
            }

            input.Ground = g;
        }

        var ids = new List<Guid>();
        foreach (var s in awardRecordIds ?? [])
        {
            if (!Guid.TryParse(s, out var g))
            {
                return Bad("awardRecordIds", "Mã khen thưởng không hợp lệ.");
            }

            ids.Add(g);
        }

        input.AwardRecordIds = ids;
        var result = await RevokeAwards.HandleAsync(db, workingDays, user, input, file, ct);
        return result.TryGet(out var created, out var error) ? TypedResults.Created($"/api/v1/certificates/revocations/{created.Id}", created) : error.ToProblem();

        static ProblemHttpResult Bad(string field, string message) => new AppError("revocation.input", message, field).ToProblem();
    }
}
