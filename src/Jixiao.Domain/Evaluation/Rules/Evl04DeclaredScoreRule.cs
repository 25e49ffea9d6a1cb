using Jixiao.Domain.Review;
using Jixiao.Domain.Sources;
using static Jixiao.Domain.Evaluation.ScoreRounding;

namespace Jixiao.Domain.Evaluation.Rules;

/// <summary>EVL-04: every row is recomputed by §5.4; a declared 得分 above 分值 or more than 0.5 from the computed
/// score is flagged; a quantitative row that cannot be computed at all is an error. A row whose 分值 the form does
/// not print is held only against its block's points (EVL-14 says why).</summary>
public sealed class Evl04DeclaredScoreRule : EvaluationRule
{
    public override string Id => "EVL-04";

    public override string Title => "自评得分与复核计算不符";

    public override Severity Severity => Severity.Warning;

    public override string Source => PolicySources.ProjectEvaluation.Cite("项目支出绩效自评表填报说明（正向、反向指标计分）");

    public override IEnumerable<Finding> Check(EvaluationContext context)
    {
        foreach (var row in context.Result.Indicators.Where(r => r.Method is not (ScoringMethod.Kept or ScoringMethod.Subtotal)))
        {
            if (row.Method == ScoringMethod.Unscorable && row.Block is not null)
            {
                yield return Make(context, $"{RowName(row)}：{row.Problem}。", "按“年度指标值”的单位填写实际完成的数值（如 95%、12个）。", row.Row, "实际完成值", Severity.Error);
                continue;
            }

            if (row.ActualNumber is not null && UnitMismatch(row.Indicator) is { } mismatch)
            {
                yield return Make(context, $"{RowName(row)}：{mismatch}，按数值直接比较可能不正确。", "实际完成值使用与年度指标值相同的单位（如年度指标值为 ≥95% 时填 96%，而不是 0.96）。", row.Row, "实际完成值");
            }

            if (row.Method is ScoringMethod.Qualitative or ScoringMethod.NotApplicable || row.Indicator.DeclaredScore is not { } declared)
            {
                continue;
            }

            if (row.PointsAssumed)
            {
                // The row's 分值 is an equal share we assumed (the form prints none): a printed 得分 is not wrong for
                // differing from it. What the form does state is its block's points, which no row can exceed.
                if (context.Profile.Blocks.FirstOrDefault(b => b.Name == row.Block) is { } block && (declared > block.Points || declared < 0))
                {
                    yield return Make(context, $"{RowName(row)}填报得分 {Format(declared)} 超出其所属“{block.Name}”的分值 {Number(block.Points)}。", $"核对该行得分：单行得分不能超过“{block.Name}”的 {Number(block.Points)} 分。", row.Row, "得分");
                }

                continue;
            }

            if (declared > Round(row.Points) || declared < 0)
            {
                yield return Make(context, $"{RowName(row)}填报得分 {Format(declared)} 超出分值 {Format(row.Points)}。", $"按公式应得 {Format(row.Score)}：{row.Explanation}。", row.Row, "得分");
            }
            else if (context.Differs(declared, row.Score))
            {
                yield return Make(context, $"{RowName(row)}填报得分 {Format(declared)}，按公式{(context.IsRecheck ? "复核" : "计算")}为 {Format(row.Score)}，{context.DifferenceText(declared, row.Score)}。", $"{row.Explanation}。如有特殊扣分理由，请在偏差原因中说明。", row.Row, "得分");
            }
        }
    }

    /// <summary>"实际完成值单位“万元”与年度指标值单位“元”不一致" when both name a unit and they differ; else null.</summary>
    private static string? UnitMismatch(EvaluationIndicator indicator)
    {
        var actual = Goals.TargetValue.Parse(indicator.Actual);
        var target = indicator.Target;
        return actual.Unit.Length > 0 && target.Unit.Length > 0 && actual.NormalizedUnit != target.NormalizedUnit
            ? $"实际完成值单位“{actual.Unit}”与年度指标值单位“{target.Unit}”不一致"
            : null;
    }
}
