namespace DanVan.Features.Assessments;

/// <summary>
/// The in-browser editor's form: the set as groups of criteria (the way it is read and published) and its bands. It only
/// arranges rows; on save it becomes the API's <see cref="CriteriaSetInput"/> (groups flattened in order) and every rule is
/// <see cref="CriteriaSet.Replace"/>'s. <see cref="FieldKey"/> turns a rule's field (a criterion by its position) back into
/// the form's field so the message shows next to it.
/// </summary>
public sealed class CriteriaSetForm
{
    public int? Year { get; set; }
    public string? Name { get; set; }
    public string? Citation { get; set; }
    public Guid? RegulationDocumentId { get; set; }
    public decimal? SuperiorShare { get; set; }
    public int? TopRankCapPercent { get; set; }
    public int? Version { get; set; }
    public List<GroupForm> Groups { get; set; } = [];
    public List<BandForm> Bands { get; set; } = [];

    public sealed class GroupForm
    {
        public string? Name { get; set; }
        public List<CriterionForm> Criteria { get; set; } = [];
    }

    public sealed class CriterionForm
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public string? Guidance { get; set; }
        public decimal? MaxPoints { get; set; }
        public CriterionKind Kind { get; set; }
        public bool EvidenceRequired { get; set; }
        public Guid? UnitKindId { get; set; }
    }

    public sealed class BandForm
    {
        public string? Label { get; set; }
        public decimal? MinPoints { get; set; }
    }

    public static CriteriaSetForm New(int year) => new()
    {
        Year = year,
        Groups = [new GroupForm { Name = "I. ", Criteria = [new CriterionForm { Code = "1" }] }],
        Bands = CriteriaSet.DefaultBands.Select(b => new BandForm { Label = b.Label, MinPoints = b.MinPoints }).ToList(),
    };

    public static CriteriaSetForm From(CriteriaSetDto set) => new()
    {
        Year = set.Year,
        Name = set.Name,
        Citation = set.Citation,
        RegulationDocumentId = set.RegulationDocumentId,
        SuperiorShare = set.SuperiorShare,
        TopRankCapPercent = set.TopRankCapPercent,
        Version = set.Version,
        Groups = set.Criteria.Aggregate(new List<GroupForm>(), (groups, c) =>
        {
            if (groups.Count == 0 || groups[^1].Name != c.Group)
            {
                groups.Add(new GroupForm { Name = c.Group });
            }

            groups[^1].Criteria.Add(new CriterionForm
            {
                Code = c.Code, Name = c.Name, Guidance = c.Guidance, MaxPoints = c.MaxPoints, Kind = c.Kind, EvidenceRequired = c.EvidenceRequired,
                UnitKindId = c.UnitKindId,
            });
            return groups;
        }),
        Bands = set.Bands.Select(b => new BandForm { Label = b.Label, MinPoints = b.MinPoints }).ToList(),
    };

    public CriteriaSetInput ToInput() => new(Year, Name, Citation, RegulationDocumentId, SuperiorShare, TopRankCapPercent,
        Groups.SelectMany(g => g.Criteria.Select(c => new CriterionInput(g.Name, c.Code, c.Name, c.Guidance, c.MaxPoints, c.Kind, c.EvidenceRequired, c.UnitKindId)))
            .ToList(),
        Bands.Select(b => new BandInput(b.Label, b.MinPoints)).ToList());

    /// <summary>The first group without a criterion (it would vanish on save), or null.</summary>
    public int? EmptyGroup() => Groups.FindIndex(g => g.Criteria.Count == 0) is >= 0 and var i ? i : null;

    /// <summary>"Criteria[3].MaxPoints" → "Groups[1].Criteria[0].MaxPoints"; other fields as they are.</summary>
    public string FieldKey(string field)
    {
        const string prefix = nameof(CriteriaSetInput.Criteria) + "[";
        var close = field.IndexOf(']', StringComparison.Ordinal);
        if (!field.StartsWith(prefix, StringComparison.Ordinal) || close < 0
            || !int.TryParse(field.AsSpan(prefix.Length, close - prefix.Length), System.Globalization.CultureInfo.InvariantCulture, out var index))
        {
            return field;
        }

        var member = field[(close + 1)..];
        for (var g = 0; g < Groups.Count; g++)
        {
            if (index < Groups[g].Criteria.Count)
            {
                return member == "." + nameof(CriterionInput.Group) ? $"Groups[{g}].Name" : $"Groups[{g}].Criteria[{index}]{member}";
            }

            index -= Groups[g].Criteria.Count;
        }

        return field;
    }

    /// <summary>
    /// One arranging step of the editor, named by the button pressed: "add-group", "remove-group:1", "group-up:1", "group-down:1",
    /// "add:1" (a criterion at the end of group 1), "remove:1:0", "up:1:0", "down:1:0" (within its group, or into the next
    /// group at an edge), "add-band", "remove-band:2". Unknown or out-of-range steps change nothing.
    /// </summary>
    public void Apply(string? step)
    {
        var parts = (step ?? "").Split(':');
        int At(int i) => parts.Length > i && int.TryParse(parts[i], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : -1;
        var (g, c) = (At(1), At(2));
        var group = g >= 0 && g < Groups.Count ? Groups[g] : null;
        var hasCriterion = group is not null && c >= 0 && c < group.Criteria.Count;
        switch (parts[0])
        {
            case "add-group":
                Groups.Add(new GroupForm { Criteria = [new CriterionForm()] });
                break;
            case "remove-group" when group is not null:
                Groups.RemoveAt(g);
                break;
            case "group-up" when group is not null && g > 0:
                (Groups[g - 1], Groups[g]) = (Groups[g], Groups[g - 1]);
                break;
            case "group-down" when group is not null && g < Groups.Count - 1:
                (Groups[g + 1], Groups[g]) = (Groups[g], Groups[g + 1]);
                break;
            case "add" when group is not null:
                group.Criteria.Add(new CriterionForm());
                break;
            case "remove" when hasCriterion:
                group!.Criteria.RemoveAt(c);
                break;
            case "up" when hasCriterion && c > 0:
                (group!.Criteria[c - 1], group.Criteria[c]) = (group.Criteria[c], group.Criteria[c - 1]);
                break;
            case "up" when hasCriterion && g > 0:
                Groups[g - 1].Criteria.Add(group!.Criteria[c]);
                group.Criteria.RemoveAt(c);
                break;
            case "down" when hasCriterion && c < group!.Criteria.Count - 1:
                (group.Criteria[c + 1], group.Criteria[c]) = (group.Criteria[c], group.Criteria[c + 1]);
                break;
            case "down" when hasCriterion && g < Groups.Count - 1:
                Groups[g + 1].Criteria.Insert(0, group!.Criteria[c]);
                group.Criteria.RemoveAt(c);
                break;
            case "add-band":
                Bands.Add(new BandForm());
                break;
            case "remove-band" when g >= 0 && g < Bands.Count:
                Bands.RemoveAt(g);
                break;
            default:
                break;
        }
    }
}
