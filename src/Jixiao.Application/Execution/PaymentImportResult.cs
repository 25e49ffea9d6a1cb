namespace Jixiao.Application.Execution;

/// <summary>What an import stored: the lines as finally decided inside the import's transaction (a record another
/// import stored in the meantime is a duplicate, not an error) and how many records were added.</summary>
public sealed record PaymentImportResult(IReadOnlyList<PaymentLine> Lines, int Added)
{
    public int Duplicates => Lines.Count(l => l.Status == PaymentLineStatus.Duplicate);
}
