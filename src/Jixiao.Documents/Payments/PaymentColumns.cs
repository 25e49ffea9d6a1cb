using Jixiao.Domain.Text;

namespace Jixiao.Documents.Payments;

/// <summary>
/// Which column of a payment export holds what, found from the header row by the names payment systems use
/// (项目编码, 支付日期, 金额（元）/金额（万元）, 凭证号, 行号, 摘要). The amount's unit comes from its header: 万元 when
/// the header says so, 元 otherwise.
/// </summary>
internal sealed record PaymentColumns(int Code, int Date, int Amount, bool AmountInWanYuan, int? Voucher, int? Line, int? Summary, IReadOnlyList<string> Headers)
{
    private static readonly string[] CodeNames = ["项目编码", "项目代码", "预算项目编码", "项目编号", "PRO_CODE"];
    private static readonly string[] DateNames = ["支付日期", "日期", "记账日期", "凭证日期", "业务日期", "付款日期", "PAY_DATE"];
    private static readonly string[] AmountNames = ["金额", "支付金额", "支出金额", "付款金额", "发生额", "借方金额", "PAY_AMT"];
    private static readonly string[] VoucherNames = ["凭证号", "凭证编号", "支付凭证号", "支付令号", "单据号", "VOU_NO"];
    private static readonly string[] LineNames = ["行号", "分录号", "明细行号", "明细号"];
    private static readonly string[] SummaryNames = ["摘要", "用途", "说明"];

    /// <summary>Maps the header cells; null (and the reason) when a required column is missing.</summary>
    public static PaymentColumns? Find(IReadOnlyList<string> headers, out string? problem)
    {
        var bases = headers.Select(h => Split(h)).ToList();
        int? Find(string[] names) =>
            bases.FindIndex(b => names.Any(n => string.Equals(b.Name, ChineseText.Key(n), StringComparison.OrdinalIgnoreCase))) is var i and >= 0 ? i : null;

        var code = Find(CodeNames);
        var date = Find(DateNames);
        var amount = Find(AmountNames);
        var missing = new List<string>();
        if (code is null)
        {
            missing.Add("项目编码");
        }

        if (date is null)
        {
            missing.Add("支付日期");
        }

        if (amount is null)
        {
            missing.Add("金额（元）或金额（万元）");
        }

        if (missing.Count > 0)
        {
            problem = $"表头缺少列：{string.Join("、", missing)}。表头应含“项目编码、支付日期、金额（元）”，可选“凭证号、行号、摘要”；实际表头为：{string.Join("，", headers.Select(h => h.Trim()))}";
            return null;
        }

        problem = null;
        return new PaymentColumns(code!.Value, date!.Value, amount!.Value, bases[amount.Value].Unit == "万元", Find(VoucherNames), Find(LineNames), Find(SummaryNames), headers);
    }

    /// <summary>"金额（万元）" → ("金额", "万元"); "金额万元" → ("金额", "万元"); "金额" → ("金额", "").</summary>
    private static (string Name, string Unit) Split(string header)
    {
        var key = ChineseText.Key(header).TrimStart('\uFEFF');
        var open = key.IndexOf('(', StringComparison.Ordinal);
        if (open > 0)
        {
            return (key[..open], key[(open + 1)..].TrimEnd(')'));
        }

        foreach (var unit in new[] { "万元", "元" })
        {
            if (key.EndsWith(unit, StringComparison.Ordinal) && key.Length > unit.Length)
            {
                return (key[..^unit.Length], unit);
            }
        }

        return (key, "");
    }
}
