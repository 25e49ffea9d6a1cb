namespace Jixiao.Documents.GoalTables;

/// <summary>What a label of a 部门整体支出绩效目标表 names. The names are the keys of Data/department.json.</summary>
internal enum DepartmentLabel
{
    Name,
    Duties,
    OverallGoal,
    Tasks,
    TaskName,
    TaskContent,
    TaskBudget,
    Total,
    FiscalFunds,
    OtherFunds,
    BasicSpending,
    ProjectSpending,
    Income,
    Spending,
    FundsBlock,
    Indicators,
}
