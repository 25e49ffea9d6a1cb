using Jixiao.Domain.Library;

namespace Jixiao.Domain.Tests.Library;

public class IndicatorNamesTests
{
    [Theory]
    [InlineData("群众满意率", "群众满意度")]
    [InlineData("群众满意度", "群众满意度")]
    [InlineData(" 受训学员满意度（%）", "受训学员满意度")]
    [InlineData("受训学员满意度(％)", "受训学员满意度")]
    [InlineData("人均培训成本（元）", "人均培训成本")]
    [InlineData("“双随机”抽查覆盖率", "双随机抽查覆盖率")]
    [InlineData("其它费用控制率", "其他费用控制率")]
    [InlineData("台帐建立率", "台账建立率")]
    [InlineData("APP下载量", "app下载量")]
    [InlineData("任务按时完成率", "任务按期完成率")]
    public void Key_MergesSpellingVariants(string name, string key) => Assert.Equal(key, IndicatorNames.Key(name));

    [Theory]
    [InlineData("产品合格率", "产品达标率")]
    [InlineData("政策知晓率", "政策知晓度")]
    [InlineData("满意度（群众）", "满意度")]
    [InlineData("项目完成率", "项目完成数")]
    public void Key_KeepsDifferentMeaningsApart(string one, string other) => Assert.NotEqual(IndicatorNames.Key(one), IndicatorNames.Key(other));

    [Fact]
    public void WordList_KeepsItsOwnKeptApartPairsApart()
    {
        foreach (var pair in LibraryWords.Default.KeptApart)
        {
            Assert.NotEqual(IndicatorNames.Key(pair[0]), IndicatorNames.Key(pair[1]));
        }
    }
}
