using Jixiao.Domain.Text;

namespace Jixiao.Domain.Monitoring;

/// <summary>The light of a 定性 indicator's progress grade: 达成 green, 部分达成 yellow, 未达成 red (DOMAIN.md §6.4).</summary>
public sealed record GradeLight(string Name, IReadOnlyList<string> Aliases, Light Light)
{
    public bool Matches(string text)
    {
        var key = ChineseText.Key(text);
        return key == ChineseText.Key(Name) || (Aliases ?? []).Any(a => ChineseText.Key(a) == key);
    }
}
