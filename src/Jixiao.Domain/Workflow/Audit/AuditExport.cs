using System.Globalization;
using System.Text;
using Jixiao.Domain.Text;

namespace Jixiao.Domain.Workflow.Audit;

/// <summary>The audit log as CSV (RFC 4180, UTF-8 with BOM so Excel shows Chinese), hashes included so an auditor
/// can re-verify an exported log with any SHA-256 tool and the format of docs/workflow.md. People read the Beijing time;
/// 校验时间戳 is the exact stamp that was hashed (ISO 8601 with its zone), kept so the hashes can be recomputed. A cell a
/// spreadsheet would run as a formula carries a leading apostrophe (<see cref="CsvCell"/>).</summary>
public static class AuditExport
{
    public static readonly IReadOnlyList<string> Header =
        ["序号", "时间（北京时间）", "用户", "角色", "IP地址", "操作", "对象类型", "对象", "字段", "原值", "新值", "校验时间戳", "前序校验值", "校验值"];

    public static string ToCsv(IEnumerable<AuditLogEntry> entries)
    {
        var sb = new StringBuilder();
        sb.Append('\uFEFF');
        Line(sb, Header);
        foreach (var e in entries)
        {
            Line(sb,
            [
                e.Sequence.ToString(CultureInfo.InvariantCulture),
                ChinaTime.FormatSeconds(e.At),
                e.User, e.Role, e.IpAddress, e.Action, e.EntityType, e.EntityId, e.Field, e.OldValue, e.NewValue,
                AuditChain.FormatTime(e.At), e.PreviousHash, e.Hash,
            ]);
        }

        return sb.ToString();
    }

    private static void Line(StringBuilder sb, IEnumerable<string> cells)
    {
        sb.AppendJoin(',', cells.Select(CsvCell.Write)).Append("\r\n");
    }
}
