using System.Security.Cryptography;
using DanVan.Features.Accounts;
using DanVan.Features.Demo;
using DanVan.Features.Tenants;
using DanVan.Infrastructure.Audit;
using DanVan.Infrastructure.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace DanVan;

/// <summary>What happens before the first request, and the operations verbs.</summary>
internal static class Startup
{
    public static async Task PrepareDatabaseAsync(IServiceProvider services)
    {
        var options = services.GetRequiredService<DatabaseOptions>();
        if (options.MigrateOnStart)
        {
            await MigrateAsync(services);
        }

        if (options.SeedDemo ?? !services.GetRequiredService<IHostEnvironment>().IsProduction())
        {
            await SeedAsync(services, force: false);
        }

        // Only on a schema this start migrated (the migrate verb seeds them too): a database left for an operator to
        // migrate (Database:MigrateOnStart=false) has no tables to seed yet.
        if (options.MigrateOnStart)
        {
            await SeedCalendarsAsync(services);
        }
    }

    /// <summary>Every province gets the seeded working-day calendars it lacks (ADR 0020); a year already there is never touched.</summary>
    public static async Task SeedCalendarsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var added = await Features.Calendar.SeedCalendars.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        if (added > 0)
        {
            Console.WriteLine($"Đã thêm {added} lịch ngày làm việc mặc định cho các tỉnh chưa có.");
        }

        var catalogues = await Features.Awards.AwardCatalogueSeed.EnsureAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), CancellationToken.None);
        if (catalogues > 0)
        {
            Console.WriteLine($"Đã thêm danh mục khen thưởng và mức lương cơ sở mặc định cho {catalogues} tỉnh.");
        }
    }

    /// <summary>SQLite: a copy first, a check after (ADR 0019); PostgreSQL: the migrations alone.</summary>
    public static Task MigrateAsync(IServiceProvider services) => MigrateDatabase.RunAsync(services, Console.Out, CancellationToken.None);

    /// <summary>Seeds the demo province when the database has no tenant (or always, for the seed-demo verb on an empty one).</summary>
    public static async Task SeedAsync(IServiceProvider services, bool force)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<AppDbContext>();
        if (await db.Tenants.AnyAsync())
        {
            if (force)
            {
                Console.WriteLine("Cơ sở dữ liệu đã có dữ liệu; không tạo dữ liệu mẫu.");
            }

            return;
        }

        var config = sp.GetRequiredService<IConfiguration>();
        var adminPassword = config["ADMIN_PASSWORD"] ?? config["Admin:Password"];
        var printAdmin = string.IsNullOrEmpty(adminPassword);
        adminPassword = printAdmin ? GeneratePassword() : adminPassword!;
        var demoPassword = config["DEMO_PASSWORD"] ?? config["Demo:Password"];
        var printDemo = string.IsNullOrEmpty(demoPassword);
        demoPassword = printDemo ? GeneratePassword() : demoPassword!;

        var seeded = await DemoProvince.SeedAsync(db, sp.GetRequiredService<UserManager<AppUser>>(), adminPassword, demoPassword);
        Console.WriteLine($"Đã tạo tỉnh mẫu “{seeded.TenantName}”: {seeded.Units} đơn vị, {seeded.People} người, {seeded.Users} tài khoản.");
        if (printAdmin)
        {
            Console.WriteLine($"Tài khoản quản trị: admin / {adminPassword}   (chỉ in một lần; đặt DANVAN_ADMIN_PASSWORD để tự chọn)");
        }

        if (printDemo)
        {
            Console.WriteLine($"Mật khẩu chung của các tài khoản mẫu: {demoPassword}   (đặt DANVAN_DEMO_PASSWORD để tự chọn)");
        }
    }

    public static async Task<int> VerifyAuditAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var broken = await AuditLog.VerifyStoredAsync(db, CancellationToken.None);
        var count = await db.AuditEntries.CountAsync();
        var missing = broken is null ? await AuditCheckpoints.CheckAsync(db, AuditCheckpoints.PathFor(services.GetRequiredService<IConfiguration>()), CancellationToken.None) : null;
        Console.WriteLine(broken is not null ? $"Nhật ký kiểm toán bị sửa đổi hoặc thiếu từ bản ghi số {broken}."
            : missing is not null ? $"Nhật ký kiểm toán không khớp mốc kiểm tra: {missing}"
            : $"Nhật ký kiểm toán nguyên vẹn: {count} bản ghi, khớp các mốc kiểm tra.");
        return broken is null && missing is null ? 0 : 1;
    }

    /// <summary>check-invariants: every data invariant over the whole database; exit code 1 when one is broken.</summary>
    public static async Task<int> CheckInvariantsAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var results = await Invariants.CheckAsync(db, AuditCheckpoints.PathFor(services.GetRequiredService<IConfiguration>()), CancellationToken.None);
        foreach (var r in results)
        {
            Console.WriteLine(r.Holds ? $"✓ {r.Name}" : $"✗ {r.Name}: {r.Broken} vi phạm{(r.Detail is null ? "" : $" ({r.Detail})")}");
        }

        return results.All(r => r.Holds) ? 0 : 1;
    }

    /// <summary>create-tenant CODE "Name" [--central]: a new province (or central body) and its first administrator.</summary>
    public static async Task<int> CreateTenantAsync(IServiceProvider services, string[] args, bool central)
    {
        if (args.Length < 2)
        {
            Console.Error.WriteLine("Cách dùng: create-tenant <MÃ> \"<Tên tỉnh hoặc cơ quan>\" [--central]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var code = args[0].ToUpperInvariant();
        var password = GeneratePassword();
        var userName = "qtv." + code.ToLowerInvariant();
        var result = await CreateTenant.HandleAsync(sp.GetRequiredService<AppDbContext>(), sp.GetRequiredService<UserManager<AppUser>>(),
            new CreateTenant.Input(code, Infrastructure.Text.VietnameseText.Clean(args[1])!, central ? TenantKind.CentralBody : TenantKind.Province,
                IsSample: false, userName, "Quản trị " + args[1], password), CancellationToken.None);
        if (result.Error is { } error)
        {
            Console.Error.WriteLine(error.Message);
            return 1;
        }

        Console.WriteLine($"Đã tạo “{result.Value!.Tenant.Name}”. Quản trị viên: {userName} / {password}   (chỉ in một lần; bắt buộc bật xác thực hai lớp khi đăng nhập)");
        return 0;
    }

    private static string GeneratePassword() =>
        "Dv-" + Convert.ToBase64String(RandomNumberGenerator.GetBytes(12)).Replace('+', 'x').Replace('/', 'y') + "-9a";
}
