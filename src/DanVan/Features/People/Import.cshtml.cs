using DanVan.Features.Accounts;
using DanVan.Features.Shared;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.People;

[RequestSizeLimit(ImportPageModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportPageModel.MaxRequestBytes)]
public sealed class ImportModel(AppDbContext db) : ImportPageModel(db)
{
    protected override Task<Result<ImportReport>> ImportAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct) =>
        ImportPeople.HandleAsync(db, user, file, ct);
}
