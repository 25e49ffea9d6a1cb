using Jixiao.Documents;
using Jixiao.Tests;

namespace Jixiao.Office.Tests;

/// <summary>Old binary .xls and .doc files (as many county offices still save them) are converted with LibreOffice
/// and read like their new-format originals.</summary>
public class OldBinaryFormatTests
{
    [SkippableTheory]
    [InlineData("hebei-ningjin-2019-zhuxuejin.xlsx", "xls")]
    [InlineData("hunan-nanyue-2018-fupin.docx", "doc")]
    public void OldBinaryFile_ReadsAsItsOriginal(string fixture, string format)
    {
        LibreOffice.Require("soffice");
        var copy = Path.Combine(TestFiles.TempDirectory(), fixture);
        File.Copy(TestFiles.Fixture(Path.Combine("corpus", fixture)), copy);
        var original = DocumentFiles.Read(copy);

        var converted = DocumentFiles.Read(LibreOffice.Convert(copy, format));

        Assert.Empty(converted.Errors);
        Assert.Equal(original.Document.Projects.Select(p => (p.ProjectName, p.Indicators.Count)), converted.Document.Projects.Select(p => (p.ProjectName, p.Indicators.Count)));
        Assert.Equal(original.Document.Projects.SelectMany(p => p.Indicators).Select(i => i.Target.Text),
            converted.Document.Projects.SelectMany(p => p.Indicators).Select(i => i.Target.Text));
    }
}
