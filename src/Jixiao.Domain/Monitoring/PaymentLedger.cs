using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// 执行数 from payment records: the cumulative amount spent on a project up to a date. Adding records already in
/// the ledger (same <see cref="PaymentRecord.Key"/>) changes nothing, so re-importing an export is harmless.
/// </summary>
public sealed class PaymentLedger
{
    private readonly Dictionary<string, PaymentRecord> _records = new(StringComparer.Ordinal);

    public int Count => _records.Count;

    public IEnumerable<PaymentRecord> Records => _records.Values;

    /// <summary>Adds the records not yet present; returns how many were new.</summary>
    public int Add(IEnumerable<PaymentRecord> records)
    {
        var added = 0;
        foreach (var record in records)
        {
            if (_records.TryAdd(record.Key, record))
            {
                added++;
            }
        }

        return added;
    }

    /// <summary>1–N月执行数: everything paid on <paramref name="projectCode"/> from 1 January of the fiscal year of
    /// <paramref name="date"/> up to and including <paramref name="date"/>.</summary>
    public Money SpentTo(string projectCode, DateOnly date)
    {
        var code = ProjectCode.Normalize(projectCode);
        var yearStart = new DateOnly(date.Year, 1, 1);
        return Money.Sum(_records.Values
            .Where(r => r.Date >= yearStart && r.Date <= date && ProjectCode.Normalize(r.ProjectCode) == code)
            .Select(r => r.Amount));
    }

    /// <summary>Spending to the end of <paramref name="month"/> of <paramref name="year"/>.</summary>
    public Money SpentToMonthEnd(string projectCode, int year, int month) =>
        SpentTo(projectCode, new DateOnly(year, month, DateTime.DaysInMonth(year, month)));

    public IReadOnlyList<string> ProjectCodes =>
        [.. _records.Values.Select(r => ProjectCode.Normalize(r.ProjectCode)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
}
