using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review;

/// <summary>
/// The review of a table by what its form asks for. A field the source form lacks
/// (<see cref="BudgetProject.FormLacks"/>, <see cref="PerformanceDocument.FormLacks"/>) is not reported cell by
/// cell and costs nothing; one note per table (and one per file for a missing Part 1) names what the form does not
/// have and what to do if the region requires it. A field the form has but left empty is a defect as before.
/// </summary>
public static class FormNotice
{
    /// <summary>The part of the form a finding's field belongs to on a table (none for a field every form has).</summary>
    public static FormFields OfTableField(string? field) => field switch
    {
        ReviewFields.UnitCode => FormFields.UnitCode,
        ReviewFields.ProjectCode => FormFields.ProjectCode,
        ReviewFields.FundUse => FormFields.FundUse,
        ReviewFields.SpendingPlan => FormFields.SpendingPlan,
        ReviewFields.Description => FormFields.Description,
        ReviewFields.Basis => FormFields.TargetBasis,
        _ => FormFields.None,
    };

    /// <summary>The part of the form a document-level finding's field belongs to: Part 1's fields.</summary>
    public static FormFields OfDocumentField(string? field) => field switch
    {
        ReviewFields.OverallGoal or ReviewFields.Part1 => FormFields.Part1,
        ReviewFields.SubGoals => FormFields.Part1 | FormFields.SubGoals,
        ReviewFields.Safeguards => FormFields.Part1 | FormFields.Safeguards,
        ReviewFields.Part2 => FormFields.Part2,
        _ => FormFields.None,
    };

    /// <summary>The note on a table whose form lacks <paramref name="lacks"/>.</summary>
    public static (string Message, string Fix) ForTable(string tableLabel, FormFields lacks)
    {
        var names = string.Concat((lacks & ~FormFieldsExtensions.DocumentParts).PartNames().Select(n => $"“{n}”"));
        return ($"{tableLabel}所用表式没有{names}栏，这些栏目未逐项检查，也不扣分。",
            "如本地要求填报，请在项目页补填；补填后即按要求检查。");
    }

    /// <summary>The note on a file whose form lacks <paramref name="lacks"/>: goal tables only (no Part 1), or a
    /// 部门整体支出绩效目标表 (no 分项绩效目标 or 工作保障措施, and alone no project tables).</summary>
    public static (string Message, string Fix) ForDocument(FormFields lacks)
    {
        if ((lacks & FormFields.Part1) != 0)
        {
            return ("本文件只有项目绩效目标表，没有第一部分（总体绩效目标、分项绩效目标、工作保障措施），第一部分未作检查，也不扣分。",
                "如本地要求报送部门整体绩效目标，请在单位页补填第一部分；补填后即按要求检查。");
        }

        var names = string.Concat(lacks.PartNames().Select(n => $"“{n}”"));
        return ($"本文件所用的部门整体支出绩效目标表没有{names}，这些部分未作检查，也不扣分。",
            "如本地要求填报，请在单位页补填第一部分的分项绩效目标和工作保障措施、导入项目绩效目标表；补填后即按要求检查。");
    }
}
