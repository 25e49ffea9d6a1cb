namespace Jixiao.Documents.Grid;

/// <summary>The kind of file a <see cref="GridDocument"/> was read from (cell places are written in its terms).</summary>
public enum GridSource
{
    /// <summary>.docx (Word, WPS, LibreOffice), or .doc converted.</summary>
    Word,

    /// <summary>.xlsx, or .xls converted.</summary>
    Excel,

    /// <summary>An HTML page saved from a website, or a workbook saved as a web page.</summary>
    Html,

    /// <summary>The published text layout (Word's "save as text").</summary>
    Text,
}
