using Jixiao.Domain.Review;

namespace Jixiao.Domain.Workflow;

/// <summary>
/// What a reviewer comment is about: the whole document, one project table, or one cell — a field of the project
/// ("预算数", "资金用途") or of one indicator row ("指标值" of row 3). The unit sees each comment where it applies.
/// </summary>
public sealed record CommentTarget
{
    private CommentTarget(string? projectCode, int? indicatorRow, string? field)
    {
        ProjectCode = projectCode;
        IndicatorRow = indicatorRow;
        Field = field;
    }

    public string? ProjectCode { get; }

    /// <summary>1-based indicator row within the project, for a cell of the indicator table.</summary>
    public int? IndicatorRow { get; }

    /// <summary>The column or field as named on the form: "指标值", "指标值确定依据", "预算数" …</summary>
    public string? Field { get; }

    public static CommentTarget Document { get; } = new(null, null, null);

    public bool IsDocument => ProjectCode is null;

    public bool IsCell => Field is not null;

    public static CommentTarget Project(string projectCode) =>
        new(RequireCode(projectCode), null, null);

    public static CommentTarget Cell(string projectCode, string field, int? indicatorRow = null)
    {
        if (string.IsNullOrWhiteSpace(field))
        {
            throw new ArgumentException("单元格审核意见必须指明字段（如“指标值”）。", nameof(field));
        }

        if (indicatorRow is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(indicatorRow), indicatorRow, "指标行号从 1 开始。");
        }

        return new(RequireCode(projectCode), indicatorRow, field.Trim());
    }

    /// <summary>The place a finding of the automatic review points at, so a reviewer can adopt it as a comment.</summary>
    public static CommentTarget Of(Finding finding) => finding switch
    {
        { ProjectCode: null or "" } => Document,
        { Field: { Length: > 0 } field } => Cell(finding.ProjectCode, field, finding.IndicatorRow),
        _ => Project(finding.ProjectCode),
    };

    /// <summary>True when this target is <paramref name="other"/> or lies inside it (a cell inside its project).</summary>
    public bool IsWithin(CommentTarget other) =>
        other.IsDocument
        || (ProjectCode == other.ProjectCode
            && (other.Field is null || (Field == other.Field && IndicatorRow == other.IndicatorRow)));

    /// <summary>"全文", "项目 13068222P00675410002L", "项目 13068222P00675410002L 第3行指标“指标值”".</summary>
    public override string ToString() => this switch
    {
        { IsDocument: true } => "全文",
        { Field: null } => $"项目 {ProjectCode}",
        { IndicatorRow: { } row } => $"项目 {ProjectCode} 第{row}行指标“{Field}”",
        _ => $"项目 {ProjectCode}“{Field}”",
    };

    private static string RequireCode(string projectCode) =>
        string.IsNullOrWhiteSpace(projectCode)
            ? throw new ArgumentException("审核意见必须指明项目编码。", nameof(projectCode))
            : projectCode.Trim();
}
