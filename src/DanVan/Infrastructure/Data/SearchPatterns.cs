namespace DanVan.Infrastructure.Data;

public static class SearchPatterns
{
    public const string Escape = "\\";

    /// <summary>A LIKE pattern matching <paramref name="folded"/> anywhere, with LIKE's own characters escaped.</summary>
    public static string Contains(string folded) =>
        "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";
}
