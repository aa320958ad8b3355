using System.Text;

namespace DanVan.Features.Demo;

/// <summary>
/// The five seed web pages the project was founded on (Features/Demo/Seeds/000.txt … 004.txt), embedded in the
/// assembly: demo data and test material for document extraction.
/// </summary>
public static class DemoSeeds
{
    /// <summary>The seed names, in order.</summary>
    public static IReadOnlyList<string> Names { get; } = ["000", "001", "002", "003", "004"];

    /// <summary>The text of seed <paramref name="name"/> ("003"), read as UTF-8.</summary>
    public static string Read(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var resource = $"DanVan.Seeds.{name}.txt";
        using var stream = typeof(DemoSeeds).Assembly.GetManifestResourceStream(resource)
                           ?? throw new ArgumentException($"No embedded seed \"{name}\".", nameof(name));
        using var reader = new StreamReader(stream, new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        return reader.ReadToEnd();
    }
}
