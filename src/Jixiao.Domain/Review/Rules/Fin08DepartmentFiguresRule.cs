using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>FIN-08 (Jixiao): the 部门整体支出绩效目标表 adds up — the parts of 收入构成 / 支出构成 to their 合计, the
/// 年度主要任务's 预算金额 to the 金额合计, each task's 财政拨款 + 其他资金 to its 总额 (within the profile's rounding
/// tolerance, as FIN-01 for a project).</summary>
public sealed class Fin08DepartmentFiguresRule : DocumentRule
{
    public override string Id => "FIN-08";

    public override string Title => "部门整体绩效目标表金额合计不符";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("部门整体支出绩效目标申报表（年度主要任务、金额合计）");

    public override void Check(DocumentContext document, FindingSink findings)
    {
        const string table = ProjectContext.DepartmentTableLabel;
        var goals = document.Document.DepartmentGoals;
        foreach (var m in DepartmentFigures.Mismatches(goals))
        {
            if (Math.Abs(m.Difference.WanYuan) <= document.Profile.Thresholds.MoneyToleranceWanYuan)
            {
                continue;
            }

            var sum = $"{m.Sum.ToWanYuanString(0)} 万元";
            var total = $"{m.Total.ToWanYuanString(0)} 万元";
            switch (m.Kind)
            {
                case DepartmentFigures.Check.BlockParts:
                    findings.Document(m.Block, $"{table}“{m.Block}”中{string.Join("、", m.Parts)}之和 {sum}与{m.TotalLabel} {total}不符。",
                        $"核对“{m.Block}”各行金额，使各项之和等于{m.TotalLabel}。");
                    break;
                case DepartmentFigures.Check.TasksTotal:
                    findings.Document(TasksField, $"{table}年度主要任务的预算金额之和 {sum}与{m.TotalLabel} {total}不符（{(m.Sum < m.Total ? "少" : "多")} {(m.Sum < m.Total ? m.Total - m.Sum : m.Sum - m.Total).ToWanYuanString(0)} 万元）。",
                        $"核对各任务的预算金额，使其之和等于{m.TotalLabel}；未列入的支出应补列为任务。");
                    break;
                case DepartmentFigures.Check.TaskParts:
                    var task = goals.Tasks[m.Task!.Value - 1];
                    findings.Document(TasksField, $"{table}年度主要任务第{m.Task}项“{task.Name}”的总额 {total}不等于财政拨款与其他资金之和 {sum}。",
                        "核对该任务的预算金额，使“总额 = 财政拨款 + 其他资金”。");
                    break;
            }
        }
    }

    private const string TasksField = "年度主要任务";
}
