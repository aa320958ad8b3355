using DanVan.Infrastructure.Excel;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;
using static DanVan.Features.Assessments.CriteriaSetExcel;

namespace DanVan.Features.Assessments;

/// <summary>A criteria set as an Excel file in the layout provinces publish (<see cref="CriteriaSetExcel"/>); read by whoever may read the set.</summary>
public static class ExportCriteriaSet
{
    public static string FileName(CriteriaSetDto set) =>
        $"bo-tieu-chi-{set.Year.ToString(VietnameseText.Culture)}{(set.Edition > 1 ? $"-phien-ban-{set.Edition.ToString(VietnameseText.Culture)}" : "")}.xlsx";

    /// <summary>Writes the set (as <see cref="GetCriteriaSet"/> answers it to the caller) and says how many criteria.</summary>
    public static Result<int> Write(CriteriaSetDto set, Stream output)
    {
        using var xlsx = XlsxWriter.Create(output);
        using (var sheet = xlsx.StartSheet(CriteriaSheet, Columns,
                   [new XlsxLine([set.Name], Bold: true), new XlsxLine([Line(YearLabel, set.Year.ToString(VietnameseText.Culture))]),
                    new XlsxLine([Line(CitationLabel, set.Citation)]), new XlsxLine([])]))
        {
            string? group = null;
            foreach (var c in set.Criteria)
            {
                if (c.Group != group)
                {
                    group = c.Group;
                    sheet.WriteBoldRow([null, group]);
                }

                sheet.WriteRow([c.Code, c.Name, c.MaxPoints, c.Guidance, AssessmentLabels.Of(c.Kind), c.EvidenceRequired ? Yes : No, c.UnitKindName]);
            }
        }

        using (var bands = xlsx.StartSheet(BandsSheet, BandColumns,
                   [new XlsxLine([Line(SuperiorLabel, Points.Format(set.SuperiorShare))]),
                    new XlsxLine([Line(CapLabel, set.TopRankCapPercent?.ToString(VietnameseText.Culture) ?? NoCap)]), new XlsxLine([])]))
        {
            foreach (var b in set.Bands)
            {
                bands.WriteRow([b.Label, b.MinPoints]);
            }
        }

        return set.Criteria.Count;
    }
}
