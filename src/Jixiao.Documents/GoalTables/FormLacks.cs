using Jixiao.Domain.Goals;

namespace Jixiao.Documents.GoalTables;

/// <summary>
/// Which of Jixiao's fields a table's form does not have, from what its head and indicator heading hold: a field
/// is lacking when the form has no label or column for it and nothing was read into it. The review then checks
/// the table by what its form asks for.
/// </summary>
internal static class FormLacks
{
    public static FormFields Of(BudgetProject project, HeadContext head, IReadOnlyList<ColumnMapping> columns)
    {
        var lacks = FormFields.None;
        if (project.UnitCode.Length == 0 && !head.Kinds.Has(GoalLabel.UnitCode))
        {
            lacks |= FormFields.UnitCode;
        }

        if (project.ProjectCode.Length == 0 && !head.Kinds.Has(GoalLabel.ProjectCode))
        {
            lacks |= FormFields.ProjectCode;
        }

        if (project.FundUse.Length == 0 && !head.Kinds.Has(GoalLabel.FundUse) && !head.Kinds.Has(GoalLabel.BudgetAndUse))
        {
            lacks |= FormFields.FundUse;
        }

        if (project.SpendingPlan.IsEmpty && !head.Kinds.Has(GoalLabel.SpendingPlan))
        {
            lacks |= FormFields.SpendingPlan;
        }

        // Columns only where there are rows: without an indicator table the form's columns are not known.
        if (project.Indicators.Count > 0)
        {
            // "指标内容" beside a 三级指标 column is the description.
            var description = Has(columns, GoalColumn.Description) || (Has(columns, GoalColumn.NameOrDescription) && Has(columns, GoalColumn.Name));
            if (!description && project.Indicators.All(i => i.Description.Length == 0))
            {
                lacks |= FormFields.Description;
            }

            if (!Has(columns, GoalColumn.TargetBasis) && project.Indicators.All(i => i.TargetBasis.Length == 0))
            {
                lacks |= FormFields.TargetBasis;
            }
        }

        return lacks;
    }

    private static bool Has(IReadOnlyList<ColumnMapping> columns, GoalColumn column) =>
        columns.Any(c => c.Column == column && c.Kind == MappingKind.Mapped);
}
