namespace Jixiao.Cli.Commands;

/// <summary>`jixiao template`: the empty Excel bulk workbook (`template -o 模板.xlsx`), or a 自评表/监控表 JSON prefilled
/// from an approved table (`template selfeval|monitor DOC --project …`).</summary>
internal sealed class TemplateCommand : ICommand
{
    private readonly ExcelTemplateCommand _excel = new();
    private readonly FormTemplateCommand _form = new();

    public string Name => "template";

    public string Usage => $"{_excel.Usage}\n  {_form.Usage}";

    public string Summary => $"{_excel.Summary}\n      或：{_form.Summary}";

    public int Run(string[] args, TextWriter stdout, TextWriter stderr) =>
        args.Length > 0 && args[0] is "selfeval" or "monitor" ? _form.Run(args, stdout, stderr) : _excel.Run(args, stdout, stderr);
}
