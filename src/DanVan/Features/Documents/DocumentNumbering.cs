using DanVan.Features.Tenants;
using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace DanVan.Features.Documents;

/// <summary>How a series of numbers restarts (DOMAIN.md §6).</summary>
public enum NumberingPeriod
{
    /// <summary>State documents: from 01 on 1 January to 31 December, per issuer and document book (Decree 30/2020).</summary>
    Year,

    /// <summary>Party documents: from 01 per document type within a Party committee's term (Hướng dẫn 36-HD/VPTW).</summary>
    Term,
}

/// <summary>
/// One numbering series: whose numbers (<see cref="IssuerKey"/>, as <see cref="Document.KeyOf"/> writes it), which book
/// (a state issuer's document book — "" for its one general book; for Party documents the type code, since each type
/// has its own series) and which period (the year, or the first year of the term).
/// </summary>
public sealed record NumberSeries(string IssuerKey, string Book, NumberingPeriod Kind, int Period)
{
    /// <summary>A state issuer's series for <paramref name="year"/>; <paramref name="book"/> names a separate book, if the issuer keeps one.</summary>
    public static NumberSeries State(string issuerKey, int year, string book = "") => new(issuerKey, book, NumberingPeriod.Year, year);

    /// <summary>A Party committee's series of one document type (its Party code, "HD", "KH" …) in the term starting <paramref name="termStartYear"/>.</summary>
    public static NumberSeries Party(string issuerKey, string typeCode, int termStartYear) =>
        new(issuerKey, typeCode, NumberingPeriod.Term, termStartYear);
}

/// <summary>The last number given in one <see cref="NumberSeries"/> of one tenant. Changed only by <see cref="DocumentNumbering.NextAsync"/>.</summary>
public sealed class DocumentNumberCounter : ITenantOwned
{
    public const int BookMax = 40;

    private DocumentNumberCounter()
    {
    }

    public Guid Id { get; private set; }
    public Guid TenantId { get; private set; }
    public string IssuerKey { get; private set; } = "";
    public string Book { get; private set; } = "";
    public NumberingPeriod Kind { get; private set; }
    public int Period { get; private set; }

    /// <summary>The last number given; the next is one more.</summary>
    public int Last { get; private set; }
}

public sealed class DocumentNumberCounterConfiguration : IEntityTypeConfiguration<DocumentNumberCounter>
{
    public const string Table = "DocumentNumberCounters";

    public void Configure(EntityTypeBuilder<DocumentNumberCounter> b)
    {
        b.ToTable(Table);
        b.Property(c => c.IssuerKey).HasMaxLength(Document.IssuerMax);
        b.Property(c => c.Book).HasMaxLength(DocumentNumberCounter.BookMax);
        b.HasIndex(c => new { c.TenantId, c.IssuerKey, c.Book, c.Kind, c.Period }).IsUnique();
        b.HasOne<Tenant>().WithMany().HasForeignKey(c => c.TenantId).OnDelete(DeleteBehavior.Restrict);
    }
}

/// <summary>
/// Gives document numbers: <c>await DocumentNumbering.NextAsync(db, tenantId, NumberSeries.State(issuerKey, 2026))</c>
/// → 1, 2, 3 …; then <see cref="DocumentNumber.ForState"/> / <see cref="DocumentNumber.ForParty"/> write the number
/// and <see cref="DocumentCitation.Format(DocumentType, string, DateOnly?, string?)"/> cites the document.
/// </summary>
/// <remarks>
/// One statement takes the number: an insert of the series' first row that, when the row exists, increments it instead
/// and returns the new value (<c>INSERT … ON CONFLICT DO UPDATE … RETURNING</c>, the same on SQLite and PostgreSQL).
/// The database serialises it, so two requests at the same moment never get the same number (PostgreSQL locks the
/// row until the caller's transaction ends; SQLite has one writer). Inside a caller's transaction the number is given
/// back when that transaction rolls back, so a failed save leaves no gap. The counter is a technical row: it is not
/// in the audit chain (the numbered document is).
/// </remarks>
public static class DocumentNumbering
{
    public static async Task<int> NextAsync(AppDbContext db, Guid tenantId, NumberSeries series, CancellationToken ct)
    {
        ArgumentOutOfRangeException.ThrowIfGreaterThan(series.Book.Length, DocumentNumberCounter.BookMax);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(series.IssuerKey.Length, Document.IssuerMax);
        var id = Guid.CreateVersion7();
        var kind = series.Kind.ToString();
        var numbers = await db.Database.SqlQuery<int>($"""
            INSERT INTO "DocumentNumberCounters" ("Id", "TenantId", "IssuerKey", "Book", "Kind", "Period", "Last")
            VALUES ({id}, {tenantId}, {series.IssuerKey}, {series.Book}, {kind}, {series.Period}, 1)
            ON CONFLICT ("TenantId", "IssuerKey", "Book", "Kind", "Period")
            DO UPDATE SET "Last" = "DocumentNumberCounters"."Last" + 1
            RETURNING "Last" AS "Value"
            """).ToListAsync(ct);
        return numbers.Single();
    }

    /// <summary>The number the next <see cref="NextAsync"/> would give, without taking it (for showing, never for writing).</summary>
    public static async Task<int> PeekAsync(AppDbContext db, Guid tenantId, NumberSeries series, CancellationToken ct) =>
        1 + await db.DocumentNumberCounters.Where(c => c.TenantId == tenantId && c.IssuerKey == series.IssuerKey && c.Book == series.Book
                && c.Kind == series.Kind && c.Period == series.Period)
            .Select(c => (int?)c.Last).FirstOrDefaultAsync(ct) ?? 0;
}
