namespace Jixiao.Domain.Taxonomy;

/// <summary>A 一级指标 of a profile and the 二级指标 allowed under it.</summary>
public sealed record TaxonomyLevel1(string Name, IReadOnlyList<string> Level2);
