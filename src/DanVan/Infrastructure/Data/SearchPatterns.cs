namespace DanVan.Infrastructure.Data;

public static class SearchPatterns
{
    public const string Escape = "\\";

    /// <summary>A LIKE pattern matching <paramref name="folded"/> anywhere, with LIKE's own characters escaped.</summary>
    public static string Contains(string folded) =>
        "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal) + "%";

    public const int MaxWords = 8;

    /// <summary>One LIKE pattern per distinct folded word of a query (at most <see cref="MaxWords"/>): every word must match.</summary>
    public static IEnumerable<string> Words(string? query) =>
        Text.VietnameseText.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).Select(Contains);
}
