using System.Text.Json;
using DanVan.Features.Accounts;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace DanVan.Features.Assessments;

/// <summary>The results of a round: rank distributions per unit kind, per cluster or bloc and year over year (charts with their tables), the ranking per cluster.</summary>
public sealed class ResultsModel(AppDbContext db) : PageModel
{
    /// <summary>One colour per rank column: the bands from best to worst, then "not eligible" and "no result" in greys.</summary>
    private static readonly string[] BandColours = ["#198754", "#0d6efd", "#fd7e14", "#dc3545", "#6f42c1", "#20c997"];

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public ResultsDto Results { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var result = await GetResults.HandleAsync(db, CurrentUser.Require(User), Id, ct);
        if (result.Error is { } error)
        {
            return this.ToPage(error);
        }

        Results = result.Value!;
        return Page();
    }

    public string KindChart() => Stacked(Results.ByKind.Select(k => (k.Label, k.Counts)));

    public string ClusterChart() => Stacked(Results.ByCluster.Select(c => (c.Name, c.Counts)));

    public string YearChart() => Stacked(Results.ByYear.Select(y => (YearLabel(y), y.Counts)));

    public static string YearLabel(YearResult y) => y.Proposed ? $"{y.Year} (đề xuất)" : $"{y.Year} (theo quyết định)";

    /// <summary>Chart.js configuration read by wwwroot/js/charts.js: one stacked bar per group, one colour per rank.</summary>
    private string Stacked(IEnumerable<(string Label, IReadOnlyList<int> Counts)> groups)
    {
        var list = groups.ToList();
        var ranks = Results.Ranks;
        return JsonSerializer.Serialize(new
        {
            type = "bar",
            data = new
            {
                labels = list.Select(g => g.Label).ToArray(),
                datasets = ranks.Select((rank, i) => new
                {
                    label = rank,
                    data = list.Select(g => g.Counts[i]).ToArray(),
                    backgroundColor = i == ranks.Count - 1 ? "#adb5bd" : i == ranks.Count - 2 ? "#495057" : BandColours[i % BandColours.Length],
                }).ToArray(),
            },
            options = new { scales = new { x = new { stacked = true }, y = new { stacked = true, beginAtZero = true, ticks = new { precision = 0 } } } },
        });
    }
}
