using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace DanVan.Infrastructure.Data;

/// <summary>Stored times are UTC; SQLite forgets the kind, Npgsql insists on it. This makes both say Utc.</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(
    v => v.Kind == DateTimeKind.Utc ? v : DateTime.SpecifyKind(v.ToUniversalTime(), DateTimeKind.Utc),
    v => DateTime.SpecifyKind(v, DateTimeKind.Utc));
