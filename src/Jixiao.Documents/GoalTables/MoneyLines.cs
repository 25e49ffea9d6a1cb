using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// Amounts written as label：value lines in one cell of a table's head: 「资金总额: 250」 with 「一、预算资金:250」,
/// 「二、自有资金:0」, 「三、其他:0」 under it (湘潭), or 「财政资金：10万元 其他资金：2万元」 on one line. Each further
/// line whose label is an amount label of the vocabulary (Data/labels.json: 预算数, 财政资金, 其他资金 …) is that
/// label's value, not a remark after the first amount. A line that starts with another word stays with the text
/// before it (「854万(高标准农田建设400万元，…)」 is an amount with a remark).
/// </summary>
internal static partial class MoneyLines
{
    /// <summary>A label and its colon where a line or a space-separated part starts; an enumeration before it
    /// (「二、」, 「(1)」, 「1.」) is the form's numbering.</summary>
    [GeneratedRegex(@"(?<=^|[\s；;，,。])(?:[一二三四五六七八九十]{1,2}[、.．]|[(（]?\d{1,2}[)）、.．])?\s*(?<label>(?:其中\s*[:：]\s*)?[^\s:：；;，,。()（）\d]{2,14})\s*[:：]")]
    private static partial Regex LabelAtStart();

    /// <summary>The kinds a further line may be: the amounts of the head.</summary>
    private static bool IsAmount(GoalLabel kind) => kind is GoalLabel.Budget or GoalLabel.FiscalFunds or GoalLabel.FiscalPart or GoalLabel.OtherFunds;

    /// <summary>The text of the cell's own amount (before the first further amount label) and the further labelled
    /// amounts, in order; <paramref name="text"/> itself and no parts when it holds none. The cell's own text is
    /// never cut at its start: an amount label there is the cell's own.</summary>
    public static (string Own, List<(string Label, GoalLabel Kind, LabelMatch Match, string Value)>? Parts) Split(string text)
    {
        // Most amount cells hold one figure: no colon after the first character, nothing to look for.
        if (text.Length < 4 || GridText.InlineColon(text) is var colon && colon < 0)
        {
            return (text, null);
        }

        List<(int Start, int ValueStart, string Label, GoalLabel Kind, LabelMatch Match)>? found = null;
        foreach (Match m in LabelAtStart().Matches(text))
        {
            if (m.Index == 0)
            {
                continue;
            }

            var label = m.Groups["label"].Value;
            if (GoalVocabulary.Labels.Match(label) is { } match && GoalVocabulary.LabelOf(match) is { } kind && IsAmount(kind))
            {
                (found ??= []).Add((m.Index, m.Index + m.Length, label, kind, match));
            }
        }

        if (found is null)
        {
            return (text, null);
        }

        var parts = new List<(string, GoalLabel, LabelMatch, string)>(found.Count);
        for (var i = 0; i < found.Count; i++)
        {
            var end = i + 1 < found.Count ? found[i + 1].Start : text.Length;
            var f = found[i];
            parts.Add((f.Label, f.Kind, f.Match, text[f.ValueStart..end].Trim()));
        }

        return (text[..found[0].Start].Trim(), parts);
    }
}
