namespace DanVan.Tests.Infrastructure;

public static class Vietnamese
{
    private const string Marks = "ăâđêôơưáàảãạấầẩẫậắằẳẵặéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ";

    /// <summary>True when the text carries Vietnamese letters (a message written for users, not an English default).</summary>
    public static bool LooksVietnamese(string? text) =>
        !string.IsNullOrEmpty(text) && text.ToLowerInvariant().Any(c => Marks.Contains(c, StringComparison.Ordinal));
}
