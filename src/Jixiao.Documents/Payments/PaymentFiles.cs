namespace Jixiao.Documents.Payments;

/// <summary>Reads payment records from a CSV or Excel (.xlsx) file, chosen by the extension.</summary>
public static class PaymentFiles
{
    public static FileRead<PaymentBatch> Read(string path) => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => PaymentXlsxReader.ReadFile(path),
        ".csv" or ".txt" or ".tsv" => PaymentCsvReader.ReadFile(path),
        var other => new FileRead<PaymentBatch>(null, [new ReadProblem(ProblemSeverity.Error, $"不支持的支付记录文件类型“{other}”。可导入：.csv（UTF-8 或 GB18030）、.xlsx。") { File = Path.GetFileName(path) }]),
    };
}
