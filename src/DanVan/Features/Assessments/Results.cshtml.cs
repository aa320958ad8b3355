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

    public string KindChart() => Stacked(Results.ByKind.Select(k => (k.Label, k.Counts)), horizontal: true);

    public string ClusterChart() => Stacked(Results.ByCluster.Select(c => (c.Name, c.Counts)), horizontal: true);

    public string YearChart() => Stacked(Results.ByYear.Select(y => (YearLabel(y), y.Counts)), horizontal: false);

    public static string YearLabel(YearResult y) => y.Proposed ? $"{y.Year} (đề xuất)" : $"{y.Year} (theo quyết định)";

    /// <summary>Chart.js configuration read by wwwroot/js/charts.js: one stacked bar per group, one colour per rank.</summary>
    private string Stacked(IEnumerable<(string Label, IReadOnlyList<int> Counts)> groups, bool horizontal)
    {
        var list = groups.ToList();
        var ranks = Results.Ranks;
        return JsonSerializer.Serialize(new
        {
            type = "bar",
            data = new
            {
                labels = list.Select(g => Lines(g.Label)).ToArray(),
                datasets = ranks.Select((rank, i) => new
                {
                    label = rank,
                    data = list.Select(g => g.Counts[i]).ToArray(),
                    backgroundColor = i == ranks.Count - 1 ? "#adb5bd" : i == ranks.Count - 2 ? "#495057" : BandColours[i % BandColours.Length],
                }).ToArray(),
            },
            options = new
            {
                indexAxis = horizontal ? "y" : "x",
                plugins = new { legend = new { position = "bottom", labels = new { boxWidth = 12 } } },
                scales = horizontal
                    ? new { x = (object)new { stacked = true, beginAtZero = true, ticks = new { precision = 0 } }, y = (object)new { stacked = true, ticks = new { autoSkip = false, font = new { size = 10 } } } }
                    : new { x = (object)new { stacked = true }, y = (object)new { stacked = true, beginAtZero = true, ticks = new { precision = 0 } } },
            },
        });
    }

    /// <summary>A long name as lines of about 22 characters (Chart.js draws an array label on several lines), so that phones keep room for the bars.</summary>
    private static string[] Lines(string label)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in label.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > 22)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : $"{line} {word}";
            }
        }

        lines.Add(line);
        return lines.ToArray();
    }
}
