using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.FormReading;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;
using L = Jixiao.Documents.Monitoring.MonitoringLabels;

namespace Jixiao.Documents.Monitoring;

/// <summary>
/// Reads the 监控表 in one <see cref="CellGrid"/> by their labels: header, the money block (年初预算数, 1–N月执行数,
/// 全年预计执行数) in the unit the form declares, the period (1–6月, 1–7月, 半年度), 年度总体目标, the indicator rows
/// (指标值, 1–N月完成值, 全年预计完成, 完成目标可能性, 偏差原因, 措施) and the project's 偏差原因 and 措施 rows.
/// </summary>
internal sealed partial class MonitoringFormReader
{
    private readonly FormSheet _sheet;
    private readonly List<(string Text, string Place)> _titles;
    private readonly MoneyUnit? _given;
    private readonly List<SkippedRow> _skipped = [];

    private MonitoringFormReader(FormSheet sheet, List<(string Text, string Place)> titles, MoneyUnit? given)
    {
        _sheet = sheet;
        _titles = titles;
        _given = given;
    }

    [GeneratedRegex(@"1\s*[-－—–~～至]\s*(\d{1,2})\s*月")]
    private static partial Regex PeriodText();

    public static List<ImportedMonitoring> ReadAll(CellGrid grid, GridSource source, List<(string Text, string Place)> titles, string fileName, MoneyUnit? given, List<ReadProblem> problems)
    {
        var whole = new FormSheet(grid, source, L.Labels, 0, grid.RowCount - 1, fileName, problems);
        if (!whole.Labels.Any(l => l.Field == L.Level1) || !whole.Labels.Any(l => l.Field == L.Spent) || !whole.Labels.Any(l => l.Field is L.Possibility or L.ExpectedSpending or L.ExpectedAnnual || l.Month is not null))
        {
            return [];
        }

        return FormParts.ReadEach(whole, L.Labels, L.ProjectName, L.Level1, titles, (sheet, formTitles) => new MonitoringFormReader(sheet, formTitles, given).Read());
    }

    private ImportedMonitoring? Read()
    {
        var declarations = MoneyUnitDetector.Declarations(_sheet.Labels.Where(l => L.MoneyFields.Contains(l.Field)), _sheet.Texts(_titles));
        var (unit, unitProblem) = MoneyUnitDetector.Decide(declarations, _given);
        if (unit is null)
        {
            _sheet.Error(unitProblem!);
            return null;
        }

        if (MoneyBlock.Find(_sheet, L.FundsTotal, L.Breakdown, L.MoneyColumns) is not { } money || !money.Columns.ContainsKey(L.Spent))
        {
            _sheet.Error("找不到预算执行情况：没有“年初预算数”“1–N月执行数”等表头。");
            return null;
        }

        if (IndicatorBand.Find(_sheet, money.LastRow + 1, L.Level1, L.Name, L.Section, [L.Name, L.Target], L.IndicatorColumns, new Dictionary<string, string> { [L.GoalProgress] = L.Actual }, [.. L.MoneyFields, L.Rate]) is not { } band)
        {
            _sheet.Error("找不到绩效指标表头：没有含“一级指标”和“三级指标”（或“指标名称”“年度指标值”）的一行。");
            return null;
        }

        var (name, code) = FormParts.NameAndCode(_sheet, L.ProjectName, L.ProjectCode);
        var row = money.TotalRow;
        var spent = money.Amount(row, money.TotalName, L.Spent, unit.Unit);
        if (spent is null)
        {
            _sheet.Warning(money.CellOf(row, L.Spent) ?? money.Columns[L.Spent].Cell, "1–N月执行数为空，按 0 计。");
        }

        var (deviation, measures, corrective) = ProjectRows(band);
        var report = new MonitoringReport
        {
            FiscalYear = FormYear.Find(_sheet.Texts(_titles).Select(t => t.Text), "监控表", "监控", "绩效") ?? YearMissing(),
            Month = Month(),
            ProjectCode = code,
            ProjectName = name,
            DepartmentName = FormSheet.Clean(_sheet.Value(L.Department).Text),
            UnitName = FormSheet.Clean(_sheet.Value(L.Unit).Text),
            InitialBudget = money.Amount(row, money.TotalName, L.InitialBudget, unit.Unit) ?? Money.Zero,
            AdjustedBudget = money.Amount(row, money.TotalName, L.AdjustedBudget, unit.Unit),
            Spent = spent ?? Money.Zero,
            ExpectedAnnualSpending = money.Amount(row, money.TotalName, L.ExpectedSpending, unit.Unit),
            ExpectedGoal = _sheet.Below(L.Expected),
            GoalProgress = GoalProgress(band),
            Indicators = Indicators(band),
            DeviationReason = deviation,
            CorrectiveAction = corrective.Length > 0 ? corrective : measures,
            MoneyUnit = unit.Unit.Name,
        };
        return new ImportedMonitoring { Report = report, MoneyUnit = unit, TableName = _sheet.Grid.Name, Skipped = _skipped };
    }

    /// <summary>1–N月实际完成情况 under its head; in the central form the head over the goal's progress is “1-7月执行情况”,
    /// the words of the indicator column: that head above the indicator rows.</summary>
    private string GoalProgress(IndicatorBand band)
    {
        if (_sheet.First(L.GoalProgress) is not null)
        {
            return _sheet.Below(L.GoalProgress);
        }

        return _sheet.All(L.Actual).FirstOrDefault(l => l.Cell.Row < band.HeaderRow) is { } head ? _sheet.Below(head) : string.Empty;
    }

    private int YearMissing()
    {
        _sheet.Warning(null, "表内找不到年度（如“（2023年度）”），年度记为未填。");
        return 0;
    }

    /// <summary>The N of 1–N月: from a period label (1-6月执行数, 半年度指标执行情况), else from the title.</summary>
    private int Month()
    {
        if (_sheet.Labels.FirstOrDefault(l => l.Month is not null) is { } label)
        {
            return label.Month!.Value;
        }

        foreach (var (text, _) in _sheet.Texts(_titles))
        {
            if (PeriodText().Match(GridText.Key(text)) is { Success: true } m && int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture) is >= 1 and <= 12 and var month)
            {
                return month;
            }
        }

        _sheet.Error("找不到监控期间：表头和标题都没有“1–N月”（如“1-6月执行数”）。");
        return 0;
    }

    private List<MonitoringIndicator> Indicators(IndicatorBand band)
    {
        var rows = new List<MonitoringIndicator>();
        var levels = (string.Empty, string.Empty);
        for (var r = band.FirstRow; r <= band.LastRow; r++)
        {
            levels = FormParts.Levels(band.Cell(r, L.Level1), band.Cell(r, L.Level2), r, levels);
            var used = new HashSet<GridCell>();
            string Text(string field, bool oneLine = true)
            {
                if (band.Cell(r, field) is not { } cell || cell.Row != r || !used.Add(cell))
                {
                    return string.Empty;
                }

                return oneLine ? FormSheet.Clean(cell.Text) : FormSheet.Rules.IsEmptyText(cell.Text) ? string.Empty : cell.Text;
            }

            var nameCell = band.Cell(r, L.Name);
            var rawName = nameCell is { } nc && nc.Row == r ? GridText.OneLine(nc.Text).Trim() : string.Empty;
            var indicator = new MonitoringIndicator
            {
                Level1 = levels.Item1,
                Level2 = levels.Item2,
                Name = FormSheet.Rules.WithoutNumbering(Text(L.Name)),
                Target = TargetValue.Parse(Text(L.Target)),
                Actual = Text(L.Actual),
                ExpectedAnnual = Text(L.ExpectedAnnual),
                Possibility = Text(L.Possibility),
                DeviationCategory = Text(L.DeviationCategory),
                DeviationReason = Text(L.DeviationReason, oneLine: false),
                Measures = Text(L.Measures, oneLine: false),
                Remark = Text(L.Remark, oneLine: false),
                Place = nameCell?.Place ?? string.Empty,
            };
            var placeholder = rawName.Length > 0 && (FormSheet.Rules.IsPlaceholderName(rawName) || FormSheet.Rules.IsPlaceholder(rawName));
            if (indicator.Target.Kind == TargetKind.Empty && indicator.IsBlank)
            {
                // A row naming an indicator with no 指标值 and nothing reported is the template's, not the unit's.
                var why = indicator.Name.Length > 0 && !placeholder ? "没有指标值，也没有填报执行情况，未计入指标" : null;
                FormParts.Skip(_sheet, _skipped, r, placeholder ? rawName : indicator.Name, indicator.Level2, indicator.Place, why);
                continue;
            }

            rows.Add(indicator);
        }

        return rows;
    }

    /// <summary>The rows after the indicators: 偏差（或不能完成目标）原因分析, 相关建议或举措 / 改进措施, 纠偏措施.</summary>
    private (string Deviation, string Measures, string Corrective) ProjectRows(IndicatorBand band)
    {
        string After(string field)
        {
            var label = _sheet.All(field).FirstOrDefault(l => l.Cell.Row > band.LastRow);
            if (label is null)
            {
                return string.Empty;
            }

            var (text, _) = _sheet.ValueOf(label);
            return FormSheet.Rules.IsEmptyText(text) ? string.Empty : text;
        }

        return (After(L.DeviationReason), After(L.Measures), After(L.CorrectiveAction));
    }
}
