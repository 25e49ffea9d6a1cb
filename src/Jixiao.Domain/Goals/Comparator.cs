namespace Jixiao.Domain.Goals;

/// <summary>The 计算符号 of a quantitative target (DOMAIN.md §3.3). Absent in the text means <see cref="Equal"/>.</summary>
public enum Comparator
{
    Equal,
    GreaterOrEqual,
    LessOrEqual,
    Greater,
    Less,
}
