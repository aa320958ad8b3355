using System.Globalization;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Contests;

/// <summary>
/// Prizes and results of a contest (issue 17 §4): the prize structure with its basis (the organiser types it, one tier
/// per line, until the decision); the standings' proposal, each line explained, and the results decision's form (a
/// prize per team of the last round — as proposed, another with a reason, or none with a reason — plus extra lines for
/// individual prizes and any other team); once issued, the decision's lines with reasons and the certificates to print.
/// Thin adapters over SetPrizes and IssueResults; each error is shown beside its form.
/// </summary>
public sealed class ResultsModel(AppDbContext db) : PageModel
{
    public const string TeamOnly = "team";

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty]
    public string? Basis { get; set; }

    /// <summary>"Giải Nhất | tập thể | 1 | 5.000.000", one tier per line.</summary>
    [BindProperty]
    public string? PrizeLines { get; set; }

    [BindProperty]
    public DecisionForm Decision { get; set; } = new();

    public sealed class DecisionForm
    {
        public string? Number { get; set; }
        public DateOnly? IssueDate { get; set; }
        public string? SignerTitle { get; set; }
        public string? SignerName { get; set; }
        public List<LineForm> Lines { get; set; } = [];
        public List<ExtraForm> Extras { get; set; } = [];
    }

    /// <summary>A team of the last round: the prize chosen ("" for none) and the reason.</summary>
    public sealed class LineForm
    {
        public Guid TeamId { get; set; }
        public Guid? PrizeId { get; set; }
        public string? Reason { get; set; }
    }

    /// <summary>Another prize: to a contestant ("teamId:personId") or to a whole team ("teamId:team").</summary>
    public sealed class ExtraForm
    {
        public Guid? PrizeId { get; set; }
        public string? Holder { get; set; }
        public string? Reason { get; set; }
    }

    public ResultsDto Results { get; private set; } = null!;

    /// <summary>Which form the shown error belongs to ("prizes" or "decision").</summary>
    public string? ErrorAt { get; private set; }

    public int ExtraRows => Math.Clamp(Results.Prizes.Where(p => p.Subject == PrizeSubject.Individual).Sum(p => p.Count) + 2, 3, ContestPrize.MaxCount + 2);

    private CurrentUser Me => CurrentUser.Require(User);

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        Basis = Results.PrizeBasis;
        PrizeLines = string.Join('\n', Results.Prizes.Select(p =>
            $"{p.Name} | {p.Subject.Word()} | {p.Count} | {ContestPrizes.Money(p.Amount)}"));
        Decision.IssueDate = VnTime.Today(db.Time);
        Decision.Lines = [.. Results.Proposal.Select(p => new LineForm { TeamId = p.TeamId, PrizeId = p.Decided ? p.PrizeId : null })];
        return Page();
    }

    public async Task<IActionResult> OnPostPrizesAsync(CancellationToken ct)
    {
        var parsed = Parse(PrizeLines);
        var result = parsed.TryGet(out var tiers, out var error)
            ? await SetPrizes.HandleAsync(db, Me, Id, new PrizesInput { Basis = Basis, Prizes = tiers }, null, ct)
            : error;
        return await FinishAsync(result.Error, "prizes", () => $"Đã lưu cơ cấu giải thưởng ({result.Value!.Prizes.Count} loại giải).", ct);
    }

    public async Task<IActionResult> OnPostIssueAsync(CancellationToken ct)
    {
        if (await LoadAsync(ct) is { } failed)
        {
            return failed;
        }

        var proposed = Results.Proposal.Select(p => p.TeamId).ToHashSet();
        var input = new IssueResultsInput
        {
            Number = Decision.Number, IssueDate = Decision.IssueDate, SignerTitle = Decision.SignerTitle, SignerName = Decision.SignerName,
            Awards = [.. Decision.Lines.Where(l => l.PrizeId is not null).Select(l => new AwardInput { PrizeId = l.PrizeId, TeamId = l.TeamId, Reason = l.Reason })],
            Withheld = [.. Decision.Lines.Where(l => l.PrizeId is null && proposed.Contains(l.TeamId)).Select(l => new WithheldInput { TeamId = l.TeamId, Reason = l.Reason })],
        };
        foreach (var extra in Decision.Extras.Where(x => x.PrizeId is not null || !string.IsNullOrWhiteSpace(x.Holder)))
        {
            var holder = (extra.Holder ?? "").Split(':');
            input.Awards.Add(new AwardInput
            {
                PrizeId = extra.PrizeId, TeamId = Guid.TryParse(holder[0], out var team) ? team : null,
                PersonId = holder.Length > 1 && Guid.TryParse(holder[1], out var person) ? person : null, Reason = extra.Reason,
            });
        }

        var result = await IssueResults.HandleAsync(db, Me, Id, input, null, ct);
        return await FinishAsync(result.Error, "decision", () => $"Đã ban hành Quyết định số {result.Value!.Issued!.Number} công bố kết quả hội thi.", ct);
    }

    /// <summary>The tiers typed one per line: name | tập thể or cá nhân | count | money (dots, spaces allowed).</summary>
    public static Result<List<PrizeInput>> Parse(string? text)
    {
        var tiers = new List<PrizeInput>();
        var lines = (text ?? "").Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0).ToList();
        foreach (var (line, i) in lines.Select((l, i) => (l, i + 1)))
        {
            var cells = line.Split('|').Select(c => c.Trim()).ToArray();
            var subject = cells.Length > 1 ? VietnameseText.Fold(cells[1]) : "";
            // The money as written: digits with dots or spaces between thousands, optionally "đ", "đồng" or "VND" after them.
            var money = cells.Length > 3 ? System.Text.RegularExpressions.Regex.Replace(cells[3], @"\s*(đồng|đ|vnd)\.?$", "",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase | System.Text.RegularExpressions.RegexOptions.CultureInvariant, TimeSpan.FromSeconds(1)) : "";
            var digits = money.All(c => char.IsAsciiDigit(c) || c is '.' or ' ') ? new string(money.Where(char.IsAsciiDigit).ToArray()) : "";
            if (cells.Length != 4 || !int.TryParse(cells[2], NumberStyles.None, CultureInfo.InvariantCulture, out var count)
                || !long.TryParse(digits.Length == 0 ? "x" : digits, NumberStyles.None, CultureInfo.InvariantCulture, out var amount)
                || !(subject.Contains("ca nhan", StringComparison.Ordinal) || subject.Contains("tap the", StringComparison.Ordinal) || subject.Contains("doi", StringComparison.Ordinal)))
            {
                return ContestErrors.PrizeLine(i, "viết theo mẫu “Tên giải | tập thể hoặc cá nhân | số giải | số tiền mỗi giải”");
            }

            tiers.Add(new PrizeInput
            {
                Name = cells[0], Subject = subject.Contains("ca nhan", StringComparison.Ordinal) ? PrizeSubject.Individual : PrizeSubject.Team, Count = count, Amount = amount,
            });
        }

        return tiers;
    }

    private async Task<IActionResult> FinishAsync(AppError? error, string at, Func<string> message, CancellationToken ct)
    {
        if (error is not null)
        {
            ErrorAt = at;
            return await this.ToPageAsync(error, async () => await LoadAsync(ct) ?? Page(), at == "prizes" ? "Prizes" : nameof(Decision));
        }

        TempData["Message"] = message();
        return Redirect($"/Contests/Results/{Id}#{at}");
    }

    private async Task<IActionResult?> LoadAsync(CancellationToken ct)
    {
        var results = await GetResults.HandleAsync(db, Me, Id, ct);
        if (results.Error is { } error)
        {
            return this.ToPage(error);
        }

        Results = results.Value!;
        return null;
    }
}
