namespace Jixiao.Domain.Library;

/// <summary>The targets of one indicator, unit and fiscal year.</summary>
public sealed record LibraryYearFacts(int Year, TargetDistribution Distribution);
