using System.Text;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Tests.Text;

/// <summary>The byte-level check the document scan uses must refuse exactly what the character rule refuses.</summary>
public class UnsafeCharactersUtf8Tests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Every_character_of_the_basic_plane_is_judged_as_the_character_rule_judges_it(bool isName)
    {
        for (var code = 0; code <= 0xFFFF; code++)
        {
            var c = (char)code;
            if (char.IsSurrogate(c))
            {
                continue;
            }

            // Between text whose bytes share the lead bytes (， is EF BC 8C, “ is E2 80 9C, · is C2 B7).
            var bytes = Encoding.UTF8.GetBytes($"项目，“{c}”·");
            Assert.True(UnsafeCharacters.InUtf8(bytes, isName) == UnsafeCharacters.IsUnsafe(c, isName), $"U+{code:X4} isName={isName}");
        }
    }

    [Fact]
    public void A_lead_byte_at_the_end_of_the_text_is_not_read_past()
    {
        Assert.False(UnsafeCharacters.InUtf8([0x41, 0xE2], isName: true));
        Assert.False(UnsafeCharacters.InUtf8([0xE2, 0x80], isName: true));
        Assert.True(UnsafeCharacters.InUtf8("\u202E"u8, isName: false));
        Assert.True(UnsafeCharacters.InUtf8("a\u0001"u8, isName: false));
        Assert.False(UnsafeCharacters.InUtf8("\u200B"u8, isName: false));
        Assert.True(UnsafeCharacters.InUtf8("\uFEFF"u8, isName: true));
    }

    [Theory]
    [InlineData("{\"projects\":[{\"projectName\":\"项目\u200B名称\"}]}", "projects[0].projectName")]
    [InlineData("{\"projects\":[{\"description\":\"说明\\u202E\"}]}", "projects[0].description")]
    [InlineData("{\"projects\":[{\"description\":\"说明，\u0085\"}]}", "projects[0].description")]
    public void The_document_scan_still_names_the_field(string json, string path)
    {
        var found = JsonTextScan.Scan(Encoding.UTF8.GetBytes(json));
        Assert.NotNull(found);
        Assert.Equal(path, found.Path);
    }

    [Fact]
    public void A_zero_width_character_outside_a_name_is_allowed()
    {
        Assert.Null(JsonTextScan.Scan(Encoding.UTF8.GetBytes("{\"description\":\"说明\u200B“引号”\"}")));
    }
}
