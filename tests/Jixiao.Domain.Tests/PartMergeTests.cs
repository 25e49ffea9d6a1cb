using Jixiao.Domain.Goals;
using F = Jixiao.Domain.Goals.FormFields;

namespace Jixiao.Domain.Tests;

/// <summary>A file merged over the stored document part by part: what the file's form lacks keeps what is stored,
/// with the stored record of what that part lacks; what the file has replaces it.</summary>
public class PartMergeTests
{
    private static readonly BudgetProject Stored1 = new() { Sequence = 1, UnitCode = "317001", ProjectCode = "13910223P000000000001", ProjectName = "文物保护", Budget = Money.FromWanYuan(12.5m) };

    private static readonly PerformanceDocument Full = new()
    {
        Title = "县文化广电局2023年部门预算绩效文本",
        FiscalYearSource = ValueSource.Title,
        DepartmentGoals = new DepartmentGoals
        {
            OverallGoal = "保障文化事业发展。",
            SubGoals = [new SubGoal { Number = 1, Title = "文物保护", GoalText = "完成修缮。" }],
            Safeguards = [new Safeguard { Number = 1, Title = "文物保护", Text = "专人负责。" }],
        },
        Projects = [Stored1],
    };

    private static readonly PerformanceDocument TableAlone = new()
    {
        FiscalYearSource = ValueSource.Option,
        DepartmentGoals = new DepartmentGoals { OverallGoal = "做好文化服务。", Duties = "负责文化工作", Indicators = [new Indicator { Name = "服务场次", Target = TargetValue.Parse("≥12场") }] },
        FormLacks = F.SubGoals | F.Safeguards | F.Part2,
    };

    [Fact]
    public void TableAlone_KeepsTheProjectsSubGoalsAndSafeguards_TakesTheTable()
    {
        var merged = PartMerge.Merge(Full, TableAlone);

        Assert.Equal([Stored1], merged.Projects);
        Assert.Equal(Full.DepartmentGoals.SubGoals, merged.DepartmentGoals.SubGoals);
        Assert.Equal(Full.DepartmentGoals.Safeguards, merged.DepartmentGoals.Safeguards);
        Assert.Equal("做好文化服务。", merged.DepartmentGoals.OverallGoal);
        Assert.Equal("负责文化工作", merged.DepartmentGoals.Duties);
        // Stored lacked nothing of the kept parts: 384 | 512 kept, none lacking.
        Assert.Equal(F.None, merged.FormLacks);
        Assert.Equal((Full.Title, ValueSource.Title), (merged.Title, merged.FiscalYearSource));
    }

    [Fact]
    public void GoalTables_KeepPart1Whole_WithItsRecord()
    {
        // Stored from the table, then its projects: no sub-goals or safeguards, as its form.
        var storedTable = TableAlone with { FormLacks = F.SubGoals | F.Safeguards, Projects = [Stored1] };
        var goalTables = new PerformanceDocument { FormLacks = F.Part1, Projects = [Stored1 with { Budget = Money.FromWanYuan(13m) }] };

        var merged = PartMerge.Merge(storedTable, goalTables);

        Assert.Equal(storedTable.DepartmentGoals, merged.DepartmentGoals);
        Assert.Equal(Money.FromWanYuan(13m), Assert.Single(merged.Projects).Budget);
        // The stored table's record (sub-goals and safeguards lacking: 128 + 256) is kept with it; Part 1 itself is there.
        Assert.Equal(F.SubGoals | F.Safeguards, merged.FormLacks);
        Assert.Equal(384, (int)merged.FormLacks);
    }

    [Fact]
    public void APartNothingIsStoredIn_StaysLacking_AsTheFilesFormSays()
    {
        // Stored: projects only, Part 1 empty though its form asked for it. The table brings no sub-goals or safeguards
        // and none are stored: 128 + 256 lacking; Part 2 is held (its projects kept): not lacking.
        var merged = PartMerge.Merge(new PerformanceDocument { Projects = [Stored1] }, TableAlone);

        Assert.Equal(F.SubGoals | F.Safeguards, merged.FormLacks);
        Assert.Equal([Stored1], merged.Projects);
    }

    [Fact]
    public void FullFile_ReplacesEverything()
    {
        var file = Full with { DepartmentGoals = new DepartmentGoals { OverallGoal = "新目标。" }, Projects = [] };

        Assert.Same(file, PartMerge.Merge(Full, file));
        Assert.Equal(F.None, PartMerge.KeptParts(file));
    }
}
