using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace DanVan.Infrastructure.Web;

/// <summary>The two edges of an <see cref="AppError"/>: ProblemDetails for the API, ModelState for pages.</summary>
public static class ErrorResults
{
    public static ProblemHttpResult ToProblem(this AppError error)
    {
        var (status, title) = error.Kind switch
        {
            ErrorKind.NotFound => (StatusCodes.Status404NotFound, "Không tìm thấy"),
            ErrorKind.Forbidden => (StatusCodes.Status403Forbidden, "Không có quyền"),
            ErrorKind.Conflict => (StatusCodes.Status409Conflict, "Xung đột dữ liệu"),
            ErrorKind.Invalid => (StatusCodes.Status400BadRequest, "Dữ liệu không hợp lệ"),
            _ => throw new ArgumentOutOfRangeException(nameof(error)),
        };
        var extensions = new Dictionary<string, object?> { ["code"] = error.Code };
        if (error.Field is not null)
        {
            extensions["errors"] = new Dictionary<string, string[]> { [error.Field] = [error.Message] };
        }

        return TypedResults.Problem(detail: error.Message, statusCode: status, title: title, extensions: extensions);
    }

    public static void AddError(this ModelStateDictionary modelState, AppError error, string prefix = "Input") =>
        modelState.AddModelError(error.Field is null ? string.Empty : $"{prefix}.{error.Field}", error.Message);
}
