using System.Globalization;
using System.IO.Compression;
using System.Text;
using DanVan.Infrastructure.Text;
using DanVan.Infrastructure.Web;

namespace DanVan.Infrastructure.Excel;

/// <summary>A data row: its Excel row number (1-based) and its cells in the order of the requested columns.</summary>
public sealed record XlsxRow(int Number, string?[] Cells)
{
    public string? this[int column] => Cells[column];
}

/// <summary>
/// Reads an uploaded .xlsx defensively (shared/design/QUALITY.md, hostile files): size cap, zip magic bytes, zip-bomb
/// guard on the real inflated sizes before any XML is parsed, then the first sheet through ExcelDataReader (whose
/// XmlReader prohibits DTDs, so no XXE). Columns are found by their Vietnamese header, case- and
/// diacritic-insensitively; every cell comes back trimmed and NFC-normalised.
/// </summary>
public static class XlsxReader
{
    public const long MaxBytes = 20 * 1024 * 1024;
    public const long MaxUncompressedBytes = 100 * 1024 * 1024;
    public const int MaxRows = 100_000;
    public const int MaxEntries = 1_000;

    /// <summary>Real spreadsheets compress 5–30×; a bomb compresses thousands of times.</summary>
    public const int MaxCompressionRatio = 200;

    private static readonly byte[] ZipMagic = [0x50, 0x4B, 0x03, 0x04];
    private static int _encodingsRegistered;

    /// <summary>
    /// Checks the file and finds its header row; the data rows are then read one at a time from the returned
    /// <see cref="XlsxRows"/> (ExcelDataReader streams the sheet XML), so an import never holds every row.
    /// </summary>
    public static async Task<Result<XlsxRows>> OpenAsync(Stream file, IReadOnlyList<XlsxColumn> columns, CancellationToken ct)
    {
        var buffered = await BufferAsync(file, ct);
        if (buffered.Error is not null)
        {
            return buffered.Error;
        }

        var content = buffered.Value!;
        try
        {
            if (Inspect(content) is { } rejected)
            {
                await content.DisposeAsync();
                return rejected;
            }

            content.Position = 0;
            var opened = XlsxRows.Open(content, columns, ct);
            if (opened.Error is not null)
            {
                await content.DisposeAsync();
            }

            return opened;
        }
        catch
        {
            await content.DisposeAsync();
            throw;
        }
    }

    /// <summary>Every data row at once: for small registers (units). Imports of people stream with <see cref="OpenAsync"/>.</summary>
    public static async Task<Result<IReadOnlyList<XlsxRow>>> ReadAsync(Stream file, IReadOnlyList<XlsxColumn> columns, CancellationToken ct)
    {
        var opened = await OpenAsync(file, columns, ct);
        if (opened.Error is not null)
        {
            return opened.Error;
        }

        using var reader = opened.Value!;
        var rows = new List<XlsxRow>();
        while (reader.Next(ct) is { } row)
        {
            rows.Add(row);
        }

        return reader.Error is { } error ? error : rows;
    }

    /// <summary>
    /// Every sheet of a small workbook with every cell of every non-blank row (same checks as <see cref="OpenAsync"/>), for
    /// layouts with lines above the table or more than one table (a criteria set as provinces publish it). At most
    /// <see cref="MaxRows"/> rows in all.
    /// </summary>
    public static async Task<Result<IReadOnlyList<XlsxSheet>>> ReadSheetsAsync(Stream file, CancellationToken ct)
    {
        var buffered = await BufferAsync(file, ct);
        if (buffered.Error is not null)
        {
            return buffered.Error;
        }

        await using var content = buffered.Value!;
        if (Inspect(content) is { } rejected)
        {
            return rejected;
        }

        content.Position = 0;
        RegisterEncodings();
        try
        {
            using var reader = ExcelDataReader.ExcelReaderFactory.CreateOpenXmlReader(content, new ExcelDataReader.ExcelReaderConfiguration { LeaveOpen = true });
            var sheets = new List<XlsxSheet>();
            var total = 0;
            do
            {
                var rows = new List<XlsxRow>();
                var number = 0;
                while (reader.Read())
                {
                    number++;
                    ct.ThrowIfCancellationRequested();
                    var cells = new string?[reader.FieldCount];
                    for (var i = 0; i < cells.Length; i++)
                    {
                        cells[i] = CellText(reader.GetValue(i));
                    }

                    if (cells.All(c => c is null))
                    {
                        continue;
                    }

                    if (++total > MaxRows)
                    {
                        return XlsxErrors.TooManyRows;
                    }

                    rows.Add(new XlsxRow(number, cells));
                }

                sheets.Add(new XlsxSheet(reader.Name ?? "", rows));
            }
            while (reader.NextResult());

            return sheets;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return XlsxErrors.Corrupt;
        }
    }

    private static async Task<Result<MemoryStream>> BufferAsync(Stream file, CancellationToken ct)
    {
        var content = new MemoryStream();
        var buffer = new byte[81_920];
        int read;
        while ((read = await file.ReadAsync(buffer, ct)) > 0)
        {
            if (content.Length + read > MaxBytes)
            {
                await content.DisposeAsync();
                return XlsxErrors.TooLarge;
            }

            content.Write(buffer, 0, read);
        }

        if (content.Length == 0)
        {
            return XlsxErrors.Empty;
        }

        return content;
    }

    private static AppError? Inspect(MemoryStream content)
    {
        var head = content.GetBuffer().AsSpan(0, (int)Math.Min(content.Length, ZipMagic.Length));
        if (!head.SequenceEqual(ZipMagic))
        {
            return XlsxErrors.NotXlsx;
        }

        try
        {
            content.Position = 0;
            using var zip = new ZipArchive(content, ZipArchiveMode.Read, leaveOpen: true);
            if (zip.Entries.Count > MaxEntries)
            {
                return XlsxErrors.Bomb;
            }

            if (!zip.Entries.Any(e => e.FullName == "xl/workbook.xml") || !zip.Entries.Any(e => e.FullName == "[Content_Types].xml"))
            {
                return XlsxErrors.NotXlsx;
            }

            if (zip.Entries.Sum(e => e.Length) > MaxUncompressedBytes
                || zip.Entries.Any(e => e.Length > 1_000_000 && e.Length > (e.CompressedLength + 1) * MaxCompressionRatio))
            {
                return XlsxErrors.Bomb;
            }

            // The declared sizes can lie: inflate everything once, counting, and stop at the limit.
            var sink = new byte[81_920];
            long total = 0;
            foreach (var entry in zip.Entries)
            {
                using var stream = entry.Open();
                int read;
                while ((read = stream.Read(sink, 0, sink.Length)) > 0)
                {
                    total += read;
                    if (total > MaxUncompressedBytes)
                    {
                        return XlsxErrors.Bomb;
                    }
                }
            }
        }
        catch (InvalidDataException)
        {
            return XlsxErrors.Corrupt;
        }

        return null;
    }

    internal static void RegisterEncodings()
    {
        if (Interlocked.Exchange(ref _encodingsRegistered, 1) == 0)
        {
            Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        }
    }

    /// <summary>For each wanted column, its index in the file (-1 when an optional column is absent).</summary>
    internal static Result<int[]> MapHeader(string?[] cells, IReadOnlyList<XlsxColumn> columns)
    {
        var found = new Dictionary<string, int>();
        for (var i = 0; i < cells.Length; i++)
        {
            var key = HeaderKey(cells[i]);
            if (key.Length > 0 && !found.TryAdd(key, i) && columns.Any(c => HeaderKey(c.Header) == key))
            {
                return XlsxErrors.DuplicateColumn(cells[i]!);
            }
        }

        var map = columns.Select(c => found.TryGetValue(HeaderKey(c.Header), out var i) ? i : -1).ToArray();
        var missing = columns.Where((c, i) => c.Required && map[i] < 0).Select(c => c.Header).ToList();
        return missing.Count > 0 ? XlsxErrors.MissingColumns(missing) : map;
    }

    /// <summary>"Mã đơn vị*", "MA DON VI", "Hiệu lực từ ngày (dd/MM/yyyy)" → "ma don vi", "hieu luc tu ngay".</summary>
    internal static string HeaderKey(string? header)
    {
        var text = (header ?? "").Replace("*", "", StringComparison.Ordinal);
        var paren = text.IndexOf('(', StringComparison.Ordinal);
        return VietnameseText.Fold(paren > 0 ? text[..paren] : text);
    }

    internal static string? CellText(object? value)
    {
        var text = value switch
        {
            null => null,
            string s => s,
            double d when d == Math.Floor(d) && Math.Abs(d) < 1e15 => ((long)d).ToString(CultureInfo.InvariantCulture),
            double d => d.ToString("R", CultureInfo.InvariantCulture),
            DateTime dt => dt.TimeOfDay == TimeSpan.Zero
                ? dt.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : dt.ToString("dd/MM/yyyy HH:mm", CultureInfo.InvariantCulture),
            bool b => b ? "TRUE" : "FALSE",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        };
        var cleaned = VietnameseText.Clean(text);
        return string.IsNullOrEmpty(cleaned) ? null : cleaned;
    }
}

/// <summary>One sheet as read by <see cref="XlsxReader.ReadSheetsAsync"/>: its name and its non-blank rows, every cell.</summary>
public sealed record XlsxSheet(string Name, IReadOnlyList<XlsxRow> Rows)
{
    /// <summary>
    /// The table on the sheet: its header is the first row holding every required column (found as <see cref="XlsxReader.OpenAsync"/>
    /// finds it); the rows above it, and the rows below with their cells in the order of <paramref name="columns"/>. Null when no row is a header.
    /// </summary>
    public XlsxTable? FindTable(IReadOnlyList<XlsxColumn> columns)
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            var header = XlsxReader.MapHeader(Rows[i].Cells, columns);
            if (header.Error is not null)
            {
                continue;
            }

            var map = header.Value!;
            var data = Rows.Skip(i + 1).Select(r => new XlsxRow(r.Number, Array.ConvertAll(map, c => c >= 0 && c < r.Cells.Length ? r.Cells[c] : null)))
                .Where(r => r.Cells.Any(c => c is not null)).ToList();
            return new XlsxTable(Rows.Take(i).ToList(), Rows[i].Number, data);
        }

        return null;
    }
}

/// <summary>A table found on a sheet: the lines above its header, the header's row number, the data rows.</summary>
public sealed record XlsxTable(IReadOnlyList<XlsxRow> Above, int HeaderRow, IReadOnlyList<XlsxRow> Rows);

/// <summary>File-level refusals, in Vietnamese. Row problems go in the import report instead.</summary>
public static class XlsxErrors
{
    public const string Field = "file";
    public const string TooLargeCode = "excel.too_large";

    public static readonly AppError NoFile = new("excel.no_file", "Vui lòng chọn tệp Excel (.xlsx) có dữ liệu.", Field);

    public static readonly AppError Empty = new("excel.empty", "Tệp rỗng (0 byte). Hãy chọn tệp Excel (.xlsx) có dữ liệu.", Field);

    public static readonly AppError TooLarge = new(TooLargeCode,
        $"Tệp vượt quá dung lượng tối đa {XlsxReader.MaxBytes / 1024 / 1024} MB. Hãy chia thành nhiều tệp nhỏ hơn.", Field);

    public static readonly AppError NotXlsx = new("excel.not_xlsx",
        "Tệp không phải định dạng Excel .xlsx. Hãy mở tệp bằng Excel và lưu lại dưới dạng “Excel Workbook (*.xlsx)”.", Field);

    public static readonly AppError Bomb = new("excel.suspicious",
        $"Tệp Excel có nội dung giải nén bất thường (quá {XlsxReader.MaxUncompressedBytes / 1024 / 1024} MB hoặc tỷ lệ nén bất thường) nên bị từ chối.", Field);

    public static readonly AppError Corrupt = new("excel.corrupt", "Tệp Excel bị hỏng hoặc có cấu trúc không hợp lệ nên không đọc được.", Field);

    public static readonly AppError NoHeader = new("excel.no_header",
        "Không tìm thấy dòng tiêu đề trong trang tính đầu tiên. Hãy dùng tệp mẫu tải về từ hệ thống.", Field);

    public static readonly AppError NoRows = new("excel.no_rows", "Tệp không có dòng dữ liệu nào (ngoài dòng tiêu đề).", Field);

    public static readonly AppError TooManyRows = new("excel.too_many_rows",
        $"Tệp có nhiều hơn {XlsxReader.MaxRows.ToString("N0", VietnameseText.Culture)} dòng dữ liệu. Hãy chia thành nhiều tệp, mỗi tệp tối đa {XlsxReader.MaxRows.ToString("N0", VietnameseText.Culture)} dòng.", Field);

    public static AppError MissingColumns(IEnumerable<string> headers) => new("excel.missing_columns",
        $"Thiếu cột bắt buộc: {string.Join(", ", headers.Select(h => $"“{h}”"))}. Hãy dùng đúng tệp mẫu (dòng tiêu đề ở dòng đầu tiên).", Field);

    public static AppError DuplicateColumn(string header) => new("excel.duplicate_column",
        $"Cột “{header}” xuất hiện nhiều lần trong dòng tiêu đề; hãy giữ lại một cột.", Field);
}
