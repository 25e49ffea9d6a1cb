using Jixiao.Domain.Text;

namespace Jixiao.Domain.Review;

/// <summary>Word lists the rules match against (compared on half-width, space-free text). A province edits them in
/// its review profile file; see Profiles/default.json for the defaults and their sources.</summary>
public sealed class ReviewWords
{
    private HashSet<string>? _unitSet;
    private string[]? _specificEcology;
    private string[]? _specificEconomy;

    /// <summary>VAL-03: units of measure that are accepted (百分比 is normalised to %).</summary>
    public string[] Units { get; init; } = [];

    /// <summary>FIN-04/FIN-07: units that are money, with their size in 万元.</summary>
    public Dictionary<string, decimal> MoneyUnits { get; init; } = [];

    /// <summary>VAL-02: names of figures that have no unit by nature (灌溉水有效利用系数 0.55, 综合指数).</summary>
    public string[] UnitlessNameWords { get; init; } = [];

    /// <summary>VAL-09: units a 时效指标 may be measured in (besides every time unit and date, which are always accepted).</summary>
    public string[] TimelinessUnits { get; init; } = [];

    /// <summary>VAL-09: qualitative 时效 wording that still names a date or period (月底, 工作日内 …).</summary>
    public string[] TimelinessWords { get; init; } = [];

    /// <summary>VAL-04: vague verbs that make a qualitative value uncheckable.</summary>
    public string[] VagueWords { get; init; } = [];

    /// <summary>VAL-04: words that make a qualitative value checkable (a named standard, pass/fail criterion).</summary>
    public string[] CheckableWords { get; init; } = [];

    /// <summary>VAL-05: whole-cell placeholders (无, /, XX …).</summary>
    public string[] Placeholders { get; init; } = [];

    /// <summary>VAL-05: the honest value of a row that does not apply; kept as info, the row should be deleted.</summary>
    public string[] NotApplicable { get; init; } = [];

    /// <summary>STR-09: template fragments left unfilled inside a text ("**", "XX", "（≧**%）").</summary>
    public string[] TemplateFragments { get; init; } = [];

    /// <summary>VAL-06/07: names of rates bounded by 100%.</summary>
    public string[] BoundedRateWords { get; init; } = [];

    /// <summary>VAL-06/07: names of ratios that may exceed 100% (growth).</summary>
    public string[] UnboundedRateWords { get; init; } = [];

    /// <summary>VAL-08: rates of bad things (lower is better).</summary>
    public string[] LowerIsBetterWords { get; init; } = [];

    /// <summary>VAL-08: rates of good things (higher is better).</summary>
    public string[] HigherIsBetterWords { get; init; } = [];

    /// <summary>VAL-12: how a satisfaction figure is obtained.</summary>
    public string[] SurveyWords { get; init; } = [];

    /// <summary>BAS-01: the four standards of a target's basis.</summary>
    public string[] BasisStandards { get; init; } = [];

    /// <summary>BAS-01: words showing a basis cites a concrete document, plan or figure.</summary>
    public string[] BasisCitations { get; init; } = [];

    /// <summary>BAS-02: a basis that is a measurement verdict (是否合格) rather than a standard.</summary>
    public string[] VerdictBases { get; init; } = [];

    /// <summary>BAS-02: verdict prefixes ("是否…").</summary>
    public string[] VerdictPrefixes { get; init; } = [];

    /// <summary>BAS-03: how a basis says it rests on history.</summary>
    public string[] HistoricalBasisWords { get; init; } = [];

    /// <summary>TAX-05: words of outputs found in 效益 rows.</summary>
    public string[] OutputWords { get; init; } = [];

    /// <summary>TAX-05: words of outcomes found in 产出 rows.</summary>
    public string[] OutcomeWords { get; init; } = [];

    /// <summary>TAX-07: words showing a project has ecological effects.</summary>
    public string[] EcologyWords { get; init; } = [];

    /// <summary>TAX-07: phrases in which an ecology or economy word means something else (营商环境, 安全生产); removed
    /// from the project's text before the words are looked for.</summary>
    public string[] BenefitFalseFriends { get; init; } = [];

    /// <summary>TAX-07: <see cref="EcologyWords"/> that name an effect in particular (节水, 减排), without the category
    /// names (生态, 环境, 环保) that a template row carries whatever it measures ("生态影响").</summary>
    internal string[] SpecificEcologyWords => _specificEcology ??= Specific(EcologyWords);

    /// <summary>TAX-07: <see cref="EconomyWords"/> without the category name 经济.</summary>
    internal string[] SpecificEconomyWords => _specificEconomy ??= Specific(EconomyWords);

    /// <summary>TAX-07: words showing a project has economic effects.</summary>
    public string[] EconomyWords { get; init; } = [];

    /// <summary>TAX-08: words naming enterprises as service objects.</summary>
    public string[] EnterpriseWords { get; init; } = [];

    /// <summary>TXT-02: words of a work list ("完成…工作").</summary>
    public string[] WorkWords { get; init; } = [];

    /// <summary>TXT-02: words of a stated result.</summary>
    public string[] ResultWords { get; init; } = [];

    /// <summary>TXT-06: words that add nothing to a project name ("经费", "保障", "2022年").</summary>
    public string[] GoalFillerWords { get; init; } = [];

    /// <summary>TXT-01/DEP-03: words too common to link a goal to an indicator or a project to a sub-goal.</summary>
    public string[] LinkStopWords { get; init; } = [];

    /// <summary>TXT-05: words before a year that make it a baseline ("较2021年").</summary>
    public string[] BaselineWords { get; init; } = [];

    /// <summary>DEP-04: the dimensions department indicators should cover, each with the words that show it.</summary>
    public Dictionary<string, string[]> DepartmentDimensions { get; init; } = [];

    /// <summary>FIN-03: spending plans (cumulative % at 3/6/10/12月底) that are a form's default.</summary>
    public decimal[][] DefaultSpendingPlans { get; init; } = [];

    /// <summary>True when a (normalised) unit is among the profile's extra <see cref="Units"/> (the built-in unit
    /// dictionary, Values/units.json, is asked first).</summary>
    public bool IsKnownUnit(string unit) => (_unitSet ??= new HashSet<string>(Units.Select(ChineseText.Key), StringComparer.Ordinal)).Contains(unit);

    private static string[] Specific(string[] words) => [.. words.Where(w => w is not ("生态" or "环境" or "经济" or "环保"))];
}
