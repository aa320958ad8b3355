using DanVan.Features.Accounts;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Admin.Audit;

/// <summary>
/// Administrators browse the audit entries of their scope (newest first, keyset by sequence; <see cref="AuditScope"/>
/// decides which entries and which values) and verify the hash chain.
/// </summary>
public sealed class IndexModel(AppDbContext db) : PageModel
{
    public const int PageSize = 100;

    public static readonly (string Value, string Label)[] Actions =
    [
        ("Added", "Thêm mới"), ("Modified", "Sửa"), ("Deleted", "Xóa"), (AuditActions.LoginSucceeded, "Đăng nhập"),
        (AuditActions.LoginFailed, "Đăng nhập sai"), (AuditActions.LockedOut, "Khóa tài khoản"), (AuditActions.Logout, "Đăng xuất"),
        (AuditActions.AccessDenied, "Từ chối truy cập"), (AuditActions.TokenIssued, "Cấp mã API"), (AuditActions.TokenRejected, "Mã API bị từ chối"),
        (AuditActions.MfaEnabled, "Bật xác thực hai lớp"), (AuditActions.MfaReset, "Đổi khóa xác thực hai lớp"),
        (AuditActions.MfaRecoveryCodes, "Tạo mã khôi phục"), (AuditActions.Exported, "Xuất dữ liệu cá nhân"),
        (AuditActions.Downloaded, "Tải tệp đính kèm"),
    ];

    public sealed record Row(long Seq, DateTime At, string? UserName, string Action, string? EntityType, string? EntityId, string? Changes, string? Ip);

    [BindProperty(SupportsGet = true)] public string? Action { get; set; }
    [BindProperty(SupportsGet = true, Name = "user")] public string? UserFilter { get; set; }
    [BindProperty(SupportsGet = true)] public string? Entity { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? From { get; set; }
    [BindProperty(SupportsGet = true)] public DateOnly? To { get; set; }
    [BindProperty(SupportsGet = true)] public long? Before { get; set; }

    public IReadOnlyList<Row> Rows { get; private set; } = [];
    public long? NextSeq { get; private set; }
    public string? VerifyMessage { get; private set; }
    public bool VerifyOk { get; private set; }

    public string NextUrl => $"/Admin/Audit?action={Uri.EscapeDataString(Action ?? "")}&user={Uri.EscapeDataString(UserFilter ?? "")}&entity={Uri.EscapeDataString(Entity ?? "")}&from={From:yyyy-MM-dd}&to={To:yyyy-MM-dd}&before={NextSeq}";

    /// <summary>The field changes of a row, or null when the entry holds a plain note (sign-in channel, request).</summary>
    public static IReadOnlyList<AuditTrail.FieldChange>? Fields(string? changes)
    {
        if (changes is null || !changes.StartsWith('['))
        {
            return null;
        }

        try
        {
            return System.Text.Json.JsonSerializer.Deserialize<List<AuditTrail.FieldChange>>(changes);
        }
        catch (System.Text.Json.JsonException)
        {
            return null;
        }
    }

    public static string Label(string action) => Actions.FirstOrDefault(a => a.Value == action).Label ?? action;

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostVerifyAsync(CancellationToken ct)
    {
        var broken = await AuditLog.VerifyStoredAsync(db, ct);
        VerifyOk = broken is null;
        VerifyMessage = VerifyOk
            ? $"Nhật ký nguyên vẹn: {await db.AuditEntries.CountAsync(ct):N0} bản ghi, chuỗi băm khớp."
            : $"Phát hiện sửa đổi hoặc mất dữ liệu nhật ký từ bản ghi số {broken}.";
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var me = CurrentUser.Require(User);
        var scope = await AuditScope.ForAsync(db, me, ct);
        var q = scope.Entries;
        if (!string.IsNullOrWhiteSpace(Action))
        {
            q = q.Where(a => a.Action == Action);
        }

        if (!string.IsNullOrWhiteSpace(UserFilter))
        {
            q = q.Where(a => a.UserName == UserFilter);
        }

        if (!string.IsNullOrWhiteSpace(Entity))
        {
            q = q.Where(a => a.EntityType == Entity);
        }

        if (From is { } from)
        {
            var start = from.ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
            q = q.Where(a => a.At >= start);
        }

        if (To is { } to)
        {
            var end = to.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc).AddHours(-7);
            q = q.Where(a => a.At < end);
        }

        if (Before is { } before)
        {
            q = q.Where(a => a.Seq < before);
        }

        var rows = await q.OrderByDescending(a => a.Seq).Take(PageSize + 1)
            .Select(a => new Row(a.Seq, a.At, a.UserName, a.Action, a.EntityType, a.EntityId, a.Changes, a.Ip)).ToListAsync(ct);
        NextSeq = rows.Count > PageSize ? rows[PageSize - 1].Seq : null;
        Rows = rows.Take(PageSize).Select(r => r with { Changes = scope.Show(r.EntityType, r.Changes) }).ToList();
    }
}
