using System.Text;
using Jixiao.Documents.Payments;

namespace Jixiao.Documents.Tests;

/// <summary>A file of no one encoding — invalid bytes after a UTF-8 BOM, or UTF-8 and GB18030 lines mixed — is refused
/// with a message naming the line, by every reader, instead of crashing or importing garbled text.</summary>
public class MixedEncodingTests
{
    /// <summary>17 bytes: a UTF-8 BOM, valid UTF-8, then bytes that are not (the file that crashed the import).</summary>
    public static readonly byte[] BomThenInvalid = [0xEF, 0xBB, 0xBF, 0xE9, 0xBB, 0xB1, 0xFF, 0xFE, 0xE5, 0xB7, 0xA5, 0xE4, 0xBD, 0x9C, 0x0A, 0x0A, 0xC3];

    private static byte[] Mixed => [.. Encoding.UTF8.GetBytes("第一部分\n部门整体绩效目标\n"), .. Gb18030("总体绩效目标\n保障全区学校正常运转\n")];

    [Fact]
    public void BomThenInvalidBytes_IsRefusedNamingTheLine_ByTheDocumentAndPaymentReaders()
    {
        var text = DocumentFiles.Read(BomThenInvalid, ".txt", new ReadOptions { FileName = "bad.txt" });
        var json = DocumentFiles.Read(BomThenInvalid, ".json", new ReadOptions { FileName = "bad.json" });
        var payments = PaymentFiles.Read(BomThenInvalid, "bad.csv");

        foreach (var problem in new[] { Assert.Single(text.Errors), Assert.Single(json.Errors), Assert.Single(payments.Problems) })
        {
            Assert.Equal(1, problem.Line);
            Assert.Contains("文件以 UTF-8 标记开头，但第 1 行含有不是 UTF-8 的字节", problem.Message, StringComparison.Ordinal);
            Assert.Contains("以“UTF-8”编码另存", problem.Message, StringComparison.Ordinal);
        }

        Assert.Null(payments.Value);
    }

    [Fact]
    public void Utf8AndGb18030Lines_AreRefusedNamingBoth()
    {
        var read = DocumentFiles.Read(Mixed, ".txt", new ReadOptions { FileName = "mixed.txt" });

        var problem = Assert.Single(read.Errors);
        Assert.Equal("文件混用了两种编码：第 1 行是 UTF-8，第 3 行是 GB18030（ANSI），按任何一种读取都会有乱码，未导入。请用记事本或 WPS 打开该文件，把全部内容统一以“UTF-8”编码另存，再重新导入。", problem.Message);
        Assert.Equal(3, problem.Line);
    }

    [Theory]
    [InlineData("第一部分\n部门整体绩效目标\n总体绩效目标\n保障全区学校正常运转，完成3所学校校舍维修改造\n无\n")]
    [InlineData("项目名称\t安保经费\n预算数\t19.56\n")]
    // "元/亩" in GB18030 (D4 AA 2F C4 B6) is two valid two-byte UTF-8 sequences: no UTF-8 line for all that.
    [InlineData("三级指标\t指标值\n\t1600元/亩\n\t<=475元/亩\n")]
    public void PureGb18030_StillReads(string text)
    {
        Assert.Equal(text, TextDecoding.Decode(Gb18030(text)));
    }

    private static byte[] Gb18030(string text) => TextDecoding.Gb18030.GetBytes(text);
}
