using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>The year of a filled-in form, from its title: a line that is only the year ("（2022年度）", "2019年度）",
/// "( 2023年度)") first, then a title naming the form with a year ("2022年度项目支出绩效自评表").</summary>
internal static partial class FormYear
{
    [GeneratedRegex(@"^[(（]?\s*((?:19|20)\d{2})\s*年度?\s*[)）]?$")]
    private static partial Regex YearOnly();

    [GeneratedRegex(@"((?:19|20)\d{2})\s*年度?")]
    private static partial Regex YearIn();

    public static int? Find(IEnumerable<string> titleTexts, params string[] formWords)
    {
        var texts = titleTexts.Select(t => GridText.Key(t)).Where(t => t.Length > 0).ToList();
        foreach (var text in texts)
        {
            if (YearOnly().Match(text) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        foreach (var text in texts.Where(t => formWords.Any(w => t.Contains(w, StringComparison.Ordinal))))
        {
            if (YearIn().Match(text) is { Success: true } m)
            {
                return int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
            }
        }

        return null;
    }
}
