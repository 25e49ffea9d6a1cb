using Jixiao.Domain.Sources;

namespace Jixiao.Domain.Review.Rules;

/// <summary>TAX-02: the 二级指标 is allowed under its 一级指标 in the document's profile.</summary>
public sealed class Tax02Level2PairRule : IndicatorRule
{
    public override string Id => "TAX-02";

    public override string Title => "二级指标与一级指标匹配";

    public override ReviewDimension Dimension => ReviewDimension.Completeness;

    public override Severity DefaultSeverity => Severity.Error;

    public override string Source => PolicySources.GoalManagement.Cite("指标体系") + "；" + PolicySources.IndicatorGuide.Cite("指标体系");

    protected override void CheckRow(ProjectContext project, RowContext row, FindingSink findings)
    {
        if (row.Level1 is null || row.Indicator.Level2.Trim().Length == 0)
        {
            return;
        }

        var taxonomy = project.Document.Taxonomy;
        var allowed = project.Document.Level2Allowed(row.Level1);
        if (row.Level2 is null || !allowed.Contains(row.Level2))
        {
            var belongs = row.Level2 is null ? null : taxonomy.Level1Of(row.Level2);
            findings.Row(project, row, ReviewFields.Level2,
                $"{project.Label}{row.Label}的二级指标“{row.Indicator.Level2}”不能放在一级指标{Level1Shown(row)}下"
                + (belongs is null ? "。" : $"（在{taxonomy.Id}体系中它属于“{belongs}”）。"),
                $"“{row.Level1}”下的二级指标只能是：{string.Join("、", taxonomy.FindLevel1(row.Level1)!.Level2)}。");
        }
    }

    /// <summary>The 一级指标 as the table prints it, with the canonical name when an older form's wording stands for
    /// it (“效果指标”（即效益指标）): the clerk finds the row by the printed name.</summary>
    private static string Level1Shown(RowContext row) =>
        row.Indicator.Level1.Trim() is var written && written != row.Level1 && written + "指标" != row.Level1
            ? $"“{written}”（即{row.Level1}）"
            : $"“{row.Level1}”";
}
