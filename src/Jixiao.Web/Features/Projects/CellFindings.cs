using System.Net;
using Jixiao.Application.Review;
using Jixiao.Domain;
using Jixiao.Domain.Review;
using Microsoft.AspNetCore.Html;

namespace Jixiao.Web.Features.Projects;

/// <summary>
/// Places each finding on the cell of the goal table it concerns: an indicator row's field, a goal, or a
/// project-level field (预算数, 资金用途 …). Findings are numbered in list order so a cell's marker points to the
/// entry below the table.
/// </summary>
public sealed class CellFindings
{
    private static readonly HashSet<string> RowFields =
        [ReviewFields.Level1, ReviewFields.Level2, ReviewFields.Name, ReviewFields.Description, ReviewFields.Target, ReviewFields.Basis];

    /// <summary>The cells a reviewer's comment can be attached to, as the comment form offers them.</summary>
    public static IReadOnlyList<string> CommentFields { get; } =
    [
        ReviewFields.Target, ReviewFields.Basis, ReviewFields.Name, ReviewFields.Description, ReviewFields.Budget, ReviewFields.FundUse,
        ReviewFields.SpendingPlan, ReviewFields.ProjectName,
    ];

    private readonly Dictionary<string, List<(int Number, FindingRow Finding)>> _cells = new(StringComparer.Ordinal);

    public CellFindings(IReadOnlyList<FindingRow> findings)
    {
        Numbered = [.. findings.Select((f, i) => (i + 1, f))];
        foreach (var (number, finding) in Numbered)
        {
            var key = KeyOf(finding);
            if (!_cells.TryGetValue(key, out var list))
            {
                _cells[key] = list = [];
            }

            list.Add((number, finding));
        }
    }

    public IReadOnlyList<(int Number, FindingRow Finding)> Numbered { get; }

    public static string RowKey(int row, string field) => $"r{row}:{field}";

    public static string GoalKey(int number) => $"g{number}";

    public static string ProjectKey(string field) => $"p:{field}";

    public IReadOnlyList<(int Number, FindingRow Finding)> At(string key) => _cells.TryGetValue(key, out var list) ? list : [];

    /// <summary>The markers ([1], [2] …) shown in a cell, each linking to its entry in the list.</summary>
    public IHtmlContent Markers(string key) => new HtmlString(string.Concat(At(key).Select(x =>
        $"<a class=\"marker {x.Finding.Severity}\" href=\"#finding-{x.Number}\" data-rule=\"{WebUtility.HtmlEncode(x.Finding.RuleId)}\" title=\"{WebUtility.HtmlEncode(RuleTitles.Of(x.Finding.RuleId) + "：" + x.Finding.Message)}\">[{x.Number}]</a>")));

    /// <summary>The findings of a cell written out beside the field that edits it (the edit form): message and advice.</summary>
    public IHtmlContent Beside(string key)
    {
        var list = At(key);
        return list.Count == 0 ? HtmlString.Empty : new HtmlString("<ul class=\"cell-findings\">" + string.Concat(list.Select(x =>
            $"<li class=\"sev-{x.Finding.Severity.ToString().ToLowerInvariant()}\">{WebUtility.HtmlEncode(x.Finding.Message)}"
            + (x.Finding.Fix.Length > 0 ? $"<span class=\"fix\">建议：{WebUtility.HtmlEncode(x.Finding.Fix)}</span>" : string.Empty) + "</li>")) + "</ul>");
    }

    /// <summary>The CSS class for a cell: the worst severity of its findings.</summary>
    public string CssFor(string key)
    {
        var list = At(key);
        if (list.Count == 0)
        {
            return string.Empty;
        }

        return list.Max(f => f.Finding.Severity) switch
        {
            Severity.Error => "has-error",
            Severity.Warning => "has-warning",
            _ => "has-info",
        };
    }

    private static string KeyOf(FindingRow f)
    {
        if (f.IndicatorRow is { } row)
        {
            return RowKey(row, f.Field is { } field && RowFields.Contains(field) ? field : ReviewFields.Name);
        }

        if (f.GoalNumber is { } goal)
        {
            return GoalKey(goal);
        }

        return ProjectKey(f.Field ?? ReviewFields.ProjectName);
    }
}
