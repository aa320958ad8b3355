namespace DanVan.Features.Ratings;

/// <summary>A person's rating for a year as the API and pages show it; <see cref="Version"/> goes back as If-Match.</summary>
public sealed record RatingDto(Guid PersonId, string FullName, int Year, RatingLevel Level, string LevelLabel, Guid UnitId, string UnitName,
    string? Note, string Source, DateTime UpdatedAt, int Version);

/// <summary>One line of the ratings list: a person in scope and their rating that year (null level: not rated yet).</summary>
public sealed record RatingRow(Guid PersonId, string FullName, string? Position, Guid UnitId, string UnitName, int Year,
    RatingLevel? Level, string? LevelLabel, string? Note, int? Version);

/// <summary>One entry of a rating's history.</summary>
public sealed record RatingChangeDto(int Year, DateTime At, string UserName, RatingLevel? From, string? FromLabel, RatingLevel To, string ToLabel,
    string? Reason, string? Note, string Source);

public sealed record DisciplineDto(Guid Id, Guid PersonId, DisciplineKind Kind, string KindLabel, string DecisionNumber, DateOnly DecisionDate,
    DateOnly From, DateOnly? To, string? Note, string EnteredBy, DateTime CreatedAt);
