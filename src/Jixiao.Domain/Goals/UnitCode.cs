using System.Text.RegularExpressions;

namespace Jixiao.Domain.Goals;

/// <summary>
/// 单位代码: 3-digit 部门代码 + 3-digit serial; the department's own head unit (本级) is xxx001 (DOMAIN.md §8.3).
/// Printed as code and name without separator ("222001纪律检查委员会本级") or with '-'.
/// </summary>
public static partial class UnitCode
{
    [GeneratedRegex(@"^\s*(\d{3,21})\s*[-－—_ ]?\s*(.*?)\s*$")]
    private static partial Regex CodeAndName();

    /// <summary>Splits "222001纪律检查委员会本级" into ("222001", "纪律检查委员会本级").</summary>
    public static (string Code, string Name) Split(string text)
    {
        var m = CodeAndName().Match(Jixiao.Domain.Text.ChineseText.ToHalfWidth(text));
        return m.Success ? (m.Groups[1].Value, m.Groups[2].Value) : (string.Empty, text.Trim());
    }

    /// <summary>部门代码: the first three digits of a six-digit unit code.</summary>
    public static string DepartmentOf(string unitCode) => unitCode.Length >= 3 ? unitCode[..3] : unitCode;
}
