using System.Globalization;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Infrastructure.Files;

/// <summary>
/// <c>sweep-files [--dry-run] [--older-than-hours 24]</c>: removes the stored files no row of any tenant refers to any
/// more (an upload whose save failed after its file was written, a crash in between) and the temporary files of writes
/// that never finished, when older than the given hours (an upload in flight writes its file before its row). Safe
/// while the app runs (<see cref="FileStore.Sweep"/>). Prints what it removed (or would remove); exit code 0, or 2 on
/// bad arguments.
/// </summary>
internal static class SweepFiles
{
    public const int DefaultHours = 24;

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextWriter output, CancellationToken ct)
    {
        var dryRun = args.Contains("--dry-run");
        var i = Array.IndexOf(args, "--older-than-hours");
        var hours = DefaultHours;
        if (i >= 0 && (i + 1 >= args.Length || !int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out hours) || hours < 1))
        {
            await output.WriteLineAsync("Cách dùng: sweep-files [--dry-run] [--older-than-hours <số giờ, ít nhất 1>]");
            return 2;
        }

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var referenced = (await db.ReferencedFiles().ToListAsync(ct)).ToHashSet(StringComparer.Ordinal);
        var result = db.Files.Sweep(referenced, TimeSpan.FromHours(hours), dryRun);
        var size = (result.Bytes / 1024d / 1024d).ToString("N1", CultureInfo.GetCultureInfo("vi-VN"));
        await output.WriteLineAsync(dryRun
            ? $"Chạy thử: sẽ xoá {result.Files} tệp không còn bản ghi nào dùng ({size} MB) và {result.Temporary} tệp ghi dở, cũ hơn {hours} giờ. Chưa xoá gì."
            : $"Đã xoá {result.Files} tệp không còn bản ghi nào dùng ({size} MB) và {result.Temporary} tệp ghi dở, cũ hơn {hours} giờ; {referenced.Count} tệp đang dùng được giữ nguyên.");
        return 0;
    }
}
