using System.Globalization;
using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Goals;

namespace Jixiao.Documents.FormReading;

/// <summary>
/// One filled-in form (a 自评表 or a 监控表) inside a <see cref="CellGrid"/>, rows <see cref="FromRow"/> to
/// <see cref="ToRow"/>: its labels found once, values looked up by label, the money block and the indicator band
/// located by their headers, cells read with the form conventions (placeholders, prompts), and every problem
/// collected with the file, table and cell. Shared by the 自评表 and 监控表 readers; the form specifics are theirs.
/// </summary>
internal sealed partial class FormSheet
{
    private readonly Dictionary<GridCell, FormLabel> _labels = [];

    public FormSheet(CellGrid grid, GridSource source, FormLabels labels, int fromRow, int toRow, string fileName, List<ReadProblem> problems)
    {
        Grid = grid;
        Source = source;
        FromRow = fromRow;
        ToRow = toRow;
        FileName = fileName;
        Problems = problems;
        foreach (var cell in grid.Cells.Where(c => c.Row >= fromRow && c.Row <= toRow))
        {
            if (labels.Match(cell) is { } label)
            {
                _labels[cell] = label with { Cell = cell };
            }
        }
    }

    public CellGrid Grid { get; }

    public GridSource Source { get; }

    public int FromRow { get; }

    public int ToRow { get; }

    public string FileName { get; }

    public List<ReadProblem> Problems { get; }

    public static FormCellRules Rules => FormCellRules.BuiltIn;

    /// <summary>Every label of the form in reading order.</summary>
    public IEnumerable<FormLabel> Labels => _labels.Values.OrderBy(l => l.Cell.Row).ThenBy(l => l.Cell.Column);

    [GeneratedRegex(@"^注\s*[:：\d]")]
    private static partial Regex FootnoteStart();

    public FormLabel? LabelOf(GridCell? cell) => cell is { } at ? LabelOf(at) : null;

    public FormLabel? LabelOf(GridCell cell) => _labels.TryGetValue(cell, out var label) ? label : null;

    public bool IsLabel(GridCell cell) => _labels.ContainsKey(cell);

    public FormLabel? First(string field, int fromRow = 0) => Labels.FirstOrDefault(l => l.Field == field && l.Cell.Row >= fromRow);

    public IEnumerable<FormLabel> All(string field) => Labels.Where(l => l.Field == field);

    public static bool IsFootnote(string text) => FootnoteStart().IsMatch(text);

    /// <summary>The value beside (or under) the first label of <paramref name="field"/>; empty when none.</summary>
    public (string Text, GridCell? Cell) Value(string field)
    {
        if (First(field) is not { } label)
        {
            return (string.Empty, null);
        }

        return ValueOf(label);
    }

    public (string Text, GridCell? Cell) ValueOf(FormLabel label)
    {
        if (label.InlineValue is { Length: > 0 } inline)
        {
            return (inline, label.Cell);
        }

        var value = GridSearch.RightOf(Grid, label.Cell, IsLabel) ?? GridSearch.BelowOf(Grid, label.Cell, IsLabel);
        return value is null || value.Cell.Row > ToRow ? (string.Empty, null) : (value.Text, value.Cell);
    }

    /// <summary>The text under a column-head label (预期目标 over its text); empty when none.</summary>
    public string Below(string field) => First(field) is { } label ? Below(label) : string.Empty;

    /// <summary>The text under <paramref name="label"/>; empty when none.</summary>
    public string Below(FormLabel label)
    {
        var below = GridSearch.BelowOf(Grid, label.Cell, IsLabel);
        return below is null || below.Cell.Row > ToRow || Rules.IsEmptyText(below.Text) ? string.Empty : below.Text;
    }

    /// <summary>A value cell's text as the form means it: a placeholder ("/", "—", "无") is empty.</summary>
    public static string Clean(string text)
    {
        var one = GridText.OneLine(text).Trim();
        return Rules.IsPlaceholder(one) ? string.Empty : one;
    }

    /// <summary>A number printed in a cell (分值, 得分, 权重): "10", "10分", "22.5"; null when empty or a placeholder;
    /// a problem naming the cell when it is something else.</summary>
    public decimal? Number(GridCell? cell, string what)
    {
        var text = cell is { } at ? Clean(at.Text) : string.Empty;
        if (text.Length == 0)
        {
            return null;
        }

        var s = Domain.Text.ChineseText.Key(text).TrimEnd('分');
        if (decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(cell!.Value, $"{what}“{text}”应为不小于 0 的数字。");
        return null;
    }

    /// <summary>An amount in <paramref name="unit"/>; null when the cell is empty or a placeholder.</summary>
    public Money? Amount(GridCell? cell, MoneyUnit unit, string what)
    {
        var text = cell is { } at ? Clean(at.Text) : string.Empty;
        if (text.Length == 0)
        {
            return null;
        }

        if (unit.TryParse(text, out var money, out var problem))
        {
            return money;
        }

        Error(cell!.Value, $"{what}：{problem}。");
        return null;
    }

    /// <summary>Whether row <paramref name="row"/> ends the indicator band: it starts a label cell left of or at
    /// <paramref name="lastLabelColumn"/> (总分, 合计, 其他需要说明事项, 偏差原因分析 …) or a note under the table. Labels of
    /// <paramref name="inBand"/> do not: the money labels name indicators too (“预算执行率” as a 三级指标).</summary>
    /// <remarks>A label repeating the cell above it (a side label "绩效指标" written on every row of a sheet whose merged
    /// cells were undone) goes on with that cell: it ends nothing.</remarks>
    public bool EndsBand(int row, int lastLabelColumn, IReadOnlyCollection<string> inBand) =>
        Grid.StartingIn(row).Any(c => (c.Column <= lastLabelColumn && LabelOf(c) is { } label && !inBand.Contains(label.Field) && !RepeatsAbove(c))
            || IsFootnote(c.Text));

    private bool RepeatsAbove(GridCell cell) =>
        cell.Row > 0 && Grid.At(cell.Row - 1, cell.Column) is { } above && above.Column == cell.Column && above.ColumnSpan == cell.ColumnSpan && above.Text == cell.Text;

    /// <summary>Texts a money-unit or year declaration may be in: the title lines before the table and the cells.</summary>
    public IEnumerable<(string Text, string Place)> Texts(IEnumerable<(string Text, string Place)> titles) =>
        titles.Concat(Grid.Cells.Where(c => c.Row >= FromRow && c.Row <= ToRow && !c.IsEmpty).Select(c => (c.Text, c.Place)));

    public void Error(GridCell cell, string message) => Add(ProblemSeverity.Error, cell.Place, message);

    public void Error(string message) => Add(ProblemSeverity.Error, null, message);

    public void Warning(GridCell? cell, string message) => Add(ProblemSeverity.Warning, cell?.Place, message);

    private void Add(ProblemSeverity severity, string? place, string message) =>
        Problems.Add(new ReadProblem(severity, message)
        {
            File = FileName,
            Sheet = Source == GridSource.Excel ? Grid.Name : null,
            TableName = Source == GridSource.Excel ? null : Grid.Name,
            Cell = string.IsNullOrEmpty(place) ? null : place,
        });
}
