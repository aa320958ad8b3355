using DanVan.Infrastructure.Data;
using DanVan.Infrastructure.Web;

namespace DanVan.Features.Ratings;

/// <summary>
/// Where a rating came from: typed in by an officer, or a row of an imported spreadsheet (file name and Excel row).
/// </summary>
public sealed record RatingSource(string? FileName, int? Row)
{
    public const int FileNameMax = 255;

    public static readonly RatingSource Entered = new(null, null);

    public string Describe(string userName) => FileName is null ? $"Nhập tay bởi {userName}" : $"Tệp “{FileName}”, dòng {Row}";
}

/// <summary>
/// A person's rating (mức độ hoàn thành nhiệm vụ) for one year, with the unit that rated them that year. The rating
/// owns its history: every entry and change appends a <see cref="PersonRatingChange"/>; a change of a rating already
/// entered needs a reason (shown to the person's unit on the person page).
/// </summary>
public sealed class PersonRating : ITenantOwned, IStamped, IVersioned
{
    public const int NoteMax = 500;
    public const int ReasonMax = 500;
    public const int MinYear = 2000;

    private readonly List<PersonRatingChange> _changes = [];

    private PersonRating()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public int Version { get; private set; }
    public Guid PersonId { get; private set; }
    public int Year { get; private set; }
    public RatingLevel Level { get; private set; }
    public Guid UnitId { get; private set; }
    public string? Note { get; private set; }
    public Guid EnteredByUserId { get; private set; }
    public string EnteredByName { get; private set; } = "";
    public string? SourceFile { get; private set; }
    public int? SourceRow { get; private set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public IReadOnlyList<PersonRatingChange> Changes => _changes;

    public static PersonRating Enter(Guid tenantId, Guid personId, int year, Guid unitId, RatingLevel level, string? note, RatingSource source, Actor by)
    {
        var rating = new PersonRating { Id = Guid.CreateVersion7(), TenantId = tenantId, PersonId = personId, Year = year };
        rating.Apply(unitId, level, note, source, by);
        rating._changes.Add(new PersonRatingChange(rating, null, by, null));
        return rating;
    }

    /// <summary>Changes the rating or its note; a different level needs a reason. Nothing changes (and no history row) when nothing differs.</summary>
    public AppError? Change(Guid unitId, RatingLevel level, string? note, string? reason, RatingSource source, Actor by)
    {
        note = string.IsNullOrWhiteSpace(note) ? null : note;
        if (level == Level && note == Note && unitId == UnitId)
        {
            return null;
        }

        if (level != Level && string.IsNullOrWhiteSpace(reason))
        {
            return RatingErrors.ReasonRequired(Level);
        }

        var old = Level;
        Apply(unitId, level, note, source, by);
        _changes.Add(new PersonRatingChange(this, old, by, reason));
        return null;
    }

    private void Apply(Guid unitId, RatingLevel level, string? note, RatingSource source, Actor by)
    {
        UnitId = unitId;
        Level = level;
        Note = string.IsNullOrWhiteSpace(note) ? null : note;
        EnteredByUserId = by.UserId;
        EnteredByName = by.UserName;
        SourceFile = source.FileName;
        SourceRow = source.Row;
    }
}

/// <summary>One entry in a rating's history: who, when, old → new, why, and from which source.</summary>
public sealed class PersonRatingChange : ITenantOwned
{
    private PersonRatingChange()
    {
    }

    internal PersonRatingChange(PersonRating rating, RatingLevel? from, Actor by, string? reason)
    {
        Id = Guid.CreateVersion7();
        TenantId = rating.TenantId;
        RatingId = rating.Id;
        PersonId = rating.PersonId;
        Year = rating.Year;
        At = by.At;
        UserId = by.UserId;
        UserName = by.UserName;
        From = from;
        To = rating.Level;
        Note = rating.Note;
        Reason = string.IsNullOrWhiteSpace(reason) ? null : reason;
        SourceFile = rating.SourceFile;
        SourceRow = rating.SourceRow;
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public Guid RatingId { get; private set; }
    public Guid PersonId { get; private set; }
    public int Year { get; private set; }
    public DateTime At { get; private set; }
    public Guid UserId { get; private set; }
    public string UserName { get; private set; } = "";
    public RatingLevel? From { get; private set; }
    public RatingLevel To { get; private set; }
    public string? Note { get; private set; }
    public string? Reason { get; private set; }
    public string? SourceFile { get; private set; }
    public int? SourceRow { get; private set; }
}
