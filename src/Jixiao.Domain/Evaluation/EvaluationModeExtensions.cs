namespace Jixiao.Domain.Evaluation;

public static class EvaluationModeExtensions
{
    /// <summary>"打分" / "复核", as the web page and the CLI name the mode.</summary>
    public static string ToChinese(this EvaluationMode mode) => mode == EvaluationMode.Recheck ? "复核" : "打分";

    /// <summary>One sentence on what the mode does, for the page and the printed report.</summary>
    public static string Describe(this EvaluationMode mode) => mode == EvaluationMode.Recheck
        ? "复核模式：按表内所列分值重算每一行可计算的得分；定性、空白或无法识别的行保留评价人的得分并标为“不可复核”；相差 0.01 分及以上的逐项列出。"
        : "打分模式：按评分方案的分值和统一公式计算每一行的得分；无法计算的行记 0 分。";

    /// <summary>"score"/"recheck" and "打分"/"复核" (CLI option, form field); null for anything else.</summary>
    public static EvaluationMode? Parse(string? text) => text?.Trim().ToLowerInvariant() switch
    {
        "score" or "打分" => EvaluationMode.Score,
        "recheck" or "复核" => EvaluationMode.Recheck,
        _ => null,
    };
}
