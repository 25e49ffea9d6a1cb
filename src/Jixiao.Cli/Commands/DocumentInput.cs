using Jixiao.Documents;
using Jixiao.Documents.GoalTables;

namespace Jixiao.Cli.Commands;

/// <summary>Reading the input document of a command, with the options every reading command shares
/// (--year, --region, --profile) and the problems printed to stderr.</summary>
internal static class DocumentInput
{
    public const string OptionsUsage = "[--year YYYY] [--region 6位区划代码] [--profile A|B] [--money-unit 万元|元] [--unit 单位代码]";

    public static ReadOptions Options(Arguments args)
    {
        var region = args.Option("--region");
        if (region is not null && (region.Length != 6 || !region.All(char.IsAsciiDigit)))
        {
            throw new UsageException($"--region 应为 6 位数字的区划代码（例如 130682），而不是“{region}”。");
        }

        var year = args.IntOption("--year");
        if (year is < 2000 or > 2100)
        {
            throw new UsageException($"--year 应为四位年度（例如 2022），而不是“{year}”。");
        }

        var profile = args.Option("--profile")?.ToUpperInvariant();
        if (profile is not null and not ("A" or "B"))
        {
            throw new UsageException($"--profile 只能是 A（88号）或 B（101号），而不是“{profile}”。");
        }

        var moneyUnit = args.Option("--money-unit");
        if (moneyUnit is not null and not ("万元" or "元"))
        {
            throw new UsageException($"--money-unit 只能是 万元 或 元，而不是“{moneyUnit}”。它只用于表中没有写明金额单位的表格。");
        }

        var unit = args.Option("--unit");
        if (unit is not null && (unit.Length is 0 or > 21 || !unit.All(char.IsAsciiLetterOrDigit)))
        {
            throw new UsageException($"--unit 应为单位代码（例如 222001），而不是“{unit}”。它只用于表中没有单位代码的表格。");
        }

        return new ReadOptions { FiscalYear = year, RegionCode = region, TaxonomyProfile = profile, MoneyUnit = moneyUnit, UnitCode = unit };
    }

    /// <summary>Reads the file; prints every problem to stderr; returns null when the file has errors.</summary>
    public static ReadResult? Read(string path, ReadOptions options, TextWriter stderr) => Read(path, options, stderr, out _);

    /// <summary>As <see cref="Read(string, ReadOptions, TextWriter)"/>, and gives how the tables were read even when
    /// the file has errors.</summary>
    public static ReadResult? Read(string path, ReadOptions options, TextWriter stderr, out MappingReport mapping)
    {
        var result = DocumentFiles.Read(path, options);
        mapping = result.Mapping;
        foreach (var problem in result.Problems)
        {
            stderr.WriteLine(ForTerminal(problem.ToString()));
        }

        if (result.HasErrors)
        {
            stderr.WriteLine($"无法读取“{path}”：发现 {result.Errors.Count()} 处错误，未生成任何输出。请按上面的提示修改文件后重试。");
            return null;
        }

        return result;
    }

    /// <summary>Messages name the import page's fields; on the command line the same values are options.</summary>
    public static string ForTerminal(string message) => message
        .Replace("导入页面的“年度”栏", "选项 --year", StringComparison.Ordinal)
        .Replace("导入页面的“区划代码”栏", "选项 --region", StringComparison.Ordinal);

    public static string SingleFile(Arguments args, string usage)
    {
        if (args.Positional.Count != 1)
        {
            throw new UsageException(args.Positional.Count == 0 ? "缺少输入文件。" : "只能指定一个输入文件。");
        }

        return args.Positional[0];
    }
}
