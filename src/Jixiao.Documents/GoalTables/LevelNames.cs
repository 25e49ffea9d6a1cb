using Jixiao.Domain.Taxonomy;
using Jixiao.Domain.Text;

namespace Jixiao.Documents.GoalTables;

/// <summary>Whether a cell's text names an 一级 or 二级 指标 of the national indicator frameworks (共性指标体系 A or B:
/// current names, synonyms, older forms' wordings, points after the name allowed). A flow grid's reader uses it to
/// tell where a row starts when a row before it was printed short.</summary>
internal static class LevelNames
{
    public static bool IsLevel1(string text) => Name(text) is { Length: > 0 } name
        && (TaxonomyProfile.A.CanonicalLevel1(name) ?? TaxonomyProfile.B.CanonicalLevel1(name)) is not null;

    public static bool IsLevel2(string text) => Name(text) is { Length: > 0 } name
        && (TaxonomyProfile.A.CanonicalLevel2(name) ?? TaxonomyProfile.B.CanonicalLevel2(name)) is not null;

    /// <summary>True when <paramref name="text"/> names a level of <paramref name="column"/>'s kind (一级 or 二级).</summary>
    public static bool IsOf(GoalColumn column, string text) => column switch
    {
        GoalColumn.Level1 => IsLevel1(text),
        GoalColumn.Level2 => IsLevel2(text),
        _ => false,
    };

    private static string Name(string text) => IndicatorBuilder.StripPoints(ChineseText.WithoutWhitespace(text));
}
