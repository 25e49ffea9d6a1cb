using Jixiao.Documents.FormReading;

namespace Jixiao.Cli.Commands;

/// <summary>What the score and monitor commands share when they read a filled-in form: `--money-unit 元|万元` for a form
/// that does not say, and the preview of what was read (table, money unit, skipped rows) before the result.</summary>
internal static class FormInput
{
    public const string MoneyUnitUsage = "[--money-unit 元|万元]";

    /// <summary>The unit named by `--money-unit`, or null.</summary>
    public static MoneyUnit? MoneyUnitOption(Arguments args)
    {
        var text = args.Option("--money-unit");
        if (text is null)
        {
            return null;
        }

        return MoneyUnit.Named(text) ?? throw new UsageException($"--money-unit 只能是 元 或 万元，而不是“{text}”。");
    }

    /// <summary>JSON is Jixiao's own form; everything else a table file read by its labels.</summary>
    public static bool IsJson(string path) => Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase);

    /// <summary>"读取：se01.xlsx，Sheet1；金额单位：元（取自…）；读入指标 9 行；跳过 1 行" and the skipped rows.</summary>
    public static void Preview(TextWriter o, string file, string table, MoneyUnitReading unit, int rows, IReadOnlyList<SkippedRow> skipped)
    {
        o.WriteLine($"读取：{Path.GetFileName(file)}，{table}；{unit}；读入指标 {rows} 行{(skipped.Count > 0 ? $"；跳过 {skipped.Count} 行" : string.Empty)}");
        foreach (var row in skipped)
        {
            o.WriteLine($"  跳过 {row}");
        }

        o.WriteLine();
    }
}
