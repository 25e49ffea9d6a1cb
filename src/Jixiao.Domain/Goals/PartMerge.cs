namespace Jixiao.Domain.Goals;

/// <summary>
/// A file imported over a stored document, part by part: units send a department's 部门整体支出绩效目标表 and its
/// project tables in separate files, so a part the file's form does not have (<see cref="PerformanceDocument.FormLacks"/>:
/// <see cref="FormFields.Part1"/>, <see cref="FormFields.SubGoals"/>, <see cref="FormFields.Safeguards"/>,
/// <see cref="FormFields.Part2"/>) keeps what is stored, with the stored record of what it lacks (a part nothing is
/// stored in stays lacking, as the file's form says); a part the file has replaces the stored one (a project missing
/// from a file that has project tables is still removed).
/// </summary>
public static class PartMerge
{
    /// <summary>The parts of <paramref name="file"/>'s form that keep what is stored.</summary>
    public static FormFields KeptParts(PerformanceDocument file)
    {
        ArgumentNullException.ThrowIfNull(file);
        return file.FormLacks & FormFieldsExtensions.DocumentParts;
    }

    /// <summary><paramref name="file"/> with the parts it does not have taken from <paramref name="stored"/> (whose
    /// <see cref="PerformanceDocument.Projects"/> must be the stored ones when the file lacks Part 2). A file without
    /// Part 1 keeps all of it, the department table included; a 部门整体支出绩效目标表 keeps the stored sub-goals and
    /// safeguards. The title and department name the file does not give are kept too, and how the year and region
    /// were found (the document was matched by them: they are the stored ones).</summary>
    public static PerformanceDocument Merge(PerformanceDocument stored, PerformanceDocument file)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var kept = KeptParts(file);
        if (kept == FormFields.None)
        {
            return file;
        }

        var goals = file.DepartmentGoals;
        // What the merged document lacks: for a part kept with something in it, the stored record (Part 1 kept whole
        // brings its sub-goals' and safeguards'); for a part neither the file nor the store holds, the file's form.
        var fromStore = kept & HeldParts(stored);
        if ((kept & FormFields.Part1) != 0)
        {
            fromStore |= (fromStore & FormFields.Part1) != 0 ? FormFields.SubGoals | FormFields.Safeguards : FormFields.None;
            goals = stored.DepartmentGoals;
        }
        else
        {
            goals = goals with
            {
                SubGoals = (kept & FormFields.SubGoals) != 0 ? stored.DepartmentGoals.SubGoals : goals.SubGoals,
                Safeguards = (kept & FormFields.Safeguards) != 0 ? stored.DepartmentGoals.Safeguards : goals.Safeguards,
            };
        }

        return file with
        {
            Title = file.Title.Length > 0 ? file.Title : stored.Title,
            DepartmentName = file.DepartmentName.Length > 0 ? file.DepartmentName : stored.DepartmentName,
            FiscalYearSource = stored.FiscalYearSource,
            RegionSource = stored.RegionSource,
            DepartmentGoals = goals,
            Projects = (kept & FormFields.Part2) != 0 ? stored.Projects : file.Projects,
            FormLacks = (file.FormLacks & ~fromStore) | (stored.FormLacks & fromStore),
        };
    }

    /// <summary>The document parts <paramref name="document"/> holds something in.</summary>
    private static FormFields HeldParts(PerformanceDocument document)
    {
        var goals = document.DepartmentGoals;
        return (goals.IsEmpty ? FormFields.None : FormFields.Part1)
            | (goals.SubGoals.Count > 0 ? FormFields.SubGoals : FormFields.None)
            | (goals.Safeguards.Count > 0 ? FormFields.Safeguards : FormFields.None)
            | (document.Projects.Count > 0 ? FormFields.Part2 : FormFields.None);
    }
}
