namespace Jixiao.Domain.Review;

/// <summary>The Chinese names users read for a finding's severity and the four review dimensions of 财预〔2015〕88号,
/// as <see cref="GradeExtensions.ToChinese"/> is for grades: pages, exports and the command line all say the same.</summary>
public static class ReviewNames
{
    public static string ToChinese(this Severity severity) => severity switch
    {
        Severity.Error => "错误",
        Severity.Warning => "警告",
        _ => "提示",
    };

    public static string ToChinese(this ReviewDimension dimension) => dimension switch
    {
        ReviewDimension.Completeness => "完整性",
        ReviewDimension.Relevance => "相关性",
        ReviewDimension.Appropriateness => "适当性",
        _ => "可行性",
    };
}
