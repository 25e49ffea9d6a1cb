using Jixiao.Domain.Evaluation.Rules;
using Jixiao.Domain.Monitoring.Rules;
using Jixiao.Domain.Review;

namespace Jixiao.Domain;

/// <summary>
/// The Chinese title of every rule id (review, self-evaluation and monitoring rules). Pages, reports, exports and
/// messages name a rule by its title: the id is ours (it keys settings, URLs and stored findings) and means nothing
/// to a clerk.
/// </summary>
public static class RuleTitles
{
    /// <summary>Said for an id no rule carries any more (a finding stored by an older version).</summary>
    public const string Unknown = "其他审核问题";

    private static readonly Dictionary<string, string> Titles = Build();

    /// <summary>The rule's title, or <see cref="Unknown"/>.</summary>
    public static string Of(string ruleId) => Titles.GetValueOrDefault(ruleId, Unknown);

    private static Dictionary<string, string> Build()
    {
        var titles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var r in ReviewRules.All) titles[r.Id] = r.Title;
        foreach (var r in EvaluationRules.All) titles[r.Id] = r.Title;
        foreach (var r in MonitoringRules.All) titles[r.Id] = r.Title;
        return titles;
    }
}
