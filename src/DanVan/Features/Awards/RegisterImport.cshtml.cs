using DanVan.Features.Accounts;
using DanVan.Features.Shared;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Awards;

/// <summary>/Awards/RegisterImport: the shared upload page over <see cref="ImportAwardRecords"/>.</summary>
[RequestSizeLimit(ImportPageModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportPageModel.MaxRequestBytes)]
public sealed class RegisterImportModel(AppDbContext db) : ImportPageModel(db)
{
    protected override Task<Result<ImportReport>> ImportAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct) =>
        ImportAwardRecords.HandleAsync(db, user, file, Request.Form.Files.GetFile("File")?.FileName, ct);
}
