using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.Excel;

/// <summary>
/// Reads the bulk workbook (<see cref="ExcelBulkWriter"/>): columns are found by their header text, so reordered
/// or extra columns are fine; every problem names the sheet and cell ("工作表「项目」，“F3”").
/// </summary>
internal sealed partial class ExcelBulkReader
{
    [GeneratedRegex(@"[（(][^）)]*[）)]$")]
    private static partial Regex UnitSuffix();

    private readonly ReadOptions _options;
    private readonly List<ReadProblem> _problems;

    private ExcelBulkReader(ReadOptions options, List<ReadProblem> problems)
    {
        _options = options;
        _problems = problems;
    }

    public static PerformanceDocument Read(List<SheetGrid> sheets, ReadOptions options, List<ReadProblem> problems)
    {
        var reader = new ExcelBulkReader(options, problems);
        var projectsSheet = Find(sheets, BulkColumns.ProjectsSheet)!;
        var projects = reader.ReadProjects(projectsSheet);
        var indicatorsSheet = Find(sheets, BulkColumns.IndicatorsSheet);
        if (indicatorsSheet is null)
        {
            reader.Error(projectsSheet, null, "工作簿中没有“指标”工作表。请使用 jixiao template 生成的模板，在“指标”表中逐行填写绩效指标。");
        }
        else
        {
            reader.ReadIndicators(indicatorsSheet, projects);
        }

        foreach (var (project, row) in projects.Where(p => p.Project.Indicators.Count == 0))
        {
            reader.Error(projectsSheet, SheetBuilder.Reference(row, 1), $"项目“{project.ProjectName}”（{project.ProjectCode}）在“指标”表中没有任何指标行。每个项目至少要有一行指标（产出、效益、满意度指标）。");
        }

        var department = Find(sheets, BulkColumns.DepartmentSheet) is { } d ? reader.ReadDepartment(d) : (string.Empty, new DepartmentGoals());
        return new PerformanceDocument { Title = department.Item1, DepartmentGoals = department.Item2, Projects = projects.Select(p => p.Project).ToList() };
    }

    public static SheetGrid? Find(List<SheetGrid> sheets, string name) =>
        sheets.FirstOrDefault(s => ChineseText.Key(s.Name) == ChineseText.Key(name));

    private List<(BudgetProject Project, int Row)> ReadProjects(SheetGrid sheet)
    {
        var (headerRow, columns) = Headers(sheet, h => ProjectField(h), [BulkColumns.ProjectCode, BulkColumns.ProjectName, BulkColumns.Budget]);
        var projects = new List<(BudgetProject, int)>();
        if (headerRow == 0)
        {
            return projects;
        }

        foreach (var row in sheet.RowNumbers.Where(r => r > headerRow))
        {
            if (columns.Keys.All(c => sheet[row, c].Length == 0))
            {
                continue;
            }

            string Get(string field) => columns.FirstOrDefault(kv => kv.Value == field).Key is var c and > 0 ? sheet[row, c] : string.Empty;
            string At(string field) => SheetBuilder.Reference(row, columns.FirstOrDefault(kv => kv.Value == field).Key is var c and > 0 ? c : 1);

            var sequence = projects.Count + 1;
            if (Get(BulkColumns.Sequence) is { Length: > 0 } seqText)
            {
                if (decimal.TryParse(seqText, NumberStyles.Float, CultureInfo.InvariantCulture, out var seq) && seq == decimal.Truncate(seq) && seq is > 0 and < 10000)
                {
                    sequence = (int)seq;
                }
                else
                {
                    Error(sheet, At(BulkColumns.Sequence), $"序号“{seqText}”不是正整数。");
                }
            }

            var code = ProjectCode.Normalize(Get(BulkColumns.ProjectCode));
            if (code.Length == 0)
            {
                Error(sheet, At(BulkColumns.ProjectCode), "项目编码为空。每个项目都应有 21 位项目编码，“指标”表按它对应项目。");
            }

            var moneyUnit = Get(BulkColumns.MoneyUnit) is { Length: > 0 } u ? u : "万元";
            if (moneyUnit != "万元")
            {
                Error(sheet, At(BulkColumns.MoneyUnit), $"金额单位为“{moneyUnit}”，Jixiao 只接受以万元为单位的金额。请换算为万元后再导入。");
            }

            var project = new BudgetProject
            {
                Sequence = sequence,
                UnitCode = Get(BulkColumns.UnitCode),
                UnitName = Get(BulkColumns.UnitName),
                MoneyUnit = moneyUnit,
                ProjectCode = code,
                ProjectName = Get(BulkColumns.ProjectName),
                Budget = Money(sheet, At(BulkColumns.Budget), Get(BulkColumns.Budget), "预算数", required: true) ?? Domain.Goals.Money.Zero,
                FiscalFunds = Money(sheet, At(BulkColumns.FiscalFunds), Get(BulkColumns.FiscalFunds), "财政资金", required: false),
                OtherFunds = Money(sheet, At(BulkColumns.OtherFunds), Get(BulkColumns.OtherFunds), "其他资金", required: false),
                FundUse = Get(BulkColumns.FundUse),
                SpendingPlan = Plan(sheet, row, columns),
                Goals = TableValues.ParseGoals(Get(BulkColumns.Goals).Split('\n')),
            };
            projects.Add((project, row));
        }

        if (projects.Count == 0)
        {
            Error(sheet, null, "“项目”表中没有任何项目行。请在表头下逐行填写项目后再导入。");
        }

        return projects;
    }

    private void ReadIndicators(SheetGrid sheet, List<(BudgetProject Project, int Row)> projects)
    {
        var (headerRow, columns) = Headers(sheet, IndicatorField, [BulkColumns.ProjectCode, BulkColumns.Level1, BulkColumns.Level2, BulkColumns.Name, BulkColumns.Target]);
        if (headerRow == 0)
        {
            return;
        }

        var byCode = new Dictionary<string, List<Indicator>>();
        foreach (var row in sheet.RowNumbers.Where(r => r > headerRow))
        {
            if (columns.Keys.All(c => sheet[row, c].Length == 0))
            {
                continue;
            }

            string Get(string field) => columns.FirstOrDefault(kv => kv.Value == field).Key is var c and > 0 ? sheet[row, c] : string.Empty;
            string At(string field) => SheetBuilder.Reference(row, columns.FirstOrDefault(kv => kv.Value == field).Key);
            var code = ProjectCode.Normalize(Get(BulkColumns.ProjectCode));
            if (!projects.Any(p => p.Project.ProjectCode == code))
            {
                Error(sheet, At(BulkColumns.ProjectCode), code.Length == 0
                    ? "指标行没有填写项目编码，无法对应到项目。"
                    : $"项目编码“{code}”在“项目”表中不存在。请核对编码，或先在“项目”表中添加该项目。");
                continue;
            }

            foreach (var field in new[] { BulkColumns.Level1, BulkColumns.Level2, BulkColumns.Name })
            {
                if (Get(field).Length == 0)
                {
                    Error(sheet, At(field), $"{field}为空。每行指标都要填写一级、二级、三级指标。");
                }
            }

            if (!byCode.TryGetValue(code, out var list))
            {
                byCode[code] = list = [];
            }

            list.Add(new Indicator
            {
                Level1 = Get(BulkColumns.Level1),
                Level2 = Get(BulkColumns.Level2),
                Name = Get(BulkColumns.Name),
                Description = Get(BulkColumns.Description),
                Target = Domain.Goals.TargetValue.Parse(Get(BulkColumns.Target)),
                TargetBasis = Get(BulkColumns.TargetBasis),
            });
        }

        for (var i = 0; i < projects.Count; i++)
        {
            if (byCode.TryGetValue(projects[i].Project.ProjectCode, out var list))
            {
                projects[i] = (projects[i].Project with { Indicators = list }, projects[i].Row);
            }
        }
    }

    private (string Title, DepartmentGoals Goals) ReadDepartment(SheetGrid sheet)
    {
        var (headerRow, columns) = Headers(sheet, h => DepartmentField(h), [BulkColumns.Kind, BulkColumns.Text]);
        var title = string.Empty;
        var overall = new List<string>();
        var subGoals = new List<SubGoal>();
        var safeguards = new List<Safeguard>();
        if (headerRow == 0)
        {
            return (title, new DepartmentGoals());
        }

        foreach (var row in sheet.RowNumbers.Where(r => r > headerRow))
        {
            string Get(string field) => columns.FirstOrDefault(kv => kv.Value == field).Key is var c and > 0 ? sheet[row, c] : string.Empty;
            var kind = ChineseText.Key(Get(BulkColumns.Kind));
            var number = int.TryParse(Get(BulkColumns.Sequence), NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 0;
            switch (kind)
            {
                case BulkColumns.KindDocumentTitle:
                    title = Get(BulkColumns.Text);
                    break;
                case BulkColumns.KindOverall:
                    overall.Add(Get(BulkColumns.Text));
                    break;
                case BulkColumns.KindSubGoal:
                    subGoals.Add(new SubGoal { Number = number > 0 ? number : subGoals.Count + 1, Title = Get(BulkColumns.Title), GoalText = Get(BulkColumns.Text), IndicatorText = Get(BulkColumns.IndicatorText) });
                    break;
                case BulkColumns.KindSafeguard:
                    safeguards.Add(new Safeguard { Number = number > 0 ? number : safeguards.Count + 1, Title = Get(BulkColumns.Title), Text = Get(BulkColumns.Text) });
                    break;
                case "":
                    if (columns.Keys.Any(c => sheet[row, c].Length > 0))
                    {
                        Warn(sheet, SheetBuilder.Reference(row, columns.First(kv => kv.Value == BulkColumns.Kind).Key), "这一行没有填写类别（总体绩效目标、分项绩效目标或工作保障措施），已忽略。");
                    }

                    break;
                default:
                    Warn(sheet, SheetBuilder.Reference(row, columns.First(kv => kv.Value == BulkColumns.Kind).Key), $"不认识的类别“{kind}”，已忽略。可选：{BulkColumns.KindDocumentTitle}、{BulkColumns.KindOverall}、{BulkColumns.KindSubGoal}、{BulkColumns.KindSafeguard}。");
                    break;
            }
        }

        return (title, new DepartmentGoals { OverallGoal = string.Join('\n', overall), SubGoals = subGoals, Safeguards = safeguards });
    }

    /// <summary>The header row (the first of the top 10 rows naming every required field) and its columns.</summary>
    private (int Row, Dictionary<int, string> Columns) Headers(SheetGrid sheet, Func<string, string?> field, string[] required)
    {
        foreach (var row in sheet.RowNumbers.Where(r => r <= 10))
        {
            var columns = new Dictionary<int, string>();
            foreach (var (column, text) in sheet.Row(row))
            {
                if (field(text) is { } f && !columns.ContainsValue(f))
                {
                    columns[column] = f;
                }
            }

            if (required.All(columns.ContainsValue))
            {
                return (row, columns);
            }
        }

        Error(sheet, "A1", $"没有找到表头。“{sheet.Name}”表第一行应有这些列：{string.Join("、", required)}。请使用 jixiao template 生成的模板。");
        return (0, []);
    }

    private static string? ProjectField(string header)
    {
        var key = HeaderKey(header);
        if (TableValues.ParseMonth(key) is { } month)
        {
            return BulkColumns.Month(month);
        }

        return key switch
        {
            _ when TableLabels.IsProjectCode(key) => BulkColumns.ProjectCode,
            _ when TableLabels.IsProjectName(key) => BulkColumns.ProjectName,
            _ when TableLabels.IsBudget(key) => BulkColumns.Budget,
            _ when TableLabels.IsFiscalFunds(key) => BulkColumns.FiscalFunds,
            _ when TableLabels.IsOtherFunds(key) => BulkColumns.OtherFunds,
            _ when TableLabels.IsGoals(key) => BulkColumns.Goals,
            "序号" => BulkColumns.Sequence,
            "单位代码" or "单位编码" => BulkColumns.UnitCode,
            "单位名称" or "单位" => BulkColumns.UnitName,
            "资金用途" or "项目资金用途" => BulkColumns.FundUse,
            "金额单位" => BulkColumns.MoneyUnit,
            _ => null,
        };
    }

    private static string? IndicatorField(string header)
    {
        var key = HeaderKey(header);
        if (TableLabels.IsProjectCode(key))
        {
            return BulkColumns.ProjectCode;
        }

        return TableLabels.IndicatorColumnOf(key) switch
        {
            IndicatorColumn.Level1 => BulkColumns.Level1,
            IndicatorColumn.Level2 => BulkColumns.Level2,
            IndicatorColumn.Name => BulkColumns.Name,
            IndicatorColumn.Description => BulkColumns.Description,
            IndicatorColumn.Target => BulkColumns.Target,
            IndicatorColumn.TargetBasis => BulkColumns.TargetBasis,
            _ => null,
        };
    }

    private static string? DepartmentField(string header) => HeaderKey(header) switch
    {
        BulkColumns.Kind => BulkColumns.Kind,
        BulkColumns.Sequence => BulkColumns.Sequence,
        BulkColumns.Title => BulkColumns.Title,
        BulkColumns.Text => BulkColumns.Text,
        BulkColumns.IndicatorText => BulkColumns.IndicatorText,
        _ => null,
    };

    /// <summary>"预算数（万元）" → "预算数", "3月底（%）" → "3月底".</summary>
    private static string HeaderKey(string header) => UnitSuffix().Replace(ChineseText.Key(header).Replace("(", "（", StringComparison.Ordinal).Replace(")", "）", StringComparison.Ordinal), string.Empty);

    private SpendingPlan Plan(SheetGrid sheet, int row, Dictionary<int, string> columns)
    {
        var values = new List<(int Month, decimal Percent, string Cell)>();
        for (var month = 1; month <= 12; month++)
        {
            var column = columns.FirstOrDefault(kv => kv.Value == BulkColumns.Month(month)).Key;
            if (column == 0 || sheet[row, column] is not { Length: > 0 } text)
            {
                continue;
            }

            var cell = SheetBuilder.Reference(row, column);
            if (TableValues.ParsePercent(text) is { } percent || decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out percent))
            {
                values.Add((month, percent, cell));
            }
            else
            {
                Error(sheet, cell, $"{month}月底支出进度“{text}”不是百分比数字（应为 0–100，例如 25）。");
            }
        }

        // A cell formatted as % stores 25% as 0.25: a plan that ends at exactly 1 is such a plan.
        if (values.Count > 0 && values.Max(v => v.Percent) == 1m && values.All(v => v.Percent <= 1m))
        {
            values = values.Select(v => (v.Month, v.Percent * 100m, v.Cell)).ToList();
        }

        foreach (var (_, percent, cell) in values.Where(v => v.Percent is < 0 or > 100))
        {
            Error(sheet, cell, $"支出进度 {percent} 超出 0–100 的范围。");
        }

        return new SpendingPlan(values.Select(v => new SpendingCheckpoint(v.Month, v.Percent)));
    }

    private Money? Money(SheetGrid sheet, string cell, string text, string label, bool required)
    {
        if (text.Length == 0)
        {
            if (required)
            {
                Error(sheet, cell, $"{label}为空。请填写以万元为单位的数字，例如 19.56。");
            }

            return null;
        }

        // Excel stores 19.56 as "19.56" but a computed amount can come back as 19.559999999999999.
        if (decimal.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number))
        {
            var rounded = Math.Round(number, 6);
            if (Math.Abs(rounded - number) < 0.000000001m)
            {
                text = rounded.ToString("0.######", CultureInfo.InvariantCulture);
            }
        }

        if (Domain.Goals.Money.TryParseWanYuan(text, out var money, out var problem))
        {
            return money;
        }

        Error(sheet, cell, $"{label}：{problem}。");
        return null;
    }

    private void Error(SheetGrid sheet, string? cell, string message) => Add(ProblemSeverity.Error, sheet, cell, message);

    private void Warn(SheetGrid sheet, string? cell, string message) => Add(ProblemSeverity.Warning, sheet, cell, message);

    private void Add(ProblemSeverity severity, SheetGrid sheet, string? cell, string message) =>
        _problems.Add(new ReadProblem(severity, message) { File = _options.FileName, Sheet = sheet.Name, Cell = cell });
}
