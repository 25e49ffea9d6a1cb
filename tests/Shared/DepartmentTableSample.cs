using Jixiao.Domain.Goals;

namespace Jixiao.Tests;

/// <summary>A 部门整体支出绩效目标表 of the 财预〔2015〕88号 form, shared by the Word/Excel round trip and the
/// published-text export tests: split task budgets (one with an amount to the fen, one with no 其他资金), the 金额合计
/// row, both 收入构成 / 支出构成 blocks with their 占比, a two-line 部门职能, four indicator rows.</summary>
public static class DepartmentTableSample
{
    private static Money W(string wanYuan) => Money.ParseWanYuan(wanYuan);

    private static Indicator Row(string l1, string l2, string name, string target, string description = "", string basis = "") =>
        new() { Level1 = l1, Level2 = l2, Name = name, Description = description, Target = TargetValue.Parse(target), TargetBasis = basis };

    /// <summary><paramref name="d"/> with the table; <paramref name="groupsFirst"/> puts the blocks before the loose funds.</summary>
    public static PerformanceDocument With(PerformanceDocument d, bool groupsFirst = false)
    {
        DepartmentFund[] loose =
        [
            new() { Label = "金额合计", Amount = W("1580.123456") },
            new() { Label = "财政拨款", Amount = W("1500.123456") },
            new() { Label = "其他资金", Amount = W("80") },
        ];
        DepartmentFund[] blocks =
        [
            new() { Group = "收入构成", Label = "财政拨款", Amount = W("1500.123456"), Share = "94.9%" },
            new() { Group = "收入构成", Label = "其他资金", Amount = W("80"), Share = "5.1%" },
            new() { Group = "收入构成", Label = "合计", Amount = W("1580.123456"), Share = "100%" },
            new() { Group = "支出构成", Label = "基本支出", Amount = W("1180.1"), Share = "74.7%" },
            new() { Group = "支出构成", Label = "项目支出", Amount = W("400.023456"), Share = "25.3%" },
            new() { Group = "支出构成", Label = "合计", Amount = W("1580.123456"), Share = "100%" },
        ];
        var goals = d.DepartmentGoals with
        {
            Duties = "贯彻落实党和国家文化工作方针政策。\n负责全县广播电视公共服务。",
            Tasks =
            [
                new DepartmentTask { Name = "机关运转", Content = "保障机关正常运转", Budget = W("1180.1"), FiscalFunds = W("1100.1"), OtherFunds = W("80") },
                new DepartmentTask { Name = "群众文化活动", Content = "送戏下乡120场", Budget = W("400.023456"), FiscalFunds = W("400.023456") },
            ],
            Funds = groupsFirst ? [.. blocks, .. loose] : [.. loose, .. blocks],
            Indicators =
            [
                Row("产出指标", "数量指标", "送戏下乡场次", "≥120场", "全年送戏下乡场次", "计划标准：2024年工作要点"),
                Row("产出指标", "质量指标", "演出合格率", "≥95%"),
                Row("效益指标", "社会效益指标", "群众参与人次", "≥5000人次"),
                Row("满意度指标", "服务对象满意度指标", "群众满意度", "≥90%", "问卷调查"),
            ],
        };
        return d with { DepartmentGoals = goals };
    }
}
