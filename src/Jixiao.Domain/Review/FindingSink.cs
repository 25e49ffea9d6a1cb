using Jixiao.Domain.Goals;

namespace Jixiao.Domain.Review;

/// <summary>
/// Where rules put their findings. It stamps each finding with the running rule's id, dimension, source and
/// effective severity (the profile's setting, else the severity the rule asks for, else its default), and with the
/// location the rule names (table, indicator row or goal, field).
/// </summary>
public sealed class FindingSink
{
    // Two parallel lists rather than a list of (index, finding): a table's sink hands its findings list to the report
    // as is, without a copy per table.
    private readonly List<Finding> _findings = [];
    private readonly List<int> _projectIndices = [];
    private readonly ReviewProfile _profile;
    private readonly FormFields _documentLacks;
    private ReviewRule? _rule;
    private Severity? _profileSeverity;

    internal FindingSink(ReviewProfile profile, FormFields documentLacks = FormFields.None)
    {
        _profile = profile;
        _documentLacks = documentLacks;
    }

    /// <summary>The findings, in the order the rules reported them.</summary>
    internal List<Finding> Findings => _findings;

    /// <summary>For each finding, the 0-based index of its project table (-1 for the document).</summary>
    internal IReadOnlyList<int> ProjectIndices => _projectIndices;

    internal void Begin(ReviewRule rule)
    {
        _rule = rule;
        _profileSeverity = _profile.SeverityOverride(rule.Id);
    }

    /// <summary>A finding about Part 1 or the document as a whole.</summary>
    public void Document(string field, string message, string fix, Severity? severity = null) =>
        Add(null, null, null, field, message, fix, severity);

    /// <summary>A finding about a project table as a whole or one of its header cells.</summary>
    public void Project(ProjectContext project, string field, string message, string fix, Severity? severity = null) =>
        Add(project, null, null, field, message, fix, severity);

    /// <summary>A finding about one cell of an indicator row.</summary>
    public void Row(ProjectContext project, RowContext row, string field, string message, string fix, Severity? severity = null) =>
        Add(project, row.Row, null, field, message, fix, severity);

    /// <summary>A finding about one numbered 绩效目标.</summary>
    public void Goal(ProjectContext project, Goal goal, string message, string fix, Severity? severity = null) =>
        Add(project, null, goal.Number, ReviewFields.Goal, message, fix, severity);

    private void Add(ProjectContext? context, int? row, int? goal, string field, string message, string fix, Severity? severity)
    {
        var rule = _rule ?? throw new InvalidOperationException("No rule is running.");
        if (context is null ? (_documentLacks & FormNotice.OfDocumentField(field)) != 0 : (context.FormLacks & FormNotice.OfTableField(field)) != 0)
        {
            return; // the form has no such field: said once by the form note instead (FormNotice)
        }

        // The department's table is Part 1: its rows' findings are the document's, located by row and field.
        var project = context is { IsDepartmentTable: false } ? context.Project : null;
        _projectIndices.Add(project is null ? -1 : context!.Index);
        _findings.Add(new Finding
        {
            RuleId = rule.Id,
            // A note about the form is never a defect, whatever severity the profile gives the rule.
            Severity = field == ReviewFields.Form ? Severity.Info : _profileSeverity ?? severity ?? rule.DefaultSeverity,
            Dimension = rule.Dimension,
            ProjectSequence = project?.Sequence,
            ProjectCode = project?.ProjectCode,
            ProjectName = project?.ProjectName,
            IndicatorRow = row,
            GoalNumber = goal,
            Field = field,
            Message = message,
            Fix = fix,
            Source = rule.Source,
        });
    }
}
