namespace Jixiao.Domain.Review;

/// <summary>
/// One problem the review found, located as exactly as the document allows: the project table (by sequence and
/// code), the indicator row (1-based) or goal, and the field (cell) it concerns.
/// </summary>
public sealed record Finding
{
    /// <summary>Rule id as in DOMAIN.md §11, e.g. "VAL-11".</summary>
    public required string RuleId { get; init; }

    public required Severity Severity { get; init; }

    /// <summary>Category prefix: STR, TAX, VAL, BAS, FIN, TXT, DEP, COD, EVL, MON.</summary>
    public string Category => RuleId.Split('-')[0];

    public ReviewDimension Dimension { get; init; }

    /// <summary>Project table sequence in Part 2, or null for a document-level finding.</summary>
    public int? ProjectSequence { get; init; }

    public string? ProjectCode { get; init; }

    public string? ProjectName { get; init; }

    /// <summary>1-based indicator row within the project, when the finding is about one row.</summary>
    public int? IndicatorRow { get; init; }

    /// <summary>1-based goal number, when the finding is about one 绩效目标.</summary>
    public int? GoalNumber { get; init; }

    /// <summary>The field (cell) concerned, named as on the form: "指标值", "指标值确定依据", "预算数" …</summary>
    public string? Field { get; init; }

    /// <summary>What is wrong, in Chinese, naming the cell.</summary>
    public required string Message { get; init; }

    /// <summary>How to fix it, in Chinese.</summary>
    public string Fix { get; init; } = string.Empty;

    /// <summary>Where the rule comes from (document number, DOMAIN.md source id).</summary>
    public string Source { get; init; } = string.Empty;
}
