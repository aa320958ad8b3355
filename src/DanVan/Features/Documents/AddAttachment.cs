using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Files;
using DanVan.Infrastructure.Web;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Documents;

/// <summary>Attaches a PDF or DOCX to a document, after <see cref="FileCheck"/> has looked at its bytes.</summary>
public static class AddAttachment
{
    public static readonly FileKind[] Allowed = [FileKind.Pdf, FileKind.Docx];
    public const int MaxPerDocument = 20;

    public static async Task<Result<AttachmentDto>> HandleAsync(AppDbContext db, CurrentUser user, Guid documentId, IFormFile? file, CancellationToken ct)
    {
        if ((await DocumentAccess.Rule.LoadAsync(db, user, documentId, Permission.ManageDocuments, ct)).Error is { } refused)
        {
            return refused;
        }

        var read = await FileCheck.ReadAsync(file, Allowed, ct);
        if (read.Error is not null)
        {
            return read.Error;
        }

        return await AddAsync(db, user.TenantId, documentId, read.Value!, ct);
    }

    public static async Task<Result<AttachmentDto>> AddAsync(AppDbContext db, Guid tenantId, Guid documentId, UploadedFile file, CancellationToken ct)
    {
        if (await db.DocumentAttachments.CountAsync(a => a.DocumentId == documentId, ct) >= MaxPerDocument)
        {
            return new AppError("document.too_many_files", $"Mỗi văn bản có tối đa {MaxPerDocument} tệp đính kèm.", "file");
        }

        var attachment = new DocumentAttachment(tenantId, documentId, file.FileName, file.ContentType, file.Content.Length, file.Sha256);
        db.DocumentAttachments.Add(attachment);
        await db.Files.SaveAsync(file, ct);
        await db.SaveChangesAsync(ct);
        return new AttachmentDto(attachment.Id, attachment.FileName, attachment.ContentType, attachment.Size);
    }
}
