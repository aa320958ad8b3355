using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace DanVan.Infrastructure.Word;

public enum WordAlign
{
    Left,
    Center,
    Right,
    Justify,
}

/// <summary>A run of text with its own emphasis; <see cref="Size"/> in points (null: the paragraph's).</summary>
public sealed record WordRun(string Text, bool Bold = false, bool Italic = false, bool Underline = false, double? Size = null);

/// <summary>A paragraph: runs, alignment, the size of its text (points), spacing after (points), first-line indent (mm), a page break before.</summary>
public sealed record WordParagraph(IReadOnlyList<WordRun> Runs, WordAlign Align = WordAlign.Left, double Size = 14, double After = 0, double Indent = 0,
    bool PageBreakBefore = false)
{
    public static WordParagraph Of(string text, WordAlign align = WordAlign.Left, bool bold = false, bool italic = false, bool underline = false,
        double size = 14, double after = 0, double indent = 0) => new([new WordRun(text, bold, italic, underline)], align, size, after, indent);
}

/// <summary>A table: column widths in mm, rows of cells (each cell a list of paragraphs), with or without borders.</summary>
public sealed record WordTable(IReadOnlyList<double> WidthsMm, IReadOnlyList<IReadOnlyList<IReadOnlyList<WordParagraph>>> Rows, bool Borders);

/// <summary>
/// A small writer for editable Word documents in the Decree 30/2020 layout (Appendix I): A4, margins top and bottom 20 mm,
/// left 30 mm, right 15 mm, Times New Roman (officials' machines have it; LibreOffice substitutes the metric-compatible
/// Liberation Serif). Paragraphs and tables in order; nothing else is needed for a Tờ trình or a Quyết định.
/// </summary>
public sealed class WordWriter
{
    public const string Font = "Times New Roman";
    private const double TwipsPerMm = 1440 / 25.4;

    private readonly List<object> _blocks = [];

    /// <summary>The paragraphs and tables in order (<see cref="WordParagraph"/> or <see cref="WordTable"/>): what <see cref="WordHtml"/> prints.</summary>
    public IReadOnlyList<object> Blocks => _blocks;

    public WordWriter Add(WordParagraph paragraph)
    {
        _blocks.Add(paragraph);
        return this;
    }

    public WordWriter Add(WordTable table)
    {
        _blocks.Add(table);
        return this;
    }

    public byte[] ToBytes()
    {
        using var stream = new MemoryStream();
        using (var doc = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = doc.AddMainDocumentPart();
            var styles = main.AddNewPart<StyleDefinitionsPart>();
            styles.Styles = new Styles(new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = Font, HighAnsi = Font, ComplexScript = Font, EastAsia = Font },
                    new FontSize { Val = "28" }, new FontSizeComplexScript { Val = "28" }, new Languages { Val = "vi-VN" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto }))));
            var body = new Body();
            foreach (var block in _blocks)
            {
                body.Append(block switch
                {
                    WordParagraph p => Paragraph(p),
                    WordTable t => Table(t),
                    _ => throw new InvalidOperationException(),
                });
            }

            body.Append(new SectionProperties(
                new PageSize { Width = 11906U, Height = 16838U },
                new PageMargin { Top = Twips(20), Bottom = Twips(20), Left = (uint)Twips(30), Right = (uint)Twips(15), Header = 720U, Footer = 720U, Gutter = 0U }));
            main.Document = new Document(body);
            main.Document.Save();
        }

        return stream.ToArray();
    }

    /// <summary>The text of a Word document, one line per paragraph (table cells' paragraphs in reading order): what tests read back.</summary>
    public static IReadOnlyList<string> Lines(byte[] docx)
    {
        using var stream = new MemoryStream(docx);
        using var doc = WordprocessingDocument.Open(stream, false);
        return doc.MainDocumentPart!.Document!.Body!.Descendants<Paragraph>().Select(p => p.InnerText).ToList();
    }

    private static int Twips(double mm) => (int)Math.Round(mm * TwipsPerMm);

    private static Paragraph Paragraph(WordParagraph p)
    {
        var props = new ParagraphProperties();
        if (p.PageBreakBefore)
        {
            props.Append(new PageBreakBefore());
        }

        props.Append(new SpacingBetweenLines { After = ((int)(p.After * 20)).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (p.Indent > 0)
        {
            props.Append(new Indentation { FirstLine = Twips(p.Indent).ToString(System.Globalization.CultureInfo.InvariantCulture) });
        }

        props.Append(new Justification
        {
            Val = p.Align switch
            {
                WordAlign.Center => JustificationValues.Center,
                WordAlign.Right => JustificationValues.Right,
                WordAlign.Justify => JustificationValues.Both,
                _ => JustificationValues.Left,
            },
        });
        var paragraph = new Paragraph(props);
        foreach (var r in p.Runs)
        {
            var size = ((int)Math.Round((r.Size ?? p.Size) * 2)).ToString(System.Globalization.CultureInfo.InvariantCulture);
            var rp = new RunProperties();
            if (r.Bold)
            {
                rp.Append(new Bold());
            }

            if (r.Italic)
            {
                rp.Append(new Italic());
            }

            if (r.Underline)
            {
                rp.Append(new Underline { Val = UnderlineValues.Single });
            }

            rp.Append(new FontSize { Val = size }, new FontSizeComplexScript { Val = size });
            var run = new Run(rp);
            var lines = r.Text.Split('\n');
            for (var i = 0; i < lines.Length; i++)
            {
                if (i > 0)
                {
                    run.Append(new Break());
                }

                run.Append(new DocumentFormat.OpenXml.Wordprocessing.Text(lines[i]) { Space = SpaceProcessingModeValues.Preserve });
            }

            paragraph.Append(run);
        }

        return paragraph;
    }

    private static Table Table(WordTable t)
    {
        var border = t.Borders ? BorderValues.Single : BorderValues.None;
        var table = new Table(new TableProperties(
            new TableWidth { Width = t.WidthsMm.Sum(w => Twips(w)).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa },
            new TableLayout { Type = TableLayoutValues.Fixed },
            new TableBorders(
                new TopBorder { Val = border, Size = 4 }, new BottomBorder { Val = border, Size = 4 }, new LeftBorder { Val = border, Size = 4 },
                new RightBorder { Val = border, Size = 4 }, new InsideHorizontalBorder { Val = border, Size = 4 }, new InsideVerticalBorder { Val = border, Size = 4 }),
            new TableCellMarginDefault(new TopMargin { Width = "40", Type = TableWidthUnitValues.Dxa }, new BottomMargin { Width = "40", Type = TableWidthUnitValues.Dxa })));
        table.Append(new TableGrid(t.WidthsMm.Select(w => new GridColumn { Width = Twips(w).ToString(System.Globalization.CultureInfo.InvariantCulture) })));
        foreach (var row in t.Rows)
        {
            var tr = new TableRow();
            for (var i = 0; i < row.Count; i++)
            {
                var cell = new TableCell(new TableCellProperties(new TableCellWidth
                {
                    Width = Twips(t.WidthsMm[Math.Min(i, t.WidthsMm.Count - 1)]).ToString(System.Globalization.CultureInfo.InvariantCulture), Type = TableWidthUnitValues.Dxa,
                }));
                var paragraphs = row[i].Count == 0 ? [WordParagraph.Of("")] : row[i];
                foreach (var p in paragraphs)
                {
                    cell.Append(Paragraph(p));
                }

                tr.Append(cell);
            }

            table.Append(tr);
        }

        return table;
    }
}
