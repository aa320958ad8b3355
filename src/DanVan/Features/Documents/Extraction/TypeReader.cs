namespace DanVan.Features.Documents.Extraction;

/// <summary>What the layout says about the type when the header has no type heading.</summary>
internal static class TypeReader
{
    /// <summary>
    /// A letter (công văn) has no heading: a "V/v …" line gives its subject and "Kính gửi:" its addressees. Its symbol
    /// is the issuer's abbreviation, which may read like a type code ("4123/CT-CS" of the tax department, Cục Thuế):
    /// with that layout and a number that may be a letter, the document is a letter, not a directive.
    /// </summary>
    internal static DocumentType? LetterByLayout(ExtractionPage page, DocumentNumber? own)
    {
        if (own is null || own.Form != DocumentNumberForm.StateAdministrative || !own.Admits(DocumentType.Letter))
        {
            return null;
        }

        var seen = 0;
        foreach (var line in page.Lines)
        {
            page.Ct.ThrowIfCancellationRequested();
            if (line.Length == 0)
            {
                continue;
            }

            if (++seen > 40)
            {
                break;
            }

            if (line.StartsWith("V/v ", StringComparison.Ordinal) || line.StartsWith("Kính gửi", StringComparison.Ordinal))
            {
                return DocumentType.Letter;
            }
        }

        return null;
    }
}
