namespace Jixiao.Domain.Goals;

/// <summary>The 计算符号 of a quantitative target. Absent in the text means <see cref="Equal"/>.</summary>
public enum Comparator
{
    Equal,
    GreaterOrEqual,
    LessOrEqual,
    Greater,
    Less,

    /// <summary>A range: at least the lower bound and at most the upper one ("80%-90%", "30-45分钟").</summary>
    Between,
}
