namespace Jixiao.Domain.Evaluation;

/// <summary>A text row of a 自评表 that is not an indicator: 其他需要说明事项, 评价结论, 存在问题, 改进措施, 偏差原因,
/// 项目负责人 / 联系人. Kept as printed so nothing on the form is lost.</summary>
public sealed record EvaluationNote(string Label, string Text);
