using Microsoft.AspNetCore.Http.HttpResults;

namespace DanVan.Infrastructure.Web;

/// <summary>Turns operation results into typed HTTP results: 200/201, ProblemDetails, or a Vietnamese 400.</summary>
public static class ApiResults
{
    public static Results<Ok<T>, ProblemHttpResult> Ok<T>(Result<T> result) =>
        result.Error is { } error ? error.ToProblem() : TypedResults.Ok(result.Value!);

    /// <summary>A single versioned resource: 200 with <c>ETag: "version"</c> (the value a later If-Match sends back, ADR 0013).</summary>
    public static Results<Ok<T>, ProblemHttpResult> Versioned<T>(HttpContext http, Result<T> result, Func<T, int?> version)
    {
        if (result.Error is null && version(result.Value!) is { } v)
        {
            http.Response.Headers.ETag = Versions.ETag(v);
        }

        return Ok(result);
    }

    /// <summary><see cref="Write{T}"/> for an edit of a versioned resource: the answer carries the new version's ETag.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult, ValidationProblem>> WriteVersioned<T>(HttpContext http, object? input,
        Func<Task<Result<T>>> operation, Func<T, int?> version) =>
        await Write(input, async () =>
        {
            var result = await operation();
            if (result.Error is null && version(result.Value!) is { } v)
            {
                http.Response.Headers.ETag = Versions.ETag(v);
            }

            return result;
        });

    /// <summary>Validates the body's annotations, then runs the operation.</summary>
    public static async Task<Results<Ok<T>, ProblemHttpResult, ValidationProblem>> Write<T>(object? input, Func<Task<Result<T>>> operation)
    {
        if (Invalid(input) is { } invalid)
        {
            return invalid;
        }

        var result = await operation();
        return result.Error is { } error ? error.ToProblem() : TypedResults.Ok(result.Value!);
    }

    public static async Task<Results<Created<T>, ProblemHttpResult, ValidationProblem>> Create<T>(object? input,
        Func<Task<Result<T>>> operation, Func<T, string> location)
    {
        if (Invalid(input) is { } invalid)
        {
            return invalid;
        }

        var result = await operation();
        return result.Error is { } error ? error.ToProblem() : TypedResults.Created(location(result.Value!), result.Value!);
    }

    private static ValidationProblem? Invalid(object? input)
    {
        if (input is null)
        {
            return TypedResults.ValidationProblem(new Dictionary<string, string[]> { [""] = ["Thiếu nội dung yêu cầu (JSON)."] },
                title: "Dữ liệu không hợp lệ", detail: "Thiếu nội dung yêu cầu (JSON).");
        }

        return InputValidation.Errors(input) is { } errors
            ? TypedResults.ValidationProblem(errors, title: "Dữ liệu không hợp lệ", detail: string.Join(" ", errors.Values.SelectMany(v => v)))
            : null;
    }
}
