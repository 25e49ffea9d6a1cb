using Jixiao.Cli;
using Jixiao.Documents;
using Jixiao.Documents.PublishedText;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Cli.Tests;

public class OfficeCommandTests
{
    private static (int Code, string Out, string Err) Run(params string[] args)
    {
        var (stdout, stderr) = (new StringWriter(), new StringWriter());
        var code = CliApp.Run(args, stdout, stderr);
        return (code, stdout.ToString(), stderr.ToString());
    }

    [Fact]
    public void ExportDocxAndXlsx_ThenImport_GivesTheDocumentBack()
    {
        var dir = TestFiles.TempDirectory();
        foreach (var format in new[] { "docx", "xlsx" })
        {
            var file = Path.Combine(dir, "text." + format);
            Assert.Equal(0, Run("export", TestFiles.DepartmentTextPath, "--format", format, "-o", file).Code);

            var result = DocumentFiles.Read(file);

            Assert.Empty(result.Problems);
            Assert.Empty(DocumentComparer.Compare(PublishedTextReader.ReadFile(TestFiles.DepartmentTextPath).Document, result.Document));
        }
    }

    [Fact]
    public void ImportDocx_WritesJson()
    {
        var (code, output, _) = Run("import", TestFiles.Fixture("libreoffice-official-layout.docx"));

        Assert.Equal(0, code);
        Assert.Contains("义务教育学校公用经费", output, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportDocxWithoutOutput_IsAUsageError()
    {
        var (code, _, error) = Run("export", TestFiles.DepartmentTextPath, "--format", "docx");

        Assert.Equal(2, code);
        Assert.Contains("必须用 -o", error, StringComparison.Ordinal);
    }

    [Fact]
    public void ExportOfficialLayoutForUnknownUnit_ListsTheUnits()
    {
        var file = Path.Combine(TestFiles.TempDirectory(), "unit.xlsx");

        var (code, _, error) = Run("export", TestFiles.DepartmentTextPath, "--format", "xlsx", "--layout", "official", "--unit", "999999", "-o", file);

        Assert.Equal(1, code);
        Assert.Contains("317001文化广电局本级", error, StringComparison.Ordinal);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public void Template_WritesTheEmptyWorkbook()
    {
        var file = Path.Combine(TestFiles.TempDirectory(), "模板.xlsx");

        var (code, _, _) = Run("template", "-o", file, "--profile", "B");

        Assert.Equal(0, code);
        Assert.Contains(DocumentFiles.Read(file).Errors, e => e.Message.Contains("没有任何项目行", StringComparison.Ordinal));
    }

    [Fact]
    public void ImportRenamedFile_FailsWithTheGuardMessage()
    {
        var file = Path.Combine(TestFiles.TempDirectory(), "伪装.xlsx");
        File.Copy(TestFiles.DepartmentTextPath, file);

        var (code, output, error) = Run("import", file);

        Assert.Equal(1, code);
        Assert.Empty(output);
        Assert.Contains("内容不是 Excel 工作簿", error, StringComparison.Ordinal);
    }
}
