using System.ComponentModel.DataAnnotations;

namespace Jixiao.Web.Features.Documents;

/// <summary>The 部门整体支出绩效目标表 as a form: 部门职能, 年度主要任务, 收入构成 / 支出构成, 年度总体目标 and the
/// indicator rows. Amounts are text in 万元, read on save by the goal tables' amount parser.</summary>
public sealed class DepartmentTableForm
{
    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string Duties { get; set; } = string.Empty;

    [DisplayFormat(ConvertEmptyStringToNull = false)]
    public string OverallGoal { get; set; } = string.Empty;

    public List<DepartmentTaskInput> Tasks { get; set; } = [];

    public List<DepartmentFundInput> Funds { get; set; } = [];

    public List<DepartmentIndicatorInput> Indicators { get; set; } = [];
}

/// <summary>One row of 年度主要任务: 任务名称, 主要内容, 预算金额 (总额) and its 财政拨款 / 其他资金 parts (万元, as typed).</summary>
public sealed class DepartmentTaskInput
{
    public string? Name { get; set; }

    public string? Content { get; set; }

    public string? Budget { get; set; }

    public string? FiscalFunds { get; set; }

    public string? OtherFunds { get; set; }

    public bool IsBlank => new[] { Name, Content, Budget, FiscalFunds, OtherFunds }.All(string.IsNullOrWhiteSpace);
}

/// <summary>One amount of 收入构成 / 支出构成 (or of the tasks' 金额合计 row when <see cref="Group"/> is empty).</summary>
public sealed class DepartmentFundInput
{
    public string? Group { get; set; }

    public string? Label { get; set; }

    public string? Amount { get; set; }

    public string? Share { get; set; }

    public bool IsBlank => new[] { Group, Label, Amount, Share }.All(string.IsNullOrWhiteSpace);
}

/// <summary>One indicator row: 一级 / 二级 / 三级指标 and 指标值. <see cref="Origin"/> is the stored row it was loaded
/// from (-1 for a new row): what the form does not show of that row (描述, 分值, 评分标准, 长期指标值 …) is kept.</summary>
public sealed class DepartmentIndicatorInput
{
    public string? Level1 { get; set; }

    public string? Level2 { get; set; }

    public string? Name { get; set; }

    public string? Target { get; set; }

    public int Origin { get; set; } = -1;

    public bool IsBlank => new[] { Level1, Level2, Name, Target }.All(string.IsNullOrWhiteSpace);
}
