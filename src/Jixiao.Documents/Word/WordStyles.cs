using System.Text;
using DocumentFormat.OpenXml.Packaging;

namespace Jixiao.Documents.Word;

/// <summary>
/// Styles, fonts and settings of an exported document, following the usual layout of Chinese official documents
/// (GB/T 9704): body 仿宋_GB2312 三号 with 28 pt exact line spacing, headings 黑体, tables 宋体 五号. East-Asian
/// font names are set on <c>w:eastAsia</c>, which is what Word, WPS and LibreOffice use for Chinese text.
/// </summary>
internal static class WordStyles
{
    public const string Title = "Title";
    public const string GeneratedTitle = "JixiaoGeneratedTitle";
    public const string Part = "Heading1";
    public const string Section = "Heading2";
    public const string TableTitle = "Heading3";
    public const string Body = "JixiaoBody";
    public const string Item = "JixiaoItem";
    public const string TableText = "JixiaoTableText";
    public const string TableLabel = "JixiaoTableLabel";
    public const string TocHeading = "TOCHeading";
    public const string FormTitle = "JixiaoFormTitle";
    public const string FormSubtitle = "JixiaoFormSubtitle";
    public const string FormNoteHeading = "JixiaoFormNoteHeading";
    public const string FormNote = "JixiaoFormNote";

    public static string Toc(int level) => "TOC" + level;

    /// <summary>A style only Jixiao's own export uses (every project table's unit line has one).</summary>
    public static bool IsJixiaos(string? style) => style is not null && style.StartsWith("Jixiao", StringComparison.Ordinal);

    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static void AddTo(MainDocumentPart main)
    {
        Feed(main.AddNewPart<StyleDefinitionsPart>(), StylesXml);
        Feed(main.AddNewPart<FontTablePart>(), FontsXml);
        Feed(main.AddNewPart<DocumentSettingsPart>(), SettingsXml);
    }

    private static void Feed(OpenXmlPart part, string xml)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(xml));
        part.FeedData(stream);
    }

    private static string Font(string eastAsia, string latin = "Times New Roman") =>
        $"""<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{eastAsia}" w:cs="{latin}"/>""";

    private static string ParagraphStyle(string id, string name, string pPr, string rPr, int? outline = null, string basedOn = "Normal") =>
        $"""<w:style w:type="paragraph" w:styleId="{id}"><w:name w:val="{name}"/><w:basedOn w:val="{basedOn}"/><w:next w:val="{Body}"/><w:qFormat/><w:pPr>{pPr}{(outline is { } o ? $"<w:outlineLvl w:val=\"{o}\"/>" : "")}</w:pPr><w:rPr>{rPr}</w:rPr></w:style>""";

    private static readonly string StylesXml =
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:styles xmlns:w="{W}">
        <w:docDefaults>
        <w:rPrDefault><w:rPr>{Font("仿宋_GB2312")}<w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
        <w:pPrDefault><w:pPr><w:spacing w:after="0" w:line="560" w:lineRule="exact"/><w:jc w:val="both"/></w:pPr></w:pPrDefault>
        </w:docDefaults>
        <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
        <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>
        <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
        {ParagraphStyle(Title, "Title", "<w:spacing w:before=\"1200\" w:after=\"600\" w:line=\"700\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", Font("宋体") + "<w:b/><w:sz w:val=\"44\"/><w:szCs w:val=\"44\"/>")}
        {ParagraphStyle(GeneratedTitle, "Jixiao Title", "", "", basedOn: Title)}
        {ParagraphStyle(Part, "heading 1", "<w:keepNext/><w:pageBreakBefore/><w:spacing w:before=\"240\" w:after=\"240\"/><w:jc w:val=\"center\"/>", Font("黑体") + "<w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>", 0)}
        {ParagraphStyle(Section, "heading 2", "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", Font("黑体"), 1)}
        {ParagraphStyle(TableTitle, "heading 3", "<w:keepNext/><w:pageBreakBefore/><w:spacing w:after=\"120\"/><w:jc w:val=\"center\"/>", Font("黑体") + "<w:sz w:val=\"30\"/><w:szCs w:val=\"30\"/>", 2)}
        {ParagraphStyle(Body, "Jixiao Body", "<w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", "")}
        {ParagraphStyle(Item, "Jixiao Item", "<w:keepNext/><w:ind w:firstLineChars=\"200\" w:firstLine=\"640\"/>", Font("楷体_GB2312") + "<w:b/>")}
        {ParagraphStyle(TableText, "Jixiao Table Text", "<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"300\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", Font("宋体") + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")}
        {ParagraphStyle(TableLabel, "Jixiao Table Label", "<w:jc w:val=\"center\"/>", "", basedOn: TableText)}
        {ParagraphStyle(FormTitle, "Jixiao Form Title", "<w:spacing w:after=\"120\" w:line=\"600\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", Font("黑体") + "<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>")}
        {ParagraphStyle(FormSubtitle, "Jixiao Form Subtitle", "<w:spacing w:after=\"120\" w:line=\"400\" w:lineRule=\"exact\"/><w:jc w:val=\"center\"/>", Font("宋体") + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")}
        {ParagraphStyle(FormNoteHeading, "Jixiao Form Note Heading", "<w:keepNext/><w:spacing w:before=\"240\" w:line=\"400\" w:lineRule=\"exact\"/>", Font("黑体") + "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>")}
        {ParagraphStyle(FormNote, "Jixiao Form Note", "<w:spacing w:line=\"360\" w:lineRule=\"auto\"/><w:jc w:val=\"left\"/>", Font("宋体") + "<w:sz w:val=\"21\"/><w:szCs w:val=\"21\"/>")}
        {ParagraphStyle(TocHeading, "TOC Heading", "<w:spacing w:before=\"600\" w:after=\"360\"/><w:jc w:val=\"center\"/>", Font("黑体") + "<w:sz w:val=\"36\"/><w:szCs w:val=\"36\"/>")}
        {ParagraphStyle(Toc(1), "toc 1", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8834\"/></w:tabs><w:spacing w:line=\"440\" w:lineRule=\"exact\"/>", Font("黑体") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")}
        {ParagraphStyle(Toc(2), "toc 2", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8834\"/></w:tabs><w:spacing w:line=\"440\" w:lineRule=\"exact\"/><w:ind w:left=\"420\"/>", "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")}
        {ParagraphStyle(Toc(3), "toc 3", "<w:tabs><w:tab w:val=\"right\" w:leader=\"dot\" w:pos=\"8834\"/></w:tabs><w:spacing w:line=\"440\" w:lineRule=\"exact\"/><w:ind w:left=\"840\"/>", "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")}
        {ParagraphStyle("Footer", "footer", "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/><w:jc w:val=\"center\"/>", Font("宋体") + "<w:sz w:val=\"28\"/><w:szCs w:val=\"28\"/>")}
        <w:style w:type="character" w:styleId="Hyperlink"><w:name w:val="Hyperlink"/><w:basedOn w:val="DefaultParagraphFont"/></w:style>
        </w:styles>
        """;

    // altName lets Word and WPS fall back to the font Windows 10+ ships when the GB2312 variants are missing.
    private static readonly string FontsXml =
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:fonts xmlns:w="{W}">
        <w:font w:name="仿宋_GB2312"><w:altName w:val="仿宋"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="楷体_GB2312"><w:altName w:val="楷体"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="宋体"><w:altName w:val="SimSun"/><w:charset w:val="86"/><w:family w:val="auto"/><w:pitch w:val="variable"/></w:font>
        <w:font w:name="黑体"><w:altName w:val="SimHei"/><w:charset w:val="86"/><w:family w:val="modern"/><w:pitch w:val="fixed"/></w:font>
        <w:font w:name="Times New Roman"><w:charset w:val="00"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>
        </w:fonts>
        """;

    // updateFields: Word refreshes the table of contents and page references when the file is opened.
    private static readonly string SettingsXml =
        $"""
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:settings xmlns:w="{W}"><w:updateFields w:val="true"/><w:defaultTabStop w:val="420"/><w:characterSpacingControl w:val="compressPunctuation"/><w:compat><w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/></w:compat></w:settings>
        """;
}
