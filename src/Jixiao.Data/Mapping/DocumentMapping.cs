using Jixiao.Data.Entities;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Mapping;

/// <summary>A department document between the domain record and the stored document (Part 1) plus the current
/// versions of its projects (Part 2).</summary>
public static class DocumentMapping
{
    /// <summary>Copies the document-level fields and Part 1 of <paramref name="document"/> onto
    /// <paramref name="entity"/>, replacing its sub-goals and safeguards.</summary>
    public static void ApplyPart1(DepartmentDocument entity, PerformanceDocument document)
    {
        entity.RegionCode = document.RegionCode;
        entity.DepartmentCode = document.DepartmentCode;
        entity.FiscalYear = document.FiscalYear;
        entity.DepartmentName = document.DepartmentName;
        entity.Title = document.Title;
        entity.FiscalYearSource = document.FiscalYearSource;
        entity.RegionSource = document.RegionSource;
        entity.MoneyUnit = document.MoneyUnit;
        entity.TaxonomyProfile = document.TaxonomyProfile;
        entity.FormLacks = document.FormLacks;
        entity.OverallGoal = document.DepartmentGoals.OverallGoal;
        entity.DepartmentTable = DepartmentTableJson.Write(document.DepartmentGoals);
        entity.SubGoals.Clear();
        entity.SubGoals.AddRange(document.DepartmentGoals.SubGoals.Select((s, i) => new DocumentSubGoal
        {
            Position = i + 1,
            Number = s.Number,
            Title = s.Title,
            GoalText = s.GoalText,
            IndicatorText = s.IndicatorText,
        }));
        entity.Safeguards.Clear();
        entity.Safeguards.AddRange(document.DepartmentGoals.Safeguards.Select((s, i) => new DocumentSafeguard
        {
            Position = i + 1,
            Number = s.Number,
            Title = s.Title,
            Text = s.Text,
        }));
    }

    /// <summary>The stored document as a domain record; <paramref name="projects"/> are the versions to show, in
    /// any order (they are sorted by their table number).</summary>
    public static PerformanceDocument ToDomain(DepartmentDocument entity, IEnumerable<ProjectVersion> projects) => ToDomain(entity, projects, null);

    /// <summary>As <see cref="ToDomain(DepartmentDocument, IEnumerable{ProjectVersion})"/>; documents read together
    /// share <paramref name="parsed"/> (targets and labelled texts parsed once per text).</summary>
    public static PerformanceDocument ToDomain(DepartmentDocument entity, IEnumerable<ProjectVersion> projects, ParsedTexts? parsed) =>
        WithTables(entity, projects.Select(v => ProjectMapping.ToDomain(v, parsed)));

    /// <summary>The stored document as a domain record with <paramref name="tables"/>, its project tables already rebuilt
    /// (in any order: they are sorted by their table number).</summary>
    public static PerformanceDocument WithTables(DepartmentDocument entity, IEnumerable<BudgetProject> tables) => new()
    {
        Title = entity.Title,
        FiscalYear = entity.FiscalYear,
        FiscalYearSource = entity.FiscalYearSource,
        RegionCode = entity.RegionCode,
        RegionSource = entity.RegionSource,
        DepartmentCode = entity.DepartmentCode,
        DepartmentName = entity.DepartmentName,
        MoneyUnit = entity.MoneyUnit,
        TaxonomyProfile = entity.TaxonomyProfile,
        FormLacks = entity.FormLacks,
        DepartmentGoals = DepartmentTableJson.Read(entity.DepartmentTable, new DepartmentGoals
        {
            OverallGoal = entity.OverallGoal,
            SubGoals = [.. entity.SubGoals.OrderBy(s => s.Position).Select(s => new SubGoal
            {
                Number = s.Number,
                Title = s.Title,
                GoalText = s.GoalText,
                IndicatorText = s.IndicatorText,
            })],
            Safeguards = [.. entity.Safeguards.OrderBy(s => s.Position).Select(s => new Safeguard
            {
                Number = s.Number,
                Title = s.Title,
                Text = s.Text,
            })],
        }),
        Projects = [.. tables.OrderBy(p => p.Sequence)],
    };
}
