using Jixiao.Documents.Grid;

namespace Jixiao.Documents.FormReading;

/// <summary>
/// The indicator rows of a form: the header row holding 一级指标 and a name or value column (with a second header row
/// when the value is split into 指标性质 / 指标值 / 度量单位), the column of each field, the points of the section label
/// ("绩效指标(90分)"), and the rows from the first data row to the row that ends the band (总分, 合计, 其他需要说明事项,
/// a note under the table).
/// </summary>
internal sealed class IndicatorBand
{
    private IndicatorBand(FormSheet sheet, int headerRow, int firstRow, int lastRow, Dictionary<string, int> columns, decimal? sectionPoints)
    {
        Sheet = sheet;
        HeaderRow = headerRow;
        FirstRow = firstRow;
        LastRow = lastRow;
        Columns = columns;
        SectionPoints = sectionPoints;
    }

    public FormSheet Sheet { get; }

    public int HeaderRow { get; }

    public int FirstRow { get; }

    public int LastRow { get; }

    public IReadOnlyDictionary<string, int> Columns { get; }

    /// <summary>"绩效指标(90分)", "年度绩效目标 (80分)": the points of all rows together, when printed.</summary>
    public decimal? SectionPoints { get; }

    public bool Has(string field) => Columns.ContainsKey(field);

    /// <summary>Finds the band from <paramref name="fromRow"/>: a header row holding <paramref name="level1"/> and one of
    /// <paramref name="required"/>; <paramref name="fields"/> are the columns it maps (a field aliasing another is
    /// mapped to it: <paramref name="aliases"/> "自评得分" → 得分); labels of <paramref name="inBand"/> (the money
    /// labels) may be indicator names and do not end the band.</summary>
    public static IndicatorBand? Find(FormSheet sheet, int fromRow, string level1, string name, string section, IReadOnlyCollection<string> required, IReadOnlyCollection<string> fields, IReadOnlyDictionary<string, string> aliases, IReadOnlyCollection<string> inBand)
    {
        for (var row = Math.Max(fromRow, sheet.FromRow); row <= sheet.ToRow; row++)
        {
            var labels = sheet.Grid.Row(row).Select(sheet.LabelOf).OfType<FormLabel>().ToList();
            if (!labels.Any(l => l.Field == level1) || !labels.Any(l => required.Contains(l.Field)))
            {
                continue;
            }

            var columns = new Dictionary<string, int>();
            void Map(IEnumerable<FormLabel> heads, bool replace)
            {
                foreach (var head in heads)
                {
                    var field = aliases.TryGetValue(head.Field, out var alias) ? alias : head.Field;
                    if (fields.Contains(field) && (replace || !columns.ContainsKey(field)))
                    {
                        columns[field] = head.Cell.Column;
                    }
                }
            }

            Map(labels, replace: false);
            // A heading of two rows written without merging: 实际完成值 | 分值 | 得分 in the upper row only, the cells
            // under them left blank. The upper label heads its column as it would merged down.
            if (row > sheet.FromRow)
            {
                Map(sheet.Grid.StartingIn(row - 1).Where(c => sheet.Grid.At(row, c.Column) is { IsEmpty: true } below && below.Row == row)
                    .Select(sheet.LabelOf).OfType<FormLabel>(), replace: false);
            }

            var first = row + 1;
            var sub = sheet.Grid.StartingIn(row + 1).Select(sheet.LabelOf).OfType<FormLabel>().Where(l => fields.Contains(l.Field)).ToList();
            if (sub.Count >= 2)
            {
                // 年度指标值 over 指标性质 | 指标值 | 度量单位, 偏差原因分析 over 偏差原因类别 | 原因说明: the second header row
                // names the split columns, and its names win over the head merged above them.
                Map(sub, replace: true);
                first = row + 2;
            }

            var sectionPoints = sheet.Grid.Row(row).Concat(sheet.Grid.Row(row - 1)).Select(sheet.LabelOf).OfType<FormLabel>().FirstOrDefault(l => l.Field == section)?.Points;
            // A label starting at or before the name column ends the band (总分, 合计, 其他需要说明事项 …).
            var labelLimit = columns.TryGetValue(name, out var nameColumn) ? nameColumn : columns[level1];
            var last = first - 1;
            while (last + 1 <= sheet.ToRow && !sheet.EndsBand(last + 1, labelLimit, inBand))
            {
                last++;
            }

            return new IndicatorBand(sheet, row, first, last, columns, sectionPoints);
        }

        return null;
    }

    /// <summary>The cell of <paramref name="field"/> in <paramref name="row"/>, or null when the field has no column.</summary>
    public GridCell? Cell(int row, string field) => Columns.TryGetValue(field, out var column) ? Sheet.Grid.At(row, column) : null;
}
