namespace Jixiao.Documents.Office;

/// <summary>The Office file types Jixiao reads.</summary>
public enum OfficeKind
{
    /// <summary>Word 2007+ document (.docx).</summary>
    Word,

    /// <summary>Excel 2007+ workbook (.xlsx).</summary>
    Excel,
}
