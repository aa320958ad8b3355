namespace DanVan.Features.Documents;

// TEMPORARY: replaced by the document-number library.
public sealed record DocumentNumber(string Number, int? Year, string Symbol, DocumentType? Type)
{
    public string IdentityKey => Number.TrimStart('0') + "|" + Symbol.ToLowerInvariant();

    public string Format() => Year is { } y ? $"{Number}/{y}/{Symbol}" : $"{Number}/{Symbol}";

    public static bool TryParse(string? text, out DocumentNumber? number)
    {
        number = null;
        if (string.IsNullOrWhiteSpace(text) || !text.Contains('/'))
        {
            return false;
        }

        var i = text.IndexOfAny(['/', '-']);
        number = new DocumentNumber(text[..i], null, text[(i + 1)..], DocumentType.Plan);
        return true;
    }
}
