namespace DanVan.Infrastructure.Jobs;

/// <summary>
/// Result files of jobs, under <c>DataDirectory/job-results/&lt;job id&gt;/</c>: apart from the content-addressed file
/// store, whose sweep would delete files no table row refers to.
/// </summary>
public sealed class JobResults(string root)
{
    public static JobResults For(IConfiguration configuration) =>
        new(Path.Combine(Data.DataServices.DataDirectory(configuration), "job-results"));

    public Task<string> SaveAsync(Guid jobId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct) =>
        WriteAsync(jobId, fileName, (stream, token) => stream.WriteAsync(content, token).AsTask(), ct);

    /// <summary>
    /// Writes the result through <paramref name="write"/> straight into a file of the job's folder (nothing held in memory),
    /// under a name of this attempt's own, then moves it into place: a half-written file is never the result.
    /// </summary>
    public async Task<string> WriteAsync(Guid jobId, string fileName, Func<Stream, CancellationToken, Task> write, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length is 0 or > Job.FileNameMax)
        {
            name = "ket-qua.bin";
        }

        var dir = Path.Combine(root, jobId.ToString("N"));
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, $".partial-{Guid.CreateVersion7():N}");
        try
        {
            await using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None, 81920, useAsync: true))
            {
                await write(file, ct);
            }

            File.Move(temp, Path.Combine(dir, name), overwrite: true);
        }
        finally
        {
            File.Delete(temp); // gone already once moved
        }

        return name;
    }

    public string? PathOf(Job job) =>
        job.ResultFileName is { } name && File.Exists(Path.Combine(root, job.Id.ToString("N"), name))
            ? Path.Combine(root, job.Id.ToString("N"), name)
            : null;

    public void Delete(Guid jobId)
    {
        var dir = Path.Combine(root, jobId.ToString("N"));
        if (Directory.Exists(dir))
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
