using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace DanVan.E2E.Infrastructure;

/// <summary>
/// Fills the app's own people template (as downloaded by the user) with rows, as a user would in Excel: the data go in
/// the sheet "Cán bộ" from row 2, under the header the template wrote. Strings are inline strings; a number stays a
/// number. Rows and cells carry RowIndex/CellReference.
/// </summary>
public static class PeopleWorkbook
{
    public const string SheetName = "Cán bộ";

    public static byte[] Fill(byte[] template, IReadOnlyList<object?[]> rows)
    {
        ArgumentNullException.ThrowIfNull(template);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        stream.Write(template);
        stream.Position = 0;
        using (var document = SpreadsheetDocument.Open(stream, isEditable: true))
        {
            var workbook = document.WorkbookPart!;
            var sheet = workbook.Workbook.Sheets!.Elements<Sheet>().Single(s => s.Name == SheetName);
            var part = (WorksheetPart)workbook.GetPartById(sheet.Id!);
            var data = part.Worksheet.GetFirstChild<SheetData>()!;
            var header = data.Elements<Row>().Single(); // the template holds the header row only
            header.RowIndex!.Value.ShouldBe(1u);
            for (var i = 0; i < rows.Count; i++)
            {
                var index = (uint)(i + 2);
                var row = new Row { RowIndex = index };
                for (var c = 0; c < rows[i].Length; c++)
                {
                    if (Cell(rows[i][c], $"{(char)('A' + c)}{index}") is { } cell)
                    {
                        row.Append(cell);
                    }
                }

                data.Append(row);
            }

            part.Worksheet.Save();
        }

        return stream.ToArray();
    }

    private static Cell? Cell(object? value, string reference) => value switch
    {
        null => null,
        int n => new Cell { CellReference = reference, DataType = CellValues.Number, CellValue = new CellValue(n) },
        string s => new Cell
        {
            CellReference = reference,
            DataType = CellValues.InlineString,
            InlineString = new InlineString(new Text(s) { Space = SpaceProcessingModeValues.Preserve }),
        },
        _ => throw new ArgumentException($"Unsupported cell value {value.GetType()}", nameof(value)),
    };
}
