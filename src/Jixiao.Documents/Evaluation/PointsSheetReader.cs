using System.Globalization;
using Jixiao.Documents.FormReading;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Office;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using L = Jixiao.Documents.Evaluation.SelfEvaluationLabels;

namespace Jixiao.Documents.Evaluation;

/// <summary>
/// Reads a table scored by the points it prints on every row as a <see cref="PointsSheet"/>, to be re-checked by those
/// points (<see cref="PointsSheetCheck"/>), not by the national project formulas: a 部门整体支出绩效自评表 (指标分值 /
/// 指标权重 beside 自评得分 / 指标得分), or a 计分表 / 评分表 whose title says so (项目决策 / 项目管理 / 项目绩效 bands with
/// “决策依据(4分)” in the 三级 cell and 自评分 beside it). The rows are found by the labels of the 自评表 label data,
/// with or without 一级 / 二级 columns. A table without 得分 and points per row is not read.
/// </summary>
public static class PointsSheetReader
{
    /// <summary>The problem of a file without a department's table that prints its points.</summary>
    public const string NoSheet = "文件中没有可按分值复核的自评表：找不到部门整体支出绩效自评表或绩效评价计分表（评分表）的表题或标签，或表内没有每行的分值（权重）和得分。";

    private static readonly string[] Fields = [L.Level1, L.Level2, L.Name, L.Points, L.Coefficient, L.Score];

    private static readonly Dictionary<string, string> Aliases = new() { [L.Total] = L.Score };

    public static FileRead<PointsSheetImport> ReadFile(string path) => FormFiles.ReadFile(path, (bytes, name) => Read(bytes, name));

    /// <summary>The start of the message for a department's table (or a 计分表) that prints no points per row.</summary>
    public const string NoPointsStart = "此表没有每行的分值和得分";

    public static FileRead<PointsSheetImport> Read(byte[] bytes, string fileName, OfficeLimits? limits = null)
    {
        var read = FormFiles.ReadForms(bytes, fileName, limits, NoSheet,
            (grid, source, titles, problems) => ReadTable(grid, source, titles, fileName, problems),
            (name, sheets) => new PointsSheetImport(name, sheets));
        if (read.Value is not null || !read.Problems.Any(IsNoPoints))
        {
            return read;
        }

        // A file of such a table alone: what it lacks is the error, in place of “no table found”.
        return new FileRead<PointsSheetImport>(null, [.. read.Problems
            .Where(p => !(p.Severity == ProblemSeverity.Error && p.Message == NoSheet))
            .Select(p => IsNoPoints(p) ? p with { Severity = ProblemSeverity.Error } : p)]);
    }

    private static bool IsNoPoints(ReadProblem p) => p.Message.StartsWith(NoPointsStart, StringComparison.Ordinal);

    private static string NoPoints(string mark) =>
        $"{NoPointsStart}（“{mark}”），无法按表内分值复核，未读取：请使用列有各指标分值（权重）和自评得分的自评表；部门整体自评的其他内容请按当地的评分办法核对。";

    private static IEnumerable<PointsSheet> ReadTable(CellGrid grid, GridSource source, List<(string Text, string Place)> titles, string fileName, List<ReadProblem> problems)
    {
        var sheet = new FormSheet(grid, source, L.Labels, 0, grid.RowCount - 1, fileName, problems);
        var scoringTitle = titles.Select(t => L.Labels.FoundIn(L.ScoringSheet, t.Text)).FirstOrDefault(m => m is not null);
        var mark = SelfEvaluationFormReader.DepartmentWide(sheet, titles)?.Text ?? scoringTitle;
        if (mark is null)
        {
            return [];
        }

        // With 一级指标 (安徽 寿县, 湖南 益阳) or, in a table that lists only 指标名称 (重庆), by the name column.
        var band = IndicatorBand.Find(sheet, 0, L.Level1, L.Name, L.Section, [L.Points, L.Score], Fields, Aliases, [])
            ?? IndicatorBand.Find(sheet, 0, L.Name, L.Name, L.Section, [L.Points, L.Score], Fields, Aliases, []);
        if (band is null || !band.Has(L.Score))
        {
            sheet.Warning(null, NoPoints(mark));
            return [];
        }

        var groups = new List<DeclaredGroup>();
        var rows = Rows(sheet, band, groups);
        if (!rows.Any(r => r.Points is not null))
        {
            // No points per row (neither a 分值 column nor “(4分)” in the names): nothing to re-check by.
            sheet.Warning(null, NoPoints(mark));
            return [];
        }

        var (points, rate, score) = Execution(sheet);
        return
        [
            new PointsSheet
            {
                Title = titles.Select(t => FormSheet.Clean(t.Text)).FirstOrDefault(t => L.Labels.FoundIn(L.DepartmentWide, t) is not null || L.Labels.FoundIn(L.ScoringSheet, t) is not null) ?? mark,
                DepartmentName = FormSheet.Clean(sheet.Value(L.Department).Text),
                Rows = rows,
                Groups = groups,
                ExecutionPoints = points,
                ExecutionRate = rate,
                ExecutionScore = score,
                DeclaredTotal = sheet.All(L.Total).Where(l => l.Cell.Row != band.HeaderRow).Select(l => sheet.Number(sheet.ValueOf(l).Cell, "自评总分")).FirstOrDefault(t => t is not null),
                DeclaredGrade = sheet.First(L.Grade) is { } grade ? FormSheet.Rules.GradeOf(FormSheet.Clean(sheet.ValueOf(grade).Text)) : null,
                Place = string.IsNullOrEmpty(grid.Name) ? fileName : $"{fileName} {grid.Name}",
            },
        ];
    }

    private static List<PointsSheetRow> Rows(FormSheet sheet, IndicatorBand band, List<DeclaredGroup> groups)
    {
        var rows = new List<PointsSheetRow>();
        var levels = (string.Empty, string.Empty);
        for (var r = band.FirstRow; r <= band.LastRow; r++)
        {
            var (l1Cell, l2Cell) = (band.Cell(r, L.Level1), band.Cell(r, L.Level2));
            levels = FormParts.Levels(l1Cell, l2Cell, r, levels);
            var (level1, level2) = levels;
            Group(groups, level1, null, l1Cell, r);
            Group(groups, level1, level2, l2Cell, r);

            decimal? Own(string field, string what) => band.Cell(r, field) is { } cell && cell.Row == r ? sheet.Number(cell, what) : null;
            // “决策依据(4分)”: the row's points printed in its name, where the table has no 分值 column.
            var nameCell = band.Cell(r, L.Name);
            var (name, namePoints) = nameCell is { } nc && nc.Row == r ? FormParts.Level(nc) : (string.Empty, null);
            var (points, score) = (Own(L.Points, $"“{name}”的分值") ?? namePoints, Own(L.Score, $"“{name}”的得分"));
            if (name.Length == 0 && points is null && score is null)
            {
                continue;
            }

            rows.Add(new PointsSheetRow
            {
                Level1 = level1,
                Level2 = level2,
                Name = name,
                Points = points,
                Score = score,
                CoefficientPercent = band.Cell(r, L.Coefficient) is { } c && c.Row == r ? Percent(FormSheet.Clean(c.Text)) * 100m : null,
                Place = nameCell?.Place ?? string.Empty,
            });
        }

        return rows;
    }

    /// <summary>"规划(15分)" in the 一级 cell, "基础信息(3分)" in the 二级 cell: the group's printed points, once.</summary>
    private static void Group(List<DeclaredGroup> groups, string level1, string? level2, GridCell? cell, int row)
    {
        if (cell is not { } at || at.Row != row || FormParts.Level(at).Points is not { } points || level1.Length == 0 || level2 is { Length: 0 })
        {
            return;
        }

        groups.Add(new DeclaredGroup { Level1 = level1, Level2 = level2, Points = points, Label = GridText.OneLine(at.Text) });
    }

    /// <summary>执行率（%） | 执行率权重 | 执行率得分 heads over their values (the 部门预算执行情况 row of the 重庆 table).</summary>
    private static (decimal? Points, decimal? Rate, decimal? Score) Execution(FormSheet sheet)
    {
        foreach (var rate in sheet.All(L.Rate))
        {
            var heads = sheet.Grid.Row(rate.Cell.Row).Select(sheet.LabelOf).OfType<FormLabel>().Where(l => l.Cell.Column > rate.Cell.Column).ToList();
            if (heads.FirstOrDefault(l => l.Field == L.Points) is not { } points || heads.FirstOrDefault(l => l.Field == L.Score) is not { } score)
            {
                continue;
            }

            var under = (FormLabel head) => sheet.Grid.Below(head.Cell);
            return (sheet.Number(under(points), "执行率权重"), Percent(FormSheet.Clean(under(rate)?.Text ?? string.Empty)), sheet.Number(under(score), "执行率得分"));
        }

        return (null, null, null);
    }

    /// <summary>"76%" or "76" → 0.76; null when empty or not a number.</summary>
    private static decimal? Percent(string text)
    {
        var key = Domain.Text.ChineseText.Key(text).TrimEnd('%');
        return decimal.TryParse(key, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value) ? (value > 1 || text.Contains('%') ? value / 100m : value) : null;
    }
}
