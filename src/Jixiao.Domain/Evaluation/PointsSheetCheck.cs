using Jixiao.Domain.Review;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation;

/// <summary>One thing a <see cref="PointsSheetCheck"/> found: what, what to do, and where.</summary>
public sealed record PointsSheetFinding(Severity Severity, string Message, string Fix, string Place = "");

/// <summary>
/// The re-check of a <see cref="PointsSheet"/> by its printed points — the national project formulas do not apply to
/// a department's table, whose scoring each place sets: each row's 得分 between 0 and its 分值 (and 分值 × 得分系数
/// where a coefficient is printed), each group's printed 分值 the sum of its rows', 执行率得分 = 执行率权重 × 执行率,
/// the rows (and the execution score) adding up to the printed 自评总分, the points adding up to 100, the grade of the
/// printed total (优 ≥90, 良 ≥80, 中 ≥60, 差 &lt;60).
/// </summary>
public sealed record PointsSheetCheck(PointsSheet Sheet, decimal Total, decimal FullMarks, Grade Grade, IReadOnlyList<PointsSheetFinding> Findings)
{
    /// <summary>What such a re-check does, for the user beside its result.</summary>
    public const string Basis = "按表内分值复核：部门整体支出绩效自评表和计分表的指标与分值由各地规定，不按项目支出的评分方案打分，只核对每行得分是否在 0 至分值之间（列有得分系数的按分值 × 系数）、分组注明的分值与其下各行之和、执行率得分、各项得分之和与自评总分、总分对应的等级。";

    /// <summary>How <see cref="Total"/> was added up.</summary>
    public string TotalExplanation => Sheet.ExecutionScore is { } execution
        ? $"执行率得分 {Format(execution)} + 各行得分之和 {Format(Total - Round(execution))} = {Format(Total)}"
        : $"各行得分之和 = {Format(Total)}";

    /// <summary>Which total <see cref="Grade"/> is of: the printed one when there is one.</summary>
    public string GradeExplanation =>
        $"等级按{(Sheet.DeclaredTotal is { } declared ? $"填报总分 {Format(declared)}" : $"复核总分 {Format(Total)}")} 确定：优 ≥90，良 ≥80，中 ≥60，差 <60。";

    public static PointsSheetCheck Of(PointsSheet sheet)
    {
        var findings = new List<PointsSheetFinding>();
        for (var i = 0; i < sheet.Rows.Count; i++)
        {
            Row(i + 1, sheet.Rows[i], findings);
        }

        foreach (var group in sheet.Groups.Where(g => g.Points is not null))
        {
            var rows = sheet.RowsOf(group).ToList();
            if (rows.Count > 0 && rows.All(r => r.Points is not null) && rows.Sum(r => r.Points!.Value) is var sum && sum != group.Points)
            {
                findings.Add(new(Severity.Warning, $"“{group.Label}”注明 {Number(group.Points!.Value)} 分，其下 {rows.Count} 行分值合计 {Number(sum)} 分。", "核对该组各行的分值；表格不完整时，请补全其余各行。"));
            }
        }

        var execution = sheet.ExecutionScore ?? 0;
        if (sheet is { ExecutionPoints: { } points, ExecutionRate: { } rate, ExecutionScore: { } printed, ExecutionScoreByRate: { } computed })
        {
            if (computed != Round(printed))
            {
                findings.Add(new(Severity.Warning, $"执行率得分 {Format(printed)}，而执行率权重 {Number(points)} × 执行率 {Percent(rate)} = {Format(computed)}。", "执行率得分应为执行率权重与执行率（超过 100% 按 100% 计）之积。"));
            }
        }

        var total = execution + sheet.Rows.Sum(r => r.Score ?? 0);
        var full = (sheet.ExecutionPoints ?? 0) + sheet.Rows.Sum(r => r.Points ?? 0);
        var parts = sheet.ExecutionScore is null ? "各行得分之和" : $"执行率得分 {Format(execution)} 与各行得分之和";
        if (sheet.DeclaredTotal is { } declared && Round(declared) != Round(total))
        {
            findings.Add(new(Severity.Error, $"自评总分 {Format(declared)}，而{parts}为 {Format(total)}，相差 {Format(Math.Abs(declared - total))} 分。", "自评总分应为各项得分之和；表格不完整时，请补全其余各行后再复核。"));
        }

        if (full != 100 && sheet.Rows.Count > 0)
        {
            var what = sheet.ExecutionPoints is null ? "各行分值合计" : "执行率权重与各行分值合计";
            findings.Add(new(Severity.Warning, $"{what} {Number(full)} 分，不是 100 分。", "核对各行分值；表格不完整（如只录入了部分指标）时，请补全其余各行。"));
        }

        var grade = GradeExtensions.FromScore(sheet.DeclaredTotal ?? total);
        if (sheet.DeclaredGrade is { } declaredGrade && declaredGrade != grade)
        {
            findings.Add(new(Severity.Error, $"自评等级“{declaredGrade.ToChinese()}”，而总分 {Format(sheet.DeclaredTotal ?? total)} 对应“{grade.ToChinese()}”。", "按总分定等级：优 ≥90，良 ≥80，中 ≥60，差 <60。"));
        }

        return new PointsSheetCheck(sheet, Round(total), full, grade, findings);
    }

    private static void Row(int n, PointsSheetRow row, List<PointsSheetFinding> findings)
    {
        var name = $"第 {n} 行指标“{row.Name}”";
        if (row.Points is not { } points)
        {
            findings.Add(new(Severity.Warning, $"{name}未列分值，无法核对其得分。", "填写该行的分值（权重）。", row.Place));
            return;
        }

        if (row.Score is not { } score)
        {
            findings.Add(new(Severity.Warning, $"{name}未填得分，按 0 分计。", "填写该行的自评得分。", row.Place));
            return;
        }

        if (score < 0 || Round(score) > Round(points))
        {
            findings.Add(new(Severity.Error, $"{name}得分 {Format(score)} 超出 0–{Number(points)} 分的范围。", "每行得分不得超过该行分值。", row.Place));
        }
        else if (row is { CoefficientPercent: { } coefficient, ScoreByCoefficient: { } computed } && computed != Round(score))
        {
            findings.Add(new(Severity.Warning, $"{name}得分 {Format(score)}，而分值 {Number(points)} × 得分系数 {Number(coefficient)}% = {Format(computed)}。", "得分应为分值与得分系数之积。", row.Place));
        }
    }
}
