using System.Globalization;
using System.Text;

namespace Jixiao.Documents.GoalTables;

/// <summary>The mapping report as plain text, as <c>jixiao import --explain</c> prints it: per project, each column
/// heading with what it was read as and how sure the reader is, the labels of the table's head, and notes.</summary>
public static class MappingReportText
{
    public static string Format(MappingReport report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var sb = new StringBuilder();
        if (report.Tables.Count == 0)
        {
            return "（没有需要对照的表格：文件是 Jixiao 的 JSON 或批量填报工作簿，列名固定。）\n";
        }

        foreach (var table in report.Tables)
        {
            sb.Append(CultureInfo.InvariantCulture, $"第 {table.ProjectSequence} 张表《{table.ProjectName}》");
            if (table.Table.Length > 0)
            {
                sb.Append(CultureInfo.InvariantCulture, $"：指标表在{table.Table}{(table.HeaderPlace.Length > 0 ? "，表头" + table.HeaderPlace : string.Empty)}");
            }

            sb.Append(CultureInfo.InvariantCulture, $"，读入指标 {table.Rows} 行，可信度 {Percent(table.Confidence)}\n");
            if (table.Columns.Count > 0)
            {
                sb.Append("  列（表头 → 读作，可信度，依据）\n");
                foreach (var column in table.Columns)
                {
                    var kind = column.Kind switch
                    {
                        MappingKind.Mapped => "读入",
                        MappingKind.Extra => "保留",
                        _ => "忽略",
                    };
                    var header = column.Header.Length > 0 ? column.Header : "（空表头）";
                    sb.Append(CultureInfo.InvariantCulture, $"    [{kind}] {header} → {column.ColumnName}，{Percent(column.Confidence)}，{column.How}\n");
                }
            }

            if (table.Labels.Count > 0)
            {
                sb.Append("  表头栏目（栏目 → 读作：值）\n");
                foreach (var label in table.Labels)
                {
                    sb.Append(CultureInfo.InvariantCulture, $"    {label.Label} → {label.Field}：{(label.Value.Length > 0 ? label.Value : "（空）")}\n");
                }
            }

            foreach (var note in table.Notes)
            {
                sb.Append("  说明：").Append(note).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Percent(double confidence) => (confidence * 100).ToString("0", CultureInfo.InvariantCulture) + "%";
}
