using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Jixiao.Documents.Excel;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Office.Tests;

public class TemplateTests
{
    [Theory]
    [InlineData("A")]
    [InlineData("B")]
    public void Template_HasHeadersDropDownsAndNotes(string profileId)
    {
        var profile = TaxonomyProfile.Find(profileId)!;
        using var package = SpreadsheetDocument.Open(new MemoryStream(ExcelBulkWriter.Template(profile)), false);
        var workbook = package.WorkbookPart!;
        var sheets = workbook.Workbook!.Sheets!.Elements<Sheet>().ToDictionary(s => s.Name!.Value!, s => (WorksheetPart)workbook.GetPartById(s.Id!));

        Assert.Equal(["项目", "指标", "部门整体目标", "指标体系", "填写说明"], sheets.Keys);
        var headers = sheets["指标"].Worksheet!.Descendants<Row>().First().Elements<Cell>().Select(c => c.InnerText).ToList();
        Assert.Equal(["项目编码", "项目名称", "一级指标", "二级指标", "三级指标", "绩效指标描述", "指标值", "指标值确定依据"], headers);

        var validations = sheets["指标"].Worksheet!.Descendants<DataValidation>().ToList();
        Assert.Contains(validations, v => v.Type?.Value == DataValidationValues.List && v.Formula1!.Text.StartsWith("'指标体系'!$A$2", StringComparison.Ordinal));
        Assert.Contains(validations, v => v.Type?.Value == DataValidationValues.List && v.Formula1!.Text == "INDIRECT($C2)");
        Assert.All(validations, v => Assert.False(string.IsNullOrEmpty(v.Prompt?.Value)));

        // Each 一级指标 is a defined name over its 二级指标, which the dependent drop-down looks up.
        // The drop-down lists' names; _xlnm.Print_Titles are the sheets' print settings.
        var names = workbook.Workbook.DefinedNames!.Elements<DefinedName>().Select(n => n.Name!.Value!).Where(n => !n.StartsWith("_xlnm.", StringComparison.Ordinal)).ToList();
        Assert.Equal(profile.Level1.Select(l => l.Name), names);
    }

    [Fact]
    public void EmptyTemplate_ImportsAsAClearError()
    {
        var result = ExcelReader.Read(ExcelBulkWriter.Template(), new Jixiao.Documents.ReadOptions { FileName = "模板.xlsx" });

        Assert.True(result.HasErrors);
        Assert.Contains(result.Errors, e => e.Sheet == "项目" && e.Message.Contains("没有任何项目行", StringComparison.Ordinal));
    }
}
