using System.Globalization;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.GoalTables;
using Jixiao.Documents.Grid;
using Jixiao.Documents.Grid.Sources;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests.Metamorphic;

/// <summary>
/// A real fixture read to its grid, perturbed, and read on: what the reading is, written as lines that two readings
/// must share — projects, amounts in fen, indicators with level, name, target (its reading: kind, comparator, number,
/// unit, and its text as labels are compared, so "１２．５" and "12.5" are the same value), basis and weight; for a
/// 自评表 the amounts, rows, points, printed scores and the re-check's total and findings. The errors are compared by
/// message: a perturbation may not make a readable table unreadable, nor a refused one readable.
/// </summary>
internal static class Readings
{
    public static GridDocument Grid(string path, ReadOptions options) => Grid(File.ReadAllBytes(path), path, options);

    /// <summary>The grid of <paramref name="bytes"/>, a file of <paramref name="path"/>'s kind (a fixture rewritten).</summary>
    public static GridDocument Grid(byte[] bytes, string path, ReadOptions options) =>
        GridFiles.Read(bytes, Path.GetExtension(path), options with { FileName = Path.GetFileName(path) }).Value
        ?? throw new InvalidOperationException(path + " does not open");

    public static string GoalPath(string file) => TestFiles.Fixture(Path.Combine("corpus", file));

    public static string EvaluationPath(string file) => TestFiles.Fixture(Path.Combine("Evaluation", "Corpus", file));

    /// <summary>As <c>CorpusTests.Read</c>: the one table that states no unit is read with the unit the user gives.</summary>
    public static ReadOptions GoalOptions(string file) => new()
    {
        FileName = file,
        MoneyUnit = file.StartsWith("shaanxi", StringComparison.Ordinal) ? "万元" : null,
    };

    public static ReadResult ReadGoals(GridDocument grid, string file) => GoalDocumentReader.Read(grid, GoalOptions(file));

    public static CellRoles GoalRoles(ReadResult read)
    {
        var projects = read.Document.Projects;
        var amounts = projects.SelectMany(p => new[] { p.Budget, p.FiscalFunds ?? Money.Zero, p.OtherFunds ?? Money.Zero }).Where(m => m.Fen > 0).Select(m => m.Fen);
        var targets = projects.SelectMany(p => p.Indicators).Select(i => i.Target.Text);
        return new CellRoles(amounts.ToHashSet(), targets.ToHashSet());
    }

    public static List<string> GoalLines(ReadResult read)
    {
        var d = read.Document;
        var lines = new List<string> { $"年度 {d.FiscalYear} 部门 {d.DepartmentCode} {d.DepartmentName}" };
        foreach (var p in d.Projects)
        {
            lines.Add($"项目 {p.ProjectCode}|{p.ProjectName}|{p.UnitCode}|{p.UnitName}|{p.Budget.Fen}|{p.FiscalFunds?.Fen}|{p.OtherFunds?.Fen}");
            lines.AddRange(p.Goals.Select(g => "目标 " + GridText.Key(g.Text)));
            lines.AddRange(p.Indicators.Select(i =>
                $"指标 {i.Level1}|{i.Level2}|{GridText.Key(i.Name)}|{Target(i.Target)}|{GridText.Key(i.TargetBasis)}|{i.Weight}"));
        }

        // A message quotes the headings as written ("一 级 指 标"): compared as labels are.
        lines.AddRange(read.Errors.Select(e => "错误 " + GridText.Key(e.Message)));
        return lines;
    }

    public static FileRead<SelfEvaluationImport> ReadEvaluation(GridDocument grid, string file) => SelfEvaluationReader.Read(grid, file);

    public static CellRoles EvaluationRoles(FileRead<SelfEvaluationImport> read)
    {
        var forms = read.Value?.Forms ?? [];
        var amounts = forms.Select(f => f.Evaluation.Budget)
            .SelectMany(b => new[] { b.InitialBudget, b.AdjustedBudget, b.Spent }.Concat(b.Breakdown.SelectMany(l => new[] { l.InitialBudget, l.AdjustedBudget, l.Spent })))
            .Where(m => m.Fen > 0).Select(m => m.Fen);
        var targets = forms.SelectMany(f => f.Evaluation.Indicators).SelectMany(i => new[] { i.Target.Text, i.Actual });
        return new CellRoles(amounts.ToHashSet(), targets.ToHashSet(), forms.Count > 0 ? forms[0].MoneyUnit.Unit.Name : null);
    }

    public static List<string> EvaluationLines(FileRead<SelfEvaluationImport> read)
    {
        var lines = new List<string>();
        foreach (var form in read.Value?.Forms ?? [])
        {
            var e = form.Evaluation;
            var b = e.Budget;
            lines.Add($"表 {form.MoneyUnit.Unit.Name} {e.FiscalYear} {e.ProjectCode}|{e.ProjectName}|{e.UnitName}");
            lines.Add($"资金 {b.InitialBudget.Fen}|{b.AdjustedBudget.Fen}|{b.Spent.Fen}|{b.DeclaredScore}|{GridText.Key(b.Reason)}");
            lines.AddRange(b.Breakdown.Select(l => $"其中 {l.Name}|{l.InitialBudget.Fen}|{l.AdjustedBudget.Fen}|{l.Spent.Fen}"));
            lines.Add($"分值 {e.Layout.BudgetPoints}|{e.Layout.IndicatorPoints}|{e.Layout.TotalPoints}|{string.Join(",", e.Layout.Groups.Select(g => g.Level1 + ":" + g.Points))}");
            lines.AddRange(e.Indicators.Select(i =>
                $"指标 {i.Level1}|{i.Level2}|{GridText.Key(i.Name)}|{Target(i.Target)}|{GridText.Key(i.Actual)}|{i.Points}|{i.DeclaredScore}|{i.NotApplicable}|{i.IsSubtotal}"));
            lines.Add($"总分 {e.DeclaredTotal} {e.DeclaredGrade}");
            var recheck = ScoredEvaluation.Evaluate(e, ScoringProfile.National, mode: EvaluationMode.Recheck);
            lines.Add("复核 " + recheck.Result.Total.ToString(CultureInfo.InvariantCulture));
            lines.AddRange(recheck.Findings.Select(f => $"复核问题 {f.RuleId} {f.IndicatorRow} {GridText.Key(f.Message)}"));
        }

        lines.AddRange(read.Problems.Where(p => p.Severity == ProblemSeverity.Error).Select(p => "错误 " + GridText.Key(p.Message)));
        return lines;
    }

    private static string Target(TargetValue t) =>
        $"{t.Kind}/{t.Comparator}/{t.Number}/{t.Upper}/{t.Unit}/{GridText.Key(t.Text)}";
}
