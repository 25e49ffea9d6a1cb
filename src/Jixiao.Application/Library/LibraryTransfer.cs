using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Jixiao.Application.Pipeline;
using Jixiao.Application.Users;
using Jixiao.Data;
using Jixiao.Documents.Excel;
using Jixiao.Domain.Library;

namespace Jixiao.Application.Library;

/// <summary>
/// The library as a file: export a region's library (learned figures and curation) as JSON (jixiao.library/1) or as an
/// .xlsx list; import brings back the curated part only (推荐, 停用, 合并到, 推荐依据, 备注, and the name, 一级/二级 and
/// unit of indicators the bureau adds) — the learned part is always rebuilt from the approved tables. An import is
/// checked whole before anything is saved; a bad row is named by file, sheet, row and column.
/// </summary>
public sealed class LibraryTransfer(JixiaoDbContext db, TimeProvider time, LibraryService library)
{
    public const string Format = "jixiao.library/1";

    private static readonly string[] Headings =
    [
        "三级指标", "一级指标", "二级指标", "计量单位", "方向", "下四分位", "中位数", "上四分位", "使用行数", "项目数", "常用依据", "审核发现",
        "推荐", "停用", "合并到", "推荐依据", "备注", "来源",
    ];

    public async Task<string> ExportJsonAsync(string regionCode, CancellationToken ct = default)
    {
        var snapshot = await library.SnapshotAsync(regionCode, ct).ConfigureAwait(false);
        var items = new JsonArray();
        foreach (var item in snapshot.Items.OrderBy(i => i.Entry.Key, StringComparer.Ordinal))
        {
            var node = JsonSerializer.SerializeToNode(item.Entry, LibraryJson.Options)!.AsObject();
            node["ownRegion"] = item.OwnRegion;
            if (item.Curation is { } c)
            {
                node["curation"] = new JsonObject
                {
                    ["recommended"] = c.Recommended, ["retired"] = c.Retired, ["mergedInto"] = c.MergedInto, ["notes"] = c.Notes,
                    ["recommendedBasis"] = c.RecommendedBasis, ["changedBy"] = c.ChangedBy, ["changedAt"] = c.ChangedAt,
                };
            }

            items.Add(node);
        }

        var root = new JsonObject { ["format"] = Format, ["regionCode"] = regionCode, ["indicators"] = items };
        return root.ToJsonString(LibraryJson.Options);
    }

    public async Task<byte[]> ExportXlsxAsync(string regionCode, CancellationToken ct = default)
    {
        var snapshot = await library.SnapshotAsync(regionCode, ct).ConfigureAwait(false);
        var rows = snapshot.Items.OrderByDescending(i => i.Entry.Projects).ThenBy(i => i.Entry.Key, StringComparer.Ordinal).Select(i =>
        {
            var e = i.Entry;
            var d = e.MainUnit?.Distribution;
            return (IReadOnlyList<object?>)
            [
                e.Name, e.Level1, e.Level2, e.MainUnit?.Unit ?? string.Empty, e.MainUnit?.Direction ?? string.Empty, d?.Q1, d?.Median, d?.Q3,
                e.Uses, e.Projects, e.Bases.Count > 0 ? e.Bases[0].Text : string.Empty, string.Join("；", e.Flags.Select(f => $"{f.Text}{f.Count}次")),
                i.Recommended ? "是" : string.Empty, i.Curation?.Retired == true ? "是" : string.Empty, MergedName(snapshot, i), i.RecommendedBasis,
                i.Curation?.Notes ?? string.Empty, e.Source,
            ];
        });
        return ExcelTable.Write("指标库", Headings, rows, regionCode.Length == 0 ? "全国基础指标库" : $"{regionCode}指标库");
    }

    private static string MergedName(LibrarySnapshot snapshot, LibraryItem item) =>
        item.Curation is { MergedInto.Length: > 0 } c ? snapshot.Find(c.MergedInto)?.Entry.Name ?? c.MergedInto : string.Empty;

    /// <summary>Reads a curation file (.json or .xlsx) and saves every row, or nothing when a row is wrong.</summary>
    public async Task<LibraryImportResult> ImportAsync(string regionCode, string fileName, byte[] bytes, AuditActor actor, Access access, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (LibraryService.CurationRefusal(access, regionCode) is { } refusal)
        {
            return LibraryImportResult.Refused(OutcomeKind.Forbidden, refusal);
        }

        var read = fileName.EndsWith(".json", StringComparison.OrdinalIgnoreCase) ? ReadJson(regionCode, fileName, bytes) : ReadXlsx(regionCode, fileName, bytes);
        if (read.Problems.Count > 0)
        {
            return LibraryImportResult.Refused(OutcomeKind.Invalid, string.Join("\n", read.Problems));
        }

        // Indicators the file adds first, so a merge into one of them finds it; all rows are one write.
        var ordered = read.Inputs.OrderBy(i => i.MergedInto.Length > 0 ? 1 : 0).ToList();
        return await Writes.RunAsync(db, time, async ct =>
        {
            foreach (var input in ordered)
            {
                var (kind, message) = await library.CurateAsync(input, actor, access, ct).ConfigureAwait(false);
                if (kind != OutcomeKind.Done)
                {
                    return LibraryImportResult.Refused(kind, $"{fileName}：指标“{input.Key}”：{message}");
                }
            }

            return new LibraryImportResult(OutcomeKind.Done, $"已从 {fileName} 导入 {ordered.Count} 条指标库维护信息。", ordered.Count);
        }, r => r.Kind == OutcomeKind.Done, ct).ConfigureAwait(false);
    }

    private static (List<CurationInput> Inputs, List<string> Problems) ReadXlsx(string region, string fileName, byte[] bytes)
    {
        var rows = ExcelTable.Read(bytes);
        if (rows is null)
        {
            return ([], [$"{fileName} 不是 Excel（.xlsx）文件：请用“导出 Excel”得到的表格修改后再导入，或导入 JSON 文件。"]);
        }

        var inputs = new List<CurationInput>();
        var problems = new List<string>();
        if (rows.Count > 0 && !rows[0].Cells.ContainsKey("三级指标"))
        {
            problems.Add($"{fileName}，工作表第 1 行：没有“三级指标”列；请保留导出表格的表头。");
            return (inputs, problems);
        }

        foreach (var (row, cells) in rows)
        {
            var name = cells.GetValueOrDefault("三级指标", string.Empty);
            if (name.Length == 0)
            {
                if (cells.Values.Any(v => v.Length > 0))
                {
                    problems.Add($"{fileName}，工作表“指标库”第 {row} 行，“三级指标”列：为空；请填写指标名称或删除该行。");
                }

                continue;
            }

            var recommended = YesNo(cells, "推荐", fileName, row, problems);
            var retired = YesNo(cells, "停用", fileName, row, problems);
            inputs.Add(new CurationInput(region, name, recommended, retired, cells.GetValueOrDefault("合并到", string.Empty),
                cells.GetValueOrDefault("备注", string.Empty), cells.GetValueOrDefault("推荐依据", string.Empty), name,
                cells.GetValueOrDefault("一级指标", string.Empty), cells.GetValueOrDefault("二级指标", string.Empty), cells.GetValueOrDefault("计量单位", string.Empty)));
        }

        // Rows that only repeat the learned figures (nothing curated) are not curation.
        inputs.RemoveAll(i => !i.Recommended && !i.Retired && i.MergedInto.Length == 0 && i.Notes.Length == 0 && i.RecommendedBasis.Length == 0);
        return (inputs, problems);
    }

    private static bool YesNo(IReadOnlyDictionary<string, string> cells, string column, string fileName, int row, List<string> problems)
    {
        var text = cells.GetValueOrDefault(column, string.Empty);
        switch (text)
        {
            case "" or "否" or "0" or "false":
                return false;
            case "是" or "1" or "true" or "√":
                return true;
            default:
                problems.Add($"{fileName}，工作表“指标库”第 {row} 行，“{column}”列：“{text}”看不懂；请填“是”或留空。");
                return false;
        }
    }

    private static (List<CurationInput> Inputs, List<string> Problems) ReadJson(string region, string fileName, byte[] bytes)
    {
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(Encoding.UTF8.GetString(bytes));
        }
        catch (JsonException ex)
        {
            return ([], [$"{fileName} 不是有效的 JSON（第 {(ex.LineNumber ?? 0) + 1} 行）：请用“导出 JSON”得到的文件修改后再导入。"]);
        }

        if (root?["format"]?.GetValue<string>() != Format || root["indicators"] is not JsonArray items)
        {
            return ([], [$"{fileName} 不是指标库文件（缺少 \"format\": \"{Format}\" 或 \"indicators\"）。"]);
        }

        var inputs = new List<CurationInput>();
        var problems = new List<string>();
        for (var i = 0; i < items.Count; i++)
        {
            var item = items[i];
            var name = item?["name"]?.GetValue<string>() ?? string.Empty;
            if (name.Trim().Length == 0)
            {
                problems.Add($"{fileName}，indicators 第 {i + 1} 项：缺少 name（三级指标名称）。");
                continue;
            }

            if (item!["curation"] is not JsonObject c)
            {
                continue;
            }

            inputs.Add(new CurationInput(region, name, Bool(c, "recommended"), Bool(c, "retired"), Text(c, "mergedInto"), Text(c, "notes"),
                Text(c, "recommendedBasis"), name, Text(item, "level1"), Text(item, "level2"),
                item["units"] is JsonArray { Count: > 0 } units ? Text(units[0]!, "unit") : string.Empty));
        }

        return (inputs, problems);
    }

    private static bool Bool(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    private static string Text(JsonNode node, string name) => node[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : string.Empty;
}
