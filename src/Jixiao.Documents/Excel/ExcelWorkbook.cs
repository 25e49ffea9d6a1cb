using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Excel;

/// <summary>Packs <see cref="SheetBuilder"/> sheets, the shared stylesheet and defined names into an .xlsx.</summary>
internal static class ExcelWorkbook
{
    private const string Main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";

    public static byte[] Write(IReadOnlyList<SheetBuilder> sheets, IReadOnlyDictionary<string, string>? definedNames = null, string? title = null)
    {
        using var stream = new MemoryStream();
        using (var package = SpreadsheetDocument.Create(stream, DocumentFormat.OpenXml.SpreadsheetDocumentType.Workbook))
        {
            var workbook = package.AddWorkbookPart();
            Feed(workbook.AddNewPart<WorkbookStylesPart>(), StylesXml);
            var sheetXml = new StringBuilder();
            for (var i = 0; i < sheets.Count; i++)
            {
                var part = workbook.AddNewPart<WorksheetPart>();
                Feed(part, sheets[i].Xml());
                var state = sheets[i].Hidden ? " state=\"hidden\"" : string.Empty;
                sheetXml.Append(System.Globalization.CultureInfo.InvariantCulture,
                    $"""<sheet name="{SheetBuilder.Escape(sheets[i].Name)}" sheetId="{i + 1}"{state} r:id="{workbook.GetIdOfPart(part)}"/>""");
            }

            var names = new StringBuilder();
            foreach (var (name, reference) in definedNames ?? new Dictionary<string, string>())
            {
                names.Append($"""<definedName name="{SheetBuilder.Escape(name)}">{SheetBuilder.Escape(reference)}</definedName>""");
            }

            for (var i = 0; i < sheets.Count; i++)
            {
                if (sheets[i].PrintTitleRows > 0)
                {
                    var quoted = "'" + sheets[i].Name.Replace("'", "''", StringComparison.Ordinal) + "'";
                    names.Append(System.Globalization.CultureInfo.InvariantCulture,
                        $"""<definedName name="_xlnm.Print_Titles" localSheetId="{i}">{SheetBuilder.Escape($"{quoted}!$1:${sheets[i].PrintTitleRows}")}</definedName>""");
                }
            }

            Feed(workbook,
                $"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?><workbook xmlns="{Main}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><bookViews><workbookView activeTab="0"/></bookViews><sheets>{sheetXml}</sheets>{(names.Length > 0 ? $"<definedNames>{names}</definedNames>" : "")}</workbook>""");
            package.PackageProperties.Title = title;
            package.PackageProperties.Creator = "Jixiao";
        }

        return stream.ToArray();
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var data = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(data);
    }

    // cellXfs follow the order of ExcelStyle. Fonts: 0 宋体 11, 1 宋体 11 bold, 2 宋体 14 bold. Fills 3–6: the light colours.
    private static readonly string StylesXml =
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <styleSheet xmlns="{Main}">
        <numFmts count="3"><numFmt numFmtId="164" formatCode="0.00####"/><numFmt numFmtId="165" formatCode="0.####"/><numFmt numFmtId="166" formatCode="0.00"/></numFmts>
        <fonts count="3">
        <font><sz val="11"/><name val="宋体"/><charset val="134"/><family val="3"/></font>
        <font><b/><sz val="11"/><name val="宋体"/><charset val="134"/><family val="3"/></font>
        <font><b/><sz val="14"/><name val="宋体"/><charset val="134"/><family val="3"/></font>
        </fonts>
        <fills count="7"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill><fill><patternFill patternType="solid"><fgColor rgb="FFDDEBF7"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFF7C80"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFFFE699"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FFA9D08E"/><bgColor indexed="64"/></patternFill></fill><fill><patternFill patternType="solid"><fgColor rgb="FF9BC2E6"/><bgColor indexed="64"/></patternFill></fill></fills>
        <borders count="2"><border><left/><right/><top/><bottom/><diagonal/></border><border><left style="thin"><color auto="1"/></left><right style="thin"><color auto="1"/></right><top style="thin"><color auto="1"/></top><bottom style="thin"><color auto="1"/></bottom><diagonal/></border></borders>
        <cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
        <cellXfs count="15">
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
        <xf numFmtId="0" fontId="1" fillId="2" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="left" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="49" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="164" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>
        <xf numFmtId="0" fontId="2" fillId="0" borderId="0" xfId="0" applyFont="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="center"/></xf>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="right" vertical="center"/></xf>
        <xf numFmtId="165" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
        <xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" applyAlignment="1"><alignment horizontal="left" vertical="top" wrapText="1"/></xf>
        <xf numFmtId="0" fontId="1" fillId="3" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="0" fontId="1" fillId="4" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="0" fontId="1" fillId="5" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="0" fontId="1" fillId="6" borderId="1" xfId="0" applyFont="1" applyFill="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center" wrapText="1"/></xf>
        <xf numFmtId="166" fontId="0" fillId="0" borderId="1" xfId="0" applyNumberFormat="1" applyBorder="1" applyAlignment="1"><alignment horizontal="center" vertical="center"/></xf>
        </cellXfs>
        <cellStyles count="1"><cellStyle name="常规" xfId="0" builtinId="0"/></cellStyles>
        </styleSheet>
        """;
}
