using Jixiao.Domain.Text;

namespace Jixiao.Application.Execution;

/// <summary>The monitoring and self-evaluation texts against <see cref="FieldLimits"/>: one error per field that is too
/// long, keyed like the form field, so the page shows it beside the field and the API answers 400 naming it.</summary>
internal static class TextLengthInput
{
    public static void Check(List<InputError> errors, string key, string label, string? text, int limit)
    {
        var length = text?.Trim().Length ?? 0;
        if (length > limit)
        {
            errors.Add(new InputError(key, FieldLimits.TooLong(label, length, limit)));
        }
    }

    public static void Monitoring(MonitoringInput input, List<InputError> errors)
    {
        Check(errors, nameof(input.GoalProgress), "绩效目标完成情况", input.GoalProgress, FieldLimits.Paragraph);
        Check(errors, nameof(input.CorrectiveAction), "纠偏措施", input.CorrectiveAction, FieldLimits.Paragraph);
        for (var i = 0; i < input.Indicators.Count; i++)
        {
            var row = input.Indicators[i];
            var at = $"Indicators[{i}].";
            var name = $"第 {row.Row} 行指标的";
            Check(errors, at + nameof(row.Actual), name + "实际完成值", row.Actual, FieldLimits.TargetValue);
            Check(errors, at + nameof(row.ExpectedAnnual), name + "全年预计完成值", row.ExpectedAnnual, FieldLimits.TargetValue);
            Check(errors, at + nameof(row.Possibility), name + "完成可能性", row.Possibility, FieldLimits.TargetValue);
            Check(errors, at + nameof(row.DeviationCategory), name + "偏差类型", row.DeviationCategory, FieldLimits.TargetValue);
            Check(errors, at + nameof(row.DeviationReason), name + "偏差原因", row.DeviationReason, FieldLimits.RowText);
            Check(errors, at + nameof(row.Measures), name + "改进措施", row.Measures, FieldLimits.RowText);
            Check(errors, at + nameof(row.Remark), name + "备注", row.Remark, FieldLimits.RowText);
        }
    }

    public static void SelfEvaluation(SelfEvaluationInput input, List<InputError> errors)
    {
        Check(errors, nameof(input.BudgetReason), "预算执行偏差原因", input.BudgetReason, FieldLimits.RowText);
        Check(errors, nameof(input.ActualOutcome), "总体目标实际完成情况", input.ActualOutcome, FieldLimits.Paragraph);
        for (var i = 0; i < input.Indicators.Count; i++)
        {
            var row = input.Indicators[i];
            var at = $"Indicators[{i}].";
            var name = $"第 {row.Row} 行指标的";
            Check(errors, at + nameof(row.Actual), name + "实际完成值", row.Actual, FieldLimits.TargetValue);
            Check(errors, at + nameof(row.DeviationReason), name + "偏差原因", row.DeviationReason, FieldLimits.RowText);
        }
    }
}
