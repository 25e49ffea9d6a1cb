using System.Globalization;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Features.Projects;

/// <summary>Turns the API's project JSON into the edit form's fields, so the API is checked by exactly the rules
/// and Chinese messages of the form (<see cref="ProjectFormMapping"/>), and names the form's error keys by their
/// JSON paths.</summary>
public static partial class ProjectInputMapping
{
    public static ProjectForm ToForm(ProjectInput input) => new()
    {
        Code = input.ProjectCode,
        Name = input.ProjectName ?? string.Empty,
        UnitName = input.UnitName ?? string.Empty,
        Budget = input.Budget ?? string.Empty,
        FiscalFunds = input.FiscalFunds,
        OtherFunds = input.OtherFunds,
        FundUse = input.FundUse ?? string.Empty,
        Plan = [.. input.SpendingPlan.Select(p => new PlanInput { Month = p.Month, Percent = p.CumulativePercent.ToString(CultureInfo.InvariantCulture) })],
        Goals = [.. input.Goals.OrderBy(g => g.Number).Select(g => g.Text ?? string.Empty)],
        Indicators = [.. input.Indicators.Select(i => new IndicatorInput
        {
            Level1 = i.Level1 ?? string.Empty,
            Level2 = i.Level2 ?? string.Empty,
            Name = i.Name ?? string.Empty,
            Description = i.Description ?? string.Empty,
            Target = i.Target?.Text ?? string.Empty,
            Basis = i.TargetBasis ?? string.Empty,
        })],
    };

    /// <summary>"Form.Indicators[2].Target" → "indicators[2].target.text", "Form.Budget" → "budget".</summary>
    public static string JsonPath(string formKey)
    {
        var key = formKey.StartsWith("Form.", StringComparison.Ordinal) ? formKey[5..] : formKey;
        var row = RowField().Match(key);
        if (row.Success)
        {
            var field = row.Groups[2].Value switch { "Target" => "target.text", "Basis" => "targetBasis", var f => Camel(f) };
            return $"indicators[{row.Groups[1].Value}].{field}";
        }

        var plan = PlanField().Match(key);
        if (plan.Success)
        {
            return $"spendingPlan[{plan.Groups[1].Value}].cumulativePercent";
        }

        return key switch
        {
            "Name" => "projectName",
            "Goals" => "goals",
            "Indicators" => "indicators",
            _ => Camel(key),
        };
    }

    private static string Camel(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    [GeneratedRegex(@"^Indicators\[(\d+)\]\.(\w+)$")]
    private static partial Regex RowField();

    [GeneratedRegex(@"^Plan\[(\d+)\]\.Percent$")]
    private static partial Regex PlanField();
}
