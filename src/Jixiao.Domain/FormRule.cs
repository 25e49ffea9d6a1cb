using Jixiao.Domain.Review;

namespace Jixiao.Domain;

/// <summary>
/// A rule over a filled-in form (自评表, 监控表): an id of DOMAIN.md §11, its usual severity and source, and a check
/// producing <see cref="Finding"/>s located at the form's project, row and field.
/// </summary>
public abstract class FormRule<TContext>
{
    public abstract string Id { get; }

    /// <summary>Short Chinese name of the check: what users see instead of the id.</summary>
    public abstract string Title { get; }

    public abstract Severity Severity { get; }

    /// <summary>Where the rule comes from, for the finding's Source.</summary>
    public abstract string Source { get; }

    public abstract IEnumerable<Finding> Check(TContext context);

    protected abstract ReviewDimension Dimension { get; }

    /// <summary>The project (code, name) the form is about.</summary>
    protected abstract (string Code, string Name) ProjectOf(TContext context);

    protected Finding Make(TContext context, string message, string fix, int? row = null, string? field = null, Severity? severity = null)
    {
        var (code, name) = ProjectOf(context);
        return new Finding
        {
            RuleId = Id,
            Severity = severity ?? Severity,
            Dimension = Dimension,
            ProjectCode = code,
            ProjectName = name,
            IndicatorRow = row,
            Field = field,
            Message = message,
            Fix = fix,
            Source = Source,
        };
    }
}
