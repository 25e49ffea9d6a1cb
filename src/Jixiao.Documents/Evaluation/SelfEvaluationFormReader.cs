using System.Text.RegularExpressions;
using Jixiao.Documents.FormReading;
using Jixiao.Documents.Grid;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;
using L = Jixiao.Documents.Evaluation.SelfEvaluationLabels;

namespace Jixiao.Documents.Evaluation;

/// <summary>
/// Reads the 自评表 in one <see cref="CellGrid"/> by their labels: the header (项目名称, 主管部门, 实施单位), the money block
/// in the unit the form declares, 年度总体目标, the indicator rows (placeholders and empty rows skipped and reported, group
/// rows and printed points kept), the 总分 / 合计 row, 自评等级 and the text rows. A grid may hold several forms, one per
/// 项目名称.
/// </summary>
internal sealed partial class SelfEvaluationFormReader
{
    private readonly FormSheet _sheet;
    private readonly List<(string Text, string Place)> _titles;
    private readonly List<SkippedRow> _skipped = [];

    private SelfEvaluationFormReader(FormSheet sheet, List<(string Text, string Place)> titles, MoneyUnit? given)
    {
        _sheet = sheet;
        _titles = titles;
        Given = given;
    }

    [GeneratedRegex(@"^[一二三四五六七八九十]{1,3}\s*[、.．]")]
    private static partial Regex GroupNumber();

    [GeneratedRegex(@"^\d{1,2}\s*[、.．)）]")]
    private static partial Regex MemberNumber();

    /// <summary>Every 自评表 in <paramref name="grid"/>; <paramref name="titles"/> are the lines before it.</summary>
    public static List<ImportedSelfEvaluation> ReadAll(CellGrid grid, GridSource source, List<(string Text, string Place)> titles, string fileName, MoneyUnit? given, List<ReadProblem> problems)
    {
        var whole = new FormSheet(grid, source, L.Labels, 0, grid.RowCount - 1, fileName, problems);
        if (DepartmentWide(whole, titles) is { } mark)
        {
            // A department's own self-evaluation has no project, and its scoring differs by place: never read as one.
            whole.Warning(mark.Cell, DepartmentWideMessage(mark.Text, inTitle: mark.Cell is null));
            return [];
        }

        if (!whole.Labels.Any(l => l.Field == L.Level1) || !whole.Labels.Any(l => l.Field == L.Spent))
        {
            return [];
        }

        return FormParts.ReadEach(whole, L.Labels, L.ProjectName, L.Level1, titles, (sheet, formTitles) => new SelfEvaluationFormReader(sheet, formTitles, given).Read());
    }

    /// <summary>The start of the message for a 部门整体支出绩效自评表 (<see cref="SelfEvaluationReader"/> makes it the
    /// error of a file that holds nothing else).</summary>
    public const string DepartmentWideStart = "此表是部门整体支出绩效自评表";

    private static string DepartmentWideMessage(string mark, bool inTitle) =>
        $"{DepartmentWideStart}（{(inTitle ? "表题" : "表内")}有“{mark}”，没有“项目名称”），不是项目支出绩效自评表，未按项目表读取：部门整体自评的指标和计分办法由各地财政部门规定，" +
        "只有每行印有分值和得分的部门整体自评表可以逐行复核。请导入该部门各项目的项目支出绩效自评表，或每行有分值和得分的部门整体自评表；其他部门整体自评请按当地的评分办法核对。";

    /// <summary>What shows a table to be a department's whole self-evaluation: a label only such forms print
    /// (部门预算执行情况, 部门联系人, 部门职责 …) or their title before the table — and no 项目名称.</summary>
    internal static (string Text, GridCell? Cell)? DepartmentWide(FormSheet sheet, List<(string Text, string Place)> titles)
    {
        if (sheet.First(L.ProjectName) is not null)
        {
            return null;
        }

        if (sheet.First(L.DepartmentWide) is { } label)
        {
            return (FormSheet.Clean(label.Cell.Text), label.Cell);
        }

        return titles.Select(t => L.Labels.FoundIn(L.DepartmentWide, t.Text)).FirstOrDefault(m => m is not null) is { } title ? (title, null) : null;
    }

    private ImportedSelfEvaluation? Read()
    {
        var declarations = MoneyUnitDetector.Declarations(_sheet.Labels.Where(l => L.MoneyFields.Contains(l.Field)), _sheet.Texts(_titles));
        var (unit, unitProblem) = MoneyUnitDetector.Decide(declarations, Given);
        if (unit is null)
        {
            _sheet.Error(unitProblem!);
            return null;
        }

        if (MoneyBlock.Find(_sheet, L.FundsTotal, L.Breakdown, L.MoneyColumns) is not { Total: not null } money)
        {
            _sheet.Error("找不到预算执行情况：没有“年度资金总额”（或“总额”）行及其上方的“全年预算数”“全年执行数”等表头。");
            return null;
        }

        if (IndicatorBand.Find(_sheet, money.LastRow + 1, L.Level1, L.Name, L.Section, [L.Name, L.Target], L.IndicatorColumns, new Dictionary<string, string> { [L.Total] = L.Score }, [.. L.MoneyFields, L.Rate]) is not { } band)
        {
            _sheet.Error("找不到绩效指标表头：没有含“一级指标”和“三级指标”（或“指标名称”“年度指标值”）的一行。");
            return null;
        }

        var (name, code) = FormParts.NameAndCode(_sheet, L.ProjectName, L.ProjectCode);
        var groups = new List<DeclaredGroup>();
        var indicators = Indicators(band, groups);
        if (indicators.Count == 0)
        {
            _sheet.Warning(_sheet.Grid.At(band.HeaderRow, band.Columns[L.Level1]), "绩效指标表头下没有指标行（表格可能不完整）。");
        }

        var (declaredTotal, totalPoints, grade, reviewedTotal) = Totals(band);
        var budget = Budget(money, unit.Unit, out var budgetPoints, out var budgetSource);
        var evaluation = new SelfEvaluation
        {
            FiscalYear = Year(),
            ProjectCode = code,
            ProjectName = name,
            DepartmentName = FormSheet.Clean(_sheet.Value(L.Department).Text),
            UnitName = FormSheet.Clean(_sheet.Value(L.Unit).Text),
            Budget = budget,
            ExpectedGoal = ExpectedGoal(),
            ActualOutcome = ActualOutcome(),
            Indicators = indicators,
            DeclaredTotal = declaredTotal,
            DeclaredGrade = grade,
            ReviewedTotal = reviewedTotal,
            Layout = new PointsLayout
            {
                BudgetPoints = budgetPoints,
                BudgetSource = budgetSource,
                IndicatorPoints = band.SectionPoints,
                Groups = groups,
                TotalPoints = totalPoints,
            },
            Notes = Notes(band),
            MoneyUnit = unit.Unit.Name,
        };
        return new ImportedSelfEvaluation { Evaluation = evaluation, MoneyUnit = unit, TableName = _sheet.Grid.Name, Skipped = _skipped };
    }

    /// <summary>预期目标 under its head; in a form that prints only “年度总体目标” and its text, that text.</summary>
    private string ExpectedGoal()
    {
        if (_sheet.First(L.Expected) is not null || _sheet.First(L.Goal) is not { } goal)
        {
            return _sheet.Below(L.Expected);
        }

        var (text, _) = _sheet.ValueOf(goal);
        return FormSheet.Rules.IsEmptyText(text) ? string.Empty : text;
    }

    /// <summary>实际完成情况 under its head. A form that heads the goal row “年度总体目标完成情况” (an Outcome label too) prints
    /// 预期目标 | 实际完成情况 beside it: the head in the row of 预期目标 is the one with the text under it.</summary>
    private string ActualOutcome()
    {
        if (_sheet.First(L.Expected) is { } expected && _sheet.All(L.Outcome).FirstOrDefault(l => l.Cell.Row == expected.Cell.Row && l.Cell.Column > expected.Cell.Column) is { } beside)
        {
            return _sheet.Below(beside);
        }

        return _sheet.Below(L.Outcome);
    }

    /// <summary>The money unit the user named, if any (it must agree with the one the form prints).</summary>
    private MoneyUnit? Given { get; }

    private int Year()
    {
        if (FormYear.Find(_sheet.Texts(_titles).Select(t => t.Text), "自评表", "自评", "绩效") is { } year)
        {
            return year;
        }

        _sheet.Warning(null, "表内找不到年度（如“（2023年度）”），年度记为未填。");
        return 0;
    }

    private BudgetExecution Budget(MoneyBlock money, MoneyUnit unit, out decimal? points, out string source)
    {
        var total = money.Total!;
        var lines = new List<BudgetLine>();
        foreach (var line in money.Breakdown)
        {
            var (initial, adjusted, spent) = (money.Amount(line, L.InitialBudget, unit), money.Amount(line, L.AdjustedBudget, unit), money.Amount(line, L.Spent, unit));
            if (initial is null && adjusted is null && spent is null)
            {
                continue;
            }

            // “其中:财政资金:” as printed in the Hainan form: the name without the 其中 and the colons.
            var name = GridText.Compact(line.Cell.Text).TrimEnd(':', '：', ' ');
            name = name.StartsWith("其中", StringComparison.Ordinal) ? name.TrimStart('其', '中', ':', '：', ' ') : name;
            lines.Add(new BudgetLine(name, initial ?? Money.Zero, adjusted ?? Money.Zero, spent ?? Money.Zero));
        }

        Money? TotalOf(string field, Func<BudgetLine, Money> part)
        {
            if (money.Amount(total, field, unit) is { } printed)
            {
                return printed;
            }

            // An empty total cell (a printed 0 stays 0) over 其中 rows that have the money: their sum.
            var head = money.Columns.TryGetValue(field, out var h) ? GridText.OneLine(h.Cell.Text) : field == L.Spent ? "全年执行数" : "全年预算数";
            var what = $"{GridText.OneLine(total.Cell.Text).TrimEnd(':', '：')}的{head}为空";
            if (lines.Count > 0 && lines.Any(l => part(l) != Money.Zero))
            {
                var sum = new Money(lines.Sum(l => part(l).Fen));
                _sheet.Warning(money.CellOf(total, field) ?? total.Cell, $"{what}，按其中各行合计 {sum.ToWanYuanString()} 万元计。");
                return sum;
            }

            _sheet.Warning(money.CellOf(total, field) ?? total.Cell, $"{what}，按 0 计。");
            return null;
        }

        var adjustedTotal = TotalOf(L.AdjustedBudget, l => l.AdjustedBudget);
        var spentTotal = TotalOf(L.Spent, l => l.Spent);

        var pointsCell = money.CellOf(total, L.Points);
        points = _sheet.Number(pointsCell, "预算执行分值");
        source = points is null ? string.Empty : $"{GridText.OneLine(money.Columns[L.Points].Cell.Text)} {Domain.Evaluation.ScoreRounding.Number(points.Value)}";
        if (points is null && _sheet.All(L.Funds).FirstOrDefault(l => l.Points is not null) is { } funds)
        {
            points = funds.Points;
            source = GridText.OneLine(funds.Cell.Text);
        }

        if (points is null && !money.Columns.ContainsKey(L.Score) && !money.Columns.ContainsKey(L.Points))
        {
            // Money without 分值 and 得分 columns is not scored there (40/40/20 forms; 预算执行率 as an indicator row).
            points = 0;
            source = "表内资金栏没有分值、得分，预算执行不单独计分";
        }

        var reasonCell = money.CellOf(total, L.BudgetReason);
        var reason = reasonCell is { } rc && !FormSheet.Rules.IsEmptyText(rc.Text) ? rc.Text : string.Empty;
        if (reason.Length == 0 && _sheet.First(L.BudgetReason) is { } reasonLabel && reasonLabel.Cell.Row > total.Cell.Row)
        {
            var (text, _) = _sheet.ValueOf(reasonLabel);
            reason = FormSheet.Rules.IsEmptyText(text) ? string.Empty : text;
        }

        return new BudgetExecution
        {
            InitialBudget = money.Amount(total, L.InitialBudget, unit) ?? Money.Zero,
            AdjustedBudget = adjustedTotal ?? Money.Zero,
            Spent = spentTotal ?? Money.Zero,
            Breakdown = lines,
            Reason = reason,
            DeclaredScore = _sheet.Number(money.CellOf(total, L.Score), "预算执行得分"),
            ReviewedScore = _sheet.Number(money.CellOf(total, L.ReviewScore), "预算执行复核分"),
        };
    }

    private List<EvaluationIndicator> Indicators(IndicatorBand band, List<DeclaredGroup> groups)
    {
        var rows = new List<EvaluationIndicator>();
        var (level1, level2) = (string.Empty, string.Empty);
        var groupCells = new HashSet<GridCell>();
        for (var r = band.FirstRow; r <= band.LastRow; r++)
        {
            var (_, l1Points) = FormParts.Level(band.Cell(r, L.Level1));
            var (_, l2Points) = FormParts.Level(band.Cell(r, L.Level2));
            (level1, level2) = FormParts.Levels(band.Cell(r, L.Level1), band.Cell(r, L.Level2), r, (level1, level2));
            AddGroupPoints(groups, level1, null, l1Points, band.Cell(r, L.Level1));
            AddGroupPoints(groups, level1, level2, l2Points, band.Cell(r, L.Level2));

            var used = new HashSet<GridCell>();
            string Text(string field, bool oneLine = true)
            {
                if (band.Cell(r, field) is not { } cell || cell.Row != r && field is not (L.Points or L.Score) || !used.Add(cell))
                {
                    return string.Empty;
                }

                return oneLine ? FormSheet.Clean(cell.Text) : cell.Text;
            }

            var nameCell = band.Cell(r, L.Name);
            var rawName = nameCell is { } nc && nc.Row == r ? GridText.OneLine(nc.Text).Trim() : string.Empty;
            var name = Text(L.Name);
            // 指标性质 | 指标值 | 度量单位 in three columns read as one value, the way the value grammar reads the parts.
            var target = band.Has(L.Nature) || band.Has(L.MeasureUnit)
                ? TargetValue.FromParts(Text(L.Nature), Text(L.Target), Text(L.MeasureUnit))
                : TargetValue.Parse(Text(L.Target));
            var actual = Text(L.Actual);
            var reasonText = Text(L.DeviationReason, oneLine: false);
            var reason = FormSheet.Rules.IsEmptyText(reasonText) ? string.Empty : reasonText;
            var (points, score, notApplicable) = PointsAndScore(band, r, level1, level2, name, groups, groupCells);
            var reviewed = ReviewedScore(band, r, name);
            var anyValue = target.Text.Trim().Length > 0 || actual.Length > 0 || points is not null || score is not null || reviewed is not null || notApplicable || reason.Length > 0;
            var place = nameCell?.Place ?? (_sheet.Grid.StartingIn(r) is [var firstCell, ..] ? firstCell.Place : null) ?? string.Empty;
            var placeholder = rawName.Length > 0 && (FormSheet.Rules.IsPlaceholderName(rawName) || FormSheet.Rules.IsPlaceholder(rawName));
            if (!anyValue && (name.Length == 0 || placeholder))
            {
                FormParts.Skip(_sheet, _skipped, r, placeholder ? rawName : string.Empty, level2, place);
                continue;
            }

            if (name.Length == 0)
            {
                _sheet.Warning(nameCell, $"这一行填了指标值或得分，但三级指标为空（{level1}/{level2}）。");
            }

            rows.Add(new EvaluationIndicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = FormSheet.Rules.WithoutNumbering(name),
                Target = target,
                Actual = actual,
                Points = points,
                DeclaredScore = score,
                ReviewedScore = reviewed,
                DeviationReason = reason,
                NotApplicable = notApplicable,
                ScoresExecutionRate = _sheet.LabelOf(nameCell)?.Field == L.Rate,
                Place = place,
            });
        }

        return MarkSubtotals(rows);
    }

    /// <summary>分值 and 得分 of a row; a cell merged over several rows is the group's and is recorded once.</summary>
    private (decimal? Points, decimal? Score, bool NotApplicable) PointsAndScore(IndicatorBand band, int r, string level1, string level2, string name, List<DeclaredGroup> groups, HashSet<GridCell> groupCells)
    {
        decimal? Value(string field, string what)
        {
            if (band.Cell(r, field) is not { } cell || cell.Row != r && cell.RowSpan == 1)
            {
                return null;
            }

            if (cell.RowSpan > 1)
            {
                if (cell.Row == r && groupCells.Add(cell) && _sheet.Number(cell, what) is { } value)
                {
                    groups.Add(field == L.Points
                        ? new DeclaredGroup { Level1 = level1, Level2 = level2, Points = value, Label = $"{level2}（{cell.Place}）" }
                        : new DeclaredGroup { Level1 = level1, Level2 = level2, Score = value, Label = $"{level2}（{cell.Place}）" });
                }

                return null;
            }

            return _sheet.Number(cell, what);
        }

        var scoreCell = band.Cell(r, L.Score);
        var notApplicable = scoreCell is { } sc && sc.Row == r && GridText.Key(sc.Text) == "不适用";
        return (Value(L.Points, $"“{name}”的分值"), notApplicable ? null : Value(L.Score, $"“{name}”的得分"), notApplicable);
    }

    /// <summary>复核分 of a row, in the reviewer's column when the form has one (a cell of the row's own; a merged
    /// group cell is not a row's score).</summary>
    private decimal? ReviewedScore(IndicatorBand band, int r, string name) =>
        band.Cell(r, L.ReviewScore) is { } cell && cell.Row == r && cell.RowSpan == 1 ? _sheet.Number(cell, $"“{name}”的复核分") : null;

    /// <summary>"一、示范区建立 … 15.0" followed by "1、…" "2、…" rows: a group row adding up the numbered rows under it.</summary>
    private static List<EvaluationIndicator> MarkSubtotals(List<EvaluationIndicator> rows)
    {
        for (var i = 0; i < rows.Count; i++)
        {
            if (!GroupNumber().IsMatch(rows[i].Name))
            {
                continue;
            }

            var members = rows.Skip(i + 1).TakeWhile(r => MemberNumber().IsMatch(r.Name) && r.Level1 == rows[i].Level1).Count();
            if (members > 0)
            {
                rows[i] = rows[i] with { IsSubtotal = true, SubtotalMembers = members };
            }
        }

        return rows;
    }

    private static void AddGroupPoints(List<DeclaredGroup> groups, string level1, string? level2, decimal? points, GridCell? cell)
    {
        if (points is null || level1.Length == 0 || groups.Any(g => g.Level1 == level1 && g.Level2 == level2 && g.Points is not null))
        {
            return;
        }

        groups.Add(new DeclaredGroup { Level1 = level1, Level2 = level2, Points = points, Label = GridText.OneLine(cell!.Value.Text) });
    }

    /// <summary>总分 / 合计: the 分值 and 得分 printed on the row (by the indicator columns), else the value beside the
    /// label; the grade printed on that row or beside 自评等级.</summary>
    private (decimal? Total, decimal? Points, Grade? Grade, decimal? Reviewed) Totals(IndicatorBand band)
    {
        decimal? total = null;
        decimal? reviewed = null;
        decimal? points = null;
        Grade? grade = null;
        foreach (var label in _sheet.All(L.Total))
        {
            var row = label.Cell.Row;
            var scoreCell = band.Cell(row, L.Score);
            var pointsCell = band.Cell(row, L.Points);
            if (label.Cell.Row > band.LastRow && (scoreCell is not null || pointsCell is not null) && scoreCell != label.Cell)
            {
                total ??= scoreCell == label.Cell ? null : _sheet.Number(scoreCell, "总分");
                reviewed ??= band.Cell(row, L.ReviewScore) is { } reviewCell && reviewCell != label.Cell && reviewCell != scoreCell ? _sheet.Number(reviewCell, "复核总分") : null;
                points ??= pointsCell is null || pointsCell == scoreCell || pointsCell == label.Cell ? null : _sheet.Number(pointsCell, "合计分值");
            }
            else
            {
                total ??= _sheet.Number(_sheet.ValueOf(label).Cell, "总分");
            }

            grade ??= _sheet.Grid.Row(row).Where(c => c.Column > label.Cell.LastColumn).Select(c => FormSheet.Rules.GradeOf(c.Text)).FirstOrDefault(g => g is not null);
        }

        // “财政审核评分” beside the head's 自评得分: the reviewer's total, when filled.
        if (reviewed is null && _sheet.First(L.ReviewTotal) is { } reviewLabel)
        {
            reviewed = _sheet.Number(_sheet.ValueOf(reviewLabel).Cell, "复核总分");
        }

        // “项目总得分99分” over the table.
        total ??= L.Labels.NumberAfter(L.Total, _sheet.Texts(_titles).Select(t => t.Text));
        if (grade is null && _sheet.First(L.Grade) is { } gradeLabel)
        {
            var (text, cell) = _sheet.ValueOf(gradeLabel);
            grade = FormSheet.Clean(text) is { Length: > 0 } g ? FormSheet.Rules.GradeOf(g) : null;
            if (grade is null && FormSheet.Clean(text).Length > 0)
            {
                _sheet.Error(cell!.Value, $"自评等级“{text}”应为 优、良、中、差 之一。");
            }
        }

        return (total, points, grade, reviewed);
    }

    private List<EvaluationNote> Notes(IndicatorBand band)
    {
        var notes = new List<EvaluationNote>();
        foreach (var label in _sheet.Labels.Where(l => l.Field is L.Notes or L.Contact))
        {
            var (text, _) = _sheet.ValueOf(label);
            if (!FormSheet.Rules.IsEmptyText(text))
            {
                notes.Add(new EvaluationNote(GridText.Compact(label.Cell.Text).TrimEnd(':', '：'), text));
            }
        }

        foreach (var cell in _sheet.Grid.Cells.Where(c => c.Row > band.LastRow && c.Row <= _sheet.ToRow && FormSheet.IsFootnote(c.Text)))
        {
            notes.Add(new EvaluationNote("注", cell.Text));
        }

        return notes;
    }
}
