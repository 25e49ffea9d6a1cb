using System.Text.Json;
using Jixiao.Documents.Json;
using Jixiao.Domain;
using Jixiao.Domain.Evaluation;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.Evaluation;

/// <summary>
/// The documented JSON form of a <see cref="SelfEvaluation"/> (docs/evaluation.md): camelCase, money as strings of
/// 万元 ("19.56"), 年度指标值 as its text (parsed again on reading), 分值 and 得分 as numbers.
/// </summary>
public static class SelfEvaluationJson
{
    public const string FormatId = "jixiao.self-evaluation/1";

    public static string Write(SelfEvaluation e) => JsonSerializer.Serialize(ToDto(e), DocumentJson.Options);

    public static FileRead<SelfEvaluation> Read(string json, string? fileName = null)
    {
        var problems = new List<ReadProblem>();
        var dto = JsonFile.Read<SelfEvaluationDto>(json, fileName, FormatId, d => d.Format, problems);
        return new FileRead<SelfEvaluation>(dto is null ? null : FromDto(dto, fileName, problems), problems);
    }

    public static FileRead<SelfEvaluation> ReadFile(string path)
    {
        var name = Path.GetFileName(path);
        return File.Exists(path)
            ? Read(TextDecoding.Decode(File.ReadAllBytes(path)), name)
            : new FileRead<SelfEvaluation>(null, [new ReadProblem(ProblemSeverity.Error, $"找不到文件“{path}”。请检查路径是否正确。") { File = name }]);
    }

    private static SelfEvaluation FromDto(SelfEvaluationDto d, string? file, List<ReadProblem> problems)
    {
        var b = d.Budget ?? new BudgetDto();
        if (d.Budget is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, "缺少预算执行情况（budget）。") { File = file, Cell = "budget" });
        }

        Grade? grade = null;
        if (!string.IsNullOrWhiteSpace(d.DeclaredGrade))
        {
            grade = GradeExtensions.FromChinese(d.DeclaredGrade);
            if (grade is null)
            {
                problems.Add(new ReadProblem(ProblemSeverity.Error, $"自评等级“{d.DeclaredGrade}”应为 优、良、中、差 之一。") { File = file, Cell = "declaredGrade" });
            }
        }

        var indicators = new List<EvaluationIndicator>();
        foreach (var (i, n) in (d.Indicators ?? []).Select((i, n) => (i, n + 1)))
        {
            if (i.Points is < 0 || i.DeclaredScore is < 0 || i.ReviewedScore is < 0)
            {
                problems.Add(new ReadProblem(ProblemSeverity.Error, $"指标第 {n} 行“{i.Name}”的分值、得分或复核分为负数。") { File = file, Cell = $"indicators[{n}]" });
            }

            indicators.Add(new EvaluationIndicator
            {
                Level1 = i.Level1 ?? "",
                Level2 = i.Level2 ?? "",
                Name = i.Name ?? "",
                Target = TargetValue.Parse(i.Target),
                Actual = i.Actual ?? "",
                Points = i.Points,
                DeclaredScore = i.DeclaredScore,
                ReviewedScore = i.ReviewedScore,
                DeviationReason = i.DeviationReason ?? "",
                NotApplicable = i.NotApplicable,
            });
        }

        return new SelfEvaluation
        {
            FiscalYear = d.FiscalYear,
            ProjectCode = d.ProjectCode ?? "",
            ProjectName = d.ProjectName ?? "",
            DepartmentName = d.DepartmentName ?? "",
            UnitName = d.UnitName ?? "",
            Budget = new BudgetExecution
            {
                InitialBudget = JsonFile.Money(b.InitialBudget, "年初预算数", required: false, file, problems) ?? Money.Zero,
                AdjustedBudget = JsonFile.Money(b.AdjustedBudget, "全年预算数", required: true, file, problems) ?? Money.Zero,
                Spent = JsonFile.Money(b.Spent, "全年执行数", required: true, file, problems) ?? Money.Zero,
                Breakdown = [.. (b.Breakdown ?? []).Select(l => new BudgetLine(
                    l.Name ?? "",
                    JsonFile.Money(l.InitialBudget, $"{l.Name}年初预算数", required: false, file, problems) ?? Money.Zero,
                    JsonFile.Money(l.AdjustedBudget, $"{l.Name}全年预算数", required: false, file, problems) ?? Money.Zero,
                    JsonFile.Money(l.Spent, $"{l.Name}全年执行数", required: false, file, problems) ?? Money.Zero))],
                Reason = b.Reason ?? "",
                DeclaredScore = b.DeclaredScore,
                ReviewedScore = b.ReviewedScore,
            },
            ExpectedGoal = d.ExpectedGoal ?? "",
            ActualOutcome = d.ActualOutcome ?? "",
            Indicators = indicators,
            DeclaredTotal = d.DeclaredTotal,
            DeclaredGrade = grade,
            ReviewedTotal = d.ReviewedTotal,
        };
    }

    private static SelfEvaluationDto ToDto(SelfEvaluation e) => new()
    {
        FiscalYear = e.FiscalYear,
        ProjectCode = e.ProjectCode,
        ProjectName = e.ProjectName,
        DepartmentName = e.DepartmentName,
        UnitName = e.UnitName,
        Budget = new BudgetDto
        {
            InitialBudget = e.Budget.InitialBudget.ToWanYuanString(),
            AdjustedBudget = e.Budget.AdjustedBudget.ToWanYuanString(),
            Spent = e.Budget.Spent.ToWanYuanString(),
            Breakdown = [.. e.Budget.Breakdown.Select(l => new BudgetLineDto { Name = l.Name, InitialBudget = l.InitialBudget.ToWanYuanString(), AdjustedBudget = l.AdjustedBudget.ToWanYuanString(), Spent = l.Spent.ToWanYuanString() })],
            Reason = e.Budget.Reason,
            DeclaredScore = e.Budget.DeclaredScore,
            ReviewedScore = e.Budget.ReviewedScore,
        },
        ExpectedGoal = e.ExpectedGoal,
        ActualOutcome = e.ActualOutcome,
        Indicators = [.. e.Indicators.Select(i => new EvaluationIndicatorDto
        {
            Level1 = i.Level1,
            Level2 = i.Level2,
            Name = i.Name,
            Target = i.Target.Text,
            Actual = i.Actual,
            Points = i.Points,
            DeclaredScore = i.DeclaredScore,
            ReviewedScore = i.ReviewedScore,
            DeviationReason = i.DeviationReason,
            NotApplicable = i.NotApplicable,
        })],
        DeclaredTotal = e.DeclaredTotal,
        DeclaredGrade = e.DeclaredGrade?.ToChinese(),
        ReviewedTotal = e.ReviewedTotal,
    };
}
