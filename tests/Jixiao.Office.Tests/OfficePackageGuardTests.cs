using System.IO.Compression;
using System.Text;
using Jixiao.Documents;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Office;
using Jixiao.Documents.Word;

namespace Jixiao.Office.Tests;

public class OfficePackageGuardTests
{
    private static byte[] TextDocx => WordWriter.Write(DepartmentText.Document);

    [Fact]
    public void Guard_RejectsFileOverTheSizeLimit()
    {
        var options = new ReadOptions { OfficeLimits = new OfficeLimits { MaxFileBytes = 1000 } };

        var result = WordReader.Read(TextDocx, options);

        Assert.Contains("超过了允许的上限", Assert.Single(result.Errors).Message);
        Assert.Empty(result.Document.Projects);
    }

    [Fact]
    public void Guard_RejectsTextFileRenamedToDocx()
    {
        var result = DocumentFiles.Read(Jixiao.Tests.TestFiles.DepartmentTextBytes, ".docx", new ReadOptions { FileName = "text.docx" });

        var error = Assert.Single(result.Errors);
        Assert.Contains("内容不是 Word 文档", error.Message);
        Assert.Equal("text.docx", error.File);
    }

    [Fact]
    public void Guard_RejectsOldBinaryWordFile()
    {
        byte[] ole = [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]];

        Assert.Contains("旧版", Assert.Single(WordReader.Read(ole).Errors).Message);
    }

    [Fact]
    public void Guard_RejectsWorkbookRenamedToDocx()
    {
        var result = WordReader.Read(ExcelBulkWriter.Write(DepartmentText.Document));

        Assert.Contains("内容是 Excel 工作簿", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Guard_RejectsMacroProject()
    {
        var withMacro = Rewrite(TextDocx, zip => zip.CreateEntry("word/vbaProject.bin").Open().Write(new byte[64]));

        Assert.Contains("宏", Assert.Single(WordReader.Read(withMacro).Errors).Message);
    }

    [Fact]
    public void Guard_RejectsMacroEnabledContentType()
    {
        var docm = Rewrite(TextDocx, zip => Replace(zip, "[Content_Types].xml", xml => xml.Replace(
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
            "application/vnd.ms-word.document.macroEnabled.main+xml", StringComparison.Ordinal)));

        Assert.Contains("宏", Assert.Single(WordReader.Read(docm).Errors).Message);
    }

    [Fact]
    public void Guard_RejectsZipBomb()
    {
        // 50 MB of zeros packs to about 50 KB: a ratio of 1000, far above any real document.
        var bomb = Rewrite(TextDocx, zip =>
        {
            using var entry = zip.CreateEntry("word/media/image1.png", CompressionLevel.SmallestSize).Open();
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 50; i++)
            {
                entry.Write(zeros);
            }
        });

        Assert.Contains("压缩炸弹", Assert.Single(WordReader.Read(bomb).Errors).Message);
    }

    [Fact]
    public void Guard_RejectsPackageThatUnpacksBeyondTheLimit()
    {
        var options = new ReadOptions { OfficeLimits = new OfficeLimits { MaxUnpackedBytes = 100 * 1024 } };

        var result = WordReader.Read(TextDocx, options);

        Assert.Contains("压缩炸弹", Assert.Single(result.Errors).Message);
    }

    [Fact]
    public void Guard_AcceptsOrdinaryDocumentAndWorkbook()
    {
        Assert.Null(OfficePackageGuard.Check(TextDocx, OfficeKind.Word, OfficeLimits.Default));
        Assert.Null(OfficePackageGuard.Check(ExcelBulkWriter.Write(DepartmentText.Document), OfficeKind.Excel, OfficeLimits.Default));
    }

    internal static byte[] Rewrite(byte[] package, Action<ZipArchive> change)
    {
        using var stream = new MemoryStream();
        stream.Write(package);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            change(zip);
        }

        return stream.ToArray();
    }

    internal static void Replace(ZipArchive zip, string name, Func<string, string> change)
    {
        var entry = zip.GetEntry(name)!;
        string text;
        using (var reader = new StreamReader(entry.Open()))
        {
            text = reader.ReadToEnd();
        }

        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(name).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    }
}
