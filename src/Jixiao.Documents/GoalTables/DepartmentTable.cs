using System.Globalization;
using System.Reflection;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// The 部门整体支出绩效目标表 (部门整体支出绩效目标申报表, 整体绩效目标表): the department's goals as one table —
/// 部门（单位）名称, 部门职能, 年度主要任务 with their budgets, the department's funds (金额合计, 财政拨款, 其他资金; on some
/// forms 收入构成 / 支出构成 with 基本支出, 项目支出 and 占比), 年度总体目标 and an indicator table. Such a table is the
/// department's Part 1, not a project: it is told by its title (…整体…绩效目标…表) or by labels only it has (部门职能,
/// 年度主要任务, 收入构成, 支出构成), and never has a 项目名称 or 项目编码.
/// </summary>
internal static partial class DepartmentTable
{
    public const string TableName = "部门整体绩效目标表";

    private static readonly Lazy<LabelSet> LabelData = new(() => LabelSet.FromResource(Assembly.GetExecutingAssembly(), "Jixiao.GoalTables.department.json"));

    [GeneratedRegex(@"整体(?:支出)?绩效目标(?:申报|批复|设定)?表")]
    private static partial Regex Title();

    [GeneratedRegex(@"((?:19|20)\d{2})年")]
    private static partial Regex Year();

    /// <summary>A line that is only the form's year ("（2024年度）").</summary>
    [GeneratedRegex(@"^[(]?(?:19|20)\d{2}年度?[)]?$")]
    private static partial Regex YearLine();

    internal static LabelSet Labels => LabelData.Value;

    /// <summary>What the department tables of a file gave: the goals, the 部门（单位）名称, a year from their titles.</summary>
    public sealed record Reading(DepartmentGoals Goals, string DepartmentName, int? Year);

    /// <summary>Takes the department tables (and the title lines right above them) out of <paramref name="blocks"/>:
    /// the rest is read for projects as before. Null when the file has none.</summary>
    public static (IReadOnlyList<GridBlock> Others, Reading? Department) Take(IReadOnlyList<GridBlock> blocks, ReadOptions options, List<ReadProblem> problems)
    {
        List<GridBlock>? rest = null;
        Reading? reading = null;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (!blocks[i].IsGrid)
            {
                continue;
            }

            var titles = new List<int>();
            for (var j = i - 1; j >= 0 && j >= i - 3 && !blocks[j].IsGrid; j--)
            {
                if (IsTitle(blocks[j].Text) || YearLine().IsMatch(GridText.Key(blocks[j].Text)))
                {
                    titles.Add(j);
                }
            }

            var grid = blocks[i].Grid!;
            if (!IsDepartmentGrid(grid, titles.Any(t => IsTitle(blocks[t].Text))))
            {
                continue;
            }

            rest ??= [.. blocks];
            // Removed by identity, later ones first: indices shift in the copy.
            rest.Remove(blocks[i]);
            foreach (var t in titles)
            {
                rest.Remove(blocks[t]);
            }

            var titleTexts = titles.Select(t => blocks[t].Text).ToList();
            var unitLine = Enumerable.Range(Math.Max(0, i - 3), i - Math.Max(0, i - 3)).Select(j => blocks[j])
                .Where(b => !b.IsGrid).Select(b => MoneyText.UnitStatedIn(b.Text)).LastOrDefault(u => u is not null);
            var read = Read(grid, titleTexts, unitLine, options, problems);
            reading = reading is null ? read : Merge(reading, read);
        }

        return (rest ?? blocks, reading);
    }

    private static Reading Merge(Reading a, Reading b) => new(
        a.Goals with
        {
            OverallGoal = a.Goals.OverallGoal.Length > 0 ? a.Goals.OverallGoal : b.Goals.OverallGoal,
            Duties = a.Goals.Duties.Length > 0 ? a.Goals.Duties : b.Goals.Duties,
            Tasks = [.. a.Goals.Tasks, .. b.Goals.Tasks],
            Funds = [.. a.Goals.Funds, .. b.Goals.Funds],
            Indicators = [.. a.Goals.Indicators, .. b.Goals.Indicators],
        },
        a.DepartmentName.Length > 0 ? a.DepartmentName : b.DepartmentName,
        a.Year ?? b.Year);

    private static bool IsTitle(string text) => text.Length <= 80 && Title().IsMatch(GridText.Key(text));

    /// <summary>A department table: titled so (above it or in its own first rows), or with a label only such a table
    /// has; never one with a project's name or code.</summary>
    private static bool IsDepartmentGrid(CellGrid grid, bool titledAbove)
    {
        var titled = titledAbove;
        var marked = false;
        for (var row = 0; row < grid.RowCount; row++)
        {
            foreach (var cell in grid.StartingIn(row))
            {
                if (cell.IsEmpty)
                {
                    continue;
                }

                if (GoalVocabulary.LabelOf(GridSearch.LabelMatchOf(cell, GoalVocabulary.Labels)) is GoalLabel.ProjectName or GoalLabel.ProjectCode)
                {
                    return false;
                }

                titled |= row < 3 && IsTitle(cell.Text);
                marked |= LabelOf(cell) is DepartmentLabel.Duties or DepartmentLabel.Tasks or DepartmentLabel.Income or DepartmentLabel.Spending;
            }
        }

        return titled || marked;
    }

    private static DepartmentLabel? LabelOf(GridCell cell) =>
        GridSearch.LabelOf(cell, Labels) is { } label && Enum.TryParse<DepartmentLabel>(label.Field, out var kind) ? kind : null;

    private static Reading Read(CellGrid grid, List<string> titles, string? unitAbove, ReadOptions options, List<ReadProblem> problems)
    {
        void Warn(string place, string message) => problems.Add(new ReadProblem(ProblemSeverity.Warning, message)
        {
            File = options.FileName,
            TableName = TableName,
            Sheet = grid.Name.Length > 0 && place.Length > 0 ? grid.Name : null,
            Cell = place.Length > 0 ? place : null,
        });

        IndicatorHeader? header = null;
        for (var row = 0; row < grid.RowCount && header is null; row++)
        {
            header = IndicatorHeader.Find(grid, row, options);
        }

        var headEnd = header?.Row ?? grid.RowCount;
        var unit = options.MoneyUnit ?? unitAbove ?? UnitIn(grid, headEnd);
        var name = string.Empty;
        var duties = string.Empty;
        var overall = string.Empty;
        var years = titles.Select(t => Year().Match(GridText.Key(t))).Where(m => m.Success).Select(m => int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture)).ToList();
        var funds = new List<DepartmentFund>();
        var taskColumns = new TaskColumns();
        GridCell? tasksLabel = null;
        bool IsLabel(GridCell c) => LabelOf(c) is not null;

        for (var row = 0; row < headEnd; row++)
        {
            foreach (var cell in grid.StartingIn(row))
            {
                if (cell.IsEmpty)
                {
                    continue;
                }

                if (row < 3 && IsTitle(cell.Text) && Year().Match(GridText.Key(cell.Text)) is { Success: true } y)
                {
                    years.Add(int.Parse(y.Groups[1].Value, CultureInfo.InvariantCulture));
                }

                if (GridSearch.LabelOf(cell, Labels) is not { } label || !Enum.TryParse<DepartmentLabel>(label.Field, out var kind))
                {
                    continue;
                }

                unit ??= MoneyText.UnitOfQualifier(label.Match.Qualifier);
                switch (kind)
                {
                    case DepartmentLabel.Name when name.Length == 0:
                        name = GridSearch.ValueOf(grid, label, IsLabel, lookBelow: false)?.Text ?? string.Empty;
                        break;
                    case DepartmentLabel.Duties when duties.Length == 0:
                        duties = GridSearch.ValueOf(grid, label, IsLabel)?.Text ?? string.Empty;
                        break;
                    case DepartmentLabel.OverallGoal when overall.Length == 0:
                        overall = GridSearch.ValueOf(grid, label, IsLabel)?.Text ?? string.Empty;
                        break;
                    case DepartmentLabel.Tasks:
                        tasksLabel ??= cell;
                        break;
                    case DepartmentLabel.TaskName:
                        taskColumns = taskColumns with { Heading = row, Name = cell.Column };
                        break;
                    case DepartmentLabel.TaskContent:
                        taskColumns = taskColumns with { Heading = row, Content = cell.Column };
                        break;
                    case DepartmentLabel.TaskBudget:
                        taskColumns = taskColumns.WithBudget(grid, cell, row);
                        break;
                    case DepartmentLabel.Total or DepartmentLabel.FiscalFunds or DepartmentLabel.OtherFunds
                        or DepartmentLabel.BasicSpending or DepartmentLabel.ProjectSpending:
                        if (!taskColumns.IsSubHeading(row))
                        {
                            funds.AddRange(Funds(grid, cell, label, taskColumns, unit, Warn));
                        }

                        break;
                }
            }
        }

        var tasks = taskColumns.Heading is { } heading ? ReadTasks(grid, heading, taskColumns, tasksLabel, headEnd, unit, Warn) : [];
        var indicators = new List<Indicator>();
        if (header is not null)
        {
            var block = IndicatorBlock.Read(header, options);
            block.Finish();
            var context = new BuildContext((place, _, message) => Warn(place, message), options.TaxonomyProfile);
            indicators = IndicatorBuilder.Build(header, block.Rows, context);
        }

        Check(funds, tasks, indicators, overall, unit, Warn);
        var goals = new DepartmentGoals { OverallGoal = overall, Duties = duties, Tasks = tasks, Funds = funds, Indicators = indicators };
        return new Reading(goals, name, years.Count > 0 ? years[0] : null);
    }

    /// <summary>"单位：万元" in a cell of the table's head.</summary>
    private static string? UnitIn(CellGrid grid, int headEnd)
    {
        for (var row = 0; row < headEnd; row++)
        {
            foreach (var cell in grid.StartingIn(row))
            {
                if (!cell.IsEmpty && MoneyText.UnitStatedIn(cell.Text) is { } unit)
                {
                    return unit;
                }
            }
        }

        return null;
    }

    /// <summary>An amount label's value: under the task budget's columns when the row is the tasks' 金额合计 row,
    /// otherwise the cell right beside the label (an empty one is an empty amount, not a reason to look further),
    /// with the 占比 printed right after it.</summary>
    private static IEnumerable<DepartmentFund> Funds(CellGrid grid, GridCell cell, GridLabel label, TaskColumns columns, string? unit, Action<string, string> warn)
    {
        var group = string.Empty;
        for (var column = cell.Column - 1; column >= 0; column--)
        {
            if (StartOfMerged(grid, cell.Row, column) is { } left && LabelOf(left) is DepartmentLabel.Income or DepartmentLabel.Spending)
            {
                group = ChineseLabel(left.Text);
                break;
            }
        }

        var printed = ChineseLabel(label.Text);
        if (label.InlineValue is { Length: > 0 } inline)
        {
            yield return new DepartmentFund { Group = group, Label = printed, Amount = Amount(inline, cell.Place, unit, warn) };
            yield break;
        }

        if (group.Length == 0 && columns.Total is { } totalColumn && cell.Column < totalColumn)
        {
            // The tasks' 金额合计 row (never in a 收入构成 / 支出构成 block): its amounts stand under the budget's 总额 / 财政拨款 / 其他资金 columns.
            yield return new DepartmentFund { Group = group, Label = printed, Amount = Amount(At(grid, cell.Row, totalColumn), unit, warn) };
            foreach (var (column, part) in new[] { (columns.Fiscal, "财政拨款"), (columns.Other, "其他资金") })
            {
                if (column is not null)
                {
                    yield return new DepartmentFund { Group = group, Label = part, Amount = Amount(At(grid, cell.Row, column), unit, warn) };
                }
            }

            yield break;
        }

        var value = grid.RightOf(cell, cell.Row, skipEmpty: false);
        var share = value is { } v ? grid.RightOf(v, cell.Row, skipEmpty: false) : null;
        yield return new DepartmentFund
        {
            Group = group,
            Label = printed,
            Amount = Amount(value, unit, warn),
            Share = share is { IsEmpty: false } s && s.Text.Trim().EndsWith('%') ? s.Text.Trim() : string.Empty,
        };
    }

    /// <summary>The cell at a position; in a flow grid (the text layout), where a cell merged down is printed once and
    /// its continuations as empty cells, an empty cell's merged cell: the first non-empty one above it at its place,
    /// through rows of as many cells (whose places match).</summary>
    private static GridCell? StartOfMerged(CellGrid grid, int row, int column)
    {
        var at = grid.At(row, column);
        if (!grid.IsFlow || at is not { IsEmpty: true })
        {
            return at;
        }

        var count = grid.StartingIn(row).Count;
        for (var above = row - 1; above >= 0 && grid.StartingIn(above).Count == count; above--)
        {
            if (grid.At(above, column) is { IsEmpty: false } start)
            {
                return start;
            }
        }

        return at;
    }

    private static string ChineseLabel(string text) => GridText.Key(text).TrimStart('*');

    private static Money? Amount(GridCell? cell, string? unit, Action<string, string> warn) =>
        cell is { IsEmpty: false } c ? Amount(c.Text, c.Place, unit, warn) : null;

    private static Money? Amount(string text, string place, string? unit, Action<string, string> warn)
    {
        var money = MoneyText.Parse(text, unit, out _, out _, out var problem);
        if (problem is not null)
        {
            warn(place, $"{TableName}中的金额无法读取：{problem}。" + (MoneyText.LacksUnit(problem) ? MoneyText.NoUnitAdvice : "请改正该金额后重新导入。"));
        }

        return money;
    }

    private static List<DepartmentTask> ReadTasks(CellGrid grid, int heading, TaskColumns columns, GridCell? tasksLabel, int headEnd,
        string? unit, Action<string, string> warn)
    {
        var tasks = new List<DepartmentTask>();
        var first = heading + (columns.BudgetSplit ? 2 : 1);
        var last = tasksLabel is { RowSpan: > 1 } span ? span.LastRow : headEnd - 1;
        for (var row = first; row <= last && row < headEnd; row++)
        {
            var nameCell = columns.Name is { } n ? grid.At(row, n) : null;
            if (nameCell is { } nc && nc.Row == row && LabelOf(nc) is not null)
            {
                // A labelled row (金额合计, the next block): not a task.
                if (tasksLabel is not { RowSpan: > 1 })
                {
                    break;
                }

                continue;
            }

            var text = nameCell is { } c && c.Row == row ? c.Text.Trim() : string.Empty;
            var content = columns.Content is { } k && grid.At(row, k) is { } cc && cc.Row == row ? cc.Text.Trim() : string.Empty;
            var task = new DepartmentTask
            {
                Name = text,
                Content = content,
                Budget = Amount(At(grid, row, columns.Total), unit, warn),
                FiscalFunds = Amount(At(grid, row, columns.Fiscal), unit, warn),
                OtherFunds = Amount(At(grid, row, columns.Other), unit, warn),
            };
            if (task.Name.Length > 0 || task.Content.Length > 0 || task.Budget is not null)
            {
                tasks.Add(task);
            }
        }

        return tasks;
    }

    private static GridCell? At(CellGrid grid, int row, int? column) =>
        column is { } c && grid.At(row, c) is { } cell && cell.Row == row ? cell : null;

    /// <summary>What is checked of the amounts and parts: a 合计 that is not the sum of its block, task budgets that do not
    /// add up to the 金额合计, no indicators, no overall goal, amounts with no unit anywhere.</summary>
    private static void Check(List<DepartmentFund> funds, List<DepartmentTask> tasks, List<Indicator> indicators, string overall, string? unit,
        Action<string, string> warn)
    {
        // The review judges the same sums (FIN-08), each task's parts too; reading tells only what a reader would
        // check first: the blocks and the tasks against the 金额合计.
        foreach (var m in DepartmentFigures.Mismatches(new DepartmentGoals { Funds = funds, Tasks = tasks }))
        {
            switch (m.Kind)
            {
                case DepartmentFigures.Check.BlockParts:
                    warn(string.Empty, $"{TableName}“{m.Block}”中{string.Join("、", m.Parts)}之和 {m.Sum.ToWanYuanString(0)} 万元与{m.TotalLabel} {m.Total.ToWanYuanString(0)} 万元不符，请核对这几行的金额。");
                    break;
                case DepartmentFigures.Check.TasksTotal:
                    warn(string.Empty, $"{TableName}中年度主要任务的预算金额之和 {m.Sum.ToWanYuanString(0)} 万元与金额合计 {m.Total.ToWanYuanString(0)} 万元不符，请核对各任务的预算金额。");
                    break;
            }
        }

        if (unit is null && (funds.Count > 0 || tasks.Count > 0))
        {
            warn(string.Empty, $"{TableName}没有写明金额单位，金额未读取。请在表中注明“单位：万元”，或导入时选择金额单位后重新导入。");
        }

        if (overall.Length == 0)
        {
            warn(string.Empty, $"{TableName}中没有找到“年度总体目标”，请补填部门本年度的总体绩效目标。");
        }

        if (indicators.Count == 0)
        {
            warn(string.Empty, $"{TableName}中没有找到绩效指标（一级指标、二级指标、三级指标、指标值），请补填部门整体绩效指标。");
        }
    }

    /// <summary>Where the 年度主要任务 are: the heading row (任务名称 / 主要内容 / 预算金额) and the column of each, the
    /// budget split into 总额 / 财政拨款 / 其他资金 on the row under its heading on the 88号 form.</summary>
    private sealed record TaskColumns
    {
        public int? Heading { get; init; }

        public int? Name { get; init; }

        public int? Content { get; init; }

        public int? Total { get; init; }

        public int? Fiscal { get; init; }

        public int? Other { get; init; }

        public bool BudgetSplit { get; init; }

        public bool IsSubHeading(int row) => BudgetSplit && Heading is { } h && row == h + 1;

        public TaskColumns WithBudget(CellGrid grid, GridCell budget, int row)
        {
            var split = this with { Heading = row, Total = budget.Column };
            // A flow grid (the text layout) prints the merged 预算金额 once, without its span: its 总额 / 财政拨款 /
            // 其他资金 are the labels from its place on in the row under it (the merged cells left of it continue there
            // as empty cells, so the places match).
            if (budget.ColumnSpan == 1 && !grid.IsFlow)
            {
                return split;
            }

            foreach (var cell in grid.StartingIn(budget.LastRow + 1))
            {
                if (cell.Column < budget.Column || (!grid.IsFlow && cell.Column > budget.LastColumn))
                {
                    continue;
                }

                split = DepartmentTable.LabelOf(cell) switch
                {
                    DepartmentLabel.Total => split with { Total = cell.Column, BudgetSplit = true },
                    DepartmentLabel.FiscalFunds => split with { Fiscal = cell.Column, BudgetSplit = true },
                    DepartmentLabel.OtherFunds => split with { Other = cell.Column, BudgetSplit = true },
                    _ => split,
                };
            }

            return split;
        }
    }
}
