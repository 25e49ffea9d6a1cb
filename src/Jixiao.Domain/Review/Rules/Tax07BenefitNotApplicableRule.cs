using Jixiao.Domain.Goals;
using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-07 (Jixiao): a 生态效益 or 经济效益 row on a project whose name, 资金用途 and 绩效目标 show no
/// ecological or economic purpose — filled only because the template has the row. The honest value is 不涉及, and
/// the row should go. The project's whole text is read (name, 资金用途, 绩效目标, unit) with the phrases in which such a word
/// means something else removed (营商环境, 安全生产), and the row itself counts when its name or description names the
/// effect ("生态影响" does not, "机房年节水量" does).</summary>
public sealed class Tax07BenefitNotApplicableRule : IndicatorRule
{
    public override string Id => "TAX-07";

    public override string Title => "效益指标与项目无关却照填";

    public override ReviewDimension Dimension => ReviewDimension.Relevance;

    public override Severity DefaultSeverity => Severity.Warning;

    public override string Source => PolicySources.GoalManagement.Cite("相关性（与项目无关的“不涉及”指标不应照填）");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        var words = project.Profile.Words;
        var (kind, projectWords) = row.Level2 switch
        {
            "生态效益指标" => ("生态", words.EcologyWords),
            "经济效益指标" => ("经济", words.EconomyWords),
            _ => (null, []),
        };
        if (kind is null || ReviewText.ContainsAny(row.TargetKey, words.NotApplicable)
            || ReviewText.ContainsAny(project.BenefitTextKey, projectWords)
            || ReviewText.ContainsAny(RowText(row, words), kind == "生态" ? words.SpecificEcologyWords : words.SpecificEconomyWords))
        {
            return;
        }

        // A specific indicator with a concrete unit ("压减低效资金≥200万元") states a real effect; the template rows
        // are generic ("经济效益提升值") or a bare percentage.
        var generic = row.NameKey.Contains("效益", StringComparison.Ordinal) || row.IsPercent || row.Target.Kind != TargetKind.Quantitative;
        if (!generic)
        {
            return;
        }

        var value = row.IsPercent && row.Target.Number >= 100 ? $"却填了“{row.Target.Text}”" : $"却设了指标值“{row.Target.Text}”";
        findings.Row(project, row, ReviewFields.Target,
            $"{project.Label}{row.Label}是{kind}效益指标，{value}；但项目名称、资金用途和绩效目标都看不出该项目有{kind}效益，这一行无法衡量。",
            $"项目确无{kind}效益的，删除该行（或在指标值填“不涉及”，不计分值）；确有{kind}效益的，写明可核实的具体指标，例如“{(kind == "生态" ? "年节约用纸≥5万张" : "带动就业人数≥20人")}”。");
    }

    /// <summary>The row's own name and description without the category words every such row carries (经济效益,
    /// 生态效益): what is left names the effect, if anything does.</summary>
    private static string RowText(RowContext row, ReviewWords words) =>
        ReviewText.Blank(ReviewText.Blank(row.NameKey + "|" + row.DescriptionKey, CategoryWords), words.BenefitFalseFriends);

    private static readonly string[] CategoryWords = ["生态效益", "经济效益", "环境效益", "社会效益", "效益指标", "效益提升", "效益"];
}
