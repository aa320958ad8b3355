using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Infrastructure.Web;

/// <summary>
/// The two edges of an <see cref="AppError"/>: ProblemDetails for the API (<see cref="ToProblem"/>), and for pages
/// <see cref="ToPageAsync"/> / <see cref="ToPage"/>. The page rule, stated once: an error about the page's own object
/// that carries no field — it does not exist or is not visible (404), or the user may not change it at all (403) — is
/// answered with that status; every other error (invalid input, a state conflict, a stale version, a refusal about one
/// field) is shown in place on the redisplayed form, with the user's input kept and nothing saved.
/// </summary>
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

    /// <summary>The page rule for a POST: 404/403 for the page's object, otherwise the message on the form from <paramref name="redisplay"/>.</summary>
    /// <param name="aboutPageObject">False on a page creating a new object: a "not found" there is about a chosen reference and is shown on the form.</param>
    public static async Task<IActionResult> ToPageAsync(this PageModel page, AppError error, Func<Task<IActionResult>> redisplay,
        string prefix = "Input", bool aboutPageObject = true)
    {
        return (aboutPageObject ? page.ToPageOrNote(error, prefix) : page.Note(error, prefix)) ?? await redisplay();
    }

    /// <summary>The same rule for a page model that redisplays itself: the 404/403 answer, or null once the message is on the form.</summary>
    public static IActionResult? ToPageOrNote(this PageModel page, AppError error, string prefix = "Input") =>
        Status(error) ?? page.Note(error, prefix);

    private static IActionResult? Note(this PageModel page, AppError error, string prefix)
    {
        page.ModelState.AddError(error, prefix);
        return null;
    }

    /// <summary>The page rule for a load (GET) with no form to show the message on: 404, 403, or 400 with the message.</summary>
    public static IActionResult ToPage(this PageModel page, AppError error) =>
        Status(error) ?? page.BadRequest(error.Message);

    private static IActionResult? Status(AppError error) => error.Kind switch
    {
        ErrorKind.NotFound when error.Field is null => new NotFoundResult(),
        ErrorKind.Forbidden when error.Field is null => new ForbidResult(),
        _ => null,
    };
}
