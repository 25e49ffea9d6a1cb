using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Library;

/// <summary>One indicator row of an approved table, as the library learns from it. <paramref name="Unit"/> is the
/// canonical unit of a quantitative target (empty otherwise), <paramref name="Number"/> its number (the lower bound of
/// a range); <paramref name="Flags"/> the titles of the review rules that found something on the row.</summary>
public sealed record IndicatorUse(
    string RegionCode,
    int Year,
    string DepartmentCode,
    string DepartmentName,
    int ProjectId,
    string ProjectCode,
    string ProjectName,
    string Profile,
    string Level1,
    string Level2,
    string Name,
    string Unit,
    Comparator? Comparator,
    decimal? Number,
    string Basis,
    IReadOnlyList<string> Flags);
