using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Movements;

public sealed class ComplianceModel(AppDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public PlanStatus? Status { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? KindId { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Under { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Cursor { get; set; }

    public ComplianceReport Report { get; private set; } = null!;

    /// <summary>The current filters for paging and export; a status card's link (keepStatus false) starts a fresh list of that status.</summary>
    public string Filters(PlanStatus? status = null, bool keepStatus = true) => keepStatus
        ? $"status={Status}&kindId={KindId}&under={Under}&q={Uri.EscapeDataString(Q ?? "")}"
        : $"status={status}&under={Under}";

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await GetCompliance.HandleAsync(db, CurrentUser.Require(User), Id, new(Status, KindId, Under, Q, 100, Cursor), ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Report = result.Value!;
        return Page();
    }

    /// <summary>Chart.js configuration for the cumulative filings, read by wwwroot/js/charts.js (no inline script).</summary>
    public string TimelineChart() => JsonSerializer.Serialize(new
    {
        type = "line",
        data = new
        {
            labels = Report.Timeline.Select(p => VnTime.Date(p.Date)).ToArray(),
            datasets = new object[]
            {
                new { label = "Đúng hạn (cộng dồn)", data = Report.Timeline.Select(p => p.OnTime).ToArray(), borderColor = "#198754", backgroundColor = "#19875433", fill = true, stepped = true },
                new { label = "Trễ hạn (cộng dồn)", data = Report.Timeline.Select(p => p.Late).ToArray(), borderColor = "#fd7e14", backgroundColor = "#fd7e1433", fill = true, stepped = true },
            },
        },
        options = new { scales = new { y = new { beginAtZero = true, stacked = true, ticks = new { precision = 0 } } } },
    });

    public string KindChart() => JsonSerializer.Serialize(new
    {
        type = "bar",
        data = new
        {
            labels = Report.ByKind.Select(k => k.Label).ToArray(),
            datasets = new object[]
            {
                new { label = "Đúng hạn", data = Report.ByKind.Select(k => k.Counts.OnTime).ToArray(), backgroundColor = "#198754" },
                new { label = "Trễ hạn", data = Report.ByKind.Select(k => k.Counts.Late).ToArray(), backgroundColor = "#fd7e14" },
                new { label = "Quá hạn chưa ban hành", data = Report.ByKind.Select(k => k.Counts.Missing).ToArray(), backgroundColor = "#dc3545" },
                new { label = "Chưa đến hạn", data = Report.ByKind.Select(k => k.Counts.Pending).ToArray(), backgroundColor = "#6c757d" },
            },
        },
        options = new { scales = new { x = new { stacked = true }, y = new { stacked = true, beginAtZero = true, ticks = new { precision = 0 } } } },
    });
}
