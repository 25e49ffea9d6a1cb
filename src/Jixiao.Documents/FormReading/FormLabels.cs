using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>
/// The labels of one kind of filled-in form (自评表, 监控表), from data, matched the way forms print them: with the
/// points in parentheses ("产出指标(50分)", "预算执行情况(万元) (20分)"), a numbering ("1.项目年度目标完成情况"), a unit
/// ("项目资金 (元)"), a colon, or a 1–N月 period ("1-6月执行数", "半年度指标执行情况") whose rest names a period field.
/// </summary>
internal sealed partial class FormLabels(LabelSet labels, LabelSet? periodLabels = null)
{
    [GeneratedRegex(@"[（(]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]")]
    private static partial Regex PointsPart();

    [GeneratedRegex(@"^(.*\p{IsCJKUnifiedIdeographs})\s*(\d+(?:\.\d+)?)\s*分$")]
    private static partial Regex TrailingPoints();

    [GeneratedRegex(@"^(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*[.、．]\s*(?=\D)")]
    private static partial Regex Numbering();

    [GeneratedRegex(@"^1\s*[-－—–~～至]\s*(\d{1,2})\s*月(?:份)?(.+)$")]
    private static partial Regex Period();

    [GeneratedRegex(@"^(?:半年度?|上半年)(.+)$")]
    private static partial Regex HalfYear();

    /// <summary>The words of the form, as the data lists them.</summary>
    public LabelSet Words => labels;

    public static FormLabels FromResource(string resource, string? periodResource = null) =>
        new(LabelSet.FromResource(typeof(FormLabels).Assembly, resource), periodResource is null ? null : LabelSet.FromResource(typeof(FormLabels).Assembly, periodResource));

    /// <summary>"产出指标(50分)" → ("产出指标", 50); "(50分)" → ("", 50); text without points → (text, null).</summary>
    public static (string Text, decimal? Points) SplitPoints(string text)
    {
        var m = PointsPart().Match(text);
        if (!m.Success)
        {
            return (text, null);
        }

        var points = decimal.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        return (PointsPart().Replace(text, string.Empty).Trim(), points);
    }

    /// <summary>An 一级 / 二级 cell's name and points: as <see cref="SplitPoints"/>, and also the points written after
    /// the name without brackets ("产出指标 40 分", "数量指标15分"), as some provincial forms print them.</summary>
    public static (string Text, decimal? Points) SplitLevelPoints(string text)
    {
        var split = SplitPoints(text);
        if (split.Points is not null || TrailingPoints().Match(text.Trim()) is not { Success: true } m)
        {
            return split;
        }

        return (m.Groups[1].Value.Trim(), decimal.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture));
    }

    /// <summary>The number a title line gives right after a label of <paramref name="field"/>: "项目总得分99分",
    /// "自评得分：96.5"; null when no line does.</summary>
    public decimal? NumberAfter(string field, IEnumerable<string> lines)
    {
        foreach (var line in lines)
        {
            var key = GridText.Key(GridText.OneLine(line));
            foreach (var label in labels.LabelsOf(field).Select(GridText.Key).Where(l => l.Length > 0 && key.StartsWith(l, StringComparison.Ordinal)))
            {
                var rest = key[label.Length..].TrimStart(':', '：').TrimEnd('分');
                if (decimal.TryParse(rest, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
                {
                    return value;
                }
            }
        }

        return null;
    }

    /// <summary>The label of <paramref name="field"/> that <paramref name="line"/> contains (a title such as
    /// "2021年部门整体绩效自评表"), or null.</summary>
    public string? FoundIn(string field, string line)
    {
        var key = GridText.Key(GridText.OneLine(line));
        return labels.LabelsOf(field).FirstOrDefault(l => GridText.Key(l) is { Length: > 0 } k && key.Contains(k, StringComparison.Ordinal));
    }

    public FormLabel? Match(GridCell cell)
    {
        if (cell.IsEmpty || cell.Text.Length > 60)
        {
            return null;
        }

        var (text, points) = SplitPoints(GridText.OneLine(cell.Text));
        text = Numbering().Replace(text, string.Empty);
        if (text.Length == 0)
        {
            return null;
        }

        if (Accept(labels.Match(text)) is { } match)
        {
            return new FormLabel(cell, match.Field, match.Qualifier, points, null, null);
        }

        if (PeriodMatch(text) is { } period)
        {
            return period with { Cell = cell, Points = points };
        }

        if (GridText.SplitInline(text) is { } inline && Accept(labels.Match(inline.Label)) is { } inlineMatch)
        {
            return new FormLabel(cell, inlineMatch.Field, inlineMatch.Qualifier, points, null, inline.Value);
        }

        return null;
    }

    /// <summary>A one-character-off match is accepted only for long labels: the indicator cells of a form are full
    /// of short look-alikes (时效指标 is one character from 绩效指标) that must stay values.</summary>
    private static LabelMatch? Accept(LabelMatch? match) =>
        match is null || match.Kind != LabelMatchKind.Fuzzy || GridText.SplitQualifier(match.Label).Base.Length >= 6 ? match : null;

    private FormLabel? PeriodMatch(string text)
    {
        if (periodLabels is null)
        {
            return null;
        }

        var key = GridText.Key(text);
        var m = Period().Match(key);
        var (month, rest) = m.Success
            ? (int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), m.Groups[2].Value)
            : HalfYear().Match(key) is { Success: true } h ? (6, h.Groups[1].Value) : (0, string.Empty);
        if (month is < 1 or > 12 || Accept(periodLabels.Match(rest)) is not { } match)
        {
            return null;
        }

        return new FormLabel(default, match.Field, match.Qualifier, null, month, null);
    }
}
