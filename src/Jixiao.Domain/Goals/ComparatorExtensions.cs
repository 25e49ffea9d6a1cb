namespace Jixiao.Domain.Goals;

public static class ComparatorExtensions
{
    public static string Symbol(this Comparator comparator) => comparator switch
    {
        Comparator.GreaterOrEqual => "≥",
        Comparator.LessOrEqual => "≤",
        Comparator.Greater => ">",
        Comparator.Less => "<",
        Comparator.Between => "~",
        _ => "=",
    };

    /// <summary>正向 (higher is better) for ≥ and &gt;, 反向 for ≤ and &lt;; = is neither.</summary>
    public static bool IsHigherBetter(this Comparator comparator) =>
        comparator is Comparator.GreaterOrEqual or Comparator.Greater;

    public static bool IsLowerBetter(this Comparator comparator) =>
        comparator is Comparator.LessOrEqual or Comparator.Less;
}
