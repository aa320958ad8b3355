using System.Text;

namespace DanVan.Features.Decisions;

/// <summary>
/// Whether an uploaded signed copy looks like a digitally signed PDF — a heuristic, stated honestly: the bytes start
/// with <c>%PDF-</c> and hold a signature dictionary (a <c>/ByteRange</c> with <c>/Contents</c>, and <c>/Sig</c> as its type
/// or field type). DanVan checks that a signature is <b>present</b>; it does not verify the signature, the certificate
/// chain or that the signed bytes are unchanged — the agency's own signing tool and the recipients' readers do that.
/// </summary>
public static class SignedCopy
{
    public static bool IsPdf(ReadOnlySpan<byte> bytes) => bytes.StartsWith("%PDF-"u8);

    public static bool HasSignature(byte[] bytes)
    {
        if (!IsPdf(bytes))
        {
            return false;
        }

        var text = Encoding.Latin1.GetString(bytes);
        return text.Contains("/ByteRange", StringComparison.Ordinal) && text.Contains("/Contents", StringComparison.Ordinal)
            && text.Contains("/Sig", StringComparison.Ordinal);
    }
}
