using System.Reflection;
using Jixiao.Documents.Grid;

namespace Jixiao.Documents.GoalTables;

/// <summary>The words of goal tables, as data (Data/columns.json, Data/labels.json): column heads of the indicator
/// table and labels of the table's head.</summary>
public static class GoalVocabulary
{
    private static readonly Lazy<LabelSet> ColumnSet = new(() => LabelSet.FromResource(Assembly.GetExecutingAssembly(), "Jixiao.GoalTables.columns.json"));
    private static readonly Lazy<LabelSet> LabelSetOfHead = new(() => LabelSet.FromResource(Assembly.GetExecutingAssembly(), "Jixiao.GoalTables.labels.json"));

    public static LabelSet Columns => ColumnSet.Value;

    public static LabelSet Labels => LabelSetOfHead.Value;

    public static GoalColumn? ColumnOf(LabelMatch? match) =>
        match is not null && Enum.TryParse<GoalColumn>(match.Field, out var column) ? column : null;

    public static GoalLabel? LabelOf(LabelMatch? match) =>
        match is not null && Enum.TryParse<GoalLabel>(match.Field, out var label) ? label : null;

    /// <summary>Chinese name of a column kind, as the mapping report and the web drop-down show it.</summary>
    public static string Chinese(GoalColumn column) => column switch
    {
        GoalColumn.Block => "侧栏标题（不读取）",
        GoalColumn.Level1 => "一级指标",
        GoalColumn.Level2 => "二级指标",
        GoalColumn.Name => "三级指标",
        GoalColumn.NameOrDescription => "三级指标或指标描述",
        GoalColumn.Description => "绩效指标描述",
        GoalColumn.LongTermTarget => "中期/长期指标值（保留）",
        GoalColumn.Target => "指标值（年度）",
        GoalColumn.PriorActual => "上年实际值（保留）",
        GoalColumn.TargetBasis => "指标值确定依据",
        GoalColumn.Standard => "评分标准",
        GoalColumn.GradeStandard => "等级标准（优/良/中/差）",
        GoalColumn.Weight => "分值/权重",
        GoalColumn.Comparator => "计算符号",
        GoalColumn.Unit => "度量单位",
        GoalColumn.Extra => "其他（保留）",
        _ => "忽略",
    };

    /// <summary>The choices a user may give a column, in drop-down order.</summary>
    public static IReadOnlyList<GoalColumn> Choices { get; } =
    [
        GoalColumn.Level1, GoalColumn.Level2, GoalColumn.Name, GoalColumn.Description, GoalColumn.Target, GoalColumn.LongTermTarget,
        GoalColumn.TargetBasis, GoalColumn.Standard, GoalColumn.GradeStandard, GoalColumn.Weight, GoalColumn.Comparator, GoalColumn.Unit,
        GoalColumn.PriorActual, GoalColumn.Extra, GoalColumn.Block, GoalColumn.Ignore,
    ];
}
