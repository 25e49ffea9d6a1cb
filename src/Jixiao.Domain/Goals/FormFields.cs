namespace Jixiao.Domain.Goals;

/// <summary>
/// Parts of Jixiao's full form (the published 部门预算绩效文本 layout) that another province's form may not have.
/// A project or document records the ones its source form lacks (<see cref="BudgetProject.FormLacks"/>,
/// <see cref="PerformanceDocument.FormLacks"/>), so the review does not count as a defect what the form never
/// asked for. <see cref="None"/> is Jixiao's own form: everything asked for.
/// </summary>
[Flags]
public enum FormFields
{
    None = 0,

    /// <summary>单位代码 (a head cell, or the code in the official unit line).</summary>
    UnitCode = 1,

    /// <summary>项目编码.</summary>
    ProjectCode = 2,

    /// <summary>资金用途.</summary>
    FundUse = 4,

    /// <summary>资金支出计划.</summary>
    SpendingPlan = 8,

    /// <summary>The 绩效指标描述 column.</summary>
    Description = 16,

    /// <summary>The 指标值确定依据 column.</summary>
    TargetBasis = 32,

    /// <summary>第一部分 (部门整体绩效目标): the file holds goal tables only. A document's flag, never a project's.</summary>
    Part1 = 64,

    /// <summary>分项绩效目标: a 部门整体支出绩效目标表 gives the overall goal and indicators, no sub-goals. A document's flag.</summary>
    SubGoals = 128,

    /// <summary>工作保障措施, which a 部门整体支出绩效目标表 does not have either. A document's flag.</summary>
    Safeguards = 256,

    /// <summary>第二部分: a file holding the department's table alone, no project tables. A document's flag.</summary>
    Part2 = 512,
}
