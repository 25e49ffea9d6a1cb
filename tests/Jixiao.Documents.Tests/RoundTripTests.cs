using System.Text;
using Jixiao.Documents.Json;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Text;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

public class RoundTripTests
{
    public static TheoryData<string> Documents => new()
    {
        TestFiles.DepartmentTextPath,
        Path.Combine(TestFiles.RepositoryRoot, "samples", "示例-区财政局2024年部门预算绩效文本.txt"),
        TestFiles.Fixture("profile-b.txt"),
        TestFiles.Fixture("messy.txt"),
    };

    [Theory]
    [MemberData(nameof(Documents))]
    public void Text_ReadWriteRead_GivesTheSameDocumentFieldByField(string path)
    {
        var first = PublishedTextReader.ReadFile(path).Document;
        var written = PublishedTextWriter.Write(first);
        var second = PublishedTextReader.Read(written);

        Assert.Empty(second.Problems);
        Assert.Empty(DocumentComparer.Compare(first, second.Document));
        Assert.Equal(first, second.Document);
    }

    [Theory]
    [MemberData(nameof(Documents))]
    public void Json_WriteRead_GivesTheSameDocumentFieldByField(string path)
    {
        var first = PublishedTextReader.ReadFile(path).Document;
        var second = DocumentJson.Read(DocumentJson.Write(first));

        Assert.Empty(second.Problems);
        Assert.Empty(DocumentComparer.Compare(first, second.Document));
    }

    /// <summary>The import's character check scans the UTF-8 form written into a pooled buffer, and a UTF-8 JSON file is
    /// read from its bytes: both must be exactly the string forms' bytes and document.</summary>
    [Theory]
    [MemberData(nameof(Documents))]
    public void Json_Utf8WriteAndByteRead_AreTheStringForms(string path)
    {
        var document = PublishedTextReader.ReadFile(path).Document;
        var text = DocumentJson.Write(document);
        using var buffer = new PooledBufferWriter(16);
        DocumentJson.Write(document, buffer);
        Assert.Equal(Encoding.UTF8.GetBytes(text), buffer.WrittenSpan.ToArray());

        var file = Path.Combine(TestFiles.TempDirectory(), "document.json");
        File.WriteAllBytes(file, [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(text)]);
        var fromBytes = DocumentFiles.Read(file, ReadOptions.Default);
        var fromString = DocumentJson.Read(text);
        Assert.Empty(fromBytes.Problems);
        Assert.Equal(fromString.Document, fromBytes.Document);
        Assert.Empty(DocumentComparer.Compare(fromString.Document, fromBytes.Document));
    }

    [Fact]
    public void Writer_ProducesThePublishedLayout()
    {
        var text = PublishedTextWriter.Write(PublishedTextReader.ReadFile(TestFiles.DepartmentTextPath).Document);
        var lines = text.Split('\n');

        // The first table, line by line, as in the published file (without its bookmark marker).
        var start = Array.IndexOf(lines, "1.文物安全巡查经费绩效目标表");
        Assert.True(start > 0);
        Assert.Equal(
            ["1.文物安全巡查经费绩效目标表", "\t317001文化广电局本级", "\t单位：万元", "", "\t项目编码", "\t13910223P03171010001K", "\t项目名称", "\t文物安全巡查经费", "",
             "\t预算规模及资金用途", "\t预算数", "\t18.40", "\t其中：财政    资金", "\t18.40", "\t其他资金", "\t", "", "\t", "\t文物安全巡查经费", "",
             "\t资金支出计划（%）", "\t3月底", "\t6月底", "\t10月底", "\t12月底", "", "\t", "\t25%", "\t50%", "\t75%", "\t100%", "",
             "\t绩效目标", "\t1.文物安全巡查经费", "2.文物安全巡查经费", "3.文物安全巡查保障经费", "",
             "\t一级指标", "\t二级指标", "\t三级指标", "\t绩效指标描述", "\t指标值", "\t指标值确定依据", "",
             "\t产出指标", "\t数量指标", "\t巡查点位完成数量", "\t巡查点位完成数量", "\t100百分比", "\t是否合格", "",
             "\t", "\t质量指标"],
            lines[start..(start + 53)]);
        Assert.Contains("（三）文化和旅游市场监管完成保障措施：对网吧、歌舞娱乐场所、旅行社和A级景区开展日常巡查", text, StringComparison.Ordinal);
    }
}
