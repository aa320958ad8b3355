namespace DanVan.Infrastructure.Jobs;

/// <summary>
/// Result files of jobs, under <c>DataDirectory/job-results/&lt;job id&gt;/</c>: apart from the content-addressed file
/// store, whose sweep would delete files no table row refers to.
/// </summary>
public sealed class JobResults(string root)
{
    public static JobResults For(IConfiguration configuration) =>
        new(Path.Combine(Data.DataServices.DataDirectory(configuration), "job-results"));

    public async Task<string> SaveAsync(Guid jobId, string fileName, ReadOnlyMemory<byte> content, CancellationToken ct)
    {
        var name = Path.GetFileName(fileName);
        if (name.Length is 0 or > Job.FileNameMax)
        {
            name = "ket-qua.bin";
        }

        var dir = Path.Combine(root, jobId.ToString("N"));
        Directory.CreateDirectory(dir);
        var temp = Path.Combine(dir, ".partial");
        await File.WriteAllBytesAsync(temp, content.ToArray(), ct);
        File.Move(temp, Path.Combine(dir, name), overwrite: true);
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
