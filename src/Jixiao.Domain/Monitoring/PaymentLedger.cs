using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// 执行数 from payment records: the cumulative amount spent on a project up to a date. Adding records already in
/// the ledger (same <see cref="PaymentRecord.Key"/>) changes nothing, so re-importing an export is harmless.
/// Records are kept per project (by normalised code) so a query reads only its own project's payments.
/// </summary>
public sealed class PaymentLedger
{
    private readonly HashSet<string> _keys = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<PaymentRecord>> _byProject = new(StringComparer.Ordinal);

    public int Count => _keys.Count;

    public IEnumerable<PaymentRecord> Records => _byProject.Values.SelectMany(r => r);

    public IReadOnlyList<string> ProjectCodes => [.. _byProject.Keys.Order(StringComparer.Ordinal)];

    /// <summary>Adds the records not yet present; returns how many were new.</summary>
    public int Add(IEnumerable<PaymentRecord> records)
    {
        var added = 0;
        foreach (var record in records)
        {
            if (!_keys.Add(record.Key))
            {
                continue;
            }

            var code = ProjectCode.Normalize(record.ProjectCode);
            if (!_byProject.TryGetValue(code, out var list))
            {
                _byProject[code] = list = [];
            }

            list.Add(record);
            added++;
        }

        return added;
    }

    /// <summary>1–N月执行数: everything paid on <paramref name="projectCode"/> from 1 January of the fiscal year of
    /// <paramref name="date"/> up to and including <paramref name="date"/>.</summary>
    public Money SpentTo(string projectCode, DateOnly date)
    {
        if (!_byProject.TryGetValue(ProjectCode.Normalize(projectCode), out var records))
        {
            return Money.Zero;
        }

        var yearStart = new DateOnly(date.Year, 1, 1);
        var total = Money.Zero;
        foreach (var r in records)
        {
            if (r.Date >= yearStart && r.Date <= date)
            {
                total += r.Amount;
            }
        }

        return total;
    }

    /// <summary>Spending to the end of <paramref name="month"/> of <paramref name="year"/>.</summary>
    public Money SpentToMonthEnd(string projectCode, int year, int month) =>
        SpentTo(projectCode, new DateOnly(year, month, DateTime.DaysInMonth(year, month)));
}
