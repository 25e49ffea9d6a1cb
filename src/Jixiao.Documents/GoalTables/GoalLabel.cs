namespace Jixiao.Documents.GoalTables;

/// <summary>What a label in the head of a goal table names. The names are the keys of Data/labels.json.</summary>
public enum GoalLabel
{
    TableTitle,
    ProjectCode,
    ProjectName,
    DepartmentCode,
    Department,
    UnitCode,
    Unit,
    BudgetAndUse,
    MoneyBlock,
    LongTermBudget,
    Budget,
    FiscalFunds,

    /// <summary>A part of the fiscal funds printed on its own (中央补助安排, 省级财政安排 …): summed into 财政资金 when
    /// no total is printed, checked against it when one is.</summary>
    FiscalPart,
    OtherFunds,

    /// <summary>A column heading printed where an amount would stand ("年度资金总额 | 金额（万元）", the amounts in the
    /// rows under it): no amount, though its unit is the table's.</summary>
    AmountHeading,
    FundUse,
    SpendingPlan,
    GoalsBlock,
    LongTermGoal,
    Goals,
    Attribute,
    Period,
    Contact,
    Overview,

    /// <summary>A row that ends the table (审核意见, 填表人, 合计).</summary>
    End,
}
