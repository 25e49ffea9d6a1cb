using Jixiao.Data.Entities;
using Jixiao.Data.Mapping;
using Jixiao.Domain.Goals;

namespace Jixiao.Data.Tests;

/// <summary>Rows rebuilt with the texts of a read parsed once (<see cref="ParsedTexts"/>) are the rows rebuilt one by
/// one, and a text met again is not parsed again.</summary>
public sealed class ParsedTextsTests
{
    private const string Standards = """[{"label":"评分标准","text":"完成得5分，未完成不得分"}]""";

    private const string Extras = """[{"label":"备注","text":"按季度统计"},{"label":"指标性质","text":"≥"}]""";

    [Fact]
    public void RowsRebuiltWithParsedTexts_EqualRowsRebuiltOneByOne_AndShareTheValuesOfOneText()
    {
        var parsed = new ParsedTexts();
        var first = IndicatorMapping.ToDomain(Row("≥95%", Standards, Extras), parsed);
        var second = IndicatorMapping.ToDomain(Row("≥95%", Standards, Extras), parsed);
        var other = IndicatorMapping.ToDomain(Row("≤10万元", Extras, string.Empty), parsed);

        Assert.Equal(IndicatorMapping.ToDomain(Row("≥95%", Standards, Extras)), first);
        Assert.Equal(IndicatorMapping.ToDomain(Row("≤10万元", Extras, string.Empty)), other);
        Assert.Equal([new LabeledText("评分标准", "完成得5分，未完成不得分")], first.Standards);
        Assert.Equal(2, first.Extras.Count);
        Assert.Same(first.Standards, second.Standards);
        Assert.Same(first.Extras, second.Extras);
        Assert.Same(first.Extras, other.Standards); // the same JSON, whichever column holds it
        Assert.Same(first.Target, second.Target);
        Assert.Empty(other.Extras);
        Assert.Equal(95m, first.Target.Number);
    }

    [Fact]
    public void AnEmptyText_IsNoLabelledTexts_AndAProjectsExtrasAreParsedOnceToo()
    {
        var parsed = new ParsedTexts();
        var version = new ProjectVersion { Extras = Extras, Name = "项目", Indicators = [Row("100%", string.Empty, string.Empty)] };

        var project = ProjectMapping.ToDomain(version, parsed);

        Assert.Empty(parsed.Labeled(string.Empty));
        Assert.Empty(project.Indicators[0].Standards);
        Assert.Same(parsed.Labeled(Extras), project.Extras);
        Assert.Equal(ProjectMapping.ToDomain(version), project);
    }

    private static ProjectIndicator Row(string target, string standards, string extras) => new()
    {
        Row = 1,
        Level1 = "产出指标",
        Level2 = "数量指标",
        Name = "完成率",
        TargetText = target,
        Standards = standards,
        Extras = extras,
    };
}
