using Jixiao.Domain;
using Jixiao.Domain.Review;

namespace Jixiao.Cli.Review;

/// <summary>The report as the three output formats show it: findings at or above the chosen severity, grouped by
/// table (document-level first) and within a table by rule in catalogue order.</summary>
internal sealed class ReviewView
{
    public ReviewView(string file, string taxonomyProfile, ReviewReport report, Severity minSeverity)
    {
        File = file;
        TaxonomyProfile = taxonomyProfile;
        Report = report;
        MinSeverity = minSeverity;
        var order = report.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var shown = report.Findings.Where(f => f.Severity >= minSeverity).ToList();
        Groups = [.. shown
            .GroupBy(f => (f.ProjectSequence, f.ProjectCode))
            .Select(g => new TableGroup(
                g.Key.ProjectSequence is null && g.Key.ProjectCode is null ? null : report.TableScores.FirstOrDefault(t => t.Sequence == g.Key.ProjectSequence && t.ProjectCode == g.Key.ProjectCode),
                g.First().ProjectName,
                [.. g.GroupBy(f => f.RuleId).OrderBy(r => order.GetValueOrDefault(r.Key, int.MaxValue))
                    .Select(r => new RuleGroup(report.Rule(r.Key), r.Key, [.. r]))]))];
    }

    public string File { get; }

    public string TaxonomyProfile { get; }

    public ReviewReport Report { get; }

    public Severity MinSeverity { get; }

    public IReadOnlyList<TableGroup> Groups { get; }

    /// <summary>"指标第2行 · 指标值", "绩效目标第1条", "资金用途"; in Part 1's group (<paramref name="partOne"/>) a row is
    /// one of the 部门整体支出绩效目标表: "部门整体绩效目标表第2行 · 指标值".</summary>
    public static string Location(Finding f, bool partOne = false) =>
        f.IndicatorRow is { } row ? $"{(partOne ? ProjectContext.DepartmentTableLabel : "指标")}第{row}行 · {f.Field}"
        : f.GoalNumber is { } goal ? $"绩效目标第{goal}条"
        : f.Field ?? string.Empty;

    public static string TableHeading(TableGroup group) => group.Table is null
        ? "全文（第一部分及跨表检查）"
        : $"第{group.Table.Sequence}张表《{group.Table.ProjectName}》 {group.Table.ProjectCode}";

    public static string GradeLine(decimal score, Grade grade) => $"{score:0.00} 分，{grade.ToChinese()}";

    internal sealed record TableGroup(TableScore? Table, string? ProjectName, IReadOnlyList<RuleGroup> Rules);

    internal sealed record RuleGroup(ReviewRule? Rule, string RuleId, IReadOnlyList<Finding> Findings)
    {
        public string Title => RuleTitles.Of(RuleId);

        public Severity Worst => Findings.Max(f => f.Severity);

        /// <summary>The fix when every finding of the rule shares it (printed once instead of on every line).</summary>
        public string? SharedFix => Findings.Count > 1 && Findings.All(f => f.Fix == Findings[0].Fix) ? Findings[0].Fix : null;
    }
}
