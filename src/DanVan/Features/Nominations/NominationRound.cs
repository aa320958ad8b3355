using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Nominations;

/// <summary>Annual (hằng năm), thematic for a movement (theo chuyên đề), or extraordinary (đột xuất).</summary>
public enum RoundKind
{
    Annual,
    Thematic,
    Extraordinary,
}

public enum NominationRoundStatus
{
    Open,
    Closed,
}

/// <summary>A deadline as entered: a fixed date, or N working days from the round's opening (counted on the calendar).</summary>
public sealed record DeadlineSpec(DateOnly? Date, int? WorkingDays);

/// <summary>A deadline as resolved: the date, how it was given, and whether it was counted across an unconfirmed calendar year.</summary>
public sealed record ResolvedDeadline(DateOnly Date, int? WorkingDays, bool Provisional);

/// <summary>
/// A nomination round (đợt xét khen thưởng, issue 14 §3): a year, a kind, the awards on offer (each with an optional quota
/// note) and two deadlines — units to their superior level, superiors to Sở Nội vụ — each a date or N working days from
/// the opening, resolved once through the working-day calendar. Opened by Sở Nội vụ; closed when the round is over.
/// </summary>
public sealed class NominationRound : ITenantOwned, IStamped, IVersioned
{
    public const int NameMax = 300;
    public const int QuotaNoteMax = 300;
    public const int MaxWorkingDays = 250;

    private readonly List<NominationOffer> _offers = [];

    private NominationRound()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public int Year { get; private set; }
    public string Name { get; private set; } = "";
    public RoundKind Kind { get; private set; }
    public DateOnly OpensOn { get; private set; }
    public DateOnly UnitDue { get; private set; }
    public int? UnitDueWorkingDays { get; private set; }
    public bool UnitDueProvisional { get; private set; }
    public DateOnly SuperiorDue { get; private set; }
    public int? SuperiorDueWorkingDays { get; private set; }
    public bool SuperiorDueProvisional { get; private set; }
    public NominationRoundStatus Status { get; private set; }
    public IReadOnlyList<NominationOffer> Offers => _offers;
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    public static Result<NominationRound> Create(Guid tenantId, int year, string name, RoundKind kind, DateOnly opensOn, ResolvedDeadline unitDue,
        ResolvedDeadline superiorDue, IReadOnlyList<(Guid AwardKindId, string? QuotaNote)> offers)
    {
        if (year is < 2000 or > 2100)
        {
            return NominationErrors.Year;
        }

        if (string.IsNullOrWhiteSpace(name))
        {
            return AppError.Required("Name", "tên đợt xét");
        }

        if (name.Length > NameMax)
        {
            return AppError.TooLong("Name", "Tên đợt xét", NameMax);
        }

        if (!Enum.IsDefined(kind))
        {
            return AppError.BadValue("Kind");
        }

        if (unitDue.Date < opensOn)
        {
            return NominationErrors.DueBeforeOpening;
        }

        if (superiorDue.Date < unitDue.Date)
        {
            return NominationErrors.SuperiorBeforeUnit;
        }

        if (offers.Count == 0)
        {
            return NominationErrors.NoOffers;
        }

        if (offers.Select(o => o.AwardKindId).Distinct().Count() != offers.Count)
        {
            return NominationErrors.OfferTwice;
        }

        if (offers.Any(o => o.QuotaNote is { Length: > QuotaNoteMax }))
        {
            return AppError.TooLong("Offers", "Ghi chú chỉ tiêu", QuotaNoteMax);
        }

        var round = new NominationRound
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, Year = year, Name = name, Kind = kind, OpensOn = opensOn,
            UnitDue = unitDue.Date, UnitDueWorkingDays = unitDue.WorkingDays, UnitDueProvisional = unitDue.Provisional,
            SuperiorDue = superiorDue.Date, SuperiorDueWorkingDays = superiorDue.WorkingDays, SuperiorDueProvisional = superiorDue.Provisional,
        };
        foreach (var (awardKindId, note) in offers)
        {
            round._offers.Add(new NominationOffer(tenantId, round.Id, awardKindId, note));
        }

        return round;
    }

    public bool IsOnOffer(Guid awardKindId) => _offers.Any(o => o.AwardKindId == awardKindId);

    public AppError? CheckOpen() => Status == NominationRoundStatus.Closed ? NominationErrors.RoundClosed : null;

    public AppError? Close()
    {
        if (CheckOpen() is { } closed)
        {
            return closed;
        }

        Status = NominationRoundStatus.Closed;
        return null;
    }
}

/// <summary>One award on offer in a round, with an optional quota note ("tối đa 15% số CSTĐ cơ sở").</summary>
public sealed class NominationOffer : ITenantOwned
{
    private NominationOffer()
    {
    }

    public NominationOffer(Guid tenantId, Guid roundId, Guid awardKindId, string? quotaNote)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        RoundId = roundId;
        AwardKindId = awardKindId;
        QuotaNote = quotaNote;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RoundId { get; private set; }
    public Guid AwardKindId { get; private set; }
    public string? QuotaNote { get; private set; }
}
