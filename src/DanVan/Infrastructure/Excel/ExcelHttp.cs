using DanVan.Features.Accounts;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Infrastructure.Excel;

/// <summary>The HTTP edge of Excel files: downloads, and the upload adapter shared by the import endpoints.</summary>
public static class ExcelHttp
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string FormField = "file";

    /// <summary>Room for the multipart boundaries and headers around the file.</summary>
    private const long FormOverhead = 64 * 1024;

    private static readonly AppError NoFile = new("excel.no_file", "Vui lòng chọn tệp Excel (.xlsx) để tải lên, gửi trong trường “file” của biểu mẫu (multipart/form-data).", FormField);

    private static readonly AppError Unreadable = new("excel.upload_unreadable", "Không đọc được nội dung tải lên; hãy chọn lại tệp và thử lại.", FormField);

    /// <summary>
    /// Exports are written to a self-deleting temporary file, then streamed: the OpenXml writer is synchronous, memory
    /// stays flat however many rows there are, and a failure is still a clean ProblemDetails (nothing sent yet).
    /// </summary>
    public static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> DownloadAsync(string fileName, Func<Stream, Task<Result<int>>> write)
    {
        var temp = new FileStream(Path.Combine(Path.GetTempPath(), $"danvan-{Guid.NewGuid():N}.xlsx"), FileMode.CreateNew,
            FileAccess.ReadWrite, FileShare.None, 81_920, FileOptions.DeleteOnClose);
        try
        {
            var result = await write(temp);
            if (result.Error is { } error)
            {
                await temp.DisposeAsync();
                return error.ToProblem();
            }

            temp.Position = 0;
            return TypedResults.File(temp, ContentType, fileName); // disposed (and so deleted) after sending
        }
        catch
        {
            await temp.DisposeAsync();
            throw;
        }
    }

    /// <summary>Small files (templates) are built in memory.</summary>
    public static async Task<FileStreamHttpResult> TemplateAsync(string fileName, Func<Stream, Task> write)
    {
        var content = new MemoryStream();
        await write(content);
        content.Position = 0;
        return TypedResults.File(content, ContentType, fileName);
    }

    /// <summary>
    /// Reads the multipart field "file" within the size limit and runs the import: 200 with the report, 422 with
    /// every bad row, 400 for a file-level refusal, 413 for a file over the limit.
    /// </summary>
    public static Task<Results<Ok<ImportReport>, ProblemHttpResult>> ImportAsync(HttpContext http, Func<Task<bool>> mayImport,
        Func<Stream, Task<Result<ImportReport>>> import) => ImportAsync(http, mayImport, import, report => report);

    /// <summary>
    /// The same upload for an import that answers more than its report (the object it created): 200 with that answer
    /// when <paramref name="reportOf"/> says every row passed, 422 with every bad row otherwise.
    /// </summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult>> ImportAsync<T>(HttpContext http, Func<Task<bool>> mayImport,
        Func<Stream, Task<Result<T>>> import, Func<T, ImportReport> reportOf)
    {
        // Refused before a byte of the upload is buffered or parsed: a reader without the right costs nothing.
        if (!await mayImport())
        {
            return AppError.Forbidden.ToProblem();
        }

        var request = http.Request;
        if (request.ContentLength > XlsxReader.MaxBytes + FormOverhead)
        {
            return XlsxErrors.TooLarge.ToUploadProblem();
        }

        if (!request.HasFormContentType)
        {
            return NoFile.ToProblem();
        }

        if (http.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } bodyLimit)
        {
            bodyLimit.MaxRequestBodySize = XlsxReader.MaxBytes + FormOverhead;
        }

        http.Features.Set<IFormFeature>(new FormFeature(request,
            new FormOptions { MultipartBodyLengthLimit = XlsxReader.MaxBytes + FormOverhead, ValueCountLimit = 32 }));
        IFormFile? file;
        try
        {
            // The endpoint opts out of the antiforgery middleware so that API clients, authenticated by a Bearer token
            // (which a browser never attaches on its own, so it cannot be forged cross-site), can upload. A request
            // authenticated by the cookie must still carry a valid antiforgery token, checked here.
            if (http.User.Identity?.AuthenticationType != AccessTokenAuthentication.SchemeName)
            {
                await http.RequestServices.GetRequiredService<IAntiforgery>().ValidateRequestAsync(http);
            }

            file = (await request.ReadFormAsync(http.RequestAborted)).Files.GetFile(FormField);
        }
        catch (AntiforgeryValidationException)
        {
            return AppError.BadAntiforgery.ToProblem();
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return XlsxErrors.TooLarge.ToUploadProblem();
        }
        catch (Exception e) when (e is InvalidDataException or BadHttpRequestException or IOException)
        {
            return Unreadable.ToProblem();
        }

        if (file is null)
        {
            return NoFile.ToProblem();
        }

        if (file.Length > XlsxReader.MaxBytes)
        {
            return XlsxErrors.TooLarge.ToUploadProblem();
        }

        await using var stream = file.OpenReadStream();
        var result = await import(stream);
        if (result.Error is { } error)
        {
            return error.ToUploadProblem();
        }

        var report = reportOf(result.Value!);
        return report.Succeeded ? TypedResults.Ok(result.Value!) : Rejected(report);
    }

    private static ProblemHttpResult ToUploadProblem(this AppError error) => error.Code == XlsxErrors.TooLargeCode
        ? TypedResults.Problem(detail: error.Message, statusCode: StatusCodes.Status413PayloadTooLarge, title: "Tệp quá lớn",
            extensions: new Dictionary<string, object?> { ["code"] = error.Code })
        : error.ToProblem();

    private static ProblemHttpResult Rejected(ImportReport report)
    {
        var badRows = report.Errors.Select(e => e.Row).Distinct().Count();
        return TypedResults.Problem(
            title: "Tệp có dữ liệu không hợp lệ",
            detail: $"Có {report.Errors.Count} lỗi ở {badRows} dòng; chưa có dòng nào được nhập. Hãy sửa các dòng được liệt kê rồi tải tệp lên lại.",
            statusCode: StatusCodes.Status422UnprocessableEntity,
            extensions: new Dictionary<string, object?>
            {
                ["code"] = "import.invalid_rows",
                ["rowsRead"] = report.RowsRead,
                ["imported"] = 0,
                ["errors"] = report.Errors,
            });
    }
}
