using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Reports;

/// <summary>
/// A report campaign (đợt báo cáo): one form version, a period (the year reported on), the launching unit (the level
/// that reviews), the recipients (units, subtrees, kinds — like movement participants) and a deadline (a date, or N
/// working days from the launch on the tenant's calendar). Launching it gives every recipient unit a submission.
/// </summary>
public sealed class ReportCampaign : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int MaxWorkingDays = 120;

    private ReportCampaign()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid FormId { get; private set; }
    public Guid UnitId { get; private set; }
    public string Name { get; private set; } = "";
    public int Year { get; private set; }
    public DateOnly LaunchedOn { get; private set; }
    public DateOnly DueOn { get; private set; }

    /// <summary>Set when the deadline was counted in working days: how many (null: a date was given).</summary>
    public int? WorkingDays { get; private set; }

    /// <summary>The calendar of a year on the way has no holidays entered yet: the due date may move.</summary>
    public bool DueProvisional { get; private set; }

    public string LaunchedByName { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Result<ReportCampaign> Launch(Guid tenantId, Guid formId, Guid unitId, string? name, int? year, DateOnly dueOn, int? workingDays,
        bool provisional, DateOnly today, Actor by)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return ReportErrors.CampaignNameRequired;
        }

        if (name.Length > NameMax)
        {
            return AppError.TooLong("Name", "Tên đợt báo cáo", NameMax);
        }

        if (year is not { } y || y < 2000 || y > today.Year + 1)
        {
            return ReportErrors.Year(today.Year + 1);
        }

        if (dueOn <= today)
        {
            return ReportErrors.DueInPast;
        }

        return new ReportCampaign
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, FormId = formId, UnitId = unitId, Name = name.Trim(), Year = y, LaunchedOn = today,
            DueOn = dueOn, WorkingDays = workingDays, DueProvisional = provisional, LaunchedByName = by.UserName,
        };
    }
}

/// <summary>Who must report: a unit, optionally with its whole subtree, optionally only units of one kind (the movement participants' rule).</summary>
public sealed class ReportRecipient : ITenantOwned
{
    private ReportRecipient()
    {
    }

    public ReportRecipient(Guid tenantId, Guid campaignId, Guid unitId, bool includeDescendants, Guid? kindId)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        CampaignId = campaignId;
        UnitId = unitId;
        IncludeDescendants = includeDescendants;
        KindId = kindId;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid CampaignId { get; private set; }
    public Guid UnitId { get; private set; }
    public bool IncludeDescendants { get; private set; }
    public Guid? KindId { get; private set; }
}
