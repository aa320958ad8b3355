using System.Runtime.InteropServices;
using System.Security.Cryptography;
using DanVan.Infrastructure.Data;

namespace DanVan.Infrastructure.Files;

/// <summary>
/// Uploaded files outside the database (ADR 0015): one file per content, named by its SHA-256 under
/// <c>{DataDirectory}/files/ab/abcdef…</c>, written once and never changed. A row refers to its file by hash; the same
/// bytes uploaded twice are stored once. A file is written (to a temporary name, flushed to the disk, then renamed)
/// <b>before</b> the row that refers to it is committed, so a committed row always has its file; a crash in between
/// leaves at most an unreferenced file, which harms nothing.
/// </summary>
public sealed class FileStore(string root)
{
    /// <summary>The store of the configured data directory.</summary>
    public static FileStore For(IConfiguration configuration) => In(DataServices.DataDirectory(configuration));

    /// <summary>The store of the data directory <paramref name="dataDirectory"/>: its <c>files</c> folder.</summary>
    public static FileStore In(string dataDirectory) => new(Path.Combine(dataDirectory, "files"));

    public string Root { get; } = Path.GetFullPath(root);

    /// <summary>
    /// The clock a file's last-write time is set and compared by: the system's, since the file system stamps files with it
    /// (an app clock moved by a test would make every file look young or old).
    /// </summary>
    public TimeProvider Clock { get; init; } = TimeProvider.System;

    /// <summary>Where the file of <paramref name="sha256"/> lives (whether or not it is there).</summary>
    public string PathOf(string sha256)
    {
        if (sha256.Length != 64 || !sha256.All(char.IsAsciiHexDigitLower))
        {
            throw new ArgumentException("Not a lower-case SHA-256 in hex.", nameof(sha256));
        }

        return Path.Combine(Root, sha256[..2], sha256);
    }

    public bool Exists(string sha256) => File.Exists(PathOf(sha256));

    /// <summary>Stores <paramref name="file"/> unless the same content is already there; durable when it returns.</summary>
    public Task SaveAsync(UploadedFile file, CancellationToken ct) => SaveAsync(file.Sha256, file.Content, ct);

    /// <summary>Stores <paramref name="content"/> under <paramref name="sha256"/> (checked) unless already there; durable when it returns.</summary>
    public async Task SaveAsync(string sha256, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var path = PathOf(sha256);
        if (Touch(path))
        {
            return; // already stored; its new time tells a concurrent sweep that a row is about to refer to it
        }

        if (!string.Equals(Convert.ToHexStringLower(SHA256.HashData(content.Span)), sha256, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"The content does not have the SHA-256 {sha256}.");
        }

        var directory = Path.GetDirectoryName(path)!;
        Directory.CreateDirectory(directory);
        var temporary = Path.Combine(directory, $".{sha256}.{Guid.NewGuid():N}.tmp");
        try
        {
            await using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
            {
                await stream.WriteAsync(content, ct);
                stream.Flush(flushToDisk: true);
            }

            try
            {
                File.Move(temporary, path, overwrite: false);
            }
            catch (IOException) when (File.Exists(path))
            {
                // The same content was stored by a concurrent upload: identical bytes, nothing to do.
            }

            FlushDirectory(directory);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    /// <summary>
    /// Every stored file into <paramref name="destination"/> (a backup's folder, or the live store when restoring), each
    /// checked against its name on the way and skipped when already there; the number of files.
    /// </summary>
    public async Task<int> CopyAllToAsync(FileStore destination, CancellationToken ct)
    {
        if (!Directory.Exists(Root))
        {
            return 0;
        }

        var count = 0;
        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var sha256 = Path.GetFileName(path);
            if (sha256.StartsWith('.'))
            {
                continue; // a write in progress (or left by a crash): not a stored file
            }

            if (!destination.Exists(sha256))
            {
                await destination.SaveAsync(sha256, await File.ReadAllBytesAsync(path, ct), ct);
            }

            count++;
        }

        return count;
    }

    /// <summary>
    /// The hashes of <paramref name="referenced"/> whose file is missing or no longer has its hash: empty when every row
    /// has its file intact (the invariant checker and a restore ask this).
    /// </summary>
    public async Task<List<string>> BrokenAsync(IEnumerable<string> referenced, CancellationToken ct)
    {
        var broken = new List<string>();
        foreach (var sha256 in referenced.Distinct(StringComparer.Ordinal))
        {
            if (!await IsIntactAsync(sha256, ct))
            {
                broken.Add(sha256);
            }
        }

        return broken;
    }

    /// <summary>
    /// Removes the stored files no row refers to, and the temporary files of writes that never finished, last written
    /// more than <paramref name="olderThan"/> ago (a file is written before its row commits, so a young file may be an upload in
    /// flight). Race-free against an upload of the same content: an upload finding the file "touches" it first
    /// (<see cref="SaveAsync(string, ReadOnlyMemory{byte}, CancellationToken)"/>); the sweep renames a candidate aside,
    /// then looks at its time again and puts it back if it was touched meanwhile. <paramref name="referenced"/> is read
    /// by the caller from the database. With <paramref name="dryRun"/>, only counts.
    /// </summary>
    public SweepResult Sweep(IReadOnlySet<string> referenced, TimeSpan olderThan, bool dryRun)
    {
        var cutoffUtc = Clock.GetUtcNow().UtcDateTime - olderThan;
        var (files, bytes, temporary) = (0, 0L, 0);
        if (!Directory.Exists(Root))
        {
            return new SweepResult(0, 0, 0);
        }

        foreach (var path in Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories))
        {
            var name = Path.GetFileName(path);
            var info = new FileInfo(path);
            if (name.EndsWith(SweepSuffix, StringComparison.Ordinal))
            {
                // Left by a sweep that stopped between its rename and its delete: back if a row refers to it, else gone.
                var sha = name[1..^SweepSuffix.Length];
                if (!dryRun && referenced.Contains(sha))
                {
                    Restore(path, PathOf(sha));
                }
                else if (!dryRun)
                {
                    File.Delete(path);
                }

                continue;
            }

            if (info.LastWriteTimeUtc >= cutoffUtc)
            {
                continue;
            }

            if (name.StartsWith('.'))
            {
                temporary++; // a write that never finished (a crash or a full disk)
                if (!dryRun)
                {
                    File.Delete(path);
                }

                continue;
            }

            if (referenced.Contains(name))
            {
                continue;
            }

            if (!dryRun)
            {
                var aside = Path.Combine(Path.GetDirectoryName(path)!, "." + name + SweepSuffix);
                try
                {
                    File.Move(path, aside, overwrite: false);
                }
                catch (FileNotFoundException)
                {
                    continue;
                }

                if (File.GetLastWriteTimeUtc(aside) >= cutoffUtc)
                {
                    Restore(aside, path); // an upload of the same content found it just before the rename
                    continue;
                }

                File.Delete(aside);
            }

            files++;
            bytes += info.Length;
        }

        return new SweepResult(files, bytes, temporary);
    }

    public sealed record SweepResult(int Files, long Bytes, int Temporary);

    private const string SweepSuffix = ".sweep";

    private static void Restore(string aside, string path)
    {
        try
        {
            File.Move(aside, path, overwrite: false);
        }
        catch (IOException) when (File.Exists(path))
        {
            File.Delete(aside); // an upload wrote the same bytes again meanwhile
        }
    }

    /// <summary>Marks a stored file as just used (its last-write time); false when it is not there.</summary>
    private bool Touch(string path)
    {
        try
        {
            File.SetLastWriteTimeUtc(path, Clock.GetUtcNow().UtcDateTime);
            return true;
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return false;
        }
    }

    /// <summary>The stored file for reading, or null when it is missing.</summary>
    public FileStream? OpenRead(string sha256)
    {
        var path = PathOf(sha256);
        return File.Exists(path) ? new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true) : null;
    }

    /// <summary>Whether the stored file is there and still has its hash (for the invariant checker and restores).</summary>
    public async Task<bool> IsIntactAsync(string sha256, CancellationToken ct)
    {
        await using var stream = OpenRead(sha256);
        return stream is not null && string.Equals(Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, ct)), sha256, StringComparison.Ordinal);
    }

    /// <summary>The rename is durable only once the directory itself is on the disk (POSIX fsync of the directory).</summary>
    private static void FlushDirectory(string directory)
    {
        if (OperatingSystem.IsWindows())
        {
            return; // NTFS journals the rename itself
        }

        var fd = Posix.Open(directory, Posix.ReadOnlyDirectory);
        if (fd < 0)
        {
            throw new IOException($"Cannot open {directory} to flush it (errno {Marshal.GetLastPInvokeError()}).");
        }

        try
        {
            if (Posix.Fsync(fd) != 0)
            {
                throw new IOException($"Cannot flush {directory} (errno {Marshal.GetLastPInvokeError()}).");
            }
        }
        finally
        {
            _ = Posix.Close(fd);
        }
    }

    /// <summary>The three libc calls .NET does not offer for a directory (its file APIs refuse directory handles).</summary>
    private static class Posix
    {
        public const int ReadOnlyDirectory = 0; // O_RDONLY: a directory opens read-only without O_DIRECTORY, whose value differs by platform

        [DllImport("libc", EntryPoint = "open", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        private static extern int Open(byte[] path, int flags);

        /// <summary>open(2) of <paramref name="path"/> as a NUL-terminated UTF-8 string.</summary>
        public static int Open(string path, int flags) => Open(System.Text.Encoding.UTF8.GetBytes(path + "\0"), flags);

        [DllImport("libc", EntryPoint = "fsync", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Fsync(int fd);

        [DllImport("libc", EntryPoint = "close", SetLastError = true)]
        [DefaultDllImportSearchPaths(DllImportSearchPath.SafeDirectories)]
        public static extern int Close(int fd);
    }
}
