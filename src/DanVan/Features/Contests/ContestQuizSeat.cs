using System.Security.Cryptography;
using DanVan.Features.Tenants;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Contests;

/// <summary>
/// A team's place at a quiz part answered on devices: the code the organiser hands the team (on a card, read out),
/// which its tablet or phone opens at <c>/hoi-thi/lam-bai</c> without an account. Ten characters of a 32-letter
/// alphabet without look-alikes (50 random bits); valid only for that team and part, and only while the part is open.
/// </summary>
public sealed class ContestQuizSeat : ITenantOwned
{
    public const int CodeLength = 10;
    private const string Alphabet = "0123456789abcdefghjkmnpqrstvwxyz";

    private ContestQuizSeat()
    {
    }

    public ContestQuizSeat(Guid tenantId, Guid contestId, Guid partId, Guid teamId, DateTime at)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        ContestId = contestId;
        PartId = partId;
        TeamId = teamId;
        Code = NewCode();
        CreatedAt = at;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid ContestId { get; private set; }
    public Guid PartId { get; private set; }
    public Guid TeamId { get; private set; }
    public string Code { get; private set; } = "";
    public DateTime CreatedAt { get; private set; }

    /// <summary>The code as printed: two groups of five.</summary>
    public static string Shown(string code) => code.Length == CodeLength ? $"{code[..5]}-{code[5..]}" : code;

    /// <summary>A code as typed: spaces and dashes dropped, lower case, the look-alikes read as the digits they resemble (o → 0, i and l → 1, u → v); null when it cannot be one.</summary>
    public static string? Normalise(string? typed)
    {
        var chars = (typed ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').Select(c => char.ToLowerInvariant(c) switch
        {
            'o' => '0',
            'i' or 'l' => '1',
            'u' => 'v',
            var x => x,
        }).ToArray();
        return chars.Length == CodeLength && chars.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? new string(chars) : null;
    }

    private static string NewCode() => string.Create(CodeLength, 0, (span, _) =>
    {
        Span<byte> bytes = stackalloc byte[CodeLength];
        RandomNumberGenerator.Fill(bytes);
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = Alphabet[bytes[i] & 31];
        }
    });
}

public sealed class ContestQuizSeatConfiguration : IEntityTypeConfiguration<ContestQuizSeat>
{
    public void Configure(EntityTypeBuilder<ContestQuizSeat> b)
    {
        b.Property(s => s.Id).ValueGeneratedNever();
        b.Property(s => s.Code).HasMaxLength(ContestQuizSeat.CodeLength);
        b.HasIndex(s => s.Code).IsUnique();
        b.HasIndex(s => new { s.PartId, s.TeamId }).IsUnique(); // one code per team and part: two organisers issuing at once, one wins
        b.HasIndex(s => s.ContestId);
        b.HasOne<Tenant>().WithMany().HasForeignKey(s => s.TenantId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<Contest>().WithMany().HasForeignKey(s => s.ContestId).OnDelete(DeleteBehavior.Cascade);
        b.HasOne<ContestPart>().WithMany().HasForeignKey(s => s.PartId).OnDelete(DeleteBehavior.Restrict);
        b.HasOne<ContestTeam>().WithMany().HasForeignKey(s => s.TeamId).OnDelete(DeleteBehavior.Restrict);
    }
}
