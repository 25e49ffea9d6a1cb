using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>
/// Finds the money unit a form declares: a money label with the unit in parentheses ("项目资金 (元)", "资金情况(万元)",
/// "年度预算数(万元)") or a "单位：万元" / "金额单位：元" line or cell. The unit is never guessed from the size of the
/// amounts: a form that does not say, or says two things, is refused until the user names the unit.
/// </summary>
internal static partial class MoneyUnitDetector
{
    /// <summary>How the problem of a form that does not say its unit begins (<see cref="MoneyUnits.AsksForUnit"/>).</summary>
    public const string UnknownUnit = "无法确定金额单位";

    [GeneratedRegex(@"(?:金额)?单位\s*[:：]\s*(万元|元)")]
    private static partial Regex UnitLine();

    /// <summary>Every unit declaration: (unit, the text that declares it, where).</summary>
    public static List<(MoneyUnit Unit, string Text, string Place)> Declarations(IEnumerable<FormLabel> moneyLabels, IEnumerable<(string Text, string Place)> texts)
    {
        var found = new List<(MoneyUnit, string, string)>();
        foreach (var label in moneyLabels)
        {
            if (MoneyUnit.Named(label.Qualifier) is { } unit)
            {
                found.Add((unit, label.Cell.Text.Replace('\n', ' '), label.Cell.Place));
            }
        }

        foreach (var (text, place) in texts)
        {
            foreach (Match m in UnitLine().Matches(text))
            {
                if (MoneyUnit.Named(m.Groups[1].Value) is { } unit)
                {
                    found.Add((unit, m.Value, place));
                }
            }
        }

        return found;
    }

    /// <summary>The unit of the form, or a problem saying why it cannot be told and what to do.</summary>
    public static (MoneyUnitReading? Reading, string? Problem) Decide(List<(MoneyUnit Unit, string Text, string Place)> declarations, MoneyUnit? given)
    {
        var units = declarations.Select(d => d.Unit).Distinct().ToList();
        string Where((MoneyUnit Unit, string Text, string Place) d) => d.Place.Length > 0 ? $"“{d.Text}”，{d.Place}" : $"“{d.Text}”";
        if (units.Count > 1)
        {
            var list = string.Join("；", declarations.Select(d => $"{d.Unit.Name}（{Where(d)}）"));
            return (null, $"表内金额单位前后不一：{list}。请核对表格，或用“金额单位”指定本表金额的单位后再导入。");
        }

        if (units.Count == 1)
        {
            var first = declarations[0];
            if (given is not null && given != first.Unit)
            {
                return (null, $"表头注明金额单位为“{first.Unit.Name}”（{Where(first)}），与指定的“{given.Name}”不同。请核对后重新指定。");
            }

            return (new MoneyUnitReading(first.Unit, $"取自{Where(first)}"), null);
        }

        return given is null
            ? (null, UnknownUnit + "：表头没有注明“元”或“万元”（如“项目资金（万元）”“单位：元”）。金额单位不能猜测，请指定本表金额的单位（元或万元）后再导入。")
            : (new MoneyUnitReading(given, "表内未注明，按指定"), null);
    }
}
