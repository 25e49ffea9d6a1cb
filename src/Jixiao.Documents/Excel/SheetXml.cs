using System.Text;
using System.Xml;
using DocumentFormat.OpenXml.Packaging;
using Jixiao.Documents.Office;
using static Jixiao.Documents.Office.XmlWalk;

namespace Jixiao.Documents.Excel;

/// <summary>
/// Reads the parts of a workbook in one forward pass each (XmlReader over the part), without loading the OpenXml
/// document object model: the shared strings, the sheet list and each worksheet's cells and merged ranges. What is
/// read is what the model gave: a shared or inline string is the text of its runs without phonetic guides, a number
/// the text the file stores, a boolean TRUE/FALSE.
/// </summary>
internal static class SheetXml
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
    private const string Strict = "http://purl.oclc.org/ooxml/spreadsheetml/main";
    private const string Relationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private const string StrictRelationships = "http://purl.oclc.org/ooxml/officeDocument/relationships";

    /// <summary>The shared string table, in order (empty when the workbook has none).</summary>
    public static List<string> SharedStrings(WorkbookPart workbook)
    {
        var strings = new List<string>();
        if (workbook.SharedStringTablePart is not { } part)
        {
            return strings;
        }

        using var xml = Open(part);
        if (!ToRoot(xml, "sst"))
        {
            return strings;
        }

        var text = new StringBuilder();
        Children(xml, () =>
        {
            if (Is(xml, "si"))
            {
                strings.Add(ItemText(xml, text));
            }
            else
            {
                xml.Skip();
            }
        });
        return strings;
    }

    /// <summary>The sheets of the workbook in their order: name and relationship id.</summary>
    public static List<(string Name, string? Id)> Sheets(WorkbookPart workbook)
    {
        var sheets = new List<(string, string?)>();
        using var xml = Open(workbook);
        if (!ToRoot(xml, "workbook"))
        {
            return sheets;
        }

        Children(xml, () =>
        {
            if (Is(xml, "sheets"))
            {
                Children(xml, () =>
                {
                    if (Is(xml, "sheet"))
                    {
                        sheets.Add((xml.GetAttribute("name") ?? string.Empty, xml.GetAttribute("id", Relationships) ?? xml.GetAttribute("id", StrictRelationships)));
                    }

                    xml.Skip();
                });
            }
            else
            {
                xml.Skip();
            }
        });
        return sheets;
    }

    /// <summary>Reads a worksheet: <paramref name="cell"/> gets each cell's 1-based row, column and raw text (type
    /// applied, not yet trimmed), <paramref name="merge"/> each merged range's reference ("A1:C2").</summary>
    public static void ReadSheet(WorksheetPart part, IReadOnlyList<string> shared, Action<int, int, string> cell, Action<string> merge)
    {
        using var xml = Open(part);
        if (!ToRoot(xml, "worksheet"))
        {
            return;
        }

        var text = new StringBuilder();
        var sheetDataSeen = false;
        Children(xml, () =>
        {
            if (Is(xml, "sheetData") && !sheetDataSeen)
            {
                sheetDataSeen = true;
                ReadRows(xml, shared, cell, text);
            }
            else if (Is(xml, "mergeCells"))
            {
                Children(xml, () =>
                {
                    if (Is(xml, "mergeCell") && xml.GetAttribute("ref") is { } reference)
                    {
                        merge(reference);
                    }

                    xml.Skip();
                });
            }
            else
            {
                xml.Skip();
            }
        });
    }

    private static void ReadRows(XmlReader xml, IReadOnlyList<string> shared, Action<int, int, string> cell, StringBuilder text)
    {
        var rowNumber = 0;
        Children(xml, () =>
        {
            if (!Is(xml, "row"))
            {
                xml.Skip();
                return;
            }

            rowNumber = xml.GetAttribute("r") is { } r ? checked((int)uint.Parse(r, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture)) : rowNumber + 1;
            var column = 0;
            Children(xml, () =>
            {
                if (!Is(xml, "c"))
                {
                    xml.Skip();
                    return;
                }

                column = xml.GetAttribute("r") is { } reference ? SheetGrid.Parse(reference).Column : column + 1;
                var type = xml.GetAttribute("t");
                string? value = null;
                string? inline = null;
                Children(xml, () =>
                {
                    if (Is(xml, "v"))
                    {
                        value = xml.ReadElementContentAsString();
                    }
                    else if (Is(xml, "is"))
                    {
                        inline = ItemText(xml, text);
                    }
                    else
                    {
                        xml.Skip();
                    }
                });
                cell(rowNumber, column, CellText(type, value ?? string.Empty, inline, shared));
            });
        });
    }

    private static string CellText(string? type, string raw, string? inline, IReadOnlyList<string> shared) => type switch
    {
        "s" => int.TryParse(raw, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var index) && index < shared.Count ? shared[index] : string.Empty,
        "inlineStr" => inline ?? raw,
        "b" => raw == "1" ? "TRUE" : "FALSE",
        null or "n" or "e" or "str" or "d" => raw,
        _ => throw new FormatException($"cell type {type} is not one of SpreadsheetML's"),
    };

    /// <summary>The text of a shared or inline string (the reader stands on si or is): its runs' t elements, without
    /// the phonetic guides (rPh).</summary>
    private static string ItemText(XmlReader xml, StringBuilder text)
    {
        text.Clear();
        Runs(xml, text);
        return text.ToString();
    }

    private static void Runs(XmlReader xml, StringBuilder text) =>
        Children(xml, () =>
        {
            if (Is(xml, "t"))
            {
                text.Append(xml.ReadElementContentAsString());
            }
            else if (Is(xml, "rPh"))
            {
                xml.Skip();
            }
            else
            {
                Runs(xml, text);
            }
        });

    private static XmlReader Open(OpenXmlPart part) => XmlReader.Create(part.GetStream(FileMode.Open, FileAccess.Read), XmlWalk.Settings);

    /// <summary>Moves to the root element; false for a part without one. A part whose root is another element is
    /// damaged (as the object model said when it refused to load it).</summary>
    private static bool ToRoot(XmlReader xml, string localName)
    {
        while (xml.Read())
        {
            if (xml.NodeType == XmlNodeType.Element)
            {
                return Is(xml, localName) ? true : throw new InvalidDataException($"root element {xml.LocalName} is not {localName}");
            }
        }

        return false;
    }

    private static bool Is(XmlReader xml, string localName) =>
        xml.LocalName == localName && (xml.NamespaceURI == Main || xml.NamespaceURI == Strict);
}
