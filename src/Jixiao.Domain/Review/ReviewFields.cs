namespace Jixiao.Domain.Review;

/// <summary>Field (cell) names as printed on the 项目绩效目标表 and in Part 1: the one set used by findings, comment
/// targets and carry-over marks, by the readers' labels (<c>TableLabels</c>) and by the cell marks of the project page.</summary>
public static class ReviewFields
{
    public const string Level1 = "一级指标";
    public const string Level2 = "二级指标";
    public const string Name = "三级指标";
    public const string Description = "绩效指标描述";
    public const string Target = "指标值";
    public const string Basis = "指标值确定依据";
    public const string Goal = "绩效目标";
    public const string Goals = "绩效目标";
    public const string Indicators = "绩效指标";
    public const string UnitCode = "单位代码";
    public const string UnitName = "单位名称";
    public const string ProjectCode = "项目编码";
    public const string ProjectName = "项目名称";
    public const string Budget = "预算数";
    public const string FiscalFunds = "财政资金";
    public const string OtherFunds = "其他资金";
    public const string MoneyUnit = "金额单位";
    public const string FundUse = "资金用途";
    public const string SpendingPlan = "资金支出计划";
    public const string OverallGoal = "总体绩效目标";
    public const string SubGoals = "分项绩效目标";
    public const string Safeguards = "工作保障措施";
    public const string Part1 = "第一部分 部门整体绩效目标";
    public const string Part2 = "第二部分 预算项目绩效目标";

    /// <summary>The form itself: a note that the table's (or file's) form has no place for some fields.</summary>
    public const string Form = "表式";
}
