using System.Globalization;
using Jixiao.Documents.Forms;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Evaluation;

/// <summary>
/// The 项目支出绩效自评表 in its standard layout (DOMAIN.md §5.3), eight columns: header (项目名称, 主管部门,
/// 实施单位, 项目编码), the money block (年度资金总额 and its 其中 rows × 年初预算数 | 全年预算数（A）| 全年执行数（B）|
/// 分值 | 执行率（B/A）| 得分), 年度总体目标 (预期目标 | 实际完成情况), the indicator block with 一级/二级指标 merged down,
/// then 总分 and 自评等级. Filled either with what the unit declared (a form to fill in, read back by
/// <see cref="SelfEvaluationReader"/>) or with the computed scores and their explanations.
/// </summary>
internal static class SelfEvaluationLayout
{
    public const string Title = "项目支出绩效自评表";
    public const string ProjectName = "项目名称";
    public const string Department = "主管部门";
    public const string Unit = "实施单位";
    public const string ProjectCode = "项目编码";
    public const string Funds = "项目资金（万元）";
    public const string Total = "年度资金总额";
    public const string BreakdownPrefix = "其中：";
    public const string Reason = "预算执行偏差原因";
    public const string Goal = "年度总体目标";
    public const string Expected = "预期目标";
    public const string Actual = "实际完成情况";
    public const string Level1 = "一级指标";
    public const string TotalScore = "总分";
    public const string Grade = "自评等级";
    public const string NotApplicable = "不适用";

    /// <summary>Columns of the money block after the row name (B), in order C..H.</summary>
    public static readonly string[] MoneyHeaders = ["年初预算数", "全年预算数（A）", "全年执行数（B）", "分值", "执行率（B/A）", "得分"];

    /// <summary>Columns of the indicator block, A..H.</summary>
    public static readonly string[] IndicatorHeaders = [Level1, "二级指标", "三级指标", "年度指标值", "实际完成值", "分值", "得分", "偏差原因分析及改进措施"];

    /// <summary>The 其中 rows printed when the unit gave no breakdown.</summary>
    public static readonly string[] StandardBreakdown = ["当年财政拨款", "上年结转资金", "其他资金"];

    // The label columns (项目名称, 年度资金总额) hold their words on one line; the 得分 column gives the room.
    private static readonly double[] Widths = [14, 14, 15, 11, 11, 10, 13, 20];

    /// <summary>The form as the unit filled it in: declared 分值, 得分, 总分 and 等级.</summary>
    public static FormGrid Declared(SelfEvaluation e) => Build(e, null);

    /// <summary>The form with the computed scores, plus the 计算说明 and 审核问题 notes.</summary>
    public static FormGrid Scored(ScoredEvaluation scored)
    {
        var grid = Build(scored.Result.Evaluation, scored.Result);
        var r = scored.Result;
        var lines = new List<string> { $"评分方案：{r.Profile.Name}（{r.Profile.Id}）", $"预算执行：{r.Budget.Explanation}" };
        foreach (var row in r.Indicators)
        {
            var points = row.PointsExplanation.Length > 0 ? $"分值 {row.PointsExplanation}；" : string.Empty;
            lines.Add($"第 {row.Row.ToString(CultureInfo.InvariantCulture)} 行 {row.Indicator.Name}：{points}{row.Explanation}");
        }

        lines.AddRange(r.BlockNotes);
        lines.Add(r.TotalExplanation);
        grid.Notes.Add(("计算说明", lines));
        grid.Notes.Add(("审核问题", FormGrid.FindingLines(scored.Findings)));
        return grid;
    }

    private static FormGrid Build(SelfEvaluation e, EvaluationResult? r)
    {
        var year = e.FiscalYear == 0 ? "年度未填" : $"{e.FiscalYear.ToString(CultureInfo.InvariantCulture)}年度";
        var grid = new FormGrid(Title, $"（{year}）", Widths);
        grid.Label(1, 1, 1, 1, ProjectName);
        grid.Put(1, 2, 1, 8, e.ProjectName);
        grid.Label(2, 1, 2, 1, Department);
        grid.Put(2, 2, 2, 4, e.DepartmentName);
        grid.Label(2, 5, 2, 6, Unit);
        grid.Put(2, 7, 2, 8, e.UnitName);
        grid.Label(3, 1, 3, 1, ProjectCode);
        grid.Put(3, 2, 3, 8, e.ProjectCode);

        var breakdown = e.Budget.Breakdown.Count > 0
            ? e.Budget.Breakdown.Select(l => (l.Name, (Money?)l.InitialBudget, (Money?)l.AdjustedBudget, (Money?)l.Spent)).ToList()
            : [.. StandardBreakdown.Select(n => (n, (Money?)null, (Money?)null, (Money?)null))];
        var top = 4;
        grid.Label(top, 1, top + 1 + breakdown.Count, 1, Funds);
        grid.Label(top, 2, top, 2, string.Empty);
        for (var i = 0; i < MoneyHeaders.Length; i++)
        {
            grid.Label(top, 3 + i, top, 3 + i, MoneyHeaders[i]);
        }

        var totalRow = top + 1;
        grid.Label(totalRow, 2, totalRow, 2, Total);
        grid.Money(totalRow, 3, e.Budget.InitialBudget);
        grid.Money(totalRow, 4, e.Budget.AdjustedBudget);
        grid.Money(totalRow, 5, e.Budget.Spent);
        grid.Score(totalRow, 6, 6, r?.Budget.Points);
        grid.Put(totalRow, 7, totalRow, 7, FormGrid.Percent(r?.Budget.ExecutionRate ?? e.Budget.ExecutionRate), FormCellKind.Centered);
        grid.Score(totalRow, 8, 8, r?.Budget.Score ?? e.Budget.DeclaredScore);
        for (var i = 0; i < breakdown.Count; i++)
        {
            var row = totalRow + 1 + i;
            var (name, initial, adjusted, spent) = breakdown[i];
            grid.Label(row, 2, row, 2, BreakdownPrefix + name);
            grid.Money(row, 3, initial);
            grid.Money(row, 4, adjusted);
            grid.Money(row, 5, spent);
            grid.Put(row, 6, row, 8, "—", FormCellKind.Centered);
        }

        var next = grid.RowCount + 1;
        grid.Label(next, 1, next, 2, Reason);
        grid.Put(next, 3, next, 8, e.Budget.Reason);

        next++;
        grid.Label(next, 1, next + 1, 1, Goal);
        grid.Label(next, 2, next, 5, Expected);
        grid.Label(next, 6, next, 8, Actual);
        grid.Put(next + 1, 2, next + 1, 5, e.ExpectedGoal);
        grid.Put(next + 1, 6, next + 1, 8, e.ActualOutcome);

        next += 2;
        for (var i = 0; i < IndicatorHeaders.Length; i++)
        {
            grid.Label(next, 1 + i, next, 1 + i, IndicatorHeaders[i]);
        }

        grid.KeepWithNext.Add(next);

        AddIndicators(grid, next + 1, e, r);
        next = grid.RowCount + 1;
        grid.Label(next, 1, next, 5, TotalScore);
        grid.Score(next, 6, 8, r?.Total ?? e.DeclaredTotal);
        grid.Label(next + 1, 1, next + 1, 5, Grade);
        grid.Put(next + 1, 6, next + 1, 8, (r?.Grade ?? e.DeclaredGrade)?.ToChinese() ?? string.Empty, FormCellKind.Centered);
        return grid;
    }

    private static void AddIndicators(FormGrid grid, int first, SelfEvaluation e, EvaluationResult? r)
    {
        var rows = e.Indicators;
        foreach (var (a, b) in FormGrid.Runs([.. rows.Select(i => i.Level1)]))
        {
            grid.Put(first + a, 1, first + b, 1, rows[a].Level1, FormCellKind.Centered);
        }

        foreach (var (a, b) in FormGrid.Runs([.. rows.Select(i => i.Level1 + "\u0001" + i.Level2)]))
        {
            grid.Put(first + a, 2, first + b, 2, rows[a].Level2, FormCellKind.Centered);
        }

        for (var n = 0; n < rows.Count; n++)
        {
            var i = rows[n];
            var row = first + n;
            var score = r?.Indicators[n];
            grid.Put(row, 3, i.Name);
            grid.Put(row, 4, i.Target.Text.Trim(), FormCellKind.Centered);
            grid.Put(row, 5, i.Actual.Trim(), FormCellKind.Centered);

            // A not-applicable row keeps the 分值 the unit wrote so the form reads back unchanged; its 得分 says 不适用.
            grid.Score(row, 6, 6, score is not null && !i.NotApplicable ? ScoreRounding.Round(score.Points) : i.Points);
            if (i.NotApplicable)
            {
                grid.Put(row, 7, NotApplicable, FormCellKind.Centered);
            }
            else
            {
                grid.Score(row, 7, 7, score?.Score ?? i.DeclaredScore);
            }

            grid.Put(row, 8, i.DeviationReason);
        }
    }
}
