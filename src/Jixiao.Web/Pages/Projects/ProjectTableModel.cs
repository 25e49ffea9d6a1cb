using Jixiao.Domain.Goals;

namespace Jixiao.Web.Pages.Projects;

/// <summary>The model of the shared goal-table partial (_ProjectTable): the project page shows findings and
/// comments on the cells, the public site shows the bare official layout.</summary>
public sealed record ProjectTableModel(BudgetProject Content, CellFindings Findings, CellNotes Notes)
{
    public static ProjectTableModel Public(BudgetProject content) => new(content, new CellFindings([]), CellNotes.None);

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
