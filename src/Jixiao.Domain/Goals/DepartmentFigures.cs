namespace Jixiao.Domain.Goals;

/// <summary>
/// The arithmetic a 部门整体支出绩效目标表 prints and can get wrong: in a block with a 合计 (收入构成, 支出构成) the
/// parts add up to it; the 年度主要任务's 预算金额 add up to the 金额合计 below them; a task's 总额 is its 财政拨款
/// plus 其他资金. Amounts are compared exactly (in fen); the reader reports a mismatch when reading, the review
/// (FIN-08) judges it within its rounding tolerance.
/// </summary>
public static class DepartmentFigures
{
    // Every total label of the reader's word list (金额合计, 合计, 资金总额, 总额, 资金合计, 总计 …) holds one of these,
    // and no other label does.
    private static readonly string[] TotalWords = ["合计", "总额", "总计"];

    /// <summary>Which sum does not match, in words the messages use.</summary>
    public enum Check
    {
        /// <summary>The parts of a block (收入构成, 支出构成) against its 合计.</summary>
        BlockParts,

        /// <summary>The tasks' 预算金额 against the 金额合计.</summary>
        TasksTotal,

        /// <summary>One task's 财政拨款 + 其他资金 against its 总额.</summary>
        TaskParts,
    }

    /// <summary>One sum that does not match: what was added (<paramref name="Parts"/>, their <paramref name="Sum"/>)
    /// against what the table declares (<paramref name="TotalLabel"/>, <paramref name="Total"/>). <paramref name="Block"/>
    /// names the block (收入构成), <paramref name="Task"/> the task (1-based) for <see cref="Check.TaskParts"/>.</summary>
    public sealed record Mismatch(Check Kind, string Block, int? Task, IReadOnlyList<string> Parts, Money Sum, string TotalLabel, Money Total)
    {
        public Money Difference => Sum - Total;
    }

    /// <summary>A fund label that names a total (金额合计, 合计, 资金总额 …).</summary>
    public static bool IsTotal(string label) => TotalWords.Any(w => label.Contains(w, StringComparison.Ordinal));

    /// <summary>The department's 金额合计 (the total outside any block), else the 合计 of 收入构成, else null.</summary>
    public static Money? Total(DepartmentGoals goals) =>
        goals.Funds.FirstOrDefault(f => f.Group.Length == 0 && IsTotal(f.Label) && f.Amount is not null)?.Amount
        ?? goals.Funds.LastOrDefault(f => f.Group.Length > 0 && IsTotal(f.Label) && f.Amount is not null)?.Amount;

    /// <summary>Every sum of the table that does not match, in table order: blocks, then the tasks, then each task.</summary>
    public static IReadOnlyList<Mismatch> Mismatches(DepartmentGoals goals)
    {
        var found = new List<Mismatch>();
        foreach (var group in goals.Funds.GroupBy(f => f.Group).Where(g => g.Key.Length > 0))
        {
            var total = group.LastOrDefault(f => IsTotal(f.Label));
            var parts = group.Where(f => f != total && f.Amount is not null).ToList();
            if (total?.Amount is { } declared && parts.Count > 0 && Money.Sum(parts.Select(p => p.Amount!.Value)) is var added && added != declared)
            {
                found.Add(new Mismatch(Check.BlockParts, group.Key, null, [.. parts.Select(p => p.Label)], added, total.Label, declared));
            }
        }

        var tasksTotal = goals.Funds.FirstOrDefault(f => f.Group.Length == 0 && IsTotal(f.Label));
        var budgets = goals.Tasks.Where(t => t.Budget is not null).ToList();
        if (tasksTotal?.Amount is { } expected && budgets.Count > 0 && Money.Sum(budgets.Select(t => t.Budget!.Value)) is var taskSum && taskSum != expected)
        {
            found.Add(new Mismatch(Check.TasksTotal, string.Empty, null, [.. budgets.Select(t => t.Name)], taskSum, tasksTotal.Label, expected));
        }

        for (var i = 0; i < goals.Tasks.Count; i++)
        {
            var task = goals.Tasks[i];
            if (task.Budget is { } budget && (task.FiscalFunds is not null || task.OtherFunds is not null)
                && (task.FiscalFunds ?? Money.Zero) + (task.OtherFunds ?? Money.Zero) is var parts && parts != budget)
            {
                found.Add(new Mismatch(Check.TaskParts, string.Empty, i + 1, ["财政拨款", "其他资金"], parts, "总额", budget));
            }
        }

        return found;
    }
}
