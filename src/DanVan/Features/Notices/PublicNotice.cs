using DanVan.Features.Calendar;
using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Notices;

/// <summary>Draft (only staff see it) → Published. "Ended" is not stored: it is computed from the end date (no job).</summary>
public enum NoticeState
{
    Draft,
    Published,
}

/// <summary>Where a notice stands on a given day, as the public and the council gate see it.</summary>
public enum NoticePhase
{
    Draft,
    Upcoming,
    Open,
    Ended,
}

/// <summary>
/// A public notice (công khai, lấy ý kiến; DOMAIN §1.8, rule 8): the list of accepted nominees (name, unit, award, a short
/// summary of achievements) published for comment from <see cref="StartsOn"/> through <see cref="EndsOn"/> — the start
/// plus N working days counted on the province's calendar (N from the awards' NoticeWorkingDays, default 10).
/// </summary>
public sealed class PublicNotice : ITenantOwned, IStamped, IVersioned
{
    public const int TitleMax = 300;
    public const int MaxEntries = 500;
    public const int DefaultWorkingDays = 10;

    private readonly List<NoticeEntry> _entries = [];

    private PublicNotice()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }

    /// <summary>The unit whose standing body publishes it (the province's root by default): ManageCouncil there manages it.</summary>
    public Guid UnitId { get; private set; }

    public Guid? RoundId { get; private set; }
    public string Title { get; private set; } = "";
    public DateOnly StartsOn { get; private set; }
    public int WorkingDays { get; private set; }

    /// <summary>The last day comments are received (the N-th working day after the start).</summary>
    public DateOnly EndsOn { get; private set; }

    /// <summary>The end was counted across a calendar year the province has not confirmed.</summary>
    public bool EndsProvisional { get; private set; }

    public NoticeState State { get; private set; }
    public DateTime? PublishedAt { get; private set; }
    public Guid? PublishedById { get; private set; }
    public int Version { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<NoticeEntry> Entries => _entries;

    public static Result<PublicNotice> Create(Guid tenantId, Guid unitId, Guid? roundId, string title, WorkingDayResult end,
        IReadOnlyList<NoticeEntrySpec> entries)
    {
        if (entries.Count == 0)
        {
            return NoticeErrors.NoEntries;
        }

        if (entries.Count > MaxEntries)
        {
            return NoticeErrors.TooManyEntries;
        }

        var notice = new PublicNotice
        {
            Id = Guid.CreateVersion7(), TenantId = tenantId, UnitId = unitId, RoundId = roundId, Title = title, StartsOn = end.From,
            WorkingDays = end.Days, EndsOn = end.Date, EndsProvisional = end.Provisional, State = NoticeState.Draft,
        };
        foreach (var (spec, i) in entries.Select((e, i) => (e, i)))
        {
            notice._entries.Add(new NoticeEntry(notice, i + 1, spec));
        }

        return notice;
    }

    public NoticePhase PhaseOn(DateOnly day) =>
        State == NoticeState.Draft ? NoticePhase.Draft
        : day < StartsOn ? NoticePhase.Upcoming
        : day <= EndsOn ? NoticePhase.Open
        : NoticePhase.Ended;

    /// <summary>Published once; the start may not lie in the past (the public must have the whole period).</summary>
    public AppError? Publish(DateOnly today, Actor by)
    {
        if (State != NoticeState.Draft)
        {
            return NoticeErrors.AlreadyPublished;
        }

        if (StartsOn < today)
        {
            return NoticeErrors.StartPassed;
        }

        State = NoticeState.Published;
        PublishedAt = by.At;
        PublishedById = by.UserId;
        return null;
    }

    /// <summary>Whether a member of the public may comment today: refused before the start and after the end, with the dates.</summary>
    public AppError? AcceptsCommentsOn(DateOnly today) => PhaseOn(today) switch
    {
        NoticePhase.Open => null,
        NoticePhase.Upcoming => NoticeErrors.NotStarted(StartsOn),
        NoticePhase.Ended => NoticeErrors.Ended(EndsOn),
        _ => NoticeErrors.NoticeNotFound,
    };
}

/// <summary>What a notice lists for one nominee: only what the public may read.</summary>
public sealed record NoticeEntrySpec(Guid NomineeId, string Name, string UnitName, string AwardName, string? Summary);

/// <summary>One nominee on a notice (name, unit, award, short summary of achievements) — nothing personal beyond that.</summary>
public sealed class NoticeEntry : ITenantOwned
{
    public const int NameMax = 300;
    public const int SummaryMax = 1000;

    private NoticeEntry()
    {
    }

    internal NoticeEntry(PublicNotice notice, int position, NoticeEntrySpec spec)
    {
        Id = Guid.CreateVersion7();
        TenantId = notice.TenantId;
        NoticeId = notice.Id;
        NomineeId = spec.NomineeId;
        Position = position;
        Name = Clip(spec.Name, NameMax);
        UnitName = Clip(spec.UnitName, NameMax);
        AwardName = Clip(spec.AwardName, NameMax);
        Summary = spec.Summary is null ? null : Clip(spec.Summary, SummaryMax);
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid NoticeId { get; private set; }

    /// <summary>The dossier nominee (DossierNominee) listed — the council's agenda item points at the same one.</summary>
    public Guid NomineeId { get; private set; }

    public int Position { get; private set; }
    public string Name { get; private set; } = "";
    public string UnitName { get; private set; } = "";
    public string AwardName { get; private set; } = "";
    public string? Summary { get; private set; }

    private static string Clip(string text, int max) => text.Length > max ? text[..max] : text;
}
