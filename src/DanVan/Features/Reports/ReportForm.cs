using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>A line of a report form: a count (an integer ≥ 0) or a narrative text.</summary>
public enum FieldKind
{
    Number,
    Text,
}

/// <summary>Figures DanVan already holds for a unit and a year, offered pre-filled (the unit corrects them only with a reason).</summary>
public enum ComputedSource
{
    /// <summary>Models of the unit recognised in the year.</summary>
    ModelsRecognised,

    /// <summary>Models of the unit registered for the year (any state but draft).</summary>
    ModelsRegistered,

    /// <summary>Implementation plans of the unit due in the year and issued on time (the plan obligation status rule).</summary>
    PlansOnTime,

    /// <summary>Implementation plans of the unit due in the year (waived ones not counted).</summary>
    PlansRequired,
}

/// <summary>
/// A report form of the tenant (biểu mẫu báo cáo), one version of it: <see cref="Code"/> names the form across versions,
/// <see cref="Revision"/> counts them. A version a campaign uses is frozen: saving the form again makes the next version
/// (see <see cref="SaveReportForm"/>), so every submission keeps the lines it was filled against.
/// </summary>
public sealed class ReportForm : ITenantOwned, IStamped, IVersioned
{
    public const int CodeMax = 40;
    public const int NameMax = 300;
    public const int MaxFields = 200;

    private readonly List<ReportField> _fields = [];

    private ReportForm()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public string Code { get; private set; } = "";
    public int Revision { get; private set; }
    public string Name { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<ReportField> Fields => _fields;

    public static Result<ReportForm> Create(Guid tenantId, string code, int revision, string? name, IReadOnlyList<ReportField.Spec> fields)
    {
        var form = new ReportForm { Id = Guid.CreateVersion7(), TenantId = tenantId, Code = code, Revision = revision };
        return form.Replace(name, fields) is { } error ? error : form;
    }

    /// <summary>Replaces the name and the lines of a version no campaign uses yet (the handler checks that).</summary>
    public AppError? Replace(string? name, IReadOnlyList<ReportField.Spec> fields)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ReportErrors.FormNameRequired;
        }

        if (name.Length > NameMax)
        {
            return AppError.TooLong("Name", "Tên biểu mẫu", NameMax);
        }

        if (ReportField.Check(fields) is { } bad)
        {
            return bad;
        }

        Name = name.Trim();
        _fields.Clear();
        _fields.AddRange(fields.Select((f, i) => new ReportField(Id, TenantId, i + 1, f)));
        return null;
    }
}

/// <summary>One line of a form version: a numeric indicator (unit of measure, optionally the sum of other indicators, optionally computed) or a narrative field.</summary>
public sealed class ReportField : ITenantOwned
{
    public const int CodeMax = 20;
    public const int LabelMax = 300;
    public const int SectionMax = 200;
    public const int UnitMax = 40;
    public const int SumOfMax = 400;

    /// <summary>A line as defined by the form's author.</summary>
    public sealed record Spec(string? Section, string? Code, string? Label, FieldKind Kind, string? Unit, bool Required, IReadOnlyList<string>? SumOf,
        ComputedSource? Source);

    private ReportField()
    {
    }

    internal ReportField(Guid formId, Guid tenantId, int seq, Spec spec)
    {
        Id = Guid.CreateVersion7();
        FormId = formId;
        TenantId = tenantId;
        Seq = seq;
        Section = spec.Section!.Trim();
        Code = spec.Code!.Trim();
        Label = spec.Label!.Trim();
        Kind = spec.Kind;
        Unit = string.IsNullOrWhiteSpace(spec.Unit) ? null : spec.Unit.Trim();
        Required = spec.Required;
        SumOf = spec.SumOf is { Count: > 0 } parts ? string.Join(',', parts.Select(p => p.Trim())) : null;
        Source = spec.Source;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid FormId { get; private set; }
    public int Seq { get; private set; }
    public string Section { get; private set; } = "";
    public string Code { get; private set; } = "";
    public string Label { get; private set; } = "";
    public FieldKind Kind { get; private set; }
    public string? Unit { get; private set; }
    public bool Required { get; private set; }

    /// <summary>The codes this indicator is the sum of, comma-separated; null: entered on its own.</summary>
    public string? SumOf { get; private set; }

    public ComputedSource? Source { get; private set; }

    public IReadOnlyList<string> Parts => SumOf is null ? [] : SumOf.Split(',');

    /// <summary>The rules of a form's lines: each has a section, a unique code and a label; sums and computed figures only on numbers, sums of numbers of the same form.</summary>
    public static AppError? Check(IReadOnlyList<Spec> fields)
    {
        if (fields.Count == 0)
        {
            return ReportErrors.NoFields;
        }

        if (fields.Count > ReportForm.MaxFields)
        {
            return ReportErrors.TooManyFields;
        }

        var codes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var f in fields)
        {
            if (string.IsNullOrWhiteSpace(f.Code) || string.IsNullOrWhiteSpace(f.Label) || string.IsNullOrWhiteSpace(f.Section))
            {
                return ReportErrors.FieldIncomplete;
            }

            if (f.Code.Trim().Length > CodeMax || f.Label.Length > LabelMax || f.Section.Length > SectionMax || f.Unit?.Length > UnitMax
                || f.Code.Trim().Any(c => !char.IsAsciiLetterOrDigit(c) && c != '.' && c != '_'))
            {
                return ReportErrors.FieldShape(f.Code.Trim());
            }

            if (!codes.Add(f.Code.Trim()))
            {
                return ReportErrors.DuplicateCode(f.Code.Trim());
            }

            if (f.Kind == FieldKind.Text && (f.Source is not null || f.SumOf is { Count: > 0 }))
            {
                return ReportErrors.TextNotComputed(f.Code.Trim());
            }
        }

        var numbers = fields.Where(f => f.Kind == FieldKind.Number).Select(f => f.Code!.Trim()).ToHashSet(StringComparer.Ordinal);
        foreach (var f in fields.Where(f => f.SumOf is { Count: > 0 }))
        {
            if (f.Source is not null)
            {
                return ReportErrors.SumAndComputed(f.Code!.Trim());
            }

            if (f.SumOf!.Any(p => p.Trim() == f.Code!.Trim() || !numbers.Contains(p.Trim())) || string.Join(',', f.SumOf!).Length > SumOfMax)
            {
                return ReportErrors.BadSum(f.Code!.Trim());
            }
        }

        return null;
    }
}
