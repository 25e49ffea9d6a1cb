using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Text;

/// <summary>The comparison key readers and review rules share (one mapping for both): full-width to half-width, every whitespace dropped.</summary>
public class ChineseTextKeyTests
{
    [Theory]
    [InlineData("其中：财政    资金", "其中:财政资金")]
    [InlineData("１００％", "100%")]
    [InlineData("＞＝９５％", ">=95%")]
    [InlineData("数量\u3000指标\t（个）", "数量指标(个)")]
    [InlineData("办案\r\n数量", "办案数量")]
    [InlineData("", "")]
    public void Key_IsHalfWidth_WithoutWhitespace(string text, string key)
    {
        Assert.Equal(key, ChineseText.Key(text));
    }

    [Fact]
    public void Key_OfAKey_IsTheSameString()
    {
        // Reviews take the key of every cell millions of times: an unchanged text must not be copied.
        const string text = "群众满意度";
        Assert.Same(text, ChineseText.Key(text));
    }

    [Fact]
    public void Key_OfALongCell_MapsEveryCharacter()
    {
        // Longer than the stack buffer: the pooled buffer must give the same key.
        var text = string.Concat(Enumerable.Repeat("完成　率＝１００％ ", 60));
        var key = ChineseText.Key(text);
        Assert.Equal(string.Concat(Enumerable.Repeat("完成率=100%", 60)), key);
    }

    [Fact]
    public void ToHalfWidth_KeepsSpaces_MapsIdeographicSpace()
    {
        Assert.Equal("A 1 :", ChineseText.ToHalfWidth("Ａ\u3000１ ："));
        Assert.Equal('5', ChineseText.ToHalfWidth('５'));
        Assert.Equal('中', ChineseText.ToHalfWidth('中'));
    }
}
