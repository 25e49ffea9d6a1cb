using System.Globalization;
using System.IO.Compression;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Jixiao.Documents.Tests.Metamorphic;

/// <summary>
/// A workbook's figures stored the other way: numbers as text (a sheet typed with the cells formatted as 文本, or
/// pasted from a web page) and text that is a plain number as a number (a sheet whose "12.50" was retyped). Rewrites
/// the .xlsx file itself — the sheets' cell types — so the change goes through the workbook reader.
/// </summary>
internal static partial class WorkbookNumbers
{
    private static readonly XNamespace Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    [GeneratedRegex(@"^-?\d+(\.\d+)?$")]
    private static partial Regex PlainNumber();

    /// <summary>Every number cell stored as an inline string of the same text ("387664.62" as text).</summary>
    public static byte[] NumbersAsText(byte[] xlsx) => Rewrite(xlsx, (cell, _) =>
    {
        var type = (string?)cell.Attribute("t");
        if (type is not (null or "n") || cell.Element(Main + "v") is not { } v)
        {
            return;
        }

        v.Remove();
        cell.SetAttributeValue("t", "inlineStr");
        cell.Add(new XElement(Main + "is", new XElement(Main + "t", v.Value)));
    });

    /// <summary>Every text cell that is a plain number ("10", "12.50") stored as that number.</summary>
    public static byte[] TextAsNumbers(byte[] xlsx) => Rewrite(xlsx, (cell, shared) =>
    {
        var text = (string?)cell.Attribute("t") switch
        {
            "s" => int.TryParse(cell.Element(Main + "v")?.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var i) && i < shared.Count ? shared[i] : null,
            "inlineStr" => cell.Element(Main + "is")?.Value,
            _ => null,
        };
        if (text is null || !PlainNumber().IsMatch(text))
        {
            return;
        }

        cell.Attribute("t")!.Remove();
        cell.Elements().Where(e => e.Name == Main + "v" || e.Name == Main + "is").Remove();
        cell.Add(new XElement(Main + "v", text));
    });

    private static byte[] Rewrite(byte[] xlsx, Action<XElement, IReadOnlyList<string>> rewriteCell)
    {
        using var stream = new MemoryStream();
        stream.Write(xlsx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var shared = SharedStrings(zip);
            foreach (var entry in zip.Entries.Where(e => e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList())
            {
                XDocument sheet;
                using (var read = entry.Open())
                {
                    sheet = XDocument.Load(read);
                }

                foreach (var cell in sheet.Descendants(Main + "c").ToList())
                {
                    rewriteCell(cell, shared);
                }

                using var write = entry.Open();
                write.SetLength(0);
                sheet.Save(write);
            }
        }

        return stream.ToArray();
    }

    private static List<string> SharedStrings(ZipArchive zip)
    {
        if (zip.GetEntry("xl/sharedStrings.xml") is not { } entry)
        {
            return [];
        }

        using var read = entry.Open();
        return [.. XDocument.Load(read).Root!.Elements(Main + "si").Select(si => string.Concat(si.Descendants(Main + "t").Select(t => t.Value)))];
    }
}
