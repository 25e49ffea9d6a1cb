namespace Jixiao.Data.Entities;

/// <summary>
/// One payment imported from the payment system (国库集中支付), charged to a project. <see cref="RecordKey"/> is the
/// domain's natural key (project code, date, amount in fen, voucher, line or occurrence) and is unique per project,
/// so importing the same export again adds nothing.
/// </summary>
public class Payment
{
    public long Id { get; set; }

    public int ProjectId { get; set; }

    public Project? Project { get; set; }

    public DateOnly Date { get; set; }

    public long AmountFen { get; set; }

    /// <summary>支付凭证号 ("" when the export has none).</summary>
    public string Voucher { get; set; } = string.Empty;

    /// <summary>明细行号 / 分录号 ("" when none).</summary>
    public string Line { get; set; } = string.Empty;

    /// <summary>1st, 2nd … identical row without voucher and line in its file.</summary>
    public int Occurrence { get; set; } = 1;

    /// <summary>摘要.</summary>
    public string Summary { get; set; } = string.Empty;

    /// <summary><see cref="Jixiao.Domain.Monitoring.PaymentRecord.Key"/>.</summary>
    public string RecordKey { get; set; } = string.Empty;

    public string SourceFile { get; set; } = string.Empty;

    public string ImportedBy { get; set; } = string.Empty;

    public DateTime ImportedAt { get; set; }
}
