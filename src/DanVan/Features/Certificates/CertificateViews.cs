namespace DanVan.Features.Certificates;

/// <summary>One certificate as the decision's page and the API list it.</summary>
public sealed record CertificateDto(Guid Id, string Code, string VerifyUrl, CertificateState State, string StateLabel, Guid AwardeeId, string HolderName,
    string UnitName, string AwardName, int Generation, Guid? SupersededById, string? ReissueReason, string? RevocationNumber);

/// <summary>A decision's certificates, in the order of Decree 152 Art. 29 (the batch PDF's order).</summary>
public sealed record DecisionCertificatesDto(Guid DecisionId, Guid UnitId, string? Number, DateOnly Date, string Title, bool Issued, bool CanManage,
    IReadOnlyList<CertificateDto> Certificates);

/// <summary>What a re-issue takes: why the old paper no longer counts (lost, misprinted …).</summary>
public sealed record ReissueInput(string? Reason);

/// <summary>How to print a whole decision in the background: one PDF (default) or a ZIP of single PDFs.</summary>
public sealed record CertificateBatchInput(CertificateBatchFormat? Format);

public static class CertificateLabels
{
    public static string Label(this CertificateState s) => s switch
    {
        CertificateState.Valid => "Hợp lệ",
        CertificateState.Revoked => "Đã bị thu hồi",
        CertificateState.Superseded => "Đã được cấp lại",
        _ => throw new ArgumentOutOfRangeException(nameof(s)),
    };
}

/// <summary>The public address a certificate's QR code opens: the configured <c>Certificates:PublicUrl</c>, else the request's own origin.</summary>
public static class VerifyLink
{
    public const string Path = "/xac-minh/";

    public static string Base(HttpRequest request, IConfiguration config) =>
        (config["Certificates:PublicUrl"] is { Length: > 0 } configured ? configured : $"{request.Scheme}://{request.Host}").TrimEnd('/');

    public static string For(string baseUrl, string code) => baseUrl + Path + code;
}
