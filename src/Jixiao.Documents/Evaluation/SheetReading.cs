using System.Globalization;
using Jixiao.Documents.Excel;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using L = Jixiao.Documents.Evaluation.SelfEvaluationLayout;
using R = Jixiao.Documents.Evaluation.SelfEvaluationXlsxReader;

namespace Jixiao.Documents.Evaluation;

/// <summary>One reading of a 自评表 worksheet: finds each block by its label and collects problems with their cells.</summary>
internal sealed class SheetReading(SheetGrid sheet, string? fileName)
{
    private readonly List<ReadProblem> _problems = [];

    public FileRead<SelfEvaluation> Read()
    {
        var year = sheet.RowNumbers.SelectMany(r => sheet.Row(r).Values).Select(t => R.Year().Match(t)).FirstOrDefault(m => m.Success);
        var evaluation = new SelfEvaluation
        {
            FiscalYear = year is null ? 0 : int.Parse(year.Groups[1].Value, CultureInfo.InvariantCulture),
            ProjectName = Value(L.ProjectName, required: true),
            DepartmentName = Value(L.Department),
            UnitName = Value(L.Unit),
            ProjectCode = Value(L.ProjectCode),
            Budget = Budget(),
            ExpectedGoal = Below(L.Expected),
            ActualOutcome = Below(L.Actual),
            Indicators = Indicators(),
            DeclaredTotal = Value(L.TotalScore) is { Length: > 0 } total ? Number(total, At(L.TotalScore, right: true), L.TotalScore) : null,
            DeclaredGrade = DeclaredGrade(),
        };
        return new FileRead<SelfEvaluation>(evaluation, _problems);
    }

    private Grade? DeclaredGrade()
    {
        var text = Value(L.Grade);
        if (text.Length == 0)
        {
            return null;
        }

        var grade = GradeExtensions.FromChinese(text);
        if (grade is null)
        {
            Problem(At(L.Grade, right: true), $"自评等级“{text}”应为 优、良、中、差 之一。");
        }

        return grade;
    }

    private BudgetExecution Budget()
    {
        var total = R.Find(sheet, L.Total);
        var header = R.Find(sheet, L.MoneyHeaders[0]);
        if (total is not { } t || header is not { } h)
        {
            Problem(null, $"找不到预算执行情况：缺少“{L.Total}”或“{L.MoneyHeaders[0]}”。");
            return new BudgetExecution();
        }

        int Column(string label) => sheet.Row(h.Row).FirstOrDefault(c => R.Key(c.Value).StartsWith(Prefix(label), StringComparison.Ordinal)).Key;
        var (initial, adjusted, spent, score) = (Column(L.MoneyHeaders[0]), Column(L.MoneyHeaders[1]), Column(L.MoneyHeaders[2]), Column(L.MoneyHeaders[5]));
        Money? Amount(int row, int column, string name, bool required) =>
            column == 0 ? null : MoneyCell(row, column, $"{name}{sheet[h.Row, column]}", required);

        var lines = new List<BudgetLine>();
        for (var row = t.Row + 1; ; row++)
        {
            var name = sheet[row, t.Column];
            if (name.Length == 0 || R.Key(name) == R.Key(L.Reason) || R.Key(name) == R.Key(L.Goal) || sheet[row, 1] is { Length: > 0 } && t.Column > 1)
            {
                break;
            }

            name = name.StartsWith(L.BreakdownPrefix, StringComparison.Ordinal) ? name[L.BreakdownPrefix.Length..].Trim() : name;
            var cells = new[] { initial, adjusted, spent }.Select(c => c == 0 ? string.Empty : sheet[row, c]).ToList();
            if (cells.All(c => c.Length == 0))
            {
                continue;
            }

            lines.Add(new BudgetLine(name, Amount(row, initial, name, false) ?? Money.Zero, Amount(row, adjusted, name, false) ?? Money.Zero, Amount(row, spent, name, false) ?? Money.Zero));
        }

        var declared = score == 0 ? string.Empty : sheet[t.Row, score];
        return new BudgetExecution
        {
            InitialBudget = Amount(t.Row, initial, L.Total, false) ?? Money.Zero,
            AdjustedBudget = Amount(t.Row, adjusted, L.Total, true) ?? Money.Zero,
            Spent = Amount(t.Row, spent, L.Total, true) ?? Money.Zero,
            Breakdown = lines,
            Reason = Value(L.Reason),
            DeclaredScore = declared.Length == 0 ? null : Number(declared, SheetBuilder.Reference(t.Row, score), $"{L.Total}得分"),
        };
    }

    private List<EvaluationIndicator> Indicators()
    {
        var level1 = R.Find(sheet, L.Level1);
        if (level1 is not { } h)
        {
            Problem(null, $"找不到绩效指标表头“{L.Level1}”。");
            return [];
        }

        var columns = L.IndicatorHeaders.Select(label => sheet.Row(h.Row).FirstOrDefault(c => R.Key(c.Value).StartsWith(Prefix(label), StringComparison.Ordinal)).Key).ToArray();
        if (columns.Any(c => c == 0))
        {
            var missing = L.IndicatorHeaders.Where((_, i) => columns[i] == 0);
            Problem(SheetBuilder.Reference(h.Row, h.Column), $"绩效指标表头缺少“{string.Join("”“", missing)}”。");
            return [];
        }

        var end = R.Find(sheet, L.TotalScore, h.Row + 1)?.Row ?? int.MaxValue;
        var rows = new List<EvaluationIndicator>();
        var (current1, current2) = (string.Empty, string.Empty);
        foreach (var row in sheet.RowNumbers.Where(r => r > h.Row && r < end))
        {
            string Cell(int i) => sheet[row, columns[i]];
            if (Enumerable.Range(0, columns.Length).All(i => Cell(i).Length == 0))
            {
                continue;
            }

            // 一级/二级指标 are merged down: an empty cell continues the one above.
            current1 = Cell(0).Length > 0 ? Cell(0) : current1;
            current2 = Cell(0).Length > 0 || Cell(1).Length > 0 ? Cell(1) : current2;
            var name = Cell(2);
            if (name.Length == 0)
            {
                Problem(SheetBuilder.Reference(row, columns[2]), "三级指标为空，但这一行填了其他内容。请填写指标名称或删除这一行。");
            }

            var score = Cell(6);
            var notApplicable = R.Key(score) == L.NotApplicable;
            rows.Add(new EvaluationIndicator
            {
                Level1 = current1,
                Level2 = current2,
                Name = name,
                Target = TargetValue.Parse(Cell(3)),
                Actual = Cell(4),
                Points = Cell(5).Length == 0 ? null : Number(Cell(5), SheetBuilder.Reference(row, columns[5]), $"“{name}”的分值"),
                DeclaredScore = notApplicable || score.Length == 0 ? null : Number(score, SheetBuilder.Reference(row, columns[6]), $"“{name}”的得分"),
                DeviationReason = Cell(7),
                NotApplicable = notApplicable,
            });
        }

        return rows;
    }

    /// <summary>A column is found by the first four characters of its label, so "全年预算数(A)" and "全年预算数" both match.</summary>
    private static string Prefix(string label) => R.Key(label)[..Math.Min(4, R.Key(label).Length)];

    /// <summary>The value beside a label: the first cell right of the label's (possibly merged) cell.</summary>
    private string Value(string label, bool required = false)
    {
        var reference = At(label, right: true);
        if (reference is null)
        {
            if (required)
            {
                Problem(null, $"找不到“{label}”。");
            }

            return string.Empty;
        }

        var (row, column) = SheetGrid.Parse(reference);
        var text = sheet[row, column];
        if (required && text.Length == 0)
        {
            Problem(reference, $"{label}为空。");
        }

        return text;
    }

    /// <summary>The text under a column label (预期目标, 实际完成情况).</summary>
    private string Below(string label) => R.Find(sheet, label) is { } at ? sheet[at.Row + 1, at.Column] : string.Empty;

    private string? At(string label, bool right)
    {
        if (R.Find(sheet, label) is not { } at)
        {
            return null;
        }

        var last = sheet.Merges.FirstOrDefault(m => m.Row == at.Row && m.Column == at.Column) is { LastColumn: > 0 } merge ? merge.LastColumn : at.Column;
        return SheetBuilder.Reference(at.Row, right ? last + 1 : at.Column);
    }

    private Money? MoneyCell(int row, int column, string field, bool required)
    {
        var text = SheetGrid.Denoise(sheet[row, column]);
        var reference = SheetBuilder.Reference(row, column);
        if (text.Length == 0)
        {
            if (required)
            {
                Problem(reference, $"{field}为空。");
            }

            return null;
        }

        if (Money.TryParseWanYuan(text, out var money, out var problem))
        {
            return money;
        }

        Problem(reference, $"{field}“{text}”：{problem}。");
        return null;
    }

    private decimal? Number(string text, string? reference, string field)
    {
        if (decimal.TryParse(SheetGrid.Denoise(text), NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value >= 0)
        {
            return value;
        }

        Problem(reference, $"{field}“{text}”应为不小于 0 的数字。");
        return null;
    }

    private void Problem(string? cell, string message) =>
        _problems.Add(new ReadProblem(ProblemSeverity.Error, message) { File = fileName, Sheet = sheet.Name, Cell = cell });
}
