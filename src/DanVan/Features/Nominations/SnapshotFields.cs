namespace DanVan.Features.Nominations;

/// <summary>A field of a dossier in a comparable form: the nominee it belongs to (null: the dossier), its label, its value.</summary>
public sealed record SnapshotField(Guid? NomineeId, string Nominee, string Field, string Value);

/// <summary>One line of "what changed since the last submission".</summary>
public sealed record DossierChange(string Nominee, string Change, string? Before, string? After);

/// <summary>
/// The dossier flattened into fields (the nominee list, each nominee's award, year and report fields, the attachments), and
/// the difference between two such lists: nominees added or removed, fields changed — stated once for the page and the API.
/// </summary>
public static class SnapshotFields
{
    public const string NomineeField = "Người, tập thể được đề nghị";

    public static IEnumerable<SnapshotField> Of(Dossier d)
    {
        foreach (var n in d.Nominees.OrderBy(n => n.Name, StringComparer.Ordinal))
        {
            yield return new(n.Id, n.Name, NomineeField, n.Name);
            yield return new(n.Id, n.Name, "Danh hiệu, hình thức đề nghị", n.AwardName);
            yield return new(n.Id, n.Name, "Năm thành tích", n.Year.ToString(System.Globalization.CultureInfo.InvariantCulture));
            yield return new(n.Id, n.Name, "Chức vụ, đơn vị", n.ReportPosition ?? "");
            yield return new(n.Id, n.Name, "Chức năng, nhiệm vụ", n.ReportDuties ?? "");
            yield return new(n.Id, n.Name, "Thành tích đạt được", n.ReportAchievements ?? "");
            yield return new(n.Id, n.Name, "Báo cáo thành tích", n.ReportNarrative ?? "");
        }

        yield return new(null, "Hồ sơ", "Tệp đính kèm",
            string.Join("; ", d.Attachments.Select(a => $"{Awards.AwardLabels.Label(a.Document)}: {a.FileName}").Order(StringComparer.Ordinal)));
    }

    public static IReadOnlyList<DossierChange> Diff(IReadOnlyList<SnapshotField> before, IReadOnlyList<SnapshotField> after)
    {
        var changes = new List<DossierChange>();
        var beforeNominees = before.Where(f => f.Field == NomineeField).ToDictionary(f => f.NomineeId!.Value, f => f.Value);
        var afterNominees = after.Where(f => f.Field == NomineeField).ToDictionary(f => f.NomineeId!.Value, f => f.Value);
        changes.AddRange(afterNominees.Where(n => !beforeNominees.ContainsKey(n.Key)).Select(n => new DossierChange(n.Value, "Thêm vào hồ sơ", null, null)));
        changes.AddRange(beforeNominees.Where(n => !afterNominees.ContainsKey(n.Key)).Select(n => new DossierChange(n.Value, "Rút khỏi hồ sơ", null, null)));
        var old = before.Where(f => f.Field != NomineeField).ToDictionary(f => (f.NomineeId, f.Field), f => f.Value);
        foreach (var field in after.Where(f => f.Field != NomineeField && (f.NomineeId is null || beforeNominees.ContainsKey(f.NomineeId.Value))))
        {
            if (old.TryGetValue((field.NomineeId, field.Field), out var was) && was != field.Value)
            {
                changes.Add(new DossierChange(field.Nominee, field.Field, was, field.Value));
            }
        }

        return changes;
    }
}
