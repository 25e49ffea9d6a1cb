using Jixiao.Domain.Library;

namespace Jixiao.Domain.Tests.Library;

public class SuggestionRankerTests
{
    private static SuggestionCandidate Candidate(string name, string level2, int projects, string kind = "", string department = "",
        bool recommended = false, bool retired = false) => new(new LibraryEntry
        {
            Key = IndicatorNames.Key(name),
            Name = name,
            Level2 = level2,
            Projects = projects,
            Placements = [new LibraryPlacement("A", "产出指标", level2, projects)],
            Keywords = kind.Length == 0 ? [] : [new LibraryCount(kind, projects)],
            Departments = department.Length == 0 ? [] : [new LibraryCount(department, projects)],
        }, recommended, retired);

    [Fact]
    public void Prefix_Beats_Contains_Beats_Similar()
    {
        var ranked = SuggestionRanker.Rank(
            [Candidate("学员培训合格率", "质量指标", 9), Candidate("培训合格率", "质量指标", 1), Candidate("培训合格比率", "质量指标", 1), Candidate("车辆完好率", "质量指标", 50)],
            new SuggestionContext("培训合格率"));

        Assert.Equal(["培训合格率", "学员培训合格率", "培训合格比率"], ranked.Select(c => c.Entry.Name));
    }

    [Fact]
    public void Score_WorkedFigures()
    {
        // Prefix 3 + 二级 2 + recommended 1.5 + one kind word 0.5 + department 1 + own region 0.5 + log10(1+99)/3.
        var c = Candidate("培训合格率", "质量指标", 99, kind: "培训", department: "222", recommended: true);

        var score = SuggestionRanker.Score(c, "培训", "质量指标", ["培训"], "222");

        Assert.Equal(3 + 2 + 1.5 + 0.5 + 1 + 0.5 + (2.0 / 3), score, 10);
    }

    [Fact]
    public void RowLevel2_AndProjectKind_DecideBetweenEqualMatches()
    {
        var ranked = SuggestionRanker.Rank(
            [Candidate("完成数量", "数量指标", 100), Candidate("完成时间", "时效指标", 10, kind: "培训")],
            new SuggestionContext("完成", Level2: "时效指标", ProjectName: "2023年业务培训经费"));

        Assert.Equal("完成时间", ranked[0].Entry.Name);
    }

    [Fact]
    public void Retired_IsNeverSuggested() =>
        Assert.Empty(SuggestionRanker.Rank([Candidate("培训合格率", "质量指标", 100, retired: true)], new SuggestionContext("培训")));

    [Theory]
    [InlineData("群众知晓率", "政策知晓率", 0.5)]
    [InlineData("满意度", "满意度", 1.0)]
    [InlineData("完成率", "出勤天数", 0.0)]
    public void Dice_WorkedFigures(string a, string b, double expected) => Assert.Equal(expected, NameSimilarity.Dice(a, b), 10);
}
