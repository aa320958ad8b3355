using DanVan.Infrastructure.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Features.Generate;

/// <summary>How a column's value takes part in <see cref="StableIds"/>.</summary>
internal enum IdRole
{
    None,
    Key,
    Reference,
    IdText,
}

internal sealed record BulkColumn(string Name, IProperty Property, RelationalTypeMapping Mapping, IdRole Role);

/// <summary>
/// One table's columns, read from the EF model itself, so a bulk row sets exactly what the app's migrations
/// created (every required column, folded search columns, TenantId) and converts values as EF would.
/// </summary>
internal sealed class BulkTable
{
    private static readonly HashSet<string> IdTextColumns = ["Path", "UnitPath", "IssuerKey"];

    private BulkTable(string name, string? schema, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Schema = schema;
        Columns = columns;
    }

    public string Name { get; }
    public string? Schema { get; }

    /// <summary>Key columns first: a unit's path contains its own (re-mapped) id.</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    public static BulkTable For(AppDbContext db, Type clrType)
    {
        var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var key = entity.FindPrimaryKey();
        var columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.GetColumnName(store) is not null)
            .Select(p => new BulkColumn(p.GetColumnName(store)!, p, (RelationalTypeMapping)p.GetTypeMapping(), RoleOf(p, key)))
            .OrderBy(c => c.Role == IdRole.Key ? 0 : 1)
            .ToList();
        return new BulkTable(name, entity.GetSchema(), columns);
    }

    /// <summary>The provider value of each column for <paramref name="row"/>, ids made stable.</summary>
    public void Read(object row, StableIds ids, object?[] values)
    {
        for (var i = 0; i < Columns.Count; i++)
        {
            var c = Columns[i];
            var value = c.Property.GetGetter().GetClrValueUsingContainingEntity(row);
            value = (c.Role, value) switch
            {
                (IdRole.Key, Guid id) => ids.Assign(id),
                (IdRole.Reference, Guid id) => ids.Map(id),
                (IdRole.IdText, string text) => ids.MapText(text),
                _ => value,
            };
            values[i] = value is null ? null : c.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }

    private static IdRole RoleOf(IProperty p, IKey? key)
    {
        var type = Nullable.GetUnderlyingType(p.ClrType) ?? p.ClrType;
        if (type == typeof(Guid))
        {
            return key is not null && key.Properties.Count == 1 && key.Properties[0] == p ? IdRole.Key : IdRole.Reference;
        }

        return type == typeof(string) && IdTextColumns.Contains(p.Name) ? IdRole.IdText : IdRole.None;
    }
}
