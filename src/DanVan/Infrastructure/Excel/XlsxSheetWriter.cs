using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Spreadsheet;
using CellText = DocumentFormat.OpenXml.Spreadsheet.Text;

namespace DanVan.Infrastructure.Excel;

/// <summary>Rows of one sheet, written as they come. Dispose to close the sheet.</summary>
public sealed class XlsxSheetWriter : IDisposable
{
    /// <summary>How far down list validations reach (the import limit plus the header).</summary>
    public const int ValidatedRows = XlsxReader.MaxRows + 1;

    private readonly Stream _stream;
    private readonly OpenXmlWriter _writer;
    private readonly IReadOnlyList<XlsxColumn> _columns;
    private readonly int _headerRow;
    private int _row;

    internal XlsxSheetWriter(Stream stream, IReadOnlyList<XlsxColumn> columns, bool freezeHeader, bool tabSelected, IReadOnlyList<XlsxLine> above)
    {
        _stream = stream;
        _columns = columns;
        _headerRow = above.Count + 1;
        _writer = OpenXmlWriter.Create(stream);
        _writer.WriteStartDocument(true);
        _writer.WriteStartElement(new Worksheet());
        var view = new SheetView { TabSelected = tabSelected, WorkbookViewId = 0 };
        if (freezeHeader)
        {
            var first = XlsxWriter.CellReference(0, _headerRow + 1);
            view.Append(
                new Pane { VerticalSplit = _headerRow, TopLeftCell = first, ActivePane = PaneValues.BottomLeft, State = PaneStateValues.Frozen },
                new Selection { Pane = PaneValues.BottomLeft, ActiveCell = first, SequenceOfReferences = new ListValue<StringValue> { InnerText = first } });
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
        foreach (var line in above)
        {
            WriteRow(line.Cells, line.Bold ? XlsxWriter.BoldStyle : null);
        }

        WriteRow(columns.Select(c => (object?)c.Header).ToArray(), XlsxWriter.HeaderStyle);
    }

    internal bool IsOpen { get; private set; }

    /// <summary>Data rows written so far (the header and the lines above it excluded).</summary>
    public int RowsWritten => _row - _headerRow;

    /// <summary>Writes one row: strings, numbers, DateOnly (as dd/MM/yyyy text) or null for an empty cell.</summary>
    public void WriteRow(IReadOnlyList<object?> values) => WriteRow(values, null);

    /// <summary>A row in bold (a group heading within a table).</summary>
    public void WriteBoldRow(IReadOnlyList<object?> values) => WriteRow(values, XlsxWriter.BoldStyle);

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
                    SequenceOfReferences = new ListValue<StringValue> { InnerText = $"{letter}{_headerRow + 1}:{letter}{ValidatedRows + _headerRow - 1}" },
                });
            }

            _writer.WriteEndElement();
        }

        _writer.WriteEndElement(); // worksheet
        _writer.Close();
        _stream.Dispose();
    }
}
