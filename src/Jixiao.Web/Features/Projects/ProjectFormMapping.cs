using System.Globalization;
using Jixiao.Application;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Taxonomy;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Jixiao.Web.Features.Projects;

/// <summary>Between the stored goal table and the form: filling the form, and checking and building the table on
/// save with a Chinese message on each wrong field.</summary>
public static class ProjectFormMapping
{
    public static ProjectForm ToForm(BudgetProject p) => new()
    {
        Name = p.ProjectName,
        UnitName = p.UnitName,
        Budget = p.Budget.ToWanYuanString(),
        FiscalFunds = p.FiscalFunds?.ToWanYuanString(),
        OtherFunds = p.OtherFunds?.ToWanYuanString(),
        FundUse = p.FundUse,
        Plan = p.SpendingPlan.IsEmpty
            ? [.. SpendingPlan.HebeiMonths.Select(m => new PlanInput { Month = m })]
            : [.. p.SpendingPlan.Checkpoints.Select(c => new PlanInput { Month = c.Month, Percent = c.CumulativePercent.ToString("0.##", CultureInfo.InvariantCulture) })],
        Goals = [.. p.Goals.Select(g => g.Text)],
        Indicators = [.. p.Indicators.Select(i => new IndicatorInput
        {
            Level1 = i.Level1, Level2 = i.Level2, Name = i.Name, Description = i.Description, Target = i.Target.Text, Basis = i.TargetBasis,
        })],
    };

    /// <summary>The table the form describes, keeping the identity fields of <paramref name="original"/>; null when
    /// a field is wrong (the messages are in <paramref name="errors"/>, keyed by field).</summary>
    public static BudgetProject? ToProject(ProjectForm form, BudgetProject original, TaxonomyProfile profile, ModelStateDictionary errors)
    {
        if (string.IsNullOrWhiteSpace(form.Name))
        {
            errors.AddModelError("Form.Name", "请填写项目名称。");
        }

        var budget = ParseMoney(form.Budget, "Form.Budget", "预算数", required: true, errors);
        var fiscal = ParseMoney(form.FiscalFunds, "Form.FiscalFunds", "财政资金", required: false, errors);
        var other = ParseMoney(form.OtherFunds, "Form.OtherFunds", "其他资金", required: false, errors);
        var plan = ParsePlan(form.Plan, errors);
        var goals = form.Goals.Where(g => !string.IsNullOrWhiteSpace(g)).Select((g, i) => new Goal(i + 1, g.Trim())).ToList();
        if (goals.Count == 0)
        {
            errors.AddModelError("Form.Goals", "至少填写一条绩效目标。");
        }

        if (form.Indicators.Count == 0)
        {
            errors.AddModelError("Form.Indicators", "至少需要一行绩效指标。");
        }

        var rows = new List<Indicator>();
        for (var i = 0; i < form.Indicators.Count; i++)
        {
            rows.Add(ParseRow(form.Indicators[i], i, profile, errors));
        }

        var code = Text(form.Code);
        if (original.ProjectCode.Length == 0 && code.Length > 0)
        {
            if (code.Length > 21)
            {
                errors.AddModelError("Form.Code", $"项目编码“{code}”过长（最多 21 个字符）。");
            }

            if (Text(form.Name) != original.ProjectName)
            {
                // Without a code the stored project is known by its name: one of the two must stay in one save.
                errors.AddModelError("Form.Name", "补填项目编码的同时不能修改项目名称：请先保存编码，再修改名称。");
            }
        }

        if (!errors.IsValid)
        {
            return null;
        }

        return original with
        {
            ProjectCode = original.ProjectCode.Length == 0 && code.Length > 0 ? code : original.ProjectCode,
            ProjectName = Text(form.Name),
            UnitName = Text(form.UnitName).Length > 0 ? Text(form.UnitName) : original.UnitName,
            Budget = budget ?? Money.Zero,
            FiscalFunds = fiscal,
            OtherFunds = other,
            FundUse = Text(form.FundUse),
            SpendingPlan = plan,
            Goals = goals,
            Indicators = [.. rows.Select(r => KeepImported(r, original.Indicators))],
        };
    }

    /// <summary>The form edits the six columns of a row; 分值, 评分标准 and the other columns a table was imported with
    /// stay with the row of the same 一级/二级/三级指标.</summary>
    private static Indicator KeepImported(Indicator row, IReadOnlyList<Indicator> original) =>
        original.FirstOrDefault(o => o.Level1 == row.Level1 && o.Level2 == row.Level2 && o.Name == row.Name) is { } same
            ? row with { Weight = same.Weight, Standards = same.Standards, Extras = same.Extras }
            : row;

    private static Indicator ParseRow(IndicatorInput input, int index, TaxonomyProfile profile, ModelStateDictionary errors)
    {
        // Model binding turns empty fields into null.
        var row = new IndicatorInput
        {
            Level1 = Text(input.Level1), Level2 = Text(input.Level2), Name = Text(input.Name), Description = Text(input.Description), Target = Text(input.Target), Basis = Text(input.Basis),
        };
        var key = $"Form.Indicators[{index}]";
        var number = index + 1;
        // An older form's wording (项目完成指标 for 产出指标) is kept as imported: the review reads it as the level it
        // stands for and notes the current name at no cost, so the form does not refuse what the review accepts.
        if (profile.CanonicalLevel1(row.Level1) is not { } level1)
        {
            errors.AddModelError($"{key}.Level1", $"第 {number} 行：一级指标“{row.Level1}”不在指标体系 {profile.Id}（{profile.Name}）中，请从列表中选择。");
        }
        else if (profile.CanonicalLevel2(row.Level2) is not { } level2 || !profile.IsValidPair(level1, level2))
        {
            errors.AddModelError($"{key}.Level2", $"第 {number} 行：二级指标“{row.Level2}”不属于一级指标“{row.Level1}”。");
        }

        if (string.IsNullOrWhiteSpace(row.Name))
        {
            errors.AddModelError($"{key}.Name", $"第 {number} 行：请填写三级指标名称。");
        }

        var target = TargetValue.Parse(row.Target);
        if (target.Kind == TargetKind.Empty)
        {
            errors.AddModelError($"{key}.Target", $"第 {number} 行：请填写指标值，例如“≥95%”。");
        }
        else if (target.Kind == TargetKind.Invalid)
        {
            errors.AddModelError($"{key}.Target", $"第 {number} 行：指标值“{row.Target}”无法识别：{target.Problem}");
        }

        return new Indicator
        {
            Level1 = row.Level1.Trim(),
            Level2 = row.Level2.Trim(),
            Name = row.Name.Trim(),
            Description = row.Description.Trim(),
            Target = target,
            TargetBasis = row.Basis.Trim(),
        };
    }

    private static string Text(string? value) => (value ?? string.Empty).Trim();

    private static Money? ParseMoney(string? text, string key, string label, bool required, ModelStateDictionary errors)
    {
        var money = MoneyInput.Read(text, label, required, out var error);
        if (error is not null)
        {
            errors.AddModelError(key, error);
        }

        return money;
    }

    private static SpendingPlan ParsePlan(List<PlanInput> plan, ModelStateDictionary errors)
    {
        var checkpoints = new List<SpendingCheckpoint>();
        var previous = 0m;
        for (var i = 0; i < plan.Count; i++)
        {
            var text = (plan[i].Percent ?? string.Empty).Trim().TrimEnd('%', '％');
            if (text.Length == 0)
            {
                continue;
            }

            if (!decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var percent) || percent < 0 || percent > 100)
            {
                errors.AddModelError($"Form.Plan[{i}].Percent", $"{plan[i].Month}月底的累计支出比例应为 0 到 100 之间的数字。");
                continue;
            }

            if (percent < previous)
            {
                errors.AddModelError($"Form.Plan[{i}].Percent", $"{plan[i].Month}月底的累计比例 {percent}% 小于前一节点的 {previous}%，累计比例不能减少。");
            }

            previous = percent;
            checkpoints.Add(new SpendingCheckpoint(plan[i].Month, percent));
        }

        return new SpendingPlan(checkpoints);
    }
}
