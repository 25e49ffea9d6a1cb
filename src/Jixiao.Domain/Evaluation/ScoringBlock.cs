using Jixiao.Domain.Text;

namespace Jixiao.Domain.Evaluation;

/// <summary>
/// A share of the 100 points given to indicators of some 一级指标 (产出 50, 效益 30, 满意度 10), or to every
/// indicator when <see cref="Level1"/> holds "*" (四川 style: 绩效指标 90 distributed freely).
/// </summary>
public sealed record ScoringBlock(string Name, IReadOnlyList<string> Level1, decimal Points)
{
    public bool Accepts(string level1)
    {
        var key = Key(level1);
        return Level1.Any(l => l == "*" || Key(l) == key);
    }

    /// <summary>Half-width, no spaces, trailing "指标" dropped, so "产出" and "产出指标" match.</summary>
    private static string Key(string name)
    {
        var key = ChineseText.Key(name);
        return key.EndsWith("指标", StringComparison.Ordinal) && key.Length > 2 ? key[..^2] : key;
    }
}
