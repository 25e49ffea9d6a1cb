using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Taxonomy;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// Turns the raw rows of an indicator block into <see cref="Indicator"/>s: 一级/二级指标 carried down merged or blank
/// cells; points written into the 一级 cell ("产出指标（50分）", "成本指标(0-20)分") kept beside the row; the form's
/// numbering before a 三级 name ("指标1：") dropped; a table whose 一级 column holds
/// 二级 names (数量指标 …) read one level down, with the 一级 from the indicator system; 指标性质 + 指标值 + 度量单位
/// in three columns composed into one value and parsed by <see cref="TargetValue.Parse"/>; rows with neither a
/// 三级指标 nor a value (template rows such as "经济效益指标" left blank) skipped and counted.
/// </summary>
internal static partial class IndicatorBuilder
{
    /// <summary>Points after a 一级 name: "产出指标（50分）", "成本指标(0-20)分" (the 分 outside the brackets).</summary>
    [GeneratedRegex(@"^(.*?)[（(]\s*(\d+(?:\.\d+)?(?:\s*[-~～—至]\s*\d+(?:\.\d+)?)?)\s*(?:分\s*[)）]|[)）]\s*分)$")]
    private static partial Regex PointsInLevel();

    /// <summary>The template's numbering before a 三级 name: "指标1：新建保鲜库数量".</summary>
    [GeneratedRegex(@"^\s*指标\s*\d{1,2}\s*[:：]\s*(?=\S)")]
    private static partial Regex NameNumbering();

    [GeneratedRegex(@"^[+-]?\d+(?:\.\d+)?")]
    private static partial Regex LeadingNumber();

    // Arrays made once, not by Trim's params on every row read.
    private static readonly char[] Comparators = ['≥', '≤', '>', '<', '=', '≧', '≦', '＞', '＜', '＝', '═'];
    private static readonly char[] PointMarks = ['分', '%'];

    private static readonly HashSet<string> Ellipses = ["…", "……", "...", "……（略）", "…（略）", "⋯", "⋯⋯"];

    /// <param name="carried">The last row of the block before (a table repeated its heading after a page break):
    /// its 一级/二级指标 go on into rows that leave them blank.</param>
    /// <param name="carriedShifted">True when the part before (the same table, before a page break) was read one
    /// level down: a part whose 一级 cells are all carried from above (empty) follows it.</param>
    public static List<Indicator> Build(IndicatorHeader header, IReadOnlyList<RawRow> rows, BuildContext context, Indicator? carried = null, bool carriedShifted = false)
    {
        var columns = Settle(header, rows, context);
        var (iLevel1, iLevel2, iName, iTarget) =
            (First(columns, GoalColumn.Level1), First(columns, GoalColumn.Level2), First(columns, GoalColumn.Name), First(columns, GoalColumn.Target));
        var shifted = iName < 0 && iLevel1 >= 0 && iLevel2 >= 0
            && (AllLevel2Names(rows, iLevel1) ?? (carried is not null && carriedShifted));
        context.LevelsShifted = shifted;
        if (shifted)
        {
            context.Notes.Add("一级指标列中是二级指标名称（数量指标等），按表式下移一级读取：一级指标按指标体系补出。");
        }
        else if (iLevel1 < 0 && iLevel2 >= 0)
        {
            context.Notes.Add("表中没有一级指标列，一级指标按二级指标和指标体系补出。");
        }

        var indicators = new List<Indicator>(rows.Count); // at most one per row: no growing
        // Read one level down, each row's 一级 comes from the indicator system by its 二级, not from the part before.
        string level1 = shifted ? string.Empty : carried?.Level1 ?? string.Empty, level2 = carried?.Level2 ?? string.Empty, level1Points = string.Empty;
        var skipped = 0;
        foreach (var row in rows)
        {
            var l1 = Level(Get(row, iLevel1));
            var l2 = Level(Get(row, iLevel2));
            var name = GridText.OneLine(Get(row, iName));
            if (shifted)
            {
                (l1, l2, name) = (string.Empty, l1, GridText.OneLine(Get(row, iLevel2)));
            }

            if (name.Length > 2 && name[0] == '指' && NameNumbering().Match(name) is { Success: true } numbering)
            {
                name = name[numbering.Length..];
            }

            if (l1.Length > 0 && l1[^1] is ')' or '）' or '分' && PointsInLevel().Match(l1) is { Success: true } points)
            {
                l1 = points.Groups[1].Value;
                level1Points = points.Groups[2].Value + "分";
            }
            else if (l1.Length > 0)
            {
                level1Points = string.Empty;
            }

            if (l1.Length > 0)
            {
                level1 = l1;
                level2 = l2;
            }
            else if (l2.Length > 0)
            {
                level2 = l2;
            }

            var target = ComposeTarget(row, columns);
            if ((name.Length == 0 || Ellipses.Contains(name)) && target.Length == 0)
            {
                skipped++;
                continue;
            }

            var effectiveLevel1 = level1.Length > 0 ? level1 : InferLevel1(level2, context);

            // Lists made only for a row that has something to put in them: most rows have no extras or standards,
            // and one description and one basis at most.
            List<LabeledText>? extras = null;
            if (level1Points.Length > 0)
            {
                (extras ??= []).Add(new LabeledText("一级指标分值", level1Points));
            }

            List<LabeledText>? standards = null;
            decimal? weight = null;
            var description = string.Empty;
            var basis = string.Empty;
            for (var i = 0; i < columns.Count; i++)
            {
                var text = row.Values[i];
                if (text.Length == 0)
                {
                    continue;
                }

                var column = columns[i];
                if (column.LongTerm || column.Column is GoalColumn.Extra or GoalColumn.LongTermTarget or GoalColumn.PriorActual)
                {
                    (extras ??= []).Add(new LabeledText(Heading(column), text));
                    continue;
                }

                switch (column.Column)
                {
                    case GoalColumn.Description:
                        description = description.Length == 0 ? text : description + "\n" + text;
                        break;
                    case GoalColumn.TargetBasis:
                        basis = basis.Length == 0 ? text : basis + "\n" + text;
                        break;
                    case GoalColumn.Standard or GoalColumn.GradeStandard:
                        (standards ??= []).Add(new LabeledText(Heading(column), text));
                        break;
                    case GoalColumn.Weight:
                        weight ??= Weight(text, row, column, context);
                        break;
                    default:
                        break;
                }
            }

            indicators.Add(new Indicator
            {
                Level1 = effectiveLevel1,
                Level2 = level2,
                Name = name,
                Description = description,
                Target = TargetValue.Parse(target),
                TargetBasis = basis,
                Weight = weight,
                // Typed as the model's lists: "standards is null ? [] : standards" made an empty List for each row.
                Standards = (IReadOnlyList<LabeledText>?)standards ?? [],
                Extras = (IReadOnlyList<LabeledText>?)extras ?? [],
            });
        }

        if (skipped > 0)
        {
            context.Notes.Add($"跳过 {skipped} 行：只有一级/二级指标，没有三级指标和指标值（表式中留空的行）。");
        }

        return indicators;
    }

    /// <summary>The columns as finally read: a 计算符号 candidate whose cells are not comparison signs (正向/反向,
    /// 定量/定性) is kept as an extra column instead.</summary>
    internal static List<ColumnMapping> Settle(IndicatorHeader header, IReadOnlyList<RawRow> rows, BuildContext context)
    {
        var columns = header.Columns.ToList();
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Column != GoalColumn.Comparator)
            {
                continue;
            }

            var values = rows.Select(r => r.Values[i]).Where(v => v.Length > 0).ToList();
            var signs = values.Count(IsComparator);
            if (values.Count > 0 && signs * 2 < values.Count)
            {
                columns[i] = columns[i] with { Column = GoalColumn.Extra, Confidence = Math.Min(columns[i].Confidence, 0.8), How = columns[i].How + "；内容不是计算符号（如“正向”“定量”），保留为其他列" };
            }
        }

        context.Columns = columns;
        return columns;
    }

    /// <summary>The 指标值 as one text: the value column, with the sign and unit columns around it where the value
    /// does not already carry them ("≧" "100" "%" → "≧100%"). A unit column repeating the value is ignored.</summary>
    private static string ComposeTarget(RawRow row, List<ColumnMapping> columns)
    {
        var value = Of(row, columns, GoalColumn.Target);
        var sign = Of(row, columns, GoalColumn.Comparator);
        var unit = Of(row, columns, GoalColumn.Unit);
        if (value.Length == 0)
        {
            return string.Empty;
        }

        if (sign.Length > 0 && IsComparator(sign) && !TargetValue.Parse(value).ComparatorWritten)
        {
            value = sign + value;
        }

        if (unit.Length > 0 && unit != value && !value.EndsWith(unit, StringComparison.Ordinal) && LeadingNumber().IsMatch(ChineseText.Key(value).TrimStart(Comparators)))
        {
            var parsed = TargetValue.Parse(value);
            if (parsed.IsQuantitative && parsed.Unit.Length == 0)
            {
                value += unit;
            }
        }

        return value;
    }

    /// <summary>The first annual column of <paramref name="kind"/> with text in <paramref name="row"/>, on one line.</summary>
    /// <remarks>A static loop, not a query or a closure: this runs three times for every indicator row read.</remarks>
    private static string Of(RawRow row, List<ColumnMapping> columns, GoalColumn kind)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Column == kind && !columns[i].LongTerm && GridText.OneLine(row.Values[i]) is { Length: > 0 } value)
            {
                return value;
            }
        }

        return string.Empty;
    }

    /// <summary>The first annual column of <paramref name="kind"/>, or -1.</summary>
    private static int First(List<ColumnMapping> columns, GoalColumn kind)
    {
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Column == kind && !columns[i].LongTerm)
            {
                return i;
            }
        }

        return -1;
    }

    private static string Get(RawRow row, int column) => column >= 0 ? row.Values[column] : string.Empty;

    /// <summary>A cell holding only a comparison sign: what the value grammar reads as a written comparator before a number.</summary>
    internal static bool IsComparator(string text)
    {
        var key = ChineseText.Key(text);
        if (key.Length is 0 or > 6)
        {
            return false;
        }

        var probe = TargetValue.Parse(key + "1");
        return probe.IsQuantitative && probe.ComparatorWritten && probe.Number == 1 && probe.Unit.Length == 0;
    }

    private static decimal? Weight(string text, RawRow row, ColumnMapping column, BuildContext context)
    {
        var key = ChineseText.Key(text).TrimEnd(PointMarks);
        if (key is "/" or "—" or "-" or "——" or "无")
        {
            return null;
        }

        if (decimal.TryParse(key, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) && weight >= 0)
        {
            return weight;
        }

        context.Warn(row.Place, row.Line, $"“{column.Header}”的值“{ChineseText.Shorten(text)}”不是分值（应为数字，例如 10），该行的分值未读入。");
        return null;
    }

    private static string Heading(ColumnMapping column) => column.Header.Length > 0 ? column.Header : GoalVocabulary.Chinese(column.Column);

    /// <summary>Level names lose the spaces and breaks forms put in narrow cells ("经济效益\n指标", "效 益 指 标").</summary>
    private static string Level(string text) => ChineseText.WithoutWhitespace(text);

    /// <summary>True when the names in the 一级 column are 二级 names: at least one is a 二级 name only, and the others
    /// are that or a name of both levels (满意度指标, the 二级 of its own 一级). Null when the column tells nothing —
    /// no name (every 一级 cell carried down from the part before) or only names of both levels: the part before
    /// decides.</summary>
    private static bool? AllLevel2Names(IReadOnlyList<RawRow> rows, int column)
    {
        var level2Only = false;
        foreach (var row in rows)
        {
            var name = Level(row.Values[column]);
            if (name.Length == 0)
            {
                continue;
            }

            name = StripPoints(name);
            if (IsLevel2Only(name, TaxonomyProfile.A) || IsLevel2Only(name, TaxonomyProfile.B))
            {
                level2Only = true;
            }
            else if (!IsBothLevels(name, TaxonomyProfile.A) && !IsBothLevels(name, TaxonomyProfile.B))
            {
                return false;
            }
        }

        return level2Only ? true : null;
    }

    private static bool IsLevel2Only(string name, TaxonomyProfile profile) => profile.Level1Of(name) is not null && profile.FindLevel1(name) is null;

    /// <summary>A 一级 name with a single 二级 under it (满意度指标 over 服务对象满意度指标): forms that print 二级 names
    /// in the 一级 column print it for its one 二级.</summary>
    private static bool IsBothLevels(string name, TaxonomyProfile profile) => profile.FindLevel1(name) is { Level2.Count: 1 };

    internal static string StripPoints(string level) => PointsInLevel().Match(level) is { Success: true } m ? m.Groups[1].Value : level;

    private static string InferLevel1(string level2, BuildContext context)
    {
        if (level2.Length == 0)
        {
            return string.Empty;
        }

        var profile = TaxonomyProfile.Find(context.Profile ?? "A") ?? TaxonomyProfile.A;
        // A 一级 name read as the 二级 (满意度指标 in a table read one level down) is its own 一级.
        return profile.Level1Of(level2) ?? TaxonomyProfile.A.Level1Of(level2) ?? TaxonomyProfile.B.Level1Of(level2)
            ?? profile.FindLevel1(level2)?.Name ?? string.Empty;
    }
}
