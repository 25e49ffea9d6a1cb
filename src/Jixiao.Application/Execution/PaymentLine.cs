using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>One payment record of an upload as the preview shows it: the record (numbered in file order), the
/// project it belongs to and what importing it will do.</summary>
public sealed record PaymentLine(int Number, PaymentRecord Record, int? ProjectId, string ProjectName, PaymentLineStatus Status)
{
    public string StatusText => Status switch
    {
        PaymentLineStatus.New => "新增",
        PaymentLineStatus.Duplicate => "已导入过（不重复计入）",
        PaymentLineStatus.UnknownProject => $"找不到项目：{Record.Date.Year} 年度没有项目编码为 {Record.ProjectCode} 的项目",
        _ => $"无权导入：项目“{ProjectName}”不属于您的单位",
    };

    public bool IsError => Status is PaymentLineStatus.UnknownProject or PaymentLineStatus.Forbidden;

    /// <summary>The problem in the words of the file readers: which record, which cell.</summary>
    public string? Problem => IsError ? $"错误（第 {Number} 条支付记录，“项目编码”{Record.ProjectCode}，{Record.Date:yyyy-MM-dd}，{Record.Amount.ToWanYuanString()} 万元）：{StatusText}" : null;
}
