using System.Globalization;
using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Monitoring;

/// <summary>
/// One payment out of the payment system (国库集中支付) charged to a project. <see cref="Key"/> identifies it across
/// imports: project code, date, amount, voucher and line when the export has them; without a voucher the
/// <see cref="Occurrence"/> (1st, 2nd … identical row of the same file) keeps two genuine same-day payments apart
/// while a re-export of the same rows maps onto the same keys.
/// </summary>
public sealed record PaymentRecord(string ProjectCode, DateOnly Date, Money Amount)
{
    /// <summary>支付凭证号, if the export has one.</summary>
    public string Voucher { get; init; } = string.Empty;

    /// <summary>明细行号 / 分录号 within the voucher, if any.</summary>
    public string Line { get; init; } = string.Empty;

    /// <summary>1 for the first identical row without a voucher in its file, 2 for the second …</summary>
    public int Occurrence { get; init; } = 1;

    /// <summary>摘要, kept for display only.</summary>
    public string Summary { get; init; } = string.Empty;

    public string Key =>
        string.Join('|', Goals.ProjectCode.Normalize(ProjectCode), Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Amount.Fen.ToString(CultureInfo.InvariantCulture), Voucher.Trim(), Line.Trim(),
            Voucher.Trim().Length == 0 && Line.Trim().Length == 0 ? Occurrence.ToString(CultureInfo.InvariantCulture) : "");
}
