using System.Globalization;
using System.IO.Compression;
using System.Text;
using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;

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

/// <summary>A line written above a sheet's table (a title, "Năm: 2026"), bold or not.</summary>
public sealed record XlsxLine(IReadOnlyList<object?> Cells, bool Bold = false)
{
    /// <summary>"Năm: 2026": a labelled line, as published forms write what the table is about.</summary>
    public static string Labelled(string label, string value) => $"{label}: {value}";

    /// <summary>"Năm: 2026" → ("nam", "2026"), the label folded (no marks, lower case); a line without a colon has no label.</summary>
    public static (string Key, string Value)? ReadLabelled(string? line)
    {
        var colon = line?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        return colon > 0 ? (Text.VietnameseText.Fold(line![..colon]), line[(colon + 1)..].Trim()) : null;
    }
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
    internal const uint BoldStyle = 5;

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
    public XlsxSheetWriter StartSheet(string name, IReadOnlyList<XlsxColumn> columns, bool freezeHeader = true) =>
        StartSheet(name, columns, [], freezeHeader);

    /// <summary>A sheet whose table starts below some lines (a title, the regulation it rests on), as published forms do.</summary>
    public XlsxSheetWriter StartSheet(string name, IReadOnlyList<XlsxColumn> columns, IReadOnlyList<XlsxLine> above, bool freezeHeader = true)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_open is { IsOpen: true })
        {
            throw new InvalidOperationException("Finish the previous sheet before starting another.");
        }

        _sheetNames.Add(name);
        var stream = _zip.CreateEntry($"xl/worksheets/sheet{_sheetNames.Count}.xml").Open();
        _open = new XlsxSheetWriter(stream, columns, freezeHeader, tabSelected: _sheetNames.Count == 1, above);
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
            },
            new CellFormat { NumberFormatId = 0, FontId = 1, FillId = 0, BorderId = 0, FormatId = 0, ApplyFont = true }) { Count = 6 },
        new CellStyles(new CellStyle { Name = "Normal", FormatId = 0, BuiltinId = 0 }) { Count = 1 });
}
