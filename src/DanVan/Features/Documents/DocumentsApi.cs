using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/documents").WithTags("Văn bản (Documents)");
        g.MapGet("/", async (AppDbContext db, CurrentUser user, string? q, DocumentType? type, string? issuer, int? year, DocumentStatus? status,
                    bool? stubs, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListDocuments.HandleAsync(db, user, new(q, type, issuer, year, status, stubs, limit, cursor), ct)))
            .WithSummary("Sổ văn bản: tìm không dấu theo số, trích yếu, cơ quan ban hành và toàn văn; lọc theo loại, cơ quan, năm, tình trạng");
        g.MapPost("/extract", (AppDbContext db, CurrentUser user, ExtractDocument.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => ExtractDocument.HandleAsync(db, user, input.Text, ct)))
            .WithSummary("Nhận dạng văn bản từ toàn văn dán vào (không lưu): số, loại, cơ quan ban hành, địa danh, ngày, trích yếu, người ký, các văn bản được trích dẫn");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, CurrentUser user, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetDocument.HandleAsync(db, user, id, ct), d => d.Version))
            .WithSummary("Chi tiết văn bản cùng sơ đồ trích dẫn (căn cứ / được thực hiện bởi) và tệp đính kèm");
        g.MapPost("/", (AppDbContext db, CurrentUser user, DocumentInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateDocument.HandleAsync(db, user, input, ct), d => $"/api/v1/documents/{d.Id}"))
            .WithSummary("Vào sổ một văn bản; các văn bản căn cứ được liên kết nếu đã có, chưa có thì tạo bản ghi tạm");
        g.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, CurrentUser user, IfMatch ifMatch, Guid id, DocumentInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => UpdateDocument.HandleAsync(db, user, id, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Sửa thông tin văn bản (căn cứ, liên kết mới được thêm vào)");
        g.MapPost("/{id:guid}/attachments", async (AppDbContext db, CurrentUser user, Guid id, IFormFile? file, CancellationToken ct) =>
                ApiResults.Ok(await AddAttachment.HandleAsync(db, user, id, file, ct)))
            .DisableAntiforgery()
            .WithSummary($"Đính kèm tệp PDF hoặc DOCX (kiểm tra theo nội dung tệp; tối đa {Infrastructure.Files.FileCheck.MaxMegabytes} MB)");
        g.MapGet("/{id:guid}/attachments/{attachmentId:guid}", (AppDbContext db, CurrentUser user, Guid id, Guid attachmentId, CancellationToken ct) =>
                DownloadAttachment.HandleAsync(db, user, id, attachmentId, ct))
            .WithSummary("Tải tệp đính kèm (luôn tải về, không mở trực tiếp)");
        return api;
    }
}
