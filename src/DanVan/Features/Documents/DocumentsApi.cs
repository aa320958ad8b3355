using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Documents;

public static class DocumentsApi
{
    public static RouteGroupBuilder MapDocumentsApi(this RouteGroupBuilder api)
    {
        var g = api.MapGroup("/documents").WithTags("Văn bản (Documents)");
        g.MapGet("/", async (AppDbContext db, HttpContext http, string? q, DocumentType? type, string? issuer, int? year, DocumentStatus? status,
                    bool? stubs, int? limit, string? cursor, CancellationToken ct) =>
                ApiResults.Ok(await ListDocuments.HandleAsync(db, CurrentUser.Require(http.User), new(q, type, issuer, year, status, stubs, limit, cursor), ct)))
            .WithSummary("Sổ văn bản: tìm không dấu theo số, trích yếu, cơ quan ban hành và toàn văn; lọc theo loại, cơ quan, năm, tình trạng");
        g.MapPost("/extract", (AppDbContext db, HttpContext http, ExtractDocument.Input input, CancellationToken ct) =>
                ApiResults.Write(input, () => ExtractDocument.HandleAsync(db, CurrentUser.Require(http.User), input.Text, ct)))
            .WithSummary("Nhận dạng văn bản từ toàn văn dán vào (không lưu): số, loại, cơ quan ban hành, địa danh, ngày, trích yếu, người ký, các văn bản được trích dẫn");
        g.MapGet("/{id:guid}", async (AppDbContext db, HttpContext http, Guid id, CancellationToken ct) =>
                ApiResults.Versioned(http, await GetDocument.HandleAsync(db, CurrentUser.Require(http.User), id, ct), d => d.Version))
            .WithSummary("Chi tiết văn bản cùng sơ đồ trích dẫn (căn cứ / được thực hiện bởi) và tệp đính kèm");
        g.MapPost("/", (AppDbContext db, HttpContext http, DocumentInput input, CancellationToken ct) =>
                ApiResults.Create(input, () => CreateDocument.HandleAsync(db, CurrentUser.Require(http.User), input, ct), d => $"/api/v1/documents/{d.Id}"))
            .WithSummary("Vào sổ một văn bản; các văn bản căn cứ được liên kết nếu đã có, chưa có thì tạo bản ghi tạm");
        g.MapPut("/{id:guid}", (AppDbContext db, HttpContext http, IfMatch ifMatch, Guid id, DocumentInput input, CancellationToken ct) =>
                ApiResults.WriteVersioned(http, input, () => UpdateDocument.HandleAsync(db, CurrentUser.Require(http.User), id, input, ifMatch.Version, ct), d => d.Version))
            .WithSummary("Sửa thông tin văn bản (căn cứ, liên kết mới được thêm vào)");
        g.MapPost("/{id:guid}/attachments", async (AppDbContext db, HttpContext http, Guid id, IFormFile? file, CancellationToken ct) =>
                ApiResults.Ok(await AddAttachment.HandleAsync(db, CurrentUser.Require(http.User), id, file, ct)))
            .DisableAntiforgery()
            .WithSummary("Đính kèm tệp PDF hoặc DOCX (kiểm tra theo nội dung tệp; tối đa 20 MB)");
        g.MapGet("/{id:guid}/attachments/{attachmentId:guid}", (AppDbContext db, HttpContext http, Guid id, Guid attachmentId, CancellationToken ct) =>
                DownloadAttachment.HandleAsync(db, CurrentUser.Require(http.User), id, attachmentId, ct))
            .WithSummary("Tải tệp đính kèm (luôn tải về, không mở trực tiếp)");
        return api;
    }
}
