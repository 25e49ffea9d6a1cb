using System.Text;
using Jixiao.Documents;
using Jixiao.Documents.Payments;
using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Evaluation.Tests;

public class PaymentImportTests
{
    private const string Code = "13068222P00675410002L";

    private static readonly string Yuan = string.Join("\r\n",
        "项目编码,支付日期,金额（元）,凭证号,行号,摘要",
        $"{Code},2022-03-15,\"12,000.00\",ZF-031,1,保安服务费",
        $"{Code},2022/6/30,36200.00,ZF-066,1,保安服务费",
        $"{Code},2022年7月5日,10000.00,ZF-071,1,监控维护",
        "13068222P00675410003L,2022-05-01,5000.00,ZF-050,1,其他项目") + "\r\n";

    [Fact]
    public void Utf8Csv_GivesCumulativeSpendingToADate()
    {
        // To 30 June: 12,000.00 + 36,200.00 = 48,200.00 元 = 4.82 万元; the July payment and the other project are excluded.
        var read = PaymentCsvReader.Read(Encoding.UTF8.GetBytes(Yuan), "pay.csv");
        Assert.False(read.HasErrors);
        var ledger = new PaymentLedger();
        Assert.Equal(4, ledger.Add(read.Value!.Records));
        Assert.Equal(Money.FromWanYuan(4.82m), ledger.SpentToMonthEnd(Code, 2022, 6));
        Assert.Equal(Money.FromWanYuan(5.82m), ledger.SpentTo(Code, new DateOnly(2022, 12, 31)));
    }

    [Fact]
    public void Gb18030Csv_InWanYuan_WithFullWidthDigits_IsRead()
    {
        // As Excel on Chinese Windows saves it: GB18030, header says 万元, digits typed full-width.
        var text = "项目编码,支付日期,支付金额(万元),凭证号\r\n"
            + $"{Code},２０２２－０６－３０,１．２３４５６７,ZF-1\r\n"
            + $"{Code},20220415,3.5,ZF-2\r\n";
        var bytes = TextDecoding.Gb18030.GetBytes(text);
        Assert.False(System.Text.Unicode.Utf8.IsValid(bytes));
        var read = PaymentCsvReader.Read(bytes, "pay-gbk.csv");
        Assert.False(read.HasErrors, string.Join("\n", read.Problems));
        // 1.234567 万元 = 12,345.67 元 exactly; plus 3.5 万元 → 4.734567 万元.
        Assert.Equal(new Money(1_234_567), read.Value!.Records[0].Amount);
        var ledger = new PaymentLedger();
        ledger.Add(read.Value.Records);
        Assert.Equal(Money.FromWanYuan(4.734567m), ledger.SpentToMonthEnd(Code, 2022, 6));
    }

    [Fact]
    public void ReimportingTheSameRecords_AddsNothing()
    {
        var ledger = new PaymentLedger();
        Assert.Equal(4, ledger.Add(PaymentCsvReader.Read(Encoding.UTF8.GetBytes(Yuan), "a.csv").Value!.Records));
        // The same export again, this time saved as GB18030 with a BOM-less header: nothing new.
        Assert.Equal(0, ledger.Add(PaymentCsvReader.Read(TextDecoding.Gb18030.GetBytes(Yuan), "a-again.csv").Value!.Records));
        Assert.Equal(4, ledger.Count);
        Assert.Equal(Money.FromWanYuan(4.82m), ledger.SpentToMonthEnd(Code, 2022, 6));
    }

    [Fact]
    public void IdenticalRowsWithoutVoucher_AreTwoPayments_ButReimportAddsNothing()
    {
        // Two genuine payments of 500 元 on the same day, no voucher column: both count (1,000 元), and re-importing the
        // file keeps 1,000 元.
        var text = $"项目编码,日期,金额\n{Code},2022-06-01,500\n{Code},2022-06-01,500\n";
        var ledger = new PaymentLedger();
        Assert.Equal(2, ledger.Add(PaymentCsvReader.Read(Encoding.UTF8.GetBytes(text), "x.csv").Value!.Records));
        Assert.Equal(0, ledger.Add(PaymentCsvReader.Read(Encoding.UTF8.GetBytes(text), "x.csv").Value!.Records));
        Assert.Equal(new Money(100_000), ledger.SpentToMonthEnd(Code, 2022, 6));
    }

    [Fact]
    public void BadCells_AreReportedWithFileLineAndColumn()
    {
        var text = $"项目编码,支付日期,金额（元）\n{Code},2022-13-01,100\n{Code},2022-06-01,12.345\n,2022-06-01,1\n{Code},2022-06-02,\"1,000.00\"\n";
        var read = PaymentCsvReader.Read(Encoding.UTF8.GetBytes(text), "bad.csv");
        Assert.True(read.HasErrors);
        var problems = read.Problems.Select(p => p.ToString()).ToList();
        Assert.Equal(3, problems.Count);
        Assert.Equal("错误（文件 bad.csv，第 2 行，“支付日期”）：“2022-13-01”不是日期（应为 2022-06-30、2022/6/30 或 2022年6月30日）", problems[0]);
        Assert.Contains("第 3 行，“金额（元）”", problems[1], StringComparison.Ordinal);
        Assert.Contains("2 位小数", problems[1], StringComparison.Ordinal);
        Assert.Contains("第 4 行，“项目编码”", problems[2], StringComparison.Ordinal);
    }

    [Fact]
    public void MissingColumns_AreNamed()
    {
        var read = PaymentCsvReader.Read(Encoding.UTF8.GetBytes("编码,时间,钱\n1,2,3\n"), "cols.csv");
        Assert.True(read.HasErrors);
        var p = Assert.Single(read.Problems);
        Assert.Contains("项目编码、支付日期、金额（元）或金额（万元）", p.Message, StringComparison.Ordinal);
        Assert.Equal(1, p.Line);
    }
}
