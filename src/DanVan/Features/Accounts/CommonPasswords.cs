using Microsoft.AspNetCore.Identity;

namespace DanVan.Features.Accounts;

/// <summary>
/// The passwords people pick first (ASVS 5.0 6.2.4), from the embedded <c>common-passwords.txt</c> that
/// <c>tools/common-passwords.py</c> writes: well-known list patterns and their Vietnamese counterparts, case-insensitive.
/// </summary>
internal static class CommonPasswords
{
    private static readonly Lazy<HashSet<string>> List = new(Load);

    public static int Count => List.Value.Count;

    public static bool Contains(string password) => List.Value.Contains(password.Trim());

    private static HashSet<string> Load()
    {
        using var stream = typeof(CommonPasswords).Assembly.GetManifestResourceStream("DanVan.CommonPasswords.txt")
                           ?? throw new InvalidOperationException("The common-password list is not embedded.");
        using var reader = new StreamReader(stream);
        var set = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                set.Add(line);
            }
        }

        return set;
    }
}

/// <summary>Refuses a password from <see cref="CommonPasswords"/> wherever one is set (creation, change, reset).</summary>
internal sealed class CommonPasswordValidator : IPasswordValidator<AppUser>
{
    public Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password) =>
        Task.FromResult(password is not null && CommonPasswords.Contains(password)
            ? IdentityResult.Failed(new IdentityError
            {
                Code = "PasswordTooCommon",
                Description = "Mật khẩu này quá phổ biến, dễ bị đoán; hãy chọn mật khẩu khác (ví dụ một câu ngắn dễ nhớ có chữ số).",
            })
            : IdentityResult.Success);
}
