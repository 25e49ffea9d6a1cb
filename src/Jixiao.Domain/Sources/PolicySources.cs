namespace Jixiao.Domain.Sources;

/// <summary>
/// The one table of documents that sources shown to users may name (rules, profiles, reports). A rule's source is
/// <c>PolicySources.X.Cite("passage")</c>; a profile's JSON "source" starts each part with a name of this table,
/// which <see cref="IsFromTable"/> checks.
/// </summary>
public static class PolicySources
{
    public static readonly PolicySource Opinions = new("中发〔2018〕34号", "中共中央 国务院关于全面实施预算绩效管理的意见");

    public static readonly PolicySource GoalManagement = new("财预〔2015〕88号", "中央部门预算绩效目标管理办法");

    public static readonly PolicySource Monitoring = new("财预〔2019〕136号", "中央部门预算绩效运行监控管理暂行办法");

    public static readonly PolicySource ProjectEvaluation = new("财预〔2020〕10号", "项目支出绩效评价管理办法");

    public static readonly PolicySource IndicatorGuide = new("财预〔2021〕101号", "中央部门项目支出核心绩效目标和指标设置及取值指引（试行）");

    public static readonly PolicySource SelfEvaluationNotice = new(string.Empty, "财政部关于开展中央部门项目支出绩效自评工作的通知");

    public static readonly PolicySource BudgetIntegration = new(string.Empty, "预算管理一体化规范（试行）");

    /// <summary>Hebei's notice on 1–6月 monitoring; named only by the Hebei monitoring profile.</summary>
    public static readonly PolicySource HebeiMonitoring = new("冀财绩〔2022〕4号", string.Empty);

    public static IReadOnlyList<PolicySource> All { get; } =
        [Opinions, GoalManagement, Monitoring, ProjectEvaluation, IndicatorGuide, SelfEvaluationNotice, BudgetIntegration, HebeiMonitoring];

    /// <summary>True when every part of <paramref name="source"/> (parts separated by "；" outside brackets) opens with
    /// a document of this table, by number or by title.</summary>
    public static bool IsFromTable(string source) =>
        source.Length > 0 && Parts(source).All(part => All.Any(d =>
            (d.Number.Length > 0 && part.StartsWith(d.Number, StringComparison.Ordinal)) ||
            (d.Title.Length > 0 && part.StartsWith($"《{d.Title}》", StringComparison.Ordinal))));

    /// <summary>The citations of a source: "；" inside （…） belongs to a passage, not between two documents.</summary>
    private static IEnumerable<string> Parts(string source)
    {
        var depth = 0;
        var start = 0;
        for (var i = 0; i < source.Length; i++)
        {
            depth += source[i] switch { '（' => 1, '）' => -1, _ => 0 };
            if (source[i] == '；' && depth == 0)
            {
                yield return source[start..i];
                start = i + 1;
            }
        }

        yield return source[start..];
    }
}
