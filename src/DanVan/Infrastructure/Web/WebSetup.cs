using System.Data.Common;
using System.Globalization;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Features.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace DanVan.Infrastructure.Web;

public static class WebSetup
{
    public const string AntiforgeryHeader = "RequestVerificationToken";

    public static IServiceCollection AddDanVanWeb(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddRazorPages(o =>
            {
                o.RootDirectory = "/Features";
                // Only the sign-in pages are public; everything else falls under the authenticated fallback policy.
                o.Conventions.AllowAnonymousToFolder("/Accounts/SignIn");
            })
            .AddMvcOptions(o =>
            {
                o.ModelBinderProviders.Insert(0, new NfcModelBinderProvider());
                o.ModelBinderProviders.Insert(1, new NumberModelBinderProvider()); // "1.5" from a number input is 1.5, not 15
                VietnameseBindingMessages.Apply(o.ModelBindingMessageProvider);
            })
            .AddViewOptions(o => o.HtmlHelperOptions.ClientValidationEnabled = false);
        services.AddAntiforgery(o => o.HeaderName = AntiforgeryHeader);
        services.AddOptions<AntiforgeryOptions>().Configure<IOptions<SecurityOptions>, IHostEnvironment>((o, security, env) =>
            HostCookie.Apply(o.Cookie, "danvan.af", security.Value.HttpsOnly(env)));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOptions<ForwardedHeadersOptions>().Configure<IOptions<SecurityOptions>>((o, security) =>
        {
            // Only the configured proxies are believed (none by default): anyone else could choose their own address.
            o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
            foreach (var proxy in security.Value.Proxies())
            {
                o.KnownProxies.Add(proxy);
            }

            foreach (var network in security.Value.Networks())
            {
                o.KnownIPNetworks.Add(network);
            }
        });
        services.AddDataProtection()
            .SetApplicationName("DanVan")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(DataServices.DataDirectory(configuration), "keys")));
        services.AddProblemDetails();
        services.AddExceptionHandler<DanVanExceptionHandler>();
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(o => o.ThrowOnBadRequest = true); // explained in Vietnamese below
        services.AddOpenApi();
        services.AddHealthChecks()
            .AddDbContextCheck<AppDbContext>("database")
            .AddCheck<DiskSpaceCheck>("disk");
        services.AddHttpContextAccessor();
        return services;
    }

    public static WebApplication UseDanVanPipeline(this WebApplication app)
    {
        var vi = VietnameseText.Culture;
        CultureInfo.DefaultThreadCurrentCulture = vi;
        CultureInfo.DefaultThreadCurrentUICulture = vi;
        app.UseForwardedHeaders(); // first: the rate limiter, the audit and HSTS see the real client and scheme
        app.UseExceptionHandler();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStatusCodePages(async ctx =>
        {
            var http = ctx.HttpContext;
            if (http.Request.Path.StartsWithSegments("/api") && http.Response.ContentLength is null && !http.Response.HasStarted)
            {
                var (title, detail) = http.Response.StatusCode switch
                {
                    401 => ("Chưa xác thực", "Cần đăng nhập hoặc gửi mã truy cập: Authorization: Bearer <mã>."),
                    403 => ("Không có quyền", "Bạn không có quyền thực hiện thao tác này."),
                    404 => ("Không tìm thấy", "Không tìm thấy tài nguyên yêu cầu."),
                    429 => ("Quá nhiều yêu cầu", "Bạn đã gửi quá nhiều yêu cầu; vui lòng thử lại sau ít phút."),
                    // A query or route value the endpoint could not read (ADR 0026): named, like a bad JSON field.
                    400 => ("Dữ liệu không hợp lệ", UnreadableParameters.Of(http) is { Count: > 0 } fields
                        ? string.Join(" ", fields.Select(f => AppError.BadValue(f).Message))
                        : "Tham số của yêu cầu sai kiểu dữ liệu."),
                    _ => ("Lỗi", "Yêu cầu không thành công."),
                };
                await Results.Problem(title: title, detail: detail, statusCode: http.Response.StatusCode).ExecuteAsync(http);
            }
        });
        app.UseSecurityHeaders();
        app.UseRequestLocalization(new RequestLocalizationOptions
        {
            DefaultRequestCulture = new RequestCulture(vi),
            SupportedCultures = [vi],
            SupportedUICultures = [vi],
        });
        app.UseStaticFiles();
        app.UseRouting();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuditActor();
        app.UseApiAntiforgery();
        app.UseAdminMfaGate();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapDanVanEndpoints(this WebApplication app)
    {
        app.MapRazorPages();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready").AllowAnonymous();
        // Anonymous API documentation: on by default except in Production, where "Api:Docs" must turn it on.
        if (app.Configuration.GetValue<bool?>("Api:Docs") ?? !app.Environment.IsProduction())
        {
            app.MapOpenApi().AllowAnonymous();
            app.UseSwaggerUI(o =>
            {
                o.SwaggerEndpoint("/openapi/v1.json", "DanVan API v1");
                o.DocumentTitle = "DanVan API";
            });
        }

        return app;
    }
}

/// <summary>Unexpected failures: nothing internal leaks; a database outage is a clear 503.</summary>
public sealed class DanVanExceptionHandler(ILogger<DanVanExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is BadHttpRequestException bad)
        {
            // Unreadable JSON, wrong types, unknown enum values, bad GUIDs in the query: the client's fault, said plainly.
            var field = (bad.InnerException as System.Text.Json.JsonException)?.Path?.TrimStart('$', '.');
            http.Response.StatusCode = bad.StatusCode;
            await Results.Problem(statusCode: bad.StatusCode, title: "Dữ liệu không hợp lệ",
                detail: bad.StatusCode == StatusCodes.Status413PayloadTooLarge ? "Nội dung gửi lên quá lớn."
                    : bad.InnerException is FormatException header ? header.Message
                    : string.IsNullOrEmpty(field) ? "Không đọc được nội dung yêu cầu: JSON sai cú pháp, thiếu hoặc sai kiểu dữ liệu."
                    : AppError.BadValue(field).Message)
                .ExecuteAsync(http);
            return true;
        }

        if (exception is Microsoft.EntityFrameworkCore.DbUpdateConcurrencyException concurrency)
        {
            // The row changed between this request's read and its save: the same answer as a stale If-Match (ADR 0013).
            var stale = AppError.Stale(await Versions.ChangedAtAsync(concurrency, cancellationToken));
            var staleProblem = new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Xung đột dữ liệu", Detail = stale.Message };
            staleProblem.Extensions["code"] = stale.Code;
            await WriteAsync(http, staleProblem, cancellationToken);
            return true;
        }

        if (IsConflict(exception))
        {
            // A unique key won the race: the request changed nothing and can be retried.
            await WriteAsync(http, new ProblemDetails
            {
                Status = StatusCodes.Status409Conflict,
                Title = "Xung đột dữ liệu",
                Detail = "Dữ liệu vừa được người khác thay đổi hoặc mã đã tồn tại; không có gì được ghi. Vui lòng tải lại và thử lại.",
            }, cancellationToken);
            return true;
        }

        if (exception is Pdf.PdfUnavailableException pdf)
        {
            // No Chromium, or it failed: only the PDF is missing; everything else (the DOCX, the pages) keeps working.
            logger.LogError(exception, "No PDF on {Path}", http.Request.Path);
            await WriteAsync(http, new ProblemDetails
            {
                Status = StatusCodes.Status503ServiceUnavailable,
                Title = "Chưa tạo được tệp PDF",
                Detail = pdf.Message + " Các chức năng khác vẫn hoạt động; vui lòng thử lại sau hoặc báo quản trị viên.",
            }, cancellationToken);
            return true;
        }

        var dbDown = exception is DbException || exception.InnerException is DbException || exception is TimeoutException;
        var full = IsDiskFull(exception);
        var status = dbDown || full ? StatusCodes.Status503ServiceUnavailable : StatusCodes.Status500InternalServerError;
        logger.LogError(exception, "Unhandled error on {Path}", http.Request.Path);
        var problem = new ProblemDetails
        {
            Status = status,
            Title = full ? "Máy chủ hết dung lượng lưu trữ" : dbDown ? "Cơ sở dữ liệu tạm thời không sẵn sàng" : "Lỗi hệ thống",
            Detail = full ? "Ổ đĩa lưu dữ liệu đã đầy nên không ghi được; dữ liệu chưa được ghi và dữ liệu cũ không bị ảnh hưởng. Vui lòng báo quản trị viên giải phóng dung lượng rồi thử lại."
                : dbDown ? "Hệ thống đang không kết nối được cơ sở dữ liệu; vui lòng thử lại sau ít phút. Dữ liệu chưa được ghi."
                : "Đã có lỗi không mong muốn; vui lòng thử lại. Nếu lỗi lặp lại, hãy báo quản trị viên kèm mã theo dõi.",
        };
        await WriteAsync(http, problem, cancellationToken);
        return true;
    }

    /// <summary>ProblemDetails for the API, a plain Vietnamese page for a browser; both carry the correlation id.</summary>
    private static async Task WriteAsync(HttpContext http, ProblemDetails problem, CancellationToken cancellationToken)
    {
        http.Response.StatusCode = problem.Status!.Value;
        // The exception handler cleared the response headers: take the id from the request's audit actor again.
        var correlationId = http.RequestServices.GetService<Audit.AuditActor>()?.CorrelationId ?? http.TraceIdentifier;
        http.Response.Headers[RequestContext.CorrelationHeader] = correlationId;
        problem.Extensions["correlationId"] = correlationId;
        if (http.Request.Path.StartsWithSegments("/api"))
        {
            await http.Response.WriteAsJsonAsync(problem, (System.Text.Json.JsonSerializerOptions?)null, "application/problem+json", cancellationToken);
        }
        else
        {
            http.Response.ContentType = "text/html; charset=utf-8";
            await http.Response.WriteAsync(
                $"<!doctype html><html lang=\"vi\"><meta charset=\"utf-8\"><title>{problem.Title}</title><body><h1>{problem.Title}</h1><p>{problem.Detail}</p><p>Mã theo dõi: {System.Net.WebUtility.HtmlEncode(problem.Extensions["correlationId"]?.ToString())}</p><p><a href=\"/\">Về trang chủ</a></p></body></html>",
                cancellationToken);
        }
    }

    /// <summary>SQLITE_FULL, PostgreSQL disk_full (53100), or the operating system's "no space left" on a file write.</summary>
    private static bool IsDiskFull(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (e is Microsoft.Data.Sqlite.SqliteException { SqliteErrorCode: 13 } or Npgsql.PostgresException { SqlState: "53100" }
                || (e is IOException io && (io.HResult & 0xFFFF) == 28)) // ENOSPC
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsConflict(Exception exception) => IsUniqueViolation(exception);

    /// <summary>A save refused by a unique index (SQLite's constraint error, PostgreSQL's unique_violation).</summary>
    internal static bool IsUniqueViolation(Exception exception) => (exception is Microsoft.EntityFrameworkCore.DbUpdateException && exception.InnerException switch
        {
            Microsoft.Data.Sqlite.SqliteException sqlite => sqlite.SqliteErrorCode == 19, // SQLITE_CONSTRAINT
            Npgsql.PostgresException pg => pg.SqlState == "23505", // unique_violation
            _ => false,
        });
}
