using System.Text;
using Jixiao.Domain.Goals;
using Jixiao.Tests;

namespace Jixiao.Documents.Tests;

/// <summary>Government PCs save text as GB18030 ("ANSI"), UTF-16 ("Unicode") or UTF-8 with or without BOM; every
/// one must read to the same document.</summary>
public class EncodingTests
{
    private static readonly string SourceText = File.ReadAllText(TestFiles.DepartmentTextPath, Encoding.UTF8);
    private static readonly PerformanceDocument Expected = DocumentFiles.Read(TestFiles.DepartmentTextPath).Document;

    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "utf-16le", "gb18030"];

    [Theory]
    [MemberData(nameof(Encodings))]
    public void TextSavedInAnyEncoding_ReadsToTheSameDocument(string encoding)
    {
        var path = Path.Combine(TestFiles.TempDirectory(), $"text-{encoding}.txt");
        File.WriteAllBytes(path, Encode(SourceText, encoding));

        var result = DocumentFiles.Read(path);

        Assert.Empty(result.Problems);
        Assert.Empty(DocumentComparer.Compare(Expected, result.Document));
    }

    [Fact]
    public void Detect_TellsGb18030FromUtf8()
    {
        Assert.Equal("GB18030", TextDecoding.Detect(Encode("文物安全巡查经费", "gb18030")).Encoding.WebName.ToUpperInvariant());
        Assert.Equal(Encoding.UTF8.WebName, TextDecoding.Detect(Encode("文物安全巡查经费", "utf-8")).Encoding.WebName);
    }

    [Fact]
    public void Detect_DoesNotTakeAsciiForUtf16()
    {
        Assert.Equal(Encoding.UTF8.WebName, TextDecoding.Detect(Encode("abcdefgh\n12345678\n", "utf-8")).Encoding.WebName);
    }

    private static byte[] Encode(string text, string encoding)
    {
        _ = TextDecoding.Gb18030; // registers the code-page provider
        return encoding switch
        {
            "utf-8" => new UTF8Encoding(false).GetBytes(text),
            "utf-8-bom" => [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)],
            "utf-16le-bom" => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)],
            "utf-16be-bom" => [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(text)],
            "utf-16le" => Encoding.Unicode.GetBytes(text),
            "gb18030" => Encoding.GetEncoding("GB18030").GetBytes(text),
            _ => throw new ArgumentOutOfRangeException(nameof(encoding)),
        };
    }
}
