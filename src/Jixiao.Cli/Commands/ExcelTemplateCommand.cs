using Jixiao.Documents.Excel;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Cli.Commands;

/// <summary>`jixiao template -o 模板.xlsx [--profile A|B]`: writes the empty bulk workbook for units to fill in.</summary>
internal sealed class ExcelTemplateCommand : ICommand
{
    public string Name => "template";

    public string Usage => "jixiao template -o 模板.xlsx [--profile A|B]";

    public string Summary => "生成空白的 Excel 批量填报模板（项目、指标、部门整体目标三张表，带表头、一级/二级指标下拉列表和填写说明）。";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, aliases: new Dictionary<string, string> { ["-o"] = "--output" });
        var output = a.Option("--output") ?? throw new UsageException("缺少 -o（输出的 .xlsx 文件）。");
        var profileId = a.Option("--profile")?.ToUpperInvariant() ?? "A";
        a.RejectUnknown();
        if (a.Positional.Count > 0)
        {
            throw new UsageException($"template 不接受输入文件（“{a.Positional[0]}”）。");
        }

        var profile = TaxonomyProfile.Find(profileId) ?? throw new UsageException($"--profile 只能是 A（88号）或 B（101号），而不是“{profileId}”。");
        OutputFile.WriteBytes(output, ExcelBulkWriter.Template(profile));
        stderr.WriteLine($"已写入 {output}：批量填报模板（指标体系 {profile.Id}：{profile.Name}）。");
        return ExitCodes.Success;
    }
}
