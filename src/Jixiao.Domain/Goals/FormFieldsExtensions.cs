namespace Jixiao.Domain.Goals;

/// <summary>What a project's form lacks, as its values now stand.</summary>
public static class FormFieldsExtensions
{
    /// <summary>
    /// <paramref name="project"/>'s <see cref="BudgetProject.FormLacks"/> without the fields that now hold a value:
    /// a field filled in (on the project page) is asked for from then on, so leaving it empty again is a defect,
    /// while the fields still empty keep the record of the form the table came in.
    /// </summary>
    public static FormFields StillLacking(this BudgetProject project)
    {
        ArgumentNullException.ThrowIfNull(project);
        var lacks = project.FormLacks;
        if (lacks == FormFields.None)
        {
            return lacks;
        }

        if (project.UnitCode.Trim().Length > 0)
        {
            lacks &= ~FormFields.UnitCode;
        }

        if (project.ProjectCode.Trim().Length > 0)
        {
            lacks &= ~FormFields.ProjectCode;
        }

        if (project.FundUse.Trim().Length > 0)
        {
            lacks &= ~FormFields.FundUse;
        }

        if (!project.SpendingPlan.IsEmpty)
        {
            lacks &= ~FormFields.SpendingPlan;
        }

        if (project.Indicators.Any(i => i.Description.Trim().Length > 0))
        {
            lacks &= ~FormFields.Description;
        }

        if (project.Indicators.Any(i => i.TargetBasis.Trim().Length > 0))
        {
            lacks &= ~FormFields.TargetBasis;
        }

        return lacks & ~DocumentParts;
    }

    /// <summary>The document's <see cref="PerformanceDocument.FormLacks"/> once Part 1 holds anything: a Part 1
    /// written in (on the unit page) is checked like any other.</summary>
    public static FormFields StillLacking(this PerformanceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var goals = document.DepartmentGoals;
        var lacks = document.FormLacks & DocumentParts;
        if (!goals.IsEmpty)
        {
            lacks &= ~FormFields.Part1;
        }

        if (goals.SubGoals.Count > 0)
        {
            lacks &= ~FormFields.SubGoals;
        }

        if (goals.Safeguards.Count > 0)
        {
            lacks &= ~FormFields.Safeguards;
        }

        return document.Projects.Count > 0 ? lacks & ~FormFields.Part2 : lacks;
    }

    /// <summary>The parts a document's form may lack (the rest are a table's).</summary>
    public const FormFields DocumentParts = FormFields.Part1 | FormFields.SubGoals | FormFields.Safeguards | FormFields.Part2;

    /// <summary>The parts in <paramref name="lacks"/> as the form prints them, in its order ("单位代码、资金用途"); empty
    /// for none.</summary>
    public static string Names(this FormFields lacks) => string.Join("、", lacks.PartNames());

    /// <summary>The names of the parts in <paramref name="lacks"/> as the form prints them (the review's field names
    /// too), in the form's order: Part 1, the head cells, then the indicator columns.</summary>
    public static IReadOnlyList<string> PartNames(this FormFields lacks) =>
        [.. Printed.Where(p => (lacks & p.Flag) != 0).Select(p => p.Name)];

    private static readonly (FormFields Flag, string Name)[] Printed =
    [
        (FormFields.Part1, "第一部分"),
        (FormFields.SubGoals, "分项绩效目标"),
        (FormFields.Safeguards, "工作保障措施"),
        (FormFields.Part2, "第二部分"),
        (FormFields.UnitCode, "单位代码"),
        (FormFields.ProjectCode, "项目编码"),
        (FormFields.FundUse, "资金用途"),
        (FormFields.SpendingPlan, "资金支出计划"),
        (FormFields.Description, "绩效指标描述"),
        (FormFields.TargetBasis, "指标值确定依据"),
    ];

    /// <summary><paramref name="document"/> read in Jixiao's full form: nothing lacking, in the document and every project.</summary>
    public static PerformanceDocument InFullForm(this PerformanceDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return document.FormLacks == FormFields.None && document.Projects.All(p => p.FormLacks == FormFields.None)
            ? document
            : document with { FormLacks = FormFields.None, Projects = [.. document.Projects.Select(p => p with { FormLacks = FormFields.None })] };
    }
}
