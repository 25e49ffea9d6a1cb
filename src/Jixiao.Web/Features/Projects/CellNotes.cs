using System.Net;
using Jixiao.Data.Entities;
using Jixiao.Domain.Workflow;
using Microsoft.AspNetCore.Html;

namespace Jixiao.Web.Features.Projects;

/// <summary>
/// Reviewer comments and carry-over notes (待复核) of one project, placed on the cells of the goal table with the
/// same keys as <see cref="CellFindings"/>. Internal: the public site passes <see cref="None"/>.
/// </summary>
public sealed class CellNotes
{
    private readonly ILookup<string, ReviewComment> _comments;
    private readonly ILookup<string, RevisitNote> _notes;

    public CellNotes(IReadOnlyList<ReviewComment> comments, IReadOnlyList<RevisitNote> notes)
    {
        Comments = comments;
        _comments = comments.Where(c => c.Target.Field is not null).ToLookup(c => KeyOf(c.Target.IndicatorRow, c.Target.Field!), StringComparer.Ordinal);
        _notes = notes.Where(n => n.Field.Length > 0).ToLookup(n => KeyOf(n.IndicatorRow, n.Field), StringComparer.Ordinal);
    }

    public static CellNotes None { get; } = new([], []);

    /// <summary>All comments of the project (its own and its cells'), in order.</summary>
    public IReadOnlyList<ReviewComment> Comments { get; }

    public IHtmlContent Markers(string key)
    {
        var html = string.Concat(_comments[key].Select(c =>
            $"<a class=\"comment-marker{(c.IsResolved ? " resolved" : string.Empty)}\" href=\"#comment-{c.Id}\" title=\"{WebUtility.HtmlEncode(c.Author + "：" + c.Text)}\">意见{c.Id}</a>"));
        var notes = _notes[key].ToList();
        if (notes.Count > 0)
        {
            html += $"<span class=\"revisit\" title=\"{WebUtility.HtmlEncode(string.Join("\n", notes.Select(n => n.Message)))}\">待复核</span>";
        }

        return new HtmlString(html);
    }

    private static string KeyOf(int? row, string field) => row is { } r ? CellFindings.RowKey(r, field) : CellFindings.ProjectKey(field);
}
