using System.IO.Compression;
using System.Text;
using Jixiao.Documents;
using Jixiao.Documents.Evaluation;
using Jixiao.Documents.Excel;
using Jixiao.Documents.Payments;
using Jixiao.Documents.Word;
using Jixiao.Domain.Goals;

namespace Jixiao.Office.Tests;

/// <summary>
/// Hundreds of damaged .docx and .xlsx files, made with a fixed seed so every run is the same: each must come back
/// as a ReadResult — with an error, or (for damage to a part nobody reads) with the undamaged model — and never as
/// an exception or a hang.
/// </summary>
public class FuzzTests
{
    private const int CasesPerKind = 60;

    public static TheoryData<string> Kinds => new() { "docx", "xlsx", "xlsx-official" };

    [Theory]
    [MemberData(nameof(Kinds))]
    public async Task CorruptedFiles_GiveErrorsNeverExceptions(string kind)
    {
        var original = Write(kind);
        var expected = Read(kind, original).Document;
        var random = new Random(20221);
        var errors = 0;
        var total = 0;
        foreach (var (name, bytes) in Corruptions(original, kind, random))
        {
            total++;
            // A hang fails the test instead of blocking the run.
            var result = await Task.Run(() => Read(kind, bytes)).WaitAsync(TimeSpan.FromSeconds(30));
            if (result.HasErrors)
            {
                errors++;
                Assert.All(result.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            }
            else if (!name.StartsWith("XML 乱码", StringComparison.Ordinal))
            {
                // Garbled markup can still be valid XML with other text in a cell, which is a different document,
                // not a damaged one; every other kind of damage must be noticed or be harmless.
                var diffs = DocumentComparer.Compare(expected, result.Document);
                Assert.True(diffs.Count == 0, name + ": " + string.Join("; ", diffs.Take(3)));
            }
        }

        Assert.True(total >= CasesPerKind * 7, $"只生成了 {total} 个样本");

        // Nearly every corruption must be noticed; only damage to parts the readers ignore may pass.
        Assert.True(errors >= total * 8 / 10, $"{total} 个损坏文件中只有 {errors} 个报告了错误");
    }

    /// <summary>The payment-record and 自评表 readers pass the same gate (<c>OfficePackageGuard.Open</c>): the same
    /// damaged workbooks give problems with a message, never an exception.</summary>
    [Fact]
    public async Task CorruptedWorkbooks_GivePaymentAndSelfEvaluationReadersErrorsNeverExceptions()
    {
        var random = new Random(20221);
        var total = 0;
        foreach (var (_, bytes) in Corruptions(Write("xlsx"), "xlsx", random))
        {
            total++;
            var payments = await Task.Run(() => PaymentXlsxReader.Read(bytes, "fuzz.xlsx")).WaitAsync(TimeSpan.FromSeconds(30));
            var evaluation = await Task.Run(() => SelfEvaluationReader.Read(bytes, "fuzz.xlsx")).WaitAsync(TimeSpan.FromSeconds(30));
            Assert.All(payments.Errors.Concat(evaluation.Errors), e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
            Assert.True(evaluation.HasErrors, "一份项目绩效目标工作簿不是自评表，必须报告问题");
        }

        Assert.True(total >= CasesPerKind * 7, $"只生成了 {total} 个样本");
    }

    private static byte[] Write(string kind) => kind switch
    {
        "docx" => WordWriter.Write(DepartmentText.Document),
        "xlsx" => ExcelBulkWriter.Write(DepartmentText.Document),
        _ => ExcelTablesWriter.Write(DepartmentText.Document),
    };

    private static ReadResult Read(string kind, byte[] bytes) =>
        kind == "docx" ? WordReader.Read(bytes, new ReadOptions { FileName = "fuzz.docx" }) : ExcelReader.Read(bytes, new ReadOptions { FileName = "fuzz.xlsx" });

    private static IEnumerable<(string Name, byte[] Bytes)> Corruptions(byte[] original, string kind, Random random)
    {
        var mainPart = kind == "docx" ? "word/document.xml" : "xl/worksheets/sheet1.xml";
        for (var i = 0; i < CasesPerKind; i++)
        {
            yield return ($"截断#{i}", original[..random.Next(0, original.Length - 1)]);
            yield return ($"随机字节#{i}", RandomBytes(random, random.Next(0, 4096), zipHeader: i % 2 == 0));

            var flipped = (byte[])original.Clone();
            for (var n = random.Next(1, 20); n > 0; n--)
            {
                flipped[random.Next(flipped.Length)] ^= (byte)random.Next(1, 256);
            }

            yield return ($"字节翻转#{i}", flipped);

            yield return ($"XML 截断#{i}", OfficePackageGuardTests.Rewrite(original, zip =>
                OfficePackageGuardTests.Replace(zip, mainPart, xml => xml[..random.Next(0, xml.Length)])));

            yield return ($"XML 乱码#{i}", OfficePackageGuardTests.Rewrite(original, zip =>
                OfficePackageGuardTests.Replace(zip, mainPart, xml => Garble(xml, random))));

            var entries = kind == "docx"
                ? new[] { "word/document.xml", "[Content_Types].xml", "_rels/.rels", "word/_rels/document.xml.rels" }
                : new[] { "xl/workbook.xml", "[Content_Types].xml", "_rels/.rels", "xl/_rels/workbook.xml.rels", mainPart };
            var missing = entries[i % entries.Length];
            yield return ($"缺少 {missing}#{i}", OfficePackageGuardTests.Rewrite(original, zip => zip.GetEntry(missing)?.Delete()));

            yield return ($"错误部件#{i}", OfficePackageGuardTests.Rewrite(original, zip =>
                OfficePackageGuardTests.Replace(zip, mainPart, _ => WrongPart(i, random))));
        }
    }

    private static byte[] RandomBytes(Random random, int length, bool zipHeader)
    {
        var bytes = new byte[length + 4];
        random.NextBytes(bytes);
        if (zipHeader)
        {
            bytes[0] = 0x50;
            bytes[1] = 0x4B;
            bytes[2] = 0x03;
            bytes[3] = 0x04;
        }

        return bytes;
    }

    /// <summary>Cuts, duplicates and inserts random stretches of markup.</summary>
    private static string Garble(string xml, Random random)
    {
        var sb = new StringBuilder(xml);
        for (var n = random.Next(1, 8); n > 0 && sb.Length > 10; n--)
        {
            var at = random.Next(sb.Length);
            switch (random.Next(4))
            {
                case 0:
                    sb.Remove(at, Math.Min(random.Next(1, 200), sb.Length - at));
                    break;
                case 1:
                    sb.Insert(at, "<w:tc><w:p><w:r><w:t>");
                    break;
                case 2:
                    sb.Insert(at, (char)random.Next(0, 0x3000));
                    break;
                default:
                    sb.Insert(at, sb.ToString(random.Next(sb.Length / 2), Math.Min(300, sb.Length / 2)));
                    break;
            }
        }

        return sb.ToString();
    }

    /// <summary>Well-formed XML that is not the part the reader expects.</summary>
    private static string WrongPart(int i, Random random) => (i % 4) switch
    {
        0 => "<?xml version=\"1.0\"?><html><body>不是 Office 部件</body></html>",
        1 => "<?xml version=\"1.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"/>",
        2 => "<?xml version=\"1.0\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"-5\"><c r=\"ZZZZZ0\" t=\"s\"><v>99999</v></c></row></sheetData></worksheet>",
        _ => "<?xml version=\"1.0\"?><!DOCTYPE x [<!ENTITY a \"" + new string('a', random.Next(1, 100)) + "\">]><x>&a;&a;</x>",
    };
}
