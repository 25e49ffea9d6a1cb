using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Mapping;

/// <summary>A project table between the immutable domain record and its stored version (both ways).</summary>
public static class ProjectMapping
{
    /// <summary>The content of <paramref name="project"/> as a new, unsaved version (number and provenance are
    /// set by the importer).</summary>
    public static ProjectVersion ToVersion(BudgetProject project) => new()
    {
        Sequence = project.Sequence,
        UnitCode = project.UnitCode,
        UnitName = project.UnitName,
        MoneyUnit = project.MoneyUnit,
        Name = project.ProjectName,
        CodeAsWritten = project.ProjectCode,
        BudgetFen = project.Budget.Fen,
        FiscalFundsFen = project.FiscalFunds?.Fen,
        OtherFundsFen = project.OtherFunds?.Fen,
        FundUse = project.FundUse,
        Extras = LabeledTextJson.Write(project.Extras),
        FormLacks = project.FormLacks,
        Checkpoints = [.. project.SpendingPlan.Checkpoints.Select(c => new PlanCheckpoint { Month = c.Month, CumulativePercent = c.CumulativePercent })],
        Goals = [.. project.Goals.Select((g, i) => new ProjectGoal { Position = i + 1, Number = g.Number, Text = g.Text })],
        Indicators = [.. project.Indicators.Select((x, i) => IndicatorMapping.ToEntity(x, i + 1))],
    };

    public static BudgetProject ToDomain(ProjectVersion version) => ToDomain(version, null);

    /// <summary>As <see cref="ToDomain(ProjectVersion)"/>, reusing the texts parsed for other tables of the same read.</summary>
    public static BudgetProject ToDomain(ProjectVersion version, ParsedTexts? parsed) => Head(version, parsed) with
    {
        Goals = [.. version.Goals.OrderBy(g => g.Position).Select(g => new Goal(g.Number, g.Text))],
        Indicators = [.. version.Indicators.OrderBy(i => i.Row).Select(i => IndicatorMapping.ToDomain(i, parsed))],
    };

    /// <summary>The table's head, budget and spending plan without its goals and indicator rows, whatever the version
    /// holds of them: what the execution lines are computed from.</summary>
    public static BudgetProject ToPlan(ProjectVersion version) => Head(version, null);

    private static BudgetProject Head(ProjectVersion version, ParsedTexts? parsed) => new()
    {
        Sequence = version.Sequence,
        UnitCode = version.UnitCode,
        UnitName = version.UnitName,
        MoneyUnit = version.MoneyUnit,
        ProjectCode = version.CodeAsWritten,
        ProjectName = version.Name,
        Budget = new Money(version.BudgetFen),
        FiscalFunds = version.FiscalFundsFen is { } fiscal ? new Money(fiscal) : null,
        OtherFunds = version.OtherFundsFen is { } other ? new Money(other) : null,
        FundUse = version.FundUse,
        SpendingPlan = new SpendingPlan(version.Checkpoints.OrderBy(c => c.Month)
            .Select(c => new SpendingCheckpoint(c.Month, DecimalValues.Normalize(c.CumulativePercent)))),
        Extras = parsed is null ? LabeledTextJson.Read(version.Extras) : parsed.Labeled(version.Extras),
        FormLacks = version.FormLacks,
    };
}
