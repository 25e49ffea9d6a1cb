using System.Globalization;

namespace Jixiao.Documents.Office;

/// <summary>Why a Word or Excel file is refused, in one place so the wording stays consistent.</summary>
internal static class OfficeMessages
{
    public const string TooLarge = "文件大小为 {0} MB，超过了允许的上限 {1} MB。请删除文档中的图片等无关内容，或把各单位的表格分成几个文件分别导入。";

    public const string OldBinaryFormat = "这是旧版或加密的 {0}（.doc/.xls 格式或设置了打开密码），无法读取。请在 Word/WPS/Excel 中取消密码并“另存为”{1} 格式后再导入。";

    public const string NotOffice = "文件扩展名是 {0}，但内容不是 {1}（可能是把其他文件改了扩展名）。请在 Word/WPS/Excel 中打开原文件，“另存为”{0} 后再导入。";

    public const string WrongKind = "文件扩展名是 {0}，但内容是 {1}。请把扩展名改为 {2} 后再导入。";

    public const string Macros = "{0}中含有宏（VBA 代码）。出于安全考虑，Jixiao 不接受带宏的文件。请“另存为”不含宏的 {1} 格式后再导入。";

    public const string ZipBomb = "{0}解压后超过 {1} MB 或压缩比异常（疑似“压缩炸弹”），已拒绝。正常的绩效文本解压后只有几 MB。";

    public const string TooManyParts = "文件包含 {0} 个内部部件，超过上限 {1}，不像正常的 Office 文档，已拒绝。";

    public const string Damaged = "{0}已损坏或不完整，无法读取（可能下载或复制时被截断）。请在 Word/WPS/Excel 中打开确认，“另存为”后再导入。";

    public static string Format(string message, params object[] args) => string.Format(CultureInfo.InvariantCulture, message, args);
}
