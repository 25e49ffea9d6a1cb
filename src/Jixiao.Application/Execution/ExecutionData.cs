using Jixiao.Domain.Goals;
using Jixiao.Domain.Monitoring;

namespace Jixiao.Application.Execution;

/// <summary>
/// The execution data of one project: budgets, the 执行数 entered by form, and the imported payments, as one ledger.
/// When the project has imported payments they are the 执行数 (the payment system's own record); otherwise the
/// cumulative figures entered by form are turned into ledger entries of their differences, so "spent to a date"
/// means the same for both.
/// </summary>
public sealed record ExecutionData(
    Money InitialBudget,
    Money? AdjustedBudget,
    IReadOnlyList<(DateOnly AsOf, Money Spent)> Entries,
    int PaymentCount,
    Money PaymentTotal,
    PaymentLedger Ledger,
    bool Stored)
{
    /// <summary>The budget execution is measured against: 调整后预算数 when there is one.</summary>
    public Money Budget => AdjustedBudget ?? InitialBudget;

    public bool FromPayments => PaymentCount > 0;

    public string SourceText => FromPayments ? $"来自已导入的 {PaymentCount} 条支付记录" : Entries.Count > 0 ? "来自录入的累计执行数" : "尚无执行数据";

    /// <summary>The last month of <paramref name="year"/> with recorded spending (0 when none): the execution line of
    /// a chart stops there instead of running flat into months not yet reported.</summary>
    public int LastMonth(int year) => Ledger.Records.Where(r => r.Date.Year == year).Select(r => r.Date.Month).DefaultIfEmpty(0).Max();

    public Money SpentToMonthEnd(string projectCode, int year, int month) => Ledger.SpentToMonthEnd(projectCode, year, month);

    /// <summary>Turns cumulative form entries into ledger entries of their differences (a later, smaller figure
    /// becomes a negative entry, i.e. a correction).</summary>
    public static PaymentLedger LedgerOfEntries(string projectCode, IEnumerable<(DateOnly AsOf, Money Spent)> entries)
    {
        var ledger = new PaymentLedger();
        var previous = Money.Zero;
        var year = 0;
        foreach (var (asOf, spent) in entries.OrderBy(e => e.AsOf))
        {
            if (asOf.Year != year)
            {
                previous = Money.Zero;
                year = asOf.Year;
            }

            ledger.Add([new PaymentRecord(projectCode, asOf, spent - previous) { Voucher = "录入", Line = asOf.DayNumber.ToString(System.Globalization.CultureInfo.InvariantCulture) }]);
            previous = spent;
        }

        return ledger;
    }
}
