using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace DanVan.Infrastructure.Excel;

/// <summary>
/// One column of a sheet. A header ending in "*" marks a required column (the reader checks it is present).
/// <paramref name="List"/> is an Excel list-validation formula: an inline list <c>"\"Nam,Nữ\""</c> or a range
/// <c>'Danh mục'!$B$2:$B$6</c>. Text columns are formatted "@" so Excel keeps what is typed as text (codes like
/// "001", dates as dd/MM/yyyy, and anything starting with = + - @).
/// </summary>
public sealed record XlsxColumn(string Header, double Width = 20, bool Numeric = false, string? List = null)
{
    public bool Required => Header.EndsWith('*');

    /// <summary>The header without the required marker, as used in error reports.</summary>
    public string Label => Header.TrimEnd('*').Trim();
}

/// <summary>
/// Writes an .xlsx with the OpenXml SAX writer straight into a zip opened in create (streaming) mode: rows go to the
/// compressor as they come and memory stays flat however many there are. (The SDK's own package cannot do this: it
/// needs read access and then keeps every part in memory until it is closed.) The few package parts around the
/// sheets (content types, relationships) are written here by hand; the result passes the SDK's validator.
/// Strings are always inline strings, never formulas; values starting with = + - @ also get Excel's quote prefix,
/// so neither opening nor editing the cell turns them into a formula.
/// </summary>
public sealed class XlsxWriter : IDisposable
{
    /// <summary>Excel's limit for one cell.</summary>
    public const int MaxCellChars = 32_767;

    internal const uint HeaderStyle = 1;
    internal const uint TextStyle = 2;
    internal const uint QuotedTextStyle = 3;
    internal const uint WrapStyle = 4;

    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly ZipArchive _zip;
    private readonly List<string> _sheetNames = [];
    private XlsxSheetWriter? _open;
    private bool _disposed;

    private XlsxWriter(Stream output)
    {
        _zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true);
        using var stream = _zip.CreateEntry("xl/styles.xml").Open();
        using var writer = OpenXmlWriter.Create(stream);
        writer.WriteStartDocument(true);
        writer.WriteElement(Stylesheet());
    }

    public static XlsxWriter Create(Stream output)
    {
        ArgumentNullException.ThrowIfNull(output);
        return new XlsxWriter(output);
    }

    /// <summary>Starts a sheet with a bold, frozen header row. Finish it (dispose) before starting the next.</summary>
    public XlsxSheetWriter StartSheet(string name, IReadOnlyList<XlsxColumn> columns, bool freezeHeader = true)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_open is { IsOpen: true })
        {
            throw new InvalidOperationException("Finish the previous sheet before starting another.");
        }

        _sheetNames.Add(name);
        var stream = _zip.CreateEntry($"xl/worksheets/sheet{_sheetNames.Count}.xml").Open();
        _open = new XlsxSheetWriter(stream, columns, freezeHeader, tabSelected: _sheetNames.Count == 1);
        return _open;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        _open?.Dispose();
        using (var stream = _zip.CreateEntry("xl/workbook.xml").Open())
        using (var writer = OpenXmlWriter.Create(stream))
        {
            writer.WriteStartDocument(true);
            writer.WriteElement(new Workbook(
                new WorkbookProperties(),
                new BookViews(new WorkbookView { ActiveTab = 0 }),
                new Sheets(_sheetNames.Select((name, i) => new Sheet { Name = name, SheetId = (uint)i + 1, Id = $"rId{i + 1}" }))));
        }

        var sheets = Enumerable.Range(1, _sheetNames.Count).ToList();
        WritePart("xl/_rels/workbook.xml.rels", w =>
        {
            w.WriteStartElement("Relationships", RelationshipsNs);
            foreach (var i in sheets)
            {
                Relationship(w, $"rId{i}", OfficeRelationships + "worksheet", $"worksheets/sheet{i}.xml");
            }

            Relationship(w, "rIdStyles", OfficeRelationships + "styles", "styles.xml");
        });
        WritePart("_rels/.rels", w =>
        {
            w.WriteStartElement("Relationships", RelationshipsNs);
            Relationship(w, "rId1", OfficeRelationships + "officeDocument", "xl/workbook.xml");
        });
        WritePart("[Content_Types].xml", w =>
        {
            const string ns = "http://schemas.openxmlformats.org/package/2006/content-types";
            const string main = "application/vnd.openxmlformats-officedocument.spreadsheetml.";
            w.WriteStartElement("Types", ns);
            foreach (var (extension, type) in new[] { ("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml") })
            {
                w.WriteStartElement("Default", ns);
                w.WriteAttributeString("Extension", extension);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }

            foreach (var (part, type) in sheets.Select(i => ($"/xl/worksheets/sheet{i}.xml", main + "worksheet+xml"))
                         .Append(("/xl/workbook.xml", main + "sheet.main+xml")).Append(("/xl/styles.xml", main + "styles+xml")))
            {
                w.WriteStartElement("Override", ns);
                w.WriteAttributeString("PartName", part);
                w.WriteAttributeString("ContentType", type);
                w.WriteEndElement();
            }
        });
        _zip.Dispose();
    }

    private void WritePart(string name, Action<XmlWriter> write)
    {
        using var stream = _zip.CreateEntry(name).Open();
        using var writer = XmlWriter.Create(stream, new XmlWriterSettings { Encoding = new UTF8Encoding(false) });
        writer.WriteStartDocument(true);
        write(writer);
        writer.WriteEndDocument();
    }

    private static void Relationship(XmlWriter w, string id, string type, string target)
    {
        w.WriteStartElement("Relationship", RelationshipsNs);
        w.WriteAttributeString("Id", id);
        w.WriteAttributeString("Type", type);
        w.WriteAttributeString("Target", target);
        w.WriteEndElement();
    }

    internal static string CellReference(int column, int row)
    {
        var letters = new StringBuilder();
        for (var c = column + 1; c > 0; c = (c - 1) / 26)
        {
            letters.Insert(0, (char)('A' + (c - 1) % 26));
        }

        return letters.Append(row.ToString(CultureInfo.InvariantCulture)).ToString();
    }

    /// <summary>Drops characters XML 1.0 cannot carry (a control character would make the file unreadable).</summary>
    internal static string XmlSafe(string value)
    {
        var text = value.Length > MaxCellChars ? value[..MaxCellChars] : value;
        if (text.All(XmlConvert.IsXmlChar))
        {
            return text;
        }

        var sb = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            if (XmlConvert.IsXmlChar(text[i]))
            {
                sb.Append(text[i]);
            }
            else if (i + 1 < text.Length && XmlConvert.IsXmlSurrogatePair(text[i + 1], text[i]))
            {
                sb.Append(text, i++, 2);
            }
        }

        return sb.ToString();
    }

    /// <summary>Formula-looking text: Excel and other spreadsheets would evaluate it if it were ever re-typed.</summary>
    public static bool LooksLikeFormula(string value) => value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';

    private static Stylesheet Stylesheet() => new(
        new Fonts(
            new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }),
            new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })) { Count = 2 },
        new Fills(
            new Fill(new PatternFill { PatternType = PatternValues.None }),
            new Fill(new PatternFill { PatternType = PatternValues.Gray125 }),
            new Fill(new PatternFill(new ForegroundColor { Rgb = "FFDDEBF7" }) { PatternType = PatternValues.Solid })) { Count = 3 },
        new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())) { Count = 1 },
        new CellStyleFormats(new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0 }) { Count = 1 },
        new CellFormats(
            new CellFormat { NumberFormatId = 0, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0 },
            new CellFormat { NumberFormatId = 49, FontId = 1, FillId = 2, BorderId = 0, FormatId = 0, ApplyFont = true, ApplyFill = true, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true },
            new CellFormat { NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, QuotePrefix = true },
            new CellFormat(new Alignment { WrapText = true, Vertical = VerticalAlignmentValues.Top })
            {
                NumberFormatId = 49, FontId = 0, FillId = 0, BorderId = 0, FormatId = 0, ApplyNumberFormat = true, ApplyAlignment = true,
            }) { Count = 5 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}

/// <summary>Rows of one sheet, written as they come. Dispose to close the sheet.</summary>
public sealed class XlsxSheetWriter : IDisposable
{
    /// <summary>How far down list validations reach (the import limit plus the header).</summary>
    public const int ValidatedRows = XlsxReader.MaxRows + 1;

    private readonly Stream _stream;
    private readonly OpenXmlWriter _writer;
    private readonly IReadOnlyList<XlsxColumn> _columns;
    private int _row;

    internal XlsxSheetWriter(Stream stream, IReadOnlyList<XlsxColumn> columns, bool freezeHeader, bool tabSelected)
    {
        _stream = stream;
        _columns = columns;
        _writer = OpenXmlWriter.Create(stream);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        var view = new SheetView { TabSelected = tabSelected, WorkbookViewId = 0 };
        if (freezeHeader)
        {
            view.Append(
                new Pane { VerticalSplit = 1, TopLeftCell = "A2", ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = "A2", SequenceOfReferences = new ListValue<StringValue> { InnerText = "A2" } });
        }

        _writer.WriteElement(new SheetViews(view));
        _writer.WriteStartElement(new Columns());
        for (var i = 0; i < columns.Count; i++)
        {
            var column = new Column { Min = (uint)i + 1, Max = (uint)i + 1, Width = columns[i].Width, CustomWidth = true };
            if (!columns[i].Numeric)
            {
                column.Style = XlsxWriter.TextStyle;
            }

            _writer.WriteElement(column);
        }

        _writer.WriteEndElement();
        _writer.WriteStartElement(new SheetData());
        IsOpen = true;
        WriteRow(columns.Select(c => (object?)c.Header).ToArray(), XlsxWriter.HeaderStyle);
    }

    internal bool IsOpen { get; private set; }

    /// <summary>Data rows written so far (the header excluded).</summary>
    public int RowsWritten => _row - 1;

    /// <summary>Writes one row: strings, numbers, DateOnly (as dd/MM/yyyy text) or null for an empty cell.</summary>
    public void WriteRow(IReadOnlyList<object?> values) => WriteRow(values, null);

    /// <summary>A long line of text in the first column, wrapped (instructions).</summary>
    public void WriteNote(string text) => WriteRow([text], XlsxWriter.WrapStyle);

    private void WriteRow(IReadOnlyList<object?> values, uint? style)
    {
        if (!IsOpen)
        {
            throw new InvalidOperationException("The sheet is already finished.");
        }

        _row++;
        _writer.WriteStartElement(new Row { RowIndex = (uint)_row });
        for (var i = 0; i < values.Count; i++)
        {
            if (Cell(i, values[i], style) is { } cell)
            {
                _writer.WriteElement(cell);
            }
        }

        _writer.WriteEndElement();
    }

    private Cell? Cell(int column, object? value, uint? style)
    {
        var reference = XlsxWriter.CellReference(column, _row);
        switch (value)
        {
            case null:
                return null;
            case int or long or short or byte or uint or ulong or double or float or decimal:
                var number = Convert.ToString(value, CultureInfo.InvariantCulture)!;
                return new Cell(new CellValue(number)) { CellReference = reference, DataType = CellValues.Number, StyleIndex = style };
            case DateOnly date:
                return TextCell(reference, date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture), style);
            default:
                var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
                return text.Length == 0 ? null : TextCell(reference, text, style);
        }
    }

    private static Cell TextCell(string reference, string value, uint? style)
    {
        var safe = XlsxWriter.XmlSafe(value);
        var text = new CellText(safe);
        if (safe.Length > 0 && (char.IsWhiteSpace(safe[0]) || char.IsWhiteSpace(safe[^1])))
        {
            text.Space = SpaceProcessingModeValues.Preserve;
        }

        return new Cell(new InlineString(text))
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            StyleIndex = style ?? (XlsxWriter.LooksLikeFormula(safe) ? XlsxWriter.QuotedTextStyle : XlsxWriter.TextStyle),
        };
    }

    public void Dispose()
    {
        if (!IsOpen)
        {
            return;
        }

        IsOpen = false;
        _writer.WriteEndElement(); // sheetData
        var lists = _columns.Select((c, i) => (c, i)).Where(x => x.c.List is not null).ToList();
        if (lists.Count > 0)
        {
            _writer.WriteStartElement(new DataValidations { Count = (uint)lists.Count });
            foreach (var (column, i) in lists)
            {
                var letter = XlsxWriter.CellReference(i, 2)[..^1];
                _writer.WriteElement(new DataValidation(new Formula1(column.List!))
                {
                    Type = DataValidationValues.List,
                    AllowBlank = true,
                    ShowErrorMessage = true,
                    ErrorTitle = "Giá trị không hợp lệ",
                    Error = $"Vui lòng chọn {column.Label} trong danh sách.",
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}2:{letter}{ValidatedRows}" },
                });
            }

            _writer.WriteEndElement();
        }

        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _stream.Dispose();
    }
}
