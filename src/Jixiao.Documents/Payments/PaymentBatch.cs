using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Payments;

/// <summary>The payment records read from one file.</summary>
public sealed record PaymentBatch(IReadOnlyList<PaymentRecord> Records)
{
    /// <summary>Numbers identical rows without voucher or line (1st, 2nd …) in file order, so two genuine same-day
    /// payments of the same amount stay two records while a re-import of the file yields the same keys.</summary>
    internal static PaymentBatch FromRows(IEnumerable<PaymentRecord> rows)
    {
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var records = new List<PaymentRecord>();
        foreach (var row in rows)
        {
            var key = row.Key;
            seen[key] = seen.GetValueOrDefault(key) + 1;
            records.Add(row with { Occurrence = seen[key] });
        }

        return new PaymentBatch(records);
    }
}
