using System.Diagnostics.CodeAnalysis;

namespace DanVan.Infrastructure.Web;

public enum ErrorKind
{
    Invalid,
    Conflict,
    NotFound,
    Forbidden,
}

/// <summary>An expected failure, with a Vietnamese message for the user. Features list theirs in Errors.cs.</summary>
public sealed record AppError(string Code, string Message, string? Field = null, ErrorKind Kind = ErrorKind.Invalid)
{
    /// <summary>The one answer for an object the caller may not see or that does not exist (see ADR 0003).</summary>
    public static AppError NotFound(string what) => new("not_found", $"Không tìm thấy {what} hoặc bạn không có quyền xem.", null, ErrorKind.NotFound);

    public static readonly AppError Forbidden = new("forbidden", "Bạn không có quyền thực hiện thao tác này.", null, ErrorKind.Forbidden);

    /// <summary>A browser-session write without our page's anti-forgery token (form field or RequestVerificationToken header).</summary>
    public static readonly AppError BadAntiforgery = new("antiforgery",
        "Phiên làm việc đã hết hạn hoặc yêu cầu thiếu mã chống giả mạo; hãy tải lại trang rồi thử lại. Phần mềm khác gọi API bằng mã truy cập: Authorization: Bearer <mã>.");

    public static AppError Required(string field, string label) => new("required", $"Vui lòng nhập {label}.", field);

    /// <summary>A value of the wrong type or outside its domain (an undefined enum member), from JSON, query or route.</summary>
    public static AppError BadValue(string field) =>
        new("bad_value", $"Giá trị của trường “{field}” không hợp lệ (sai kiểu dữ liệu hoặc không thuộc các giá trị cho phép).", field);

    /// <summary>
    /// The one answer for a write based on an old read: the record changed since the caller loaded it (If-Match on the API,
    /// the form's hidden version on pages) or a concurrent save won the race. Nothing was saved (see ADR 0013).
    /// </summary>
    public static AppError Stale(DateTime? changedAtUtc) => new("stale",
        (changedAtUtc is { } at ? $"Bản ghi đã được người khác sửa lúc {Text.VnTime.DateAndTime(at)}" : "Bản ghi vừa được người khác sửa")
        + "; hãy tải lại trang để xem thay đổi mới nhất rồi sửa lại. Chưa có gì được lưu.", null, ErrorKind.Conflict);

    public static AppError TooLong(string field, string label, int max) => new("too_long", $"{label} không được dài quá {max} ký tự.", field);
}

/// <summary>The outcome of an operation: a value or an <see cref="AppError"/>.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, AppError? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }
    public AppError? Error { get; }

    public static Result<T> From(T value) => new(value, null);

    public static implicit operator Result<T>(T value) => new(value, null);

    public static implicit operator Result<T>(AppError error) => new(default, error);

    /// <summary>The value, or the error to return: <c>if (!result.TryGet(out var x, out var error)) return error;</c></summary>
    public bool TryGet([NotNullWhen(true)] out T? value, [NotNullWhen(false)] out AppError? error)
    {
        value = Value;
        error = Error;
        if (error is null && value is null)
        {
            throw new InvalidOperationException("A result holds a value or an error.");
        }

        return error is null;
    }
}
