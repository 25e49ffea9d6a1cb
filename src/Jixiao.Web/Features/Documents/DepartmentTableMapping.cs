using Jixiao.Documents;
using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Documents;

/// <summary>The 部门整体支出绩效目标表 form to and from <see cref="DepartmentGoals"/>, and the sums the form shows.</summary>
public static class DepartmentTableMapping
{
    /// <summary>The form's amounts are in 万元 (its caption says so); "3000元" written with its unit is read as written.</summary>
    public const string Unit = "万元";

    public static DepartmentTableForm FromGoals(DepartmentGoals goals) => new()
    {
        Duties = goals.Duties,
        OverallGoal = goals.OverallGoal,
        Tasks = [.. goals.Tasks.Select(t => new DepartmentTaskInput
        {
            Name = t.Name, Content = t.Content, Budget = Text(t.Budget), FiscalFunds = Text(t.FiscalFunds), OtherFunds = Text(t.OtherFunds),
        })],
        Funds = [.. goals.Funds.Select(f => new DepartmentFundInput { Group = f.Group, Label = f.Label, Amount = Text(f.Amount), Share = f.Share })],
        Indicators = [.. goals.Indicators.Select((i, n) => new DepartmentIndicatorInput
        {
            Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Target = i.Target.Text, Origin = n,
        })],
    };

    /// <summary>The table the form holds, rows left wholly blank dropped; null when a field cannot be taken as it is
    /// (each such field reported to <paramref name="error"/> with its form key and a message naming row and field).</summary>
    public static DepartmentGoals? ToGoals(DepartmentTableForm form, DepartmentGoals stored, Action<string, string> error)
    {
        var ok = true;
        Money? Amount(string? text, string key, string place)
        {
            var money = TableValues.ParseAmount(text, Unit, out var problem);
            if (problem is not null)
            {
                ok = false;
                error(key, $"{place}：{problem}。请改为以万元为单位的金额数字（例如 12.5，不写其他文字），没有金额请留空；未保存任何内容。");
            }

            return money;
        }

        var tasks = new List<DepartmentTask>();
        for (var i = 0; i < form.Tasks.Count; i++)
        {
            var (t, key, place) = (form.Tasks[i], $"Form.Tasks[{i}].", $"年度主要任务第 {i + 1} 行");
            if (t.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(t.Name))
            {
                ok = false;
                error(key + nameof(t.Name), $"{place}缺少任务名称：请填写任务名称，或清空这一行。");
            }

            tasks.Add(new DepartmentTask
            {
                Name = T(t.Name),
                Content = T(t.Content),
                Budget = Amount(t.Budget, key + nameof(t.Budget), place + "“预算金额（总额）”"),
                FiscalFunds = Amount(t.FiscalFunds, key + nameof(t.FiscalFunds), place + "“财政拨款”"),
                OtherFunds = Amount(t.OtherFunds, key + nameof(t.OtherFunds), place + "“其他资金”"),
            });
        }

        var funds = new List<DepartmentFund>();
        for (var i = 0; i < form.Funds.Count; i++)
        {
            var (f, key) = (form.Funds[i], $"Form.Funds[{i}].");
            if (f.IsBlank)
            {
                continue;
            }

            var place = $"资金第 {i + 1} 行“{T(f.Group)}{(T(f.Group).Length > 0 ? " " : "")}{T(f.Label)}”的金额";
            if (string.IsNullOrWhiteSpace(f.Label))
            {
                ok = false;
                error(key + nameof(f.Label), $"资金第 {i + 1} 行缺少项目（如 财政拨款、基本支出、合计）：请填写项目，或清空这一行。");
            }

            funds.Add(new DepartmentFund { Group = T(f.Group), Label = T(f.Label), Amount = Amount(f.Amount, key + nameof(f.Amount), place), Share = T(f.Share) });
        }

        var indicators = new List<Indicator>();
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            var r = form.Indicators[i];
            if (r.IsBlank)
            {
                continue;
            }

            if (string.IsNullOrWhiteSpace(r.Name))
            {
                ok = false;
                error($"Form.Indicators[{i}].{nameof(r.Name)}", $"绩效指标第 {i + 1} 行缺少三级指标：请填写指标名称，或清空这一行。");
            }

            // A row loaded from the table keeps what the form does not show; the target is read again by the value grammar.
            var origin = r.Origin >= 0 && r.Origin < stored.Indicators.Count ? stored.Indicators[r.Origin] : new Indicator();
            indicators.Add(origin with
            {
                Level1 = T(r.Level1), Level2 = T(r.Level2), Name = T(r.Name),
                Target = T(r.Target) == origin.Target.Text ? origin.Target : TargetValue.Parse(T(r.Target)),
            });
        }

        return ok ? new DepartmentGoals { Duties = T(form.Duties), OverallGoal = T(form.OverallGoal), Tasks = tasks, Funds = funds, Indicators = indicators } : null;
    }

    /// <summary>The column sums of 年度主要任务 and the disagreements a clerk should look at: a task whose 财政拨款 and
    /// 其他资金 do not add up to its 预算金额 (总额), a 收入构成 / 支出构成 合计 that is not the sum of its rows, the tasks' sum
    /// against the 金额合计 row. Amounts that cannot be read are left out (the save names them).</summary>
    public static DepartmentTableSums Sums(DepartmentTableForm form)
    {
        static Money? Read(string? text) => TableValues.ParseAmount(text, Unit, out var problem) is { } m && problem is null ? m : null;
        static string W(Money m) => m.ToWanYuanString(0);

        var warnings = new List<string>();
        var rows = form.Tasks.Where(t => !t.IsBlank).Select((t, i) => (Row: i + 1, Budget: Read(t.Budget), Fiscal: Read(t.FiscalFunds), Other: Read(t.OtherFunds))).ToList();
        foreach (var r in rows.Where(r => r.Budget is not null && (r.Fiscal is not null || r.Other is not null)))
        {
            var parts = (r.Fiscal ?? Money.Zero) + (r.Other ?? Money.Zero);
            if (parts != r.Budget)
            {
                warnings.Add($"年度主要任务第 {r.Row} 行：财政拨款与其他资金之和 {W(parts)} 万元，与预算金额总额 {W(r.Budget!.Value)} 万元不符。");
            }
        }

        var budget = Money.Sum(rows.Where(r => r.Budget is not null).Select(r => r.Budget!.Value));
        var fiscal = Money.Sum(rows.Where(r => r.Fiscal is not null).Select(r => r.Fiscal!.Value));
        var other = Money.Sum(rows.Where(r => r.Other is not null).Select(r => r.Other!.Value));
        var funds = form.Funds.Where(f => !f.IsBlank).Select(f => (Group: T(f.Group), Label: T(f.Label), Amount: Read(f.Amount))).ToList();
        foreach (var group in funds.GroupBy(f => f.Group))
        {
            var total = group.LastOrDefault(f => f.Label.Contains("合计", StringComparison.Ordinal));
            if (total.Amount is not { } sum)
            {
                continue;
            }

            if (group.Key.Length == 0)
            {
                if (rows.Any(r => r.Budget is not null) && budget != sum)
                {
                    warnings.Add($"年度主要任务的预算金额之和 {W(budget)} 万元，与“{total.Label}” {W(sum)} 万元不符。");
                }

                continue;
            }

            var parts = group.Where(f => f != total && f.Amount is not null).ToList();
            if (parts.Count > 0 && Money.Sum(parts.Select(p => p.Amount!.Value)) is var added && added != sum)
            {
                warnings.Add($"“{group.Key}”中{string.Join("、", parts.Select(p => p.Label))}之和 {W(added)} 万元，与{total.Label} {W(sum)} 万元不符。");
            }
        }

        return new DepartmentTableSums(budget, fiscal, other, warnings);
    }

    private static string Text(Money? money) => money?.ToWanYuanString(0) ?? string.Empty;

    private static string T(string? value) => (value ?? string.Empty).Trim();
}

/// <summary>The 年度主要任务 column sums (万元) and the disagreements found.</summary>
public sealed record DepartmentTableSums(Money Budget, Money FiscalFunds, Money OtherFunds, IReadOnlyList<string> Warnings);
