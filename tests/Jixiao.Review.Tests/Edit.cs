using Jixiao.Domain.Goals;

namespace Jixiao.Review.Tests;

/// <summary>One-line changes to a document, so each rule test shows exactly what it breaks.</summary>
internal static class Edit
{
    public static PerformanceDocument Project(this PerformanceDocument d, int index, Func<BudgetProject, BudgetProject> change) =>
        d with { Projects = [.. d.Projects.Select((p, i) => i == index ? change(p) : p)] };

    public static PerformanceDocument AllProjects(this PerformanceDocument d, Func<BudgetProject, BudgetProject> change) =>
        d with { Projects = [.. d.Projects.Select(change)] };

    public static PerformanceDocument Row(this PerformanceDocument d, int project, int row, Func<Indicator, Indicator> change) =>
        d.Project(project, p => p with { Indicators = [.. p.Indicators.Select((x, i) => i == row ? change(x) : x)] });

    public static PerformanceDocument Target(this PerformanceDocument d, int project, int row, string target) =>
        d.Row(project, row, x => x with { Target = TargetValue.Parse(target) });

    public static PerformanceDocument AddRow(this PerformanceDocument d, int project, Indicator row) =>
        d.Project(project, p => p with { Indicators = [.. p.Indicators, row] });

    public static PerformanceDocument RemoveRows(this PerformanceDocument d, int project, Func<Indicator, bool> remove) =>
        d.Project(project, p => p with { Indicators = [.. p.Indicators.Where(x => !remove(x))] });

    public static PerformanceDocument Goal(this PerformanceDocument d, int project, int goal, string text) =>
        d.Project(project, p => p with { Goals = [.. p.Goals.Select((g, i) => i == goal ? g with { Text = text } : g)] });

    public static PerformanceDocument AddGoal(this PerformanceDocument d, int project, string text) =>
        d.Project(project, p => p with { Goals = [.. p.Goals, new Goal(p.Goals.Count + 1, text)] });

    public static PerformanceDocument Plan(this PerformanceDocument d, int project, params decimal[] percents) =>
        d.Project(project, p => p with { SpendingPlan = new SpendingPlan(SpendingPlan.HebeiMonths.Zip(percents, (m, x) => new SpendingCheckpoint(m, x))) });

    public static PerformanceDocument Part1(this PerformanceDocument d, Func<DepartmentGoals, DepartmentGoals> change) =>
        d with { DepartmentGoals = change(d.DepartmentGoals) };

    public static PerformanceDocument SubGoal(this PerformanceDocument d, int index, Func<SubGoal, SubGoal> change) =>
        d.Part1(g => g with { SubGoals = [.. g.SubGoals.Select((s, i) => i == index ? change(s) : s)] });
}
