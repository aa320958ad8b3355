using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Models;

/// <summary>"Which of our participating units have no model yet?" — totals, a chart by unit kind, the units without a model, the full table.</summary>
public sealed class CoverageModel(AppDbContext db, ModelSettings settings) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid MovementId { get; set; }

    public CoverageReport Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await GetCoverage.HandleAsync(db, CurrentUser.Require(User), settings, MovementId, ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Report = result.Value!;
        return Page();
    }

    /// <summary>Chart.js configuration (units with and without a model, by unit kind), read by wwwroot/js/charts.js.</summary>
    public string KindChart() => JsonSerializer.Serialize(new
    {
        type = "bar",
        data = new
        {
            labels = Report.ByKind.Select(k => k.Label).ToArray(),
            datasets = new object[]
            {
                new { label = "Có mô hình đã công nhận", data = Report.ByKind.Select(k => k.WithRecognised).ToArray(), backgroundColor = "#198754" },
                new { label = "Có mô hình (chưa công nhận)", data = Report.ByKind.Select(k => k.WithModel - k.WithRecognised).ToArray(), backgroundColor = "#0d6efd" },
                new { label = "Chưa có mô hình", data = Report.ByKind.Select(k => k.Units - k.WithModel).ToArray(), backgroundColor = "#dc3545" },
            },
        },
        options = new { scales = new { x = new { stacked = true }, y = new { stacked = true, beginAtZero = true, ticks = new { precision = 0 } } } },
    });

    /// <summary>Chart.js configuration of the trend across years: units with a model (bars) and the coverage percentage (line, right axis).</summary>
    public string TrendChart() => JsonSerializer.Serialize(new
    {
        type = "bar",
        data = new
        {
            labels = Report.Trend.Select(t => t.Year.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray(),
            datasets = new object[]
            {
                new { type = "line", label = "Tỷ lệ đơn vị có mô hình (%)", data = Report.Trend.Select(t => t.Percent).ToArray(), borderColor = "#dc3545",
                    backgroundColor = "#dc3545", yAxisID = "percent" },
                new { type = "bar", label = "Đơn vị có mô hình", data = Report.Trend.Select(t => t.WithModel).ToArray(), backgroundColor = "#0d6efd", yAxisID = "y" },
                new { type = "bar", label = "Mô hình đã công nhận", data = Report.Trend.Select(t => t.RecognisedModels).ToArray(), backgroundColor = "#198754", yAxisID = "y" },
            },
        },
        options = new
        {
            scales = new
            {
                y = new { beginAtZero = true, ticks = new { precision = 0 } },
                percent = new { position = "right", beginAtZero = true, max = 100, grid = new { drawOnChartArea = false } },
            },
        },
    });
}
