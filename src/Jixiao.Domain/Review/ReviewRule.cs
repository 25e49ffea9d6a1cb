namespace Jixiao.Domain.Review;

/// <summary>
/// One machine-checkable review rule of DOMAIN.md §11: an id ("VAL-11"), the 88号 dimension it serves, a default
/// severity (a review profile may change it or switch the rule off) and the source it rests on. Subclasses say
/// what they look at: <see cref="ProjectRule"/> one project table, <see cref="IndicatorRule"/> one indicator row,
/// <see cref="DocumentRule"/> the whole document (Part 1 and rules across tables).
/// </summary>
public abstract class ReviewRule
{
    /// <summary>Rule id as in DOMAIN.md §11, e.g. "VAL-11".</summary>
    public abstract string Id { get; }

    /// <summary>Category prefix: STR, TAX, VAL, BAS, FIN, TXT, DEP, COD.</summary>
    public string Category => Id[..Id.IndexOf('-', StringComparison.Ordinal)];

    /// <summary>Short Chinese name of the check, used as the heading of its findings.</summary>
    public abstract string Title { get; }

    public abstract ReviewDimension Dimension { get; }

    public abstract Severity DefaultSeverity { get; }

    /// <summary>Where the rule comes from (document number, DOMAIN.md source id, evidence grade).</summary>
    public abstract string Source { get; }

    public override string ToString() => $"{Id} {Title}";
}
