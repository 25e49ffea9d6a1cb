namespace Jixiao.Domain.Goals;

/// <summary>One changed field: its readable path ("指标[2].指标值") and the values before and after as text
/// (empty when the field did not exist).</summary>
public sealed record FieldDifference(string Path, string Before, string After)
{
    /// <summary>"项目[3]《纪委全会经费》.指标[2].指标值: “100百分比” → “≥100百分比”".</summary>
    public override string ToString() => $"{Path}: “{Before}” → “{After}”";

    /// <summary>Where the change is, as a reader of the table says it: "指标[2].指标值确定依据" is "第2行 指标值确定依据",
    /// "绩效目标[1]" is "绩效目标第1条", "年度主要任务[3].财政拨款" is "年度主要任务第3行 财政拨款"; other fields keep their names.</summary>
    public string Place => System.Text.RegularExpressions.Regex.Replace(System.Text.RegularExpressions.Regex.Replace(
        System.Text.RegularExpressions.Regex.Replace(Path, @"指标\[(\d+)\]\.", "第$1行 "), @"绩效目标\[(\d+)\]", "绩效目标第$1条"),
        @"(年度主要任务|资金)\[(\d+)\]\.", "$1第$2行 ");

    /// <summary>"第2行 指标值确定依据：“…” → “…”".</summary>
    public string Sentence => $"{Place}：“{Before}” → “{After}”";
}
