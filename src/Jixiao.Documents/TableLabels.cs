using Jixiao.Domain.Review;
using Jixiao.Domain.Text;

namespace Jixiao.Documents;

/// <summary>The labels of the official 项目绩效目标表 as the writers print them, and the column heads of the bulk
/// workbook. Compared in half-width form without spaces, so "其中：财政    资金" and "其中:财政资金" are the same
/// label. (Goal tables of any layout are read by <see cref="GoalTables.GoalDocumentReader"/> with the synonyms of
/// GoalTables/Data.)</summary>
public static class TableLabels
{
    public const string ProjectCode = ReviewFields.ProjectCode;
    public const string ProjectName = ReviewFields.ProjectName;
    public const string BudgetAndUse = "预算规模及资金用途";
    public const string Budget = ReviewFields.Budget;
    public const string FiscalFunds = "其中：财政    资金";
    public const string OtherFunds = ReviewFields.OtherFunds;
    public const string SpendingPlan = "资金支出计划（%）";
    public const string Goals = ReviewFields.Goals;
    public const string Level1 = ReviewFields.Level1;
    public const string Level2 = ReviewFields.Level2;
    public const string Name = ReviewFields.Name;
    public const string Description = ReviewFields.Description;
    public const string Target = ReviewFields.Target;
    public const string TargetBasis = ReviewFields.Basis;

    public static bool IsProjectCode(string text) => Key(text) is "项目编码" or "项目代码";

    public static bool IsProjectName(string text) => Key(text) == "项目名称";

    public static bool IsBudgetAndUse(string text) => Key(text) is "预算规模及资金用途" or "预算规模及用途";

    public static bool IsBudget(string text) => Key(text) is "预算数" or "预算金额" or "年度预算数" or "资金总额";

    public static bool IsFiscalFunds(string text) => Key(text) is "其中:财政资金" or "财政资金" or "其中:财政拨款" or "财政拨款";

    public static bool IsOtherFunds(string text) => Key(text) is "其他资金" or "其中:其他资金";

    public static bool IsSpendingPlan(string text) => Key(text).StartsWith("资金支出计划", StringComparison.Ordinal);

    public static bool IsGoals(string text) => Key(text) is "绩效目标" or "年度绩效目标" or "年度目标";

    /// <summary>The column of the indicator table a header cell names, or null.</summary>
    public static IndicatorColumn? IndicatorColumnOf(string text) => IndicatorColumnOfKey(Key(text));

    private static IndicatorColumn? IndicatorColumnOfKey(string key) => key switch
    {
        "一级指标" => IndicatorColumn.Level1,
        "二级指标" => IndicatorColumn.Level2,
        "三级指标" => IndicatorColumn.Name,
        "绩效指标描述" or "指标描述" or "指标解释" or "指标内容" => IndicatorColumn.Description,
        "指标值" or "年度指标值" or "目标值" => IndicatorColumn.Target,
        "指标值确定依据" or "指标值设定依据" or "确定依据" or "指标值依据" => IndicatorColumn.TargetBasis,
        _ => null,
    };

    private static string Key(string text) => ChineseText.Key(text);
}

public enum IndicatorColumn
{
    Level1,
    Level2,
    Name,
    Description,
    Target,
    TargetBasis,
}
