using Jixiao.Domain.Goals;
using Jixiao.Domain.Library;

namespace Jixiao.Domain.Tests.Library;

public class LibraryAggregatorTests
{
    private static IndicatorUse Use(string name, string unit, decimal? number, int year = 2022, string region = "130682", string department = "222",
        int project = 1, string projectName = "业务培训经费", string basis = "计划标准", Comparator? comparator = Comparator.GreaterOrEqual,
        string level2 = "质量指标", params string[] flags) =>
        new(region, year, department, "纪委", project, $"P{project}", projectName, "A", "产出指标", level2, name, unit, comparator, number, basis, flags);

    [Fact]
    public void Variants_MergeIntoOneEntry_WithTheCommonestSpelling()
    {
        var a = new LibraryAggregator();
        a.Add(Use("群众满意度", "%", 90m, project: 1));
        a.Add(Use("群众满意度", "%", 95m, project: 2));
        a.Add(Use("群众满意率", "%", 98m, project: 3));

        var entry = Assert.Single(a.Entries(), e => e.RegionCode == "130682");
        Assert.Equal(("群众满意度", "群众满意度", 3, 3), (entry.Key, entry.Name, entry.Uses, entry.Projects));
        Assert.Equal(["群众满意度", "群众满意率"], entry.Spellings.Select(s => s.Text));
        Assert.Equal(new TargetDistribution(3, 90m, 92.5m, 95m, 96.5m, 98m), entry.MainUnit!.Distribution);
    }

    [Fact]
    public void EveryRow_CountsForItsRegionAndTheNationalBase()
    {
        var a = new LibraryAggregator();
        a.Add(Use("培训合格率", "%", 90m, region: "130682"));
        a.Add(Use("培训合格率", "%", 80m, region: "130600", project: 2));

        var entries = a.Entries().ToList();
        Assert.Equal(["", "130600", "130682"], entries.Select(e => e.RegionCode));
        Assert.Equal(2, entries[0].Uses);
        Assert.Equal(85m, entries[0].MainUnit!.Distribution!.Median);
    }

    [Fact]
    public void Units_Directions_Years_Bases_Flags_Departments_Kinds()
    {
        var a = new LibraryAggregator();
        a.Add(Use("培训人数", "人", 100m, year: 2021, project: 1, basis: "计划标准：培训计划"));
        a.Add(Use("培训人数", "人", 300m, year: 2022, project: 2, basis: "计划标准：培训计划", department: "301"));
        a.Add(Use("培训人数", "人次", 500m, year: 2022, project: 3, comparator: Comparator.Equal, flags: "计量单位缺失"));
        a.Add(Use("培训人数", "", null, year: 2022, project: 4, projectName: "会议组织经费", comparator: null, flags: ["指标值含糊", "计量单位缺失"]));

        var e = Assert.Single(a.Entries(), x => x.RegionCode == "130682");
        Assert.Equal((2021, 2022, 4, 2), (e.FirstYear, e.LastYear, e.Uses, e.FlaggedRows));
        Assert.Equal(["人", "", "人次"], e.Units.Select(u => u.Unit));
        var people = e.Units[0];
        Assert.Equal(("≥", 2, 200m), (people.Direction, people.Count, people.Distribution!.Median));
        Assert.Equal([(2021, 100m), (2022, 300m)], people.ByYear.Select(y => (y.Year, y.Distribution.Median)));
        Assert.Equal("=", e.UnitFacts("人次")!.Direction);
        Assert.Null(e.UnitFacts("")!.Distribution);
        Assert.Equal([new LibraryCount("计划标准", 2), new LibraryCount("计划标准：培训计划", 2)], e.Bases);
        Assert.Equal([new LibraryCount("计量单位缺失", 2), new LibraryCount("指标值含糊", 1)], e.Flags);
        Assert.Equal([("222", 3, "纪委"), ("301", 1, "纪委")], e.Departments.Select(d => (d.Text, d.Count, d.Detail)));
        Assert.Equal([new LibraryCount("培训", 3), new LibraryCount("会议", 1)], e.Keywords);
        Assert.Equal(["P1", "P2", "P3", "P4"], e.Examples);
    }

    [Fact]
    public void EmptyNames_AreNotLearned()
    {
        var a = new LibraryAggregator();
        a.Add(Use("  ", "%", 90m));

        Assert.Empty(a.Entries());
        Assert.Equal(0, a.Rows);
    }

    [Fact]
    public void FrameworkEntries_CarryTheirSource_AndPlacementInBothProfiles()
    {
        var entries = FrameworkIndicators.Default.Entries();

        var training = Assert.Single(entries, e => e.Name == "受训学员满意度");
        Assert.Equal(("满意度指标", "服务对象满意度指标", "%"), (training.Level1, training.Level2, training.MainUnit!.Unit));
        Assert.Contains("财预〔2015〕88号", training.Source, StringComparison.Ordinal);
        Assert.Equal(["A", "B"], training.Placements.Select(p => p.Profile));
        Assert.Equal(entries.Count, entries.Select(e => e.Key).Distinct().Count());
    }
}
