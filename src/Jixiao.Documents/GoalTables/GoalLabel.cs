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
    OtherFunds,
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
