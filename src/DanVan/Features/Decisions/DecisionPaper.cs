using System.Globalization;
using DanVan.Features.Awards;
using DanVan.Features.Documents;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;

namespace DanVan.Features.Decisions;

/// <summary>
/// Everything the decision's pages and documents print, read once: the issuer and the submitter (names, abbreviations,
/// parent bodies), the province (place line), the round, the council session and the dossiers' Tờ trình (cited), the
/// base salary's decree. The wording rules (Decree 30/2020) are here, stated once.
/// </summary>
public sealed record DecisionPaper(Decision Decision, string RoundName, int RoundYear, string IssuerName, string IssuerShort, string SubmitterName,
    string SubmitterShort, string? SubmitterParent, string Province, DateOnly? SessionDate, string? CouncilName, IReadOnlyList<string> Submissions,
    string? BaseCitation)
{
    private static readonly CultureInfo Vn = Infrastructure.Text.VietnameseText.Culture;

    public static async Task<DecisionPaper> LoadAsync(AppDbContext db, Decision d, CancellationToken ct)
    {
        var round = await db.NominationRounds.AsNoTracking().Where(r => r.Id == d.RoundId).Select(r => new { r.Name, r.Year }).FirstAsync(ct);
        var unitIds = new[] { d.UnitId, d.SubmitterUnitId };
        var units = await db.Units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).Select(u => new { u.Id, u.Name, u.ShortName, u.ParentId }).ToListAsync(ct);
        var issuer = units.First(u => u.Id == d.UnitId);
        var submitter = units.First(u => u.Id == d.SubmitterUnitId);
        var parent = submitter.ParentId is { } pid ? await db.Units.AsNoTracking().Where(u => u.Id == pid).Select(u => u.Name).FirstOrDefaultAsync(ct) : null;
        var root = await db.Units.AsNoTracking().Where(u => u.TenantId == d.TenantId && u.ParentId == null).Select(u => u.Name).FirstAsync(ct);
        var session = d.SessionId is { } sid
            ? await db.CouncilSessions.AsNoTracking().Where(s => s.Id == sid)
                .Select(s => new { s.Date, Council = db.Councils.Where(c => c.Id == s.CouncilId).Select(c => c.Name).First() }).FirstOrDefaultAsync(ct)
            : null;
        var dossierIds = d.Awardees.Where(a => a.RemovedReason is null).Select(a => a.DossierId).Distinct().ToList();
        var dossiers = await db.Dossiers.AsNoTracking().Where(x => dossierIds.Contains(x.Id) && x.SubmissionNumberText != null)
            .Select(x => new { x.SubmissionNumberText, Unit = db.Units.Where(u => u.Id == x.UnitId).Select(u => u.Name).First() }).ToListAsync(ct);
        var salary = await db.BaseSalaries.AsNoTracking().InForceOn(d.TenantId, d.DecisionDate).Select(b => b.Citation).FirstOrDefaultAsync(ct);
        return new DecisionPaper(d, round.Name, round.Year, issuer.Name, Short(issuer.ShortName), submitter.Name, Short(submitter.ShortName), parent,
            Decree30.Province(root), session?.Date, session?.Council,
            dossiers.OrderBy(x => x.SubmissionNumberText, StringComparer.Ordinal)
                .Select(x => DocumentCitation.Format(DocumentType.Submission, x.SubmissionNumberText!, null, x.Unit)).ToList(), salary);
    }

    private static string Short(string? shortName) => string.IsNullOrWhiteSpace(shortName) ? "ĐV" : shortName.Trim();

    public string Symbol => $"QĐ-{IssuerShort}";

    /// <summary>"Số: 15/QĐ-UBND" once issued; "Số:      /QĐ-UBND" on a draft (the number comes from the counter at issue).</summary>
    public string NumberLine => Decision.Number is { } n ? $"Số: {n}" : $"Số:      /{Symbol}";

    public string SubmissionNumberLine => $"Số:      /TTr-{SubmitterShort}";

    /// <summary>The place-and-date line (Decree 30): blanks for the day and month on a draft.</summary>
    public string PlaceDate(bool draft) => draft ? Decree30.DraftDateLine(Province, Decision.DecisionDate.Year) : Decree30.DateLine(Province, Decision.DecisionDate);

    /// <summary>The issuer as the header's first block prints it: "ỦY BAN NHÂN DÂN" / "TỈNH SÔNG TRÀ".</summary>
    public IReadOnlyList<string> IssuerLines => Decree30.IssuerLines(IssuerName);

    public IReadOnlyList<string> SubmitterLines => SubmitterParent is { } p ? [Decree30.Upper(Abbreviate(p)), Decree30.Upper(SubmitterName)] : [Decree30.Upper(SubmitterName)];

    private static string Abbreviate(string name) => name.StartsWith("Ủy ban nhân dân ", StringComparison.OrdinalIgnoreCase) ? "UBND " + name[16..] : name;

    /// <summary>Who decides, as the authority line prints it: "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH SÔNG TRÀ".</summary>
    public string AuthorityLine => Decision.Authority switch
    {
        DecidingAuthority.ProvinceChairman or DecidingAuthority.CommuneChairman or DecidingAuthority.DistrictChairman => "CHỦ TỊCH " + Decree30.Upper(IssuerName),
        _ => "THỦ TRƯỞNG " + Decree30.Upper(IssuerName),
    };

    /// <summary>The head's title: what KT. signs for, and the Tờ trình's addressee.</summary>
    public string HeadTitle => Decision.Authority is DecidingAuthority.UnitHead ? "THỦ TRƯỞNG" : "CHỦ TỊCH";

    public string AddresseeLine => Decision.Authority is DecidingAuthority.UnitHead ? $"Thủ trưởng {IssuerName}" : $"Chủ tịch {IssuerName}";

    /// <summary>The line above the signer's capacity: "KT. CHỦ TỊCH", "TM. ỦY BAN NHÂN DÂN", or none.</summary>
    public string? PrefixLine => Decision.SignPrefix switch
    {
        SignPrefix.ForHead => "KT. " + HeadTitle,
        SignPrefix.OnBehalf => "TM. " + IssuerLines[0],
        _ => null,
    };

    /// <summary>The "Căn cứ …;" lines, from the citation formatter: the law, the decree, the base salary, the council's session, the units' Tờ trình.</summary>
    public IReadOnlyList<string> Grounds()
    {
        var lines = new List<string>
        {
            "Căn cứ " + DocumentCitation.Format(DocumentType.Law, "06/2022/QH15", new DateOnly(2022, 6, 15), null).Replace("Luật số", "Luật Thi đua, khen thưởng số", StringComparison.Ordinal) + ";",
            "Căn cứ " + DocumentCitation.Format(DocumentType.Decree, "152/2025/NĐ-CP", null, "Chính phủ") + " quy định chi tiết một số điều của Luật Thi đua, khen thưởng;",
        };
        if (BaseCitation is { } salary)
        {
            lines.Add($"Căn cứ {salary} quy định mức lương cơ sở;");
        }

        if (SessionDate is { } day)
        {
            lines.Add($"Căn cứ kết quả biểu quyết của {CouncilName ?? "Hội đồng Thi đua – Khen thưởng"} tại phiên họp ngày {DocumentCitation.Date(day)};");
        }

        lines.AddRange(Submissions.Select(s => $"Xét {s};"));
        return lines;
    }

    public static string Money(long amount) => amount.ToString("N0", Vn);
}
