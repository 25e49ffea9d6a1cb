using Jixiao.Domain.Monitoring;

namespace Jixiao.Documents.Payments;

/// <summary>
/// Reads payment records exported from the payment system as CSV (UTF-8 with or without BOM, or GB18030 as Excel on
/// Chinese Windows saves it): a header row, then one payment a row. Every bad cell is reported with file, line and
/// column; a file with any error yields nothing to import.
/// </summary>
public static class PaymentCsvReader
{
    public static FileRead<PaymentBatch> Read(byte[] bytes, string? fileName)
    {
        var problems = new List<ReadProblem>();
        var rows = CsvText.Split(TextDecoding.Decode(bytes)).Where(r => r.Cells.Any(c => c.Trim().Length > 0)).ToList();
        if (rows.Count == 0)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, "文件为空，没有表头和支付记录。") { File = fileName });
            return new FileRead<PaymentBatch>(null, problems);
        }

        var (headerLine, header) = rows[0];
        var columns = PaymentColumns.Find(header, out var headerProblem);
        if (columns is null)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Error, headerProblem!) { File = fileName, Line = headerLine });
            return new FileRead<PaymentBatch>(null, problems);
        }

        var records = new List<PaymentRecord>();
        foreach (var (line, cells) in rows.Skip(1))
        {
            var record = PaymentRowParser.Parse(cells, columns, null, out var problem);
            if (record is null)
            {
                problems.Add(new ReadProblem(ProblemSeverity.Error, problem!.Value.Message) { File = fileName, Line = line, Cell = problem.Value.Column });
                continue;
            }

            records.Add(record);
        }

        if (records.Count == 0 && problems.Count == 0)
        {
            problems.Add(new ReadProblem(ProblemSeverity.Warning, "文件只有表头，没有支付记录。") { File = fileName });
        }

        return new FileRead<PaymentBatch>(PaymentBatch.FromRows(records), problems);
    }

    public static FileRead<PaymentBatch> ReadFile(string path) =>
        File.Exists(path)
            ? Read(File.ReadAllBytes(path), Path.GetFileName(path))
            : new FileRead<PaymentBatch>(null, [new ReadProblem(ProblemSeverity.Error, $"找不到文件“{path}”。请检查路径是否正确。") { File = Path.GetFileName(path) }]);
}
