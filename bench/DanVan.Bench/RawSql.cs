using System.Data.Common;

namespace DanVan.Bench;

/// <summary>A baseline query: run it and read every value of every row, as the app's materialisation does.</summary>
internal static class RawSql
{
    public static async Task<int> ReadAllAsync(DbCommand command)
    {
        ArgumentNullException.ThrowIfNull(command);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = 0;
        var values = new object[reader.FieldCount];
        while (await reader.ReadAsync())
        {
            reader.GetValues(values);
            rows++;
        }

        return rows;
    }
}
