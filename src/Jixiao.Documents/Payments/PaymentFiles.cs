namespace Jixiao.Documents.Payments;

/// <summary>Reads payment records from a CSV or Excel (.xlsx) file, chosen by the extension.</summary>
public static class PaymentFiles
{
    /// <summary>The extensions <see cref="Read(byte[], string)"/> accepts.</summary>
    public static IReadOnlyList<string> Extensions { get; } = [".csv", ".txt", ".tsv", ".xlsx"];

    public static FileRead<PaymentBatch> Read(string path) => Guard(Path.GetFileName(path), () => Path.GetExtension(path).ToLowerInvariant() switch
    {
        ".xlsx" => PaymentXlsxReader.ReadFile(path),
        ".csv" or ".txt" or ".tsv" => PaymentCsvReader.ReadFile(path),
        var other => Unsupported(other, Path.GetFileName(path)),
    });

    /// <summary>An uploaded file: <paramref name="fileName"/>'s extension picks the reader and names the file in problems.</summary>
    public static FileRead<PaymentBatch> Read(byte[] bytes, string fileName) => Guard(fileName, () => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => PaymentXlsxReader.Read(bytes, fileName),
        ".csv" or ".txt" or ".tsv" => PaymentCsvReader.Read(bytes, fileName),
        var other => Unsupported(other, fileName),
    });

    /// <summary>A file of no one encoding is a problem of the file, named by line, not an error of the reader.</summary>
    private static FileRead<PaymentBatch> Guard(string fileName, Func<FileRead<PaymentBatch>> read)
    {
        try
        {
            return read();
        }
        catch (TextEncodingException e)
        {
            return new(null, [new ReadProblem(ProblemSeverity.Error, e.Message) { File = fileName, Line = e.Line }]);
        }
    }

    private static FileRead<PaymentBatch> Unsupported(string extension, string fileName) =>
        new(null, [new ReadProblem(ProblemSeverity.Error, $"不支持的支付记录文件类型“{extension}”。可导入：.csv（UTF-8 或 GB18030）、.xlsx。") { File = fileName }]);
}
