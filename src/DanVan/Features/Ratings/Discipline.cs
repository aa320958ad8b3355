using System.Linq.Expressions;
using DanVan.Infrastructure.Data;

namespace DanVan.Features.Ratings;

/// <summary>
/// A disciplinary measure on a person: kind, the decision (number, date) and the period it runs (from, optionally to).
/// DOMAIN §8 rule 3: it blocks awards while it runs and restarts the achievement clock; the nominations feature reads
/// it through <see cref="PersonRatings"/> and <see cref="ActiveOn"/>.
/// </summary>
public sealed class Discipline : ITenantOwned, IStamped
{
    public const int DecisionNumberMax = 50;
    public const int NoteMax = 500;

    private Discipline()
    {
    }

    public Discipline(Guid tenantId, Guid personId, Guid unitId, DisciplineKind kind, string decisionNumber, DateOnly decisionDate,
        DateOnly from, DateOnly? to, string? note, Actor by)
    {
        Id = Guid.CreateVersion7();
        TenantId = tenantId;
        PersonId = personId;
        UnitId = unitId;
        Kind = kind;
        DecisionNumber = decisionNumber;
        DecisionDate = decisionDate;
        From = from;
        To = to;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        EnteredByUserId = by.UserId;
        EnteredByName = by.UserName;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid PersonId { get; private set; }
    public Guid UnitId { get; private set; }
    public DisciplineKind Kind { get; private set; }
    public string DecisionNumber { get; private set; } = "";
    public DateOnly DecisionDate { get; private set; }
    public DateOnly From { get; private set; }
    public DateOnly? To { get; private set; }
    public string? Note { get; private set; }
    public Guid EnteredByUserId { get; private set; }
    public string EnteredByName { get; private set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }

    /// <summary>"Under discipline on <paramref name="date"/>", stated once: the measure has started and not ended (an open end runs on). Translates to SQL.</summary>
    public static Expression<Func<Discipline, bool>> ActiveOn(DateOnly date) => d => d.From <= date && (d.To == null || d.To >= date);

    /// <summary>The same rule in memory, for a measure's dates (a test holds it equal to <see cref="ActiveOn"/> on both databases).</summary>
    public static bool Runs(DateOnly from, DateOnly? to, DateOnly date) => from <= date && (to == null || to >= date);

    public bool IsActiveOn(DateOnly date) => Runs(From, To, date);
}
