using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Tables;

/// <summary>
/// Reads one 项目绩效目标表 from its cells. Labels are found by name, not by position, so a table whose
/// blocks come in another order or lack a block still reads; every problem is reported with its line.
/// </summary>
internal sealed class ProjectTableReader
{
    private readonly List<Cell> _cells;
    private readonly List<ReadProblem> _problems;
    private readonly ReadOptions _options;
    private readonly int _titleLine;
    private int _pos;
    private BudgetProject _project;

    private ProjectTableReader(List<Cell> cells, int sequence, string name, int titleLine, ReadOptions options, List<ReadProblem> problems)
    {
        _cells = cells;
        _problems = problems;
        _options = options;
        _titleLine = titleLine;
        _project = new BudgetProject { Sequence = sequence, ProjectName = name };
    }

    public static BudgetProject Read(List<Cell> cells, int sequence, string name, int titleLine, ReadOptions options, List<ReadProblem> problems)
    {
        var reader = new ProjectTableReader(cells, sequence, name, titleLine, options, problems);
        reader.ReadAll();
        return reader._project;
    }

    private void ReadAll()
    {
        ReadUnit();
        var sawIndicators = false;
        var sawCode = false;
        var sawBudget = false;
        while (_pos < _cells.Count)
        {
            var cell = _cells[_pos];
            if (cell.Label == Label.ProjectCode)
            {
                sawCode = true;
                _project = _project with { ProjectCode = ProjectCode.Normalize(TakeValue(cell)) };
            }
            else if (cell.Label == Label.ProjectName)
            {
                var name = TakeValue(cell);
                if (name.Length > 0)
                {
                    _project = _project with { ProjectName = name };
                }
            }
            else if (cell.Label == Label.BudgetAndUse)
            {
                _pos++;
            }
            else if (cell.Label == Label.Budget)
            {
                sawBudget = true;
                _project = _project with { Budget = TakeMoney(cell, required: true) ?? Money.Zero };
            }
            else if (cell.Label == Label.FiscalFunds)
            {
                _project = _project with { FiscalFunds = TakeMoney(cell, required: false) };
            }
            else if (cell.Label == Label.OtherFunds)
            {
                _project = _project with { OtherFunds = TakeMoney(cell, required: false) };
                ReadFundUse();
            }
            else if (cell.Label == Label.SpendingPlan)
            {
                ReadSpendingPlan(cell);
            }
            else if (cell.Label == Label.Goals)
            {
                ReadGoals();
            }
            else if (cell.Label == Label.IndicatorHeader)
            {
                sawIndicators = true;
                ReadIndicators();
            }
            else if (!cell.IsEmpty)
            {
                Warn(cell, $"无法归属的内容“{ChineseText.Shorten(cell.Text)}”已忽略：它不在任何栏目名称之后。");
                _pos++;
            }
            else
            {
                _pos++;
            }
        }

        if (!sawCode)
        {
            Error(null, "缺少“项目编码”一栏。每张绩效目标表都应有项目编码（21 位），请补上后再导入。");
        }

        if (!sawBudget)
        {
            Error(null, "缺少“预算数”一栏。请填写以万元为单位的预算数后再导入。");
        }

        if (!sawIndicators)
        {
            Error(_cells.Count > 0 ? _cells[^1] : null,
                "表格不完整：没有找到指标表（一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据）。文件可能被截断，请检查该表是否完整。");
        }
        else if (_project.Indicators.Count == 0)
        {
            Error(null, "该项目没有任何绩效指标行。每个项目至少要有一行指标（产出、效益、满意度指标）。");
        }
    }

    private void ReadUnit()
    {
        // "222001纪律检查委员会本级" then "单位：万元" come first, before any label.
        while (_pos < _cells.Count && !_cells[_pos].IsLabel)
        {
            var cell = _cells[_pos];
            if (TableValues.ParseMoneyUnit(cell.Text) is { } unit)
            {
                _project = _project with { MoneyUnit = unit };
                if (unit != "万元")
                {
                    Error(cell, $"金额单位为“{unit}”，Jixiao 只接受以万元为单位的绩效目标表。请换算为万元后再导入。");
                }
            }
            else if (!cell.IsEmpty)
            {
                var (code, name) = UnitCode.Split(cell.Text);
                _project = _project with { UnitCode = code, UnitName = name };
                if (code.Length == 0)
                {
                    Warn(cell, $"单位“{cell.Text}”前没有单位代码（应为“222001纪律检查委员会本级”这样的代码加名称）。");
                }
            }

            _pos++;
        }
    }

    private string TakeValue(Cell label)
    {
        _pos++;
        if (_pos >= _cells.Count || _cells[_pos].IsLabel)
        {
            Error(label, $"“{label.Text.Trim()}”后面缺少内容。");
            return string.Empty;
        }

        return _cells[_pos++].Text;
    }

    private Money? TakeMoney(Cell label, bool required)
    {
        var labelText = ChineseText.Key(label.Text).Replace("其中:", "", StringComparison.Ordinal);
        _pos++;
        if (_pos >= _cells.Count || _cells[_pos].IsLabel)
        {
            if (required)
            {
                Error(label, $"“{labelText}”后面缺少金额。请填写以万元为单位的数字，例如 19.56。");
            }

            return null;
        }

        var value = _cells[_pos++];
        if (value.IsEmpty && !required)
        {
            return null;
        }

        if (Money.TryParseWanYuan(value.Text, out var money, out var problem))
        {
            return money;
        }

        Error(value, $"{labelText}：{problem}。", labelText);
        return null;
    }

    private void ReadFundUse()
    {
        // The label column of the 资金用途 row is merged with 预算规模及资金用途 above it and comes out as an
        // empty cell; the use of funds is the first non-empty cell before the next label.
        while (_pos < _cells.Count && _cells[_pos].IsEmpty)
        {
            _pos++;
        }

        if (_pos < _cells.Count && !_cells[_pos].IsLabel)
        {
            _project = _project with { FundUse = _cells[_pos++].Text };
        }
    }

    private void ReadSpendingPlan(Cell label)
    {
        _pos++;
        var months = new List<(int Month, Cell Cell)>();
        while (_pos < _cells.Count && TableValues.ParseMonth(_cells[_pos].Text) is { } month)
        {
            months.Add((month, _cells[_pos++]));
        }

        while (_pos < _cells.Count && _cells[_pos].IsEmpty)
        {
            _pos++;
        }

        if (months.Count == 0)
        {
            Error(label, "资金支出计划缺少月份（应为“3月底”“6月底”“10月底”“12月底”等）。", "资金支出计划");
            return;
        }

        var checkpoints = new List<SpendingCheckpoint>();
        foreach (var (month, monthCell) in months)
        {
            if (_pos >= _cells.Count || _cells[_pos].IsLabel)
            {
                Error(monthCell, $"资金支出计划“{month}月底”没有填写百分比。", $"{month}月底");
                break;
            }

            var cell = _cells[_pos++];
            if (TableValues.ParsePercent(cell.Text) is { } percent)
            {
                checkpoints.Add(new SpendingCheckpoint(month, percent));
            }
            else
            {
                Error(cell, $"资金支出计划“{month}月底”的值“{cell.Text}”不是百分比（应为 0–100 的数字，例如 25%）。", $"{month}月底");
            }
        }

        _project = _project with { SpendingPlan = new SpendingPlan(checkpoints) };
    }

    private void ReadGoals()
    {
        _pos++;
        var lines = new List<string>();
        while (_pos < _cells.Count && !_cells[_pos].IsLabel)
        {
            lines.AddRange(_cells[_pos++].Text.Split('\n'));
        }

        _project = _project with { Goals = TableValues.ParseGoals(lines) };
    }

    private void ReadIndicators()
    {
        var columns = new List<IndicatorColumn>();
        var headerCell = _cells[_pos];
        var headers = new List<Cell>();
        while (_pos < _cells.Count && TableLabels.IndicatorColumnOf(_cells[_pos].Text) is { } column)
        {
            columns.Add(column);
            headers.Add(_cells[_pos]);
            _pos++;
        }

        foreach (var required in new[] { IndicatorColumn.Level1, IndicatorColumn.Level2, IndicatorColumn.Name, IndicatorColumn.Target })
        {
            if (!columns.Contains(required))
            {
                Error(headerCell, $"指标表缺少“{ColumnLabel(required)}”列。表头应为：一级指标、二级指标、三级指标、绩效指标描述、指标值、指标值确定依据。");
                _pos = _cells.Count;
                return;
            }
        }

        var firstRow = _pos;
        _pos = _cells.Count;
        var rows = new List<Indicator>();
        string level1 = string.Empty, level2 = string.Empty;
        var width = columns.Count;
        int Index(IndicatorColumn c) => columns.IndexOf(c);
        var (iLevel1, iLevel2, iName, iDescription, iTarget, iBasis) =
            (Index(IndicatorColumn.Level1), Index(IndicatorColumn.Level2), Index(IndicatorColumn.Name),
             Index(IndicatorColumn.Description), Index(IndicatorColumn.Target), Index(IndicatorColumn.TargetBasis));
        foreach (var row in IndicatorRows(headers, firstRow))
        {
            var allEmpty = true;
            foreach (var cell in row)
            {
                allEmpty &= cell.IsEmpty;
            }

            if (allEmpty)
            {
                continue;
            }

            if (row.Count < width)
            {
                Error(row[0], $"指标表最后一行不完整：只有 {row.Count} 个单元格，应有 {width} 个（{string.Join("、", columns.Select(ColumnLabel))}）。文件可能被截断，请补全该行。");
                break;
            }

            string Get(int column) => column >= 0 ? row[column].Text : string.Empty;

            // Merged 一级/二级 cells come out empty on every row but the first of their group.
            var l1 = Get(iLevel1);
            var l2 = Get(iLevel2);
            if (l1.Length > 0)
            {
                level1 = l1;
                level2 = l2.Length > 0 ? l2 : string.Empty;
            }
            else if (l2.Length > 0)
            {
                level2 = l2;
            }

            if (level1.Length == 0)
            {
                Error(row[0], "指标行缺少一级指标，且上方没有可沿用的一级指标。", "一级指标");
            }

            rows.Add(new Indicator
            {
                Level1 = level1,
                Level2 = level2,
                Name = Get(iName),
                Description = Get(iDescription),
                Target = TargetValue.Parse(Get(iTarget)),
                TargetBasis = Get(iBasis),
            });
        }

        _project = _project with { Indicators = rows };
    }

    private static string ColumnLabel(IndicatorColumn column) => column switch
    {
        IndicatorColumn.Level1 => TableLabels.Level1,
        IndicatorColumn.Level2 => TableLabels.Level2,
        IndicatorColumn.Name => TableLabels.Name,
        IndicatorColumn.Description => TableLabels.Description,
        IndicatorColumn.Target => TableLabels.Target,
        _ => TableLabels.TargetBasis,
    };

    /// <summary>
    /// The indicator rows, one cell per header column. Text files do not know rows, so their cells are cut into
    /// rows of the header's width. Word and Excel cells know their row and grid column: a cell belongs to the
    /// header whose columns it starts under, and cells split inside one header column are joined.
    /// </summary>
    private IEnumerable<List<Cell>> IndicatorRows(List<Cell> headers, int first)
    {
        if (first >= _cells.Count || _cells[first].Row is null)
        {
            for (var start = first; start < _cells.Count; start += headers.Count)
            {
                yield return _cells.GetRange(start, Math.Min(headers.Count, _cells.Count - start));
            }

            yield break;
        }

        foreach (var group in _cells.Skip(first).GroupBy(c => c.Row))
        {
            var row = new List<Cell>(headers.Count);
            for (var h = 0; h < headers.Count; h++)
            {
                var from = h == 0 ? int.MinValue : headers[h].Column;
                var to = h == headers.Count - 1 ? int.MaxValue : headers[h + 1].Column - 1;
                var parts = group.Where(c => c.Column >= from && c.Column <= to).ToList();
                var place = parts.Count > 0 ? parts[0] : group.First();
                row.Add(place with { Text = string.Join('\n', parts.Where(c => !c.IsEmpty).Select(c => c.Text)) });
            }

            yield return row;
        }
    }

    private void Error(Cell? at, string message, string? cell = null) => Add(ProblemSeverity.Error, at, message, cell);

    private void Warn(Cell? at, string message) => Add(ProblemSeverity.Warning, at, message, null);

    /// <summary>A problem at a cell (its line in a text file, its place in a Word table or Excel sheet), or at the
    /// table title when <paramref name="at"/> is null.</summary>
    private void Add(ProblemSeverity severity, Cell? at, string message, string? field)
    {
        var line = at?.Line ?? _titleLine;
        var place = at?.Place;
        _problems.Add(new ReadProblem(severity, message)
        {
            File = _options.FileName,
            Line = line > 0 ? line : null,
            TableNumber = _project.Sequence,
            TableName = _project.ProjectName,
            Cell = (field, place) switch
            {
                (null, null) => null,
                (not null, null) => field,
                (null, not null) => place,
                _ => $"{field}（{place}）",
            },
        });
    }
}
