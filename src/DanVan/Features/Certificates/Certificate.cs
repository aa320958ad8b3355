using System.Security.Cryptography;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Certificates;

/// <summary>Hợp lệ, Đã bị thu hồi, Đã được cấp lại. Stored by name.</summary>
public enum CertificateState
{
    Valid,
    Revoked,
    Superseded,
}

/// <summary>
/// The printed award (Bằng khen / Giấy khen / certificate of a title) of one awardee of an issued decision, with an
/// unguessable public code its QR opens (<see cref="NewCode"/>: 130 random bits, base32). Valid → Revoked (the award was
/// annulled by a revocation decision) or Valid → Superseded (re-issued: <see cref="SupersededById"/> is the new one, the
/// old paper no longer counts). A decision's awardee has one certificate per <see cref="Generation"/>.
/// </summary>
public sealed class Certificate : ITenantOwned, IStamped
{
    /// <summary>26 characters of RFC 4648 base32 (lower case): 130 bits from the system's CSPRNG.</summary>
    public const int CodeLength = 26;
    public const int ReasonMax = 500;
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz234567";

    private Certificate()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string Code { get; private set; } = "";
    public Guid DecisionId { get; private set; }
    public Guid AwardeeId { get; private set; }
    public Guid AwardRecordId { get; private set; }
    public int Generation { get; private set; }
    public CertificateState State { get; private set; }
    public Guid? SupersededById { get; private set; }
    public string? ReissueReason { get; private set; }
    public Guid? RevocationId { get; private set; }
    public DateTime? RevokedAt { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Certificate Create(Guid tenantId, Guid decisionId, Guid awardeeId, Guid awardRecordId, int generation = 1) => new()
    {
        Id = Guid.CreateVersion7(), TenantId = tenantId, Code = NewCode(), DecisionId = decisionId, AwardeeId = awardeeId, AwardRecordId = awardRecordId,
        Generation = generation, State = CertificateState.Valid,
    };

    /// <summary>A new certificate for the same award; this one becomes Superseded and points to it.</summary>
    public Result<Certificate> Reissue(string reason)
    {
        if (State != CertificateState.Valid)
        {
            return State == CertificateState.Revoked ? CertificateErrors.RevokedCannotReissue : CertificateErrors.AlreadySuperseded;
        }

        var next = Create(TenantId, DecisionId, AwardeeId, AwardRecordId, Generation + 1);
        (State, SupersededById, ReissueReason) = (CertificateState.Superseded, next.Id, reason.Trim());
        return next;
    }

    /// <summary>The award was annulled: whatever the paper says, it no longer counts.</summary>
    public void Revoke(Guid revocationId, DateTime at) => (State, RevocationId, RevokedAt) = (CertificateState.Revoked, revocationId, at);

    public static string NewCode()
    {
        Span<byte> bytes = stackalloc byte[17];
        RandomNumberGenerator.Fill(bytes);
        Span<char> code = stackalloc char[CodeLength];
        for (var i = 0; i < CodeLength; i++)
        {
            var bit = i * 5;
            var value = (((bytes[bit / 8] << 8) | bytes[(bit / 8) + 1]) >> (11 - (bit % 8))) & 31;
            code[i] = Alphabet[value];
        }

        return new string(code);
    }

    /// <summary>Whether a string has a code's shape (only checked to keep hostile input short; an unknown code answers the same).</summary>
    public static bool LooksLikeCode(string? code) => code is { Length: CodeLength } && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal));
}

/// <summary>
/// One look at the verification page or API: when, which certificate (or, for a code that matches none, the SHA-256 of
/// what was asked — never the text itself), the answer given. Never the visitor's address, browser or identity. Not tenant
/// data: an unknown code belongs to no province.
/// </summary>
public sealed class CertificateScan
{
    private CertificateScan()
    {
    }

    public CertificateScan(Guid? certificateId, string codeHash, VerificationStatus result, DateTime at)
    {
        Id = Guid.CreateVersion7();
        CertificateId = certificateId;
        CodeHash = codeHash;
        Result = result;
        At = at;
    }

    public Guid Id { get; private set; }
    public Guid? CertificateId { get; private set; }
    public string CodeHash { get; private set; } = "";
    public VerificationStatus Result { get; private set; }
    public DateTime At { get; private set; }
}
