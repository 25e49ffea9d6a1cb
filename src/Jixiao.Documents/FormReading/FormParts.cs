using System.Text.RegularExpressions;
using Jixiao.Documents.Grid;
using Jixiao.Domain.Taxonomy;

namespace Jixiao.Documents.FormReading;

/// <summary>Pieces every filled-in form reader shares: splitting a grid into one form per 项目名称, the project name
/// with the code the 一体化 system prints before it, the 一级 / 二级 cells with their points, and skipped rows.</summary>
internal static partial class FormParts
{
    [GeneratedRegex(@"^([0-9A-Za-z]{10,})\s*[-－—_]\s*(.+)$")]
    private static partial Regex CodeAndName();

    /// <summary>Every form in <paramref name="whole"/>: <see cref="Split"/> into one part per 项目名称, each read by
    /// <paramref name="read"/> (null when that part is not a readable form; its problems are recorded).</summary>
    public static List<T> ReadEach<T>(FormSheet whole, FormLabels labels, string nameField, string level1Field, List<(string Text, string Place)> titles, Func<FormSheet, List<(string Text, string Place)>, T?> read)
        where T : class
    {
        var forms = new List<T>();
        foreach (var (from, to, formTitles) in Split(whole, nameField, level1Field, titles))
        {
            if (read(new FormSheet(whole.Grid, whole.Source, labels, from, to, whole.FileName, whole.Problems), formTitles) is { } form)
            {
                forms.Add(form);
            }
        }

        return forms;
    }

    /// <summary>The row ranges of the forms in a grid: one per row holding a <paramref name="nameField"/> label (the
    /// first from the top, later ones from their label), with the title cells between two forms. Rows above the first
    /// 项目名称 that hold an indicator header are the end of a form begun elsewhere: reported, not read.</summary>
    public static List<(int From, int To, List<(string Text, string Place)> Titles)> Split(FormSheet whole, string nameField, string level1Field, List<(string Text, string Place)> titles)
    {
        var grid = whole.Grid;
        var starts = whole.All(nameField).Select(l => l.Cell.Row).Distinct().Order().ToList();
        if (starts.Count == 0)
        {
            return [(0, grid.RowCount - 1, titles)];
        }

        if (whole.Labels.Any(l => l.Field == level1Field && l.Cell.Row < starts[0]))
        {
            whole.Warning(grid.At(0, 0), $"表格第 1–{starts[0]} 行是另一张表的后半部分（没有项目名称），未读入。");
        }

        var forms = new List<(int, int, List<(string, string)>)>();
        for (var i = 0; i < starts.Count; i++)
        {
            var from = i == 0 ? 0 : starts[i];
            var to = i + 1 < starts.Count ? starts[i + 1] - 1 : grid.RowCount - 1;
            var formTitles = i == 0 ? titles : [.. grid.Cells.Where(c => c.Row > starts[i - 1] && c.Row < starts[i]).Select(c => (c.Text, c.Place))];
            forms.Add((from, to, formTitles));
        }

        return forms;
    }

    /// <summary>"51000021R000000019951-工资性支出" → ("工资性支出", "51000021R000000019951"); the code label wins.</summary>
    public static (string Name, string Code) NameAndCode(FormSheet sheet, string nameField, string codeField)
    {
        var (text, cell) = sheet.Value(nameField);
        var name = FormSheet.Clean(text);
        var code = FormSheet.Clean(sheet.Value(codeField).Text);
        if (CodeAndName().Match(name) is { Success: true } m)
        {
            code = code.Length > 0 ? code : m.Groups[1].Value;
            name = m.Groups[2].Value.Trim();
        }

        if (name.Length == 0)
        {
            if (cell is null)
            {
                sheet.Error("找不到“项目名称”。");
            }
            else
            {
                sheet.Error(cell.Value, "项目名称为空。");
            }
        }

        return (name, code);
    }

    /// <summary>An 一级 or 二级 cell: its name and the points printed with it ("产出指标(50分)", "(50分)").</summary>
    public static (string Text, decimal? Points) Level(GridCell? cell)
    {
        if (cell is not { } at)
        {
            return (string.Empty, null);
        }

        var (text, points) = FormLabels.SplitLevelPoints(GridText.OneLine(at.Text));
        return (FormSheet.Clean(text), points);
    }

    /// <summary>Follows the merged or repeated 一级 / 二级 cells down the rows: an empty cell continues the one above
    /// (merged, or written only in the group's first row by a clerk who does not merge cells), a new 一级 starts its
    /// 二级 afresh.</summary>
    public static (string Level1, string Level2) Levels(GridCell? level1Cell, GridCell? level2Cell, int row, (string Level1, string Level2) previous)
    {
        var (l1, l1Points) = Level(level1Cell);
        var (l2, _) = Level(level2Cell);
        if (l1.Length == 0 && l1Points is not null && level1Cell?.Row == row)
        {
            // An 一级 cell printing only its points ("(30分)") starts a new group all the same: it is the 一级 of its 二级.
            l1 = Level1Of(l2.Length > 0 ? l2 : previous.Level2) ?? string.Empty;
        }
        var level2 = l1.Length > 0 && l1 != previous.Level1 ? string.Empty : previous.Level2;
        var level1 = l1.Length > 0 ? l1 : previous.Level1;
        level2 = l2.Length > 0 ? l2 : level2;
        return (level1, level2);
    }

    /// <summary>The 一级指标 a 二级指标 belongs to in the national indicator frameworks (共性指标体系 A, then B), or null.</summary>
    private static string? Level1Of(string level2) =>
        level2.Length == 0 ? null : TaxonomyProfile.A.Level1Of(level2) ?? TaxonomyProfile.B.Level1Of(level2);

    /// <summary>Reports a row that is not read as an indicator (placeholder, empty 二级 row, a row with no values) and
    /// adds it to <paramref name="skipped"/>; a row with nothing of its own is passed over silently.</summary>
    public static void Skip(FormSheet sheet, List<SkippedRow> skipped, int row, string name, string level2, string place, string? why = null)
    {
        var starting = sheet.Grid.StartingIn(row).Where(c => !c.IsEmpty).ToList();
        if (starting.Count == 0 && name.Length == 0)
        {
            return;
        }

        var text = name.Length > 0 ? name : level2.Length > 0 ? level2 : string.Join(" ", starting.Select(c => GridText.OneLine(c.Text)));
        var reason = why ?? (name.Length > 0
            ? "模板占位行，没有填写内容，未计入指标"
            : level2.Length > 0 ? $"二级指标“{level2}”下没有三级指标和数值，未计入指标" : "空白行，未计入指标");
        var skip = new SkippedRow(place, text, reason);
        skipped.Add(skip);
        // The warning points at the same cell as the skipped row (the name's), not at a level cell merged down from it.
        GridCell? at = null;
        foreach (var cell in sheet.Grid.StartingIn(row))
        {
            if (place.Length > 0 && cell.Place == place)
            {
                at = cell;
                break;
            }

            at ??= cell;
        }

        sheet.Warning(at, skip.Message);
    }
}
