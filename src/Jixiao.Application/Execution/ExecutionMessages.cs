using Jixiao.Domain.Goals;

namespace Jixiao.Application.Execution;

/// <summary>What users read about execution data, 监控表 and 自评表: the labels of their money fields and every
/// problem with what was entered.</summary>
public static class ExecutionMessages
{
    public const string InitialBudget = "年初预算数";

    public const string AdjustedBudget = "调整后预算数";

    public const string ExpectedAnnualSpending = "全年预计执行数";

    public const string AnnualBudget = "全年预算数（A）";

    public const string AnnualSpent = "全年执行数（B）";

    public const string PaymentRecords = "支付记录";

    public static string SpentToMonth(int month) => $"1–{month}月执行数";

    public static string EntrySpent(int number) => $"第 {number} 条累计执行数";

    public static string EntryWithoutDate(int number) => $"第 {number} 条执行数：请填写截至日期。";

    public static string EntryOutsideYear(int number, DateOnly asOf, int year) => $"第 {number} 条执行数：截至日期 {asOf:yyyy-MM-dd} 不在 {year} 年度内。";

    public static string EntryDateRepeated(int number, DateOnly asOf) => $"第 {number} 条执行数：截至日期 {asOf:yyyy-MM-dd} 重复。";

    public static string MonthOutOfRange(int month) => $"监控月份 {month} 应在 1–12 之间。";

    public static string PointsOutOfRange(int row, decimal? points) => $"第 {row} 行分值 {points} 应在 0–100 之间。";

    public static string ScoreOutOfRange(int row, decimal? score) => $"第 {row} 行得分 {score} 应在 0–100 之间。";

    public static string NoSuchRow(int row, int count) => $"指标行 {row} 不存在：该项目的绩效目标表共有 {count} 行指标。";

    public static string RowRepeated(int row) => $"指标行 {row} 重复填写。";

    public static string PaymentFileImported(int records, int added, Money total, int duplicates) =>
        $"共 {records} 条，新增 {added} 条（合计 {total.ToWanYuanString()} 万元），重复 {duplicates} 条未计入";

    public static string Payments(int count, Money total) => $"{count} 笔，合计 {total.ToWanYuanString()} 万元";

    public static string PaymentsAdded(string now, int added, string fileName) => $"{now}（新增 {added} 笔，来自 {fileName}）";
}
