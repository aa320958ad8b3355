using DanVan.Infrastructure.Web;
using ExcelDataReader;

namespace DanVan.Infrastructure.Excel;

/// <summary>
/// The data rows of an opened sheet, read one at a time (header already mapped, blank rows skipped). After
/// <see cref="Next"/> returns null, <see cref="Error"/> says whether the file ended early: more than
/// <see cref="XlsxReader.MaxRows"/> rows, broken XML, or no data row at all.
/// </summary>
public sealed class XlsxRows : IDisposable
{
    private readonly MemoryStream content;
    private readonly IExcelDataReader reader;
    private readonly int[] map;
    private int number;
    private bool done;

    private XlsxRows(MemoryStream content, IExcelDataReader reader, int[] map, int headerNumber)
    {
        this.content = content;
        this.reader = reader;
        this.map = map;
        number = headerNumber;
    }

    /// <summary>Data rows returned so far.</summary>
    public int Count { get; private set; }

    public AppError? Error { get; private set; }

    internal static Result<XlsxRows> Open(MemoryStream content, IReadOnlyList<XlsxColumn> columns, CancellationToken ct)
    {
        XlsxReader.RegisterEncodings();
        IExcelDataReader? reader = null;
        try
        {
            reader = ExcelReaderFactory.CreateOpenXmlReader(content, new ExcelReaderConfiguration { LeaveOpen = true });
            var number = 0;
            while (reader.Read())
            {
                number++;
                ct.ThrowIfCancellationRequested();
                if (Cells(reader) is not { } cells)
                {
                    continue;
                }

                var header = XlsxReader.MapHeader(cells, columns);
                if (header.Error is not null)
                {
                    reader.Dispose();
                    return header.Error;
                }

                return new XlsxRows(content, reader, header.Value!, number);
            }

            reader.Dispose();
            return XlsxErrors.NoHeader;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            reader?.Dispose();
            return XlsxErrors.Corrupt;
        }
        catch
        {
            reader?.Dispose();
            throw;
        }
    }

    /// <summary>The next non-blank data row, or null at the end of the sheet or on an error (see <see cref="Error"/>).</summary>
    public XlsxRow? Next(CancellationToken ct)
    {
        if (done)
        {
            return null;
        }

        try
        {
            while (reader.Read())
            {
                number++;
                ct.ThrowIfCancellationRequested();
                if (Cells(reader) is not { } cells)
                {
                    continue;
                }

                if (Count == XlsxReader.MaxRows)
                {
                    return Stop(XlsxErrors.TooManyRows);
                }

                Count++;
                return new XlsxRow(number, Array.ConvertAll(map, i => i >= 0 && i < cells.Length ? cells[i] : null));
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Stop(XlsxErrors.Corrupt);
        }

        return Stop(Count == 0 ? XlsxErrors.NoRows : null);
    }

    public void Dispose()
    {
        reader.Dispose();
        content.Dispose();
    }

    private XlsxRow? Stop(AppError? error)
    {
        done = true;
        Error = error;
        return null;
    }

    /// <summary>The row's cells as trimmed NFC text, or null when the row is blank.</summary>
    private static string?[]? Cells(IExcelDataReader reader)
    {
        var cells = new string?[reader.FieldCount];
        var blank = true;
        for (var i = 0; i < cells.Length; i++)
        {
            cells[i] = XlsxReader.CellText(reader.GetValue(i));
            blank &= cells[i] is null;
        }

        return blank ? null : cells;
    }
}
