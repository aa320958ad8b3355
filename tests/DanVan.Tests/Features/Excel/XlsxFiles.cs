using System.IO.Compression;
using System.Text;
using DanVan.Infrastructure.Excel;
using ExcelDataReader;

namespace DanVan.Tests.Features.Excel;

/// <summary>Builds .xlsx files (good and hostile) in memory for the Excel tests.</summary>
internal static class XlsxFiles
{
    public static byte[] Sheet(IReadOnlyList<XlsxColumn> columns, params object?[][] rows)
    {
        using var output = new MemoryStream();
        using (var xlsx = XlsxWriter.Create(output))
        using (var sheet = xlsx.StartSheet("Dữ liệu", columns))
        {
            foreach (var row in rows)
            {
                sheet.WriteRow(row);
            }
        }

        return output.ToArray();
    }

    /// <summary>The XML of the first worksheet of a package.</summary>
    public static string FirstSheetXml(byte[] xlsx)
    {
        using var zip = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        var entry = zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal)).OrderBy(e => e.FullName).First();
        using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
        return reader.ReadToEnd();
    }

    /// <summary>The same package with one entry's content replaced.</summary>
    public static byte[] Replace(byte[] xlsx, Func<string, bool> which, Func<string, string> content)
    {
        using var source = new ZipArchive(new MemoryStream(xlsx), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in source.Entries)
            {
                using var reader = new StreamReader(entry.Open(), Encoding.UTF8);
                var text = reader.ReadToEnd();
                using var writer = new StreamWriter(target.CreateEntry(entry.FullName).Open(), new UTF8Encoding(false));
                writer.Write(which(entry.FullName) ? content(text) : text);
            }
        }

        return output.ToArray();
    }

    /// <summary>A zip that looks like a workbook but one entry inflates to <paramref name="megabytes"/> MB of zeros.</summary>
    public static byte[] ZipBomb(int megabytes)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Write(zip, "[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"/>");
            Write(zip, "xl/workbook.xml", "<workbook/>");
            using var stream = zip.CreateEntry("xl/worksheets/sheet1.xml", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < megabytes; i++)
            {
                stream.Write(zeros);
            }
        }

        return output.ToArray();
    }

    public static byte[] Zip(params (string Name, string Content)[] entries)
    {
        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content) in entries)
            {
                Write(zip, name, content);
            }
        }

        return output.ToArray();
    }

    private static void Write(ZipArchive zip, string name, string content)
    {
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(content);
    }

    public static List<string> SheetNames(byte[] file)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(file));
        var names = new List<string>();
        do
        {
            names.Add(reader.Name);
        }
        while (reader.NextResult());
        return names;
    }

    public static List<string?[]> ReadSheet(byte[] file, string name)
    {
        using var reader = ExcelReaderFactory.CreateOpenXmlReader(new MemoryStream(file));
        while (reader.Name != name && reader.NextResult())
        {
        }

        var rows = new List<string?[]>();
        while (reader.Read())
        {
            rows.Add(Enumerable.Range(0, reader.FieldCount).Select(i => reader.GetValue(i)?.ToString()).ToArray());
        }

        return rows;
    }

    public static List<string?> AllCells(byte[] file, string sheet) => ReadSheet(file, sheet).SelectMany(r => r).ToList();
}
