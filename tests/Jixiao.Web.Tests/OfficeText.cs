using System.IO.Compression;
using System.Text.RegularExpressions;

namespace Jixiao.Web.Tests;

/// <summary>The visible text of a .docx or .xlsx: the text nodes of its XML parts, for asserting what a download
/// contains.</summary>
internal static partial class OfficeText
{
    public static string Of(byte[] bytes)
    {
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.NotNull(zip.GetEntry("[Content_Types].xml"));
        var parts = zip.Entries.Where(e => e.FullName.StartsWith("word/document", StringComparison.Ordinal) || e.FullName.StartsWith("xl/sharedStrings", StringComparison.Ordinal) || e.FullName.StartsWith("xl/worksheets/", StringComparison.Ordinal));
        var text = new System.Text.StringBuilder();
        foreach (var part in parts)
        {
            using var reader = new StreamReader(part.Open());
            text.Append(Tags().Replace(reader.ReadToEnd(), string.Empty)).Append('\n');
        }

        return System.Net.WebUtility.HtmlDecode(text.ToString());
    }

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tags();
}
