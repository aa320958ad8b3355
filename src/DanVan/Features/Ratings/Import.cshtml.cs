using DanVan.Features.Accounts;
using DanVan.Features.Shared;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;

namespace DanVan.Features.Ratings;

[RequestSizeLimit(ImportPageModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportPageModel.MaxRequestBytes)]
public sealed class ImportModel(AppDbContext db, TimeProvider time) : ImportPageModel(db)
{
    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    /// <summary>The "template" is the export of the year: the people in scope, ready to fill in.</summary>
    public string TemplateUrl => $"/api/v1/ratings/export.xlsx?year={Year ?? VnTime.Today(time).Year}";

    protected override Task<Result<ImportReport>> ImportAsync(AppDbContext db, CurrentUser user, Stream file, CancellationToken ct) =>
        ImportRatings.HandleAsync(db, user, file, Request.Form.Files.GetFile("File")?.FileName, ct);
}
