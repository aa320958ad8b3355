using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;

namespace DanVan.Infrastructure.Data.Bulk;

/// <summary>One column of a bulk write: its name, the EF property it comes from and the provider's type mapping.</summary>
public sealed record BulkColumn(string Name, IProperty Property, RelationalTypeMapping Mapping, bool IsKey);

/// <summary>
/// One table's columns, read from the EF model itself, so a bulk row sets exactly what the app's migrations created
/// (every required column, folded search columns, TenantId) and converts values as EF would.
/// </summary>
public sealed class BulkTable
{
    private BulkTable(string name, string? schema, IEntityType entityType, IReadOnlyList<BulkColumn> columns)
    {
        Name = name;
        Schema = schema;
        EntityType = entityType;
        Columns = columns;
    }

    public string Name { get; }
    public string? Schema { get; }
    public IEntityType EntityType { get; }

    /// <summary>Key columns first (the generator re-maps keys before the references and paths that contain them).</summary>
    public IReadOnlyList<BulkColumn> Columns { get; }

    /// <summary>The quoted, schema-qualified table name.</summary>
    public string Target => Schema is null ? $"\"{Name}\"" : $"\"{Schema}\".\"{Name}\"";

    public string ColumnList => string.Join(", ", Columns.Select(c => $"\"{c.Name}\""));

    public static BulkTable For(DbContext db, Type clrType)
    {
        ArgumentNullException.ThrowIfNull(db);
        var entity = db.Model.FindEntityType(clrType) ?? throw new InvalidOperationException($"{clrType.Name} is not in the model.");
        var name = entity.GetTableName()!;
        var store = StoreObjectIdentifier.Table(name, entity.GetSchema());
        var key = entity.FindPrimaryKey();
        var columns = entity.GetProperties()
            .Where(p => !p.IsShadowProperty() && p.GetColumnName(store) is not null)
            .Select(p => new BulkColumn(p.GetColumnName(store)!, p, (RelationalTypeMapping)p.GetTypeMapping(),
                key is not null && key.Properties.Contains(p)))
            .OrderBy(c => c.IsKey ? 0 : 1)
            .ToList();
        return new BulkTable(name, entity.GetSchema(), entity, columns);
    }

    /// <summary>
    /// The provider value of each column for <paramref name="row"/>; <paramref name="remap"/> (column index, CLR value)
    /// may replace a CLR value first (the generator's stable ids).
    /// </summary>
    public void Read(object row, object?[] values, Func<int, object?, object?>? remap = null)
    {
        ArgumentNullException.ThrowIfNull(values);
        for (var i = 0; i < Columns.Count; i++)
        {
            var c = Columns[i];
            var value = c.Property.GetGetter().GetClrValueUsingContainingEntity(row);
            if (remap is not null)
            {
                value = remap(i, value);
            }

            values[i] = value is null ? null : c.Mapping.Converter is { } converter ? converter.ConvertToProvider(value) : value;
        }
    }
}
