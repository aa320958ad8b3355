namespace DanVan.Infrastructure.Excel;

/// <summary>
/// The outcome of an all-or-nothing import: either every row was saved (<see cref="Imported"/> = rows read) or none
/// was, and <see cref="Errors"/> lists every bad row with its Excel row number.
/// </summary>
public sealed record ImportReport(int RowsRead, int Imported, IReadOnlyList<ImportRowError> Errors)
{
    public bool Succeeded => Errors.Count == 0;
}

/// <summary>One problem in one row: the Excel row number (1-based, as Excel shows it), the column header, the reason.</summary>
public sealed record ImportRowError(int Row, string? Column, string Message);

/// <summary>
/// Collects the errors of an import, at most one per cell: a cell that failed to parse is not also reported as
/// "required" by the annotations.
/// </summary>
public sealed class ImportErrorList(IReadOnlyList<XlsxColumn> columns)
{
    private readonly List<ImportRowError> _errors = [];
    private readonly HashSet<(int Row, int Column)> _cells = [];
    private readonly HashSet<int> _rows = [];

    public int Count => _errors.Count;

    public bool HasErrors(int row) => _rows.Contains(row);

    public void Add(int row, int column, string message)
    {
        if (column >= 0 && !_cells.Add((row, column)))
        {
            return;
        }

        _rows.Add(row);
        _errors.Add(new ImportRowError(row, column >= 0 ? columns[column].Label : null, message));
    }

    /// <summary>Runs the same DataAnnotations as the form and the API; a member maps to its column.</summary>
    public void AddAnnotations(int row, object input, IReadOnlyDictionary<string, int> columnOf)
    {
        if (Web.InputValidation.Errors(input) is not { } invalid)
        {
            return;
        }

        foreach (var (member, messages) in invalid)
        {
            var column = columnOf.TryGetValue(member, out var c) ? c : -1;
            foreach (var message in messages)
            {
                Add(row, column, message);
            }
        }
    }

    public IReadOnlyList<ImportRowError> ToList() => _errors.OrderBy(e => e.Row).ToList();
}
