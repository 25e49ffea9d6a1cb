using Jixiao.Domain.Goals;

namespace Jixiao.Web.Features.Projects;

/// <summary>The model of the shared goal-table partial (_ProjectTable): the project page shows findings and
/// comments on the cells, the public site shows the bare official layout.</summary>
public sealed record ProjectTableModel(BudgetProject Content, CellFindings Findings, CellNotes Notes)
{
    /// <summary>The id of the one table on the project page (kept for links and scripts that look for it).</summary>
    public const string SingleTableId = "goal-table";

    /// <summary>The table's element id: a page showing several tables (the public document) numbers them, since an
    /// id must be unique in a page.</summary>
    public string TableId { get; init; } = SingleTableId;

    /// <summary>The indicator table's id: <c>indicators</c> on the project page, <c>indicators-N</c> beside
    /// <c>goal-table-N</c>.</summary>
    public string IndicatorTableId => TableId == SingleTableId ? "indicators" : "indicators" + TableId[SingleTableId.Length..];

    /// <summary>The bare table for the public site; <paramref name="number"/> is its place in the document (1, 2 …),
    /// giving the id <c>goal-table-N</c>.</summary>
    public static ProjectTableModel Public(BudgetProject content, int number) =>
        new(content, new CellFindings([]), CellNotes.None) { TableId = $"{SingleTableId}-{number}" };

    /// <summary>Indicator rows grouped for the merged 一级/二级 cells of the official form.</summary>
    public IReadOnlyList<(int Row, Indicator Indicator, int Level1Span, int Level2Span)> Rows()
    {
        var rows = Content.Indicators;
        var result = new List<(int, Indicator, int, int)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var l1 = i > 0 && rows[i - 1].Level1 == rows[i].Level1 ? 0 : CountRun(rows, i, r => r.Level1);
            var l2 = i > 0 && rows[i - 1].Level1 == rows[i].Level1 && rows[i - 1].Level2 == rows[i].Level2 ? 0 : CountRun(rows, i, r => r.Level1 + "\u0001" + r.Level2);
            result.Add((i + 1, rows[i], l1, l2));
        }

        return result;
    }

    private static int CountRun(IReadOnlyList<Indicator> rows, int start, Func<Indicator, string> key)
    {
        var n = 1;
        while (start + n < rows.Count && key(rows[start + n]) == key(rows[start]))
        {
            n++;
        }

        return n;
    }
}
